// Vite config. The app is served cross-origin isolated (COOP/COEP) so that onnxruntime-web can use
// SharedArrayBuffer threads — by the dev and preview servers here, and on any static host by the
// service worker (issue 20). The build is a PWA (vite-plugin-pwa, injectManifest: the service
// worker is src/offline/sw.ts; its precache list comes from src/offline/precache-manifest.ts) and
// its index.html carries the Content-Security-Policy as a <meta> tag (src/offline/security-policy.ts).
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { ISOLATION_HEADERS, contentSecurityPolicy, securityHeaders } from './src/offline/security-policy.ts';
import { MAX_PRECACHE_FILE_BYTES, PRECACHE_GLOBS, keepRuntimeWasm } from './src/offline/precache-manifest.ts';

/** Headers that make the page cross-origin isolated (needed for WASM threads). */
export const isolationHeaders = ISOLATION_HEADERS;

const OUT_DIR = 'dist';

/**
 * The CSP as the first element of the built index.html (a <meta> policy covers only what follows it).
 * Build only: the dev server's React refresh preamble is an inline script.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'megacontext:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    cspMetaTag(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      registerType: 'prompt', // a new version waits for the update prompt (src/offline/UpdatePrompt.tsx)
      injectRegister: false, // registered by src/offline/register-service-worker.ts (no inline script)
      includeManifestIcons: false, // PRECACHE_GLOBS already holds icons/ and the manifest
      manifest: {
        id: './',
        name: 'MegaContext Web',
        short_name: 'MegaContext',
        description: 'Chat with a language model that remembers everything, on your own machine.',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0b0e13',
        background_color: '#0b0e13',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      injectManifest: {
        globPatterns: PRECACHE_GLOBS,
        maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
        manifestTransforms: [keepRuntimeWasm(OUT_DIR, path.resolve('node_modules/onnxruntime-web/dist'))],
      },
    }),
  ],
  server: { headers: isolationHeaders, host: '127.0.0.1' },
  // `vite preview` serves the build as a server that can send headers should: isolation and the CSP.
  preview: { headers: securityHeaders(), host: '127.0.0.1' },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, outDir: OUT_DIR },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
});
