// The one engine of the app (ARCHITECTURE §4: the runtime loop in a worker): created lazily at
// module level, exposed as window.megacontext for debugging. A worker crash becomes a notice; the
// proxy restarts the worker and reloads the model, and the MegaContext trees are safe in IndexedDB.
import { createWorkerEngine, type WorkerEngine } from '../runtime/worker-engine';
import { pushNotice } from './app-store';

declare global {
  interface Window {
    megacontext?: { engine: WorkerEngine };
  }
}

let engine: WorkerEngine | null = null;
const crashListeners = new Set<() => void>();

export function getEngine(): WorkerEngine {
  if (!engine) {
    engine = createWorkerEngine({
      onCrash: (e) => {
        pushNotice('error', e.message);
        for (const l of crashListeners) l();
      },
    });
    window.megacontext = { engine };
  }
  return engine;
}

/** Called after the worker crashed and was restarted (e.g. to re-open the conversation). */
export function onEngineCrash(listener: () => void): () => void {
  crashListeners.add(listener);
  return () => crashListeners.delete(listener);
}
