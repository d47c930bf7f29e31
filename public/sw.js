// MegaContext offline service worker: after the first visit the app (HTML, scripts, styles,
// WASM, worker code) opens with the network off. Network first for same-origin GETs, cached copy
// when the network fails. Model packages are not cached here: the engine keeps verified model
// files in its own Cache Storage ("megacontext-model-files-v1") and falls back to it offline.
const CACHE = 'megacontext-app-v1';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('megacontext-app-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.includes('/models/')) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const res = await fetch(req);
        if (res.ok && res.type === 'basic') await cache.put(req, res.clone());
        return res;
      } catch (err) {
        const hit = (await cache.match(req)) || (req.mode === 'navigate' ? await cache.match(new URL('./', self.location.href).href) : undefined);
        if (hit) return hit;
        throw err;
      }
    })(),
  );
});
