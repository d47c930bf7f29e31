// E2E harness: the real engine worker (onnxruntime-web, IndexedDB, Cache Storage) behind the
// main-thread proxy, exposed to Playwright as window.engineHarness.
import { createWorkerEngine, type WorkerEngine } from '../../src/runtime/worker-engine';

declare global {
  interface Window {
    engineHarness: { engine: WorkerEngine; crashes: string[] };
    engineHarnessReady: boolean;
  }
}

const crashes: string[] = [];
window.engineHarness = { engine: createWorkerEngine({ onCrash: (e) => crashes.push(e.message) }), crashes };
window.engineHarnessReady = true;
document.getElementById('status')!.textContent = 'ready';
