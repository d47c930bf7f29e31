// Start-up: probe the environment (WebGPU adapter, bundled demo model), request persistent
// storage and show the answer, then load the last used model package — or the bundled demo model
// when present — and re-open the last conversation.
import { readWebGpuStatus } from '../../gpu/webgpu-status';
import { DEMO_MODEL_BASE, probeModelPackage } from '../../models/model-package-probe';
import { requestPersistence } from '../../storage/storage-persistence';
import { useSystemStore } from '../system-store';
import { readPrefs } from '../prefs';
import { loadModel } from './model-actions';
import { getEngine } from '../engine-client';

export const demoModelUrl = (): string => new URL(import.meta.env.BASE_URL + DEMO_MODEL_BASE, location.href).href;

let started = false;

export async function bootstrap(): Promise<void> {
  if (started) return;
  started = true;
  getEngine(); // start the worker while the page probes its environment
  const sys = useSystemStore.getState();
  void readWebGpuStatus().then(sys.setGpu);
  void requestPersistence().then(sys.setPersistence);
  const probe = await probeModelPackage(import.meta.env.BASE_URL + DEMO_MODEL_BASE);
  sys.setModel(probe);
  const prefs = readPrefs();
  if (prefs.modelUrl) await loadModel(prefs.modelUrl, prefs.compute ?? 'auto');
  else if (probe.status === 'present') await loadModel(import.meta.env.BASE_URL + DEMO_MODEL_BASE, 'auto');
}
