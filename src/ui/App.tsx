// App shell: header and the environment status. Chat, focus heatmap, tree explorer and telemetry
// mount here as the runtime lands (issues 7 and 9).
import { useEffect } from 'react';
import { readWebGpuStatus } from '../gpu/webgpu-status';
import { DEMO_MODEL_BASE, probeModelPackage } from '../models/model-package-probe';
import { useSystemStore } from '../store/system-store';
import { StatusPanel } from './StatusPanel';

export function App() {
  const setGpu = useSystemStore((s) => s.setGpu);
  const setModel = useSystemStore((s) => s.setModel);
  useEffect(() => {
    let live = true;
    void readWebGpuStatus().then((g) => live && setGpu(g));
    void probeModelPackage(import.meta.env.BASE_URL + DEMO_MODEL_BASE).then((m) => live && setModel(m));
    return () => {
      live = false;
    };
  }, [setGpu, setModel]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Mega<span>Context</span>
        </h1>
        <p className="tagline">A frozen language model with unbounded, persistent memory — on your own machine.</p>
      </header>
      <main>
        <StatusPanel />
      </main>
    </div>
  );
}
