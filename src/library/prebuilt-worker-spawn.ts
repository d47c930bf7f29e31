// The engine worker as the library package starts it (issue 20 item 3): the library build
// (vite.lib.config.ts) puts this module in place of src/runtime/engine-worker-spawn.ts. The worker
// is prebuilt into dist-lib/worker/ (onnxruntime-web and its WASM files beside it); the URL below
// becomes the literal './worker/engine.worker.js' in the built chunk, the `new Worker(new URL(…,
// import.meta.url))` pattern that consumers' bundlers (Vite, webpack 5) follow to copy the worker.

/** Replaced by the library build with the worker's path relative to the built chunk. */
declare const __MEGACONTEXT_WORKER__: string;

/** A new engine worker (the prebuilt one shipped in the package). */
export const spawnEngineWorker = (): Worker =>
  new Worker(new URL(__MEGACONTEXT_WORKER__, import.meta.url), { type: 'module', name: 'megacontext-engine' });
