// E2E harness: the real engine worker (onnxruntime-web, IndexedDB, Cache Storage) behind the
// main-thread proxy, exposed to Playwright as window.engineHarness. `crash()` delivers the error
// event a crashing worker raises, to exercise the proxy's recovery path.
import { createWorkerEngine, type WorkerEngine } from '../../src/runtime/worker-engine';

declare global {
  interface Window {
    engineHarness: { engine: WorkerEngine; crashes: string[]; spawned: number; crash(): void };
    engineHarnessReady: boolean;
  }
}

let current: Worker | null = null;
const crashes: string[] = [];
const engine = createWorkerEngine({
  spawn: () => {
    current = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' });
    if (window.engineHarness) window.engineHarness.spawned++;
    return current;
  },
  onCrash: (e) => crashes.push(e.message),
});
window.engineHarness = {
  engine,
  crashes,
  spawned: 1,
  crash: () => current?.dispatchEvent(new ErrorEvent('error', { message: 'simulated crash' })),
};
window.engineHarnessReady = true;
document.getElementById('status')!.textContent = 'ready';
