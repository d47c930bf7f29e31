// Offline (issue 20, PWA): the service worker precaches the app shell, the engine's
// onnxruntime-web WASM and the demo model at the first visit. With the network of the whole
// browser context cut, the app reloads from the precache, still cross-origin isolated, loads a
// model and streams an answer; the demo model's files come out of the precache intact.
import { expect, test } from '@playwright/test';
import { applyReplyTokens, openAppWithTinyModel, publishTinyPackage, waitForTinyModel } from './fixtures';
import { chatAndWatchStream, observeContext, precachedPaths, waitForServiceWorker } from './pwa-helpers';

test.beforeAll(publishTinyPackage);

test('installed once, the app reloads, loads the model and answers with the network cut', async ({ page, context }) => {
  test.setTimeout(420_000);
  const watch = observeContext(context);
  // A first visit online with the tiny package: the engine keeps the files of a package loaded by
  // URL in its own cache (the precache holds the app and the demo model).
  await openAppWithTinyModel(page);
  await waitForServiceWorker(page);

  // The precache: app shell, exactly one onnxruntime-web WASM (the engine's), the demo model.
  const cached = await precachedPaths(page);
  expect(cached).toEqual(
    expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png']),
  );
  expect(cached.filter((p) => p.endsWith('.wasm'))).toHaveLength(1);
  expect(cached.filter((p) => /^\/assets\/.+\.js$/.test(p)).length).toBeGreaterThanOrEqual(2); // the page and the engine worker
  const demo = (await page.request.get('/models/demo/manifest.json').then((r) => r.json())) as {
    files: Record<string, { bytes: number; sha256: string }>;
  };
  const demoFiles = Object.keys(demo.files);
  expect(demoFiles.length).toBeGreaterThan(3);
  expect(cached).toEqual(
    expect.arrayContaining(['/models/demo/manifest.json', ...demoFiles.map((f) => `/models/demo/${f}`)]),
  );

  await context.setOffline(true);
  // The network is really gone: a file outside both caches cannot be fetched.
  expect(
    await page.evaluate(() =>
      fetch('/test-models/tiny/does-not-exist.json', { cache: 'no-store' }).then(
        () => 'fetched',
        () => 'failed',
      ),
    ),
  ).toBe('failed');

  await page.reload();
  await expect(page).toHaveTitle('MegaContext Web');
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  await waitForTinyModel(page); // the last used model loads again, offline
  // 96 tokens: the answer streams for longer than one 40 ms store flush even on a fast machine
  // (with 12 a quick decoder could finish inside the first flush and show a single count).
  await applyReplyTokens(page, 96);
  expect(await chatAndWatchStream(page, 'Are you there without a network?')).toBeGreaterThan(1);

  // The demo model comes out of the precache byte for byte (size and SHA-256 of its manifest).
  const checked = await page.evaluate(async (files) => {
    const bad: string[] = [];
    for (const [name, f] of Object.entries(files)) {
      const bytes = new Uint8Array(await (await fetch(`/models/demo/${name}`)).arrayBuffer());
      const hex = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
      if (bytes.length !== f.bytes || hex !== f.sha256) bad.push(name);
    }
    return { bad, count: Object.keys(files).length };
  }, demo.files);
  expect(checked).toEqual({ bad: [], count: demoFiles.length });
  await page.screenshot({ path: 'e2e/screenshots/offline.png' });
  await context.setOffline(false);

  expect(watch.offHostRequests).toEqual([]);
  // Requests the cut network refuses (the probe above; the engine's refresh of the package
  // manifest before it falls back to its cache) log ERR_INTERNET_DISCONNECTED; nothing else may.
  expect(watch.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
});
