/// <reference lib="webworker" />
// The app's service worker (issue 20: installable and offline; static hosting), built by
// vite-plugin-pwa's injectManifest strategy with Workbox. It does three things:
//  1. Precache: the app shell (HTML, scripts, styles, icons, manifest), the onnxruntime-web WASM
//     file the engine runs, and the bundled demo model package — the list Workbox writes into
//     `self.__WB_MANIFEST` at build time (src/offline/precache-manifest.ts chooses it). After the
//     first visit the app, its runtime and the demo model open with the network off.
//  2. Cross-origin isolation and CSP on any static host (the coi-serviceworker technique): every
//     response it serves carries COOP/COEP and the Content-Security-Policy (security-policy.ts),
//     so the page and its workers are isolated even when the server sends no such headers; the
//     page reloads once when this worker first takes control (cross-origin-isolation.ts).
//  3. Updates wait for the user: a new version installs in the background and takes over when the
//     update prompt (UpdatePrompt.tsx) posts SKIP_WAITING.
// Model packages loaded by URL or from the hub are not cached here: the engine keeps verified
// model files in its own Cache Storage ("megacontext-model-files-v1") and falls back to it offline.
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { withSecurityHeaders } from './security-policy';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

/** Caches of the hand-written service worker this one replaces (network-first copies of visited files). */
const LEGACY_CACHE_PREFIX = 'megacontext-app-';

const securityHeaders: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withSecurityHeaders(response),
};

addPlugins([securityHeaders]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Navigations (the app is one page) get the precached index.html; a URL naming a file
// (e.g. /models/demo/manifest.json opened in a tab) is left to the network.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/[^/?]+\.[^/?]+(\?.*)?$/] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(LEGACY_CACHE_PREFIX)).map((k) => caches.delete(k)))),
  );
});

// The first install controls the open page at once, so it can reload cross-origin isolated;
// later versions wait for SKIP_WAITING (the update prompt).
clientsClaim();
