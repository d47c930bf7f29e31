// How the engine worker is started by default (ARCHITECTURE §6): the worker entry built by Vite
// with the page (app, dev server, e2e harnesses). The library build (vite.lib.config.ts) puts
// src/library/prebuilt-worker-spawn.ts in its place, which starts the prebuilt worker shipped in
// the package.

/** A new engine worker (module worker running workers/engine.worker.ts). */
export const spawnEngineWorker = (): Worker =>
  new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'megacontext-engine',
  });
