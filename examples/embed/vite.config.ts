// Runs the example on the library's source (npx vite examples/embed): `megacontext-web` is aliased
// to src/library/index.ts and the demo model is served from public/models/demo/. A page built on
// the installed package needs no alias (see docs/library.md and e2e/library-embed.spec.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  resolve: { alias: { 'megacontext-web': path.join(repo, 'src/library/index.ts') } },
  publicDir: path.join(repo, 'public'),
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: [repo] } },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
});
