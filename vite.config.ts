// Vite config: the app is served cross-origin isolated (COOP/COEP) so that
// onnxruntime-web can use SharedArrayBuffer threads, in dev and preview alike.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Headers that make the page cross-origin isolated (needed for WASM threads). */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

export default defineConfig({
  plugins: [react()],
  server: { headers: isolationHeaders, host: '127.0.0.1' },
  preview: { headers: isolationHeaders, host: '127.0.0.1' },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
});
