// Library build (issue 20 item 3): the engine as a package, into dist-lib/ (the app's build,
// vite.config.ts, goes to dist/ and is not affected). Two passes, both from this file:
//  - `--mode worker`: the engine worker (workers/engine.worker.ts) as an ordinary build into
//    dist-lib/worker/ — onnxruntime-web bundled in, its WASM files emitted beside it (library mode
//    would inline them as base64: ~145 MB of JavaScript);
//  - default: Vite's library mode, three ES entries — `index` (the worker proxy and the
//    OpenAI-style / Prompt-API-style adapters, src/library/index.ts), `core` (the pure core,
//    src/core/index.ts) and `engine` (the engine in the caller's thread, for hosts such as node) —
//    with the package's dependencies left to the consumer. The worker is started from the prebuilt
//    file (src/library/prebuilt-worker-spawn.ts in place of src/runtime/engine-worker-spawn.ts).
// Type declarations come from tsconfig.lib.json; `npm run build:lib` runs all three.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const dependencies = Object.keys(pkg.dependencies);
/** A dependency or a path inside one (e.g. onnxruntime-web/webgpu). */
const isDependency = (id: string) => dependencies.some((d) => id === d || id.startsWith(`${d}/`));

export const LIB_DIR = 'dist-lib';
/** The prebuilt worker, relative to the library's chunks (all at the root of dist-lib/). */
const WORKER_FILE = './worker/engine.worker.js';

/** Writes the worker's path into the built chunks as a string literal (see prebuilt-worker-spawn.ts). */
function workerPath(): Plugin {
  return {
    name: 'megacontext:prebuilt-worker-path',
    renderChunk: (code) =>
      code.includes('__MEGACONTEXT_WORKER__')
        ? { code: code.replaceAll('__MEGACONTEXT_WORKER__', JSON.stringify(WORKER_FILE)), map: null }
        : null,
  };
}

export default defineConfig(({ mode }) =>
  mode === 'worker'
    ? {
        publicDir: false,
        base: './', // the worker finds its WASM files beside itself, wherever it is served from
        worker: { format: 'es' },
        build: {
          outDir: `${LIB_DIR}/worker`,
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: true,
          assetsInlineLimit: 0,
          rollupOptions: {
            input: { 'engine.worker': 'workers/engine.worker.ts' },
            output: {
              format: 'es',
              entryFileNames: '[name].js',
              chunkFileNames: '[name]-[hash].js',
              assetFileNames: '[name]-[hash][extname]',
            },
            preserveEntrySignatures: false,
          },
        },
      }
    : {
        publicDir: false,
        plugins: [workerPath()],
        resolve: {
          alias: [
            { find: /^\.\/engine-worker-spawn$/, replacement: path.resolve('src/library/prebuilt-worker-spawn.ts') },
          ],
        },
        build: {
          outDir: LIB_DIR,
          emptyOutDir: true, // first pass of build:lib; the worker pass and tsc (types/) write after it
          target: 'es2022',
          sourcemap: true,
          minify: false,
          lib: {
            entry: {
              index: 'src/library/index.ts',
              core: 'src/core/index.ts',
              engine: 'src/library/in-process-engine.ts',
            },
            formats: ['es'],
          },
          rollupOptions: { external: isDependency },
        },
      },
);
