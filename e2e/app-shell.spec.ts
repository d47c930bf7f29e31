// The app shell in real Chromium: loads, is cross-origin isolated, shows the WebGPU status read
// from the real adapter, has no console errors and sends no request off localhost.
import { expect, expectCleanPage, openApp, test } from './fixtures';

test('the built app loads cross-origin isolated and shows the real WebGPU adapter', async ({ page, watch }) => {
  await openApp(page);
  await expect(page).toHaveTitle('MegaContext Web');
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('isolation-status')).toContainText('Cross-origin isolated');

  // The page must report exactly what the adapter says.
  const adapter = await page.evaluate(async () => {
    const a = await navigator.gpu?.requestAdapter();
    return a ? { architecture: a.info.architecture, f16: a.features.has('shader-f16') } : null;
  });
  const gpu = page.getByTestId('gpu-status');
  if (adapter) {
    await expect(page.getByTestId('gpu-architecture')).toHaveText(adapter.architecture || 'unknown');
    await expect(gpu).toContainText(adapter.f16 ? 'shader-f16' : 'f32 only');
  } else {
    await expect(gpu).toContainText('No WebGPU — WASM fallback');
  }

  await page.screenshot({ path: 'e2e/screenshots/app-shell.png', fullPage: true });
  expectCleanPage(watch);
});

test('the model card says whether the offline demo model is bundled', async ({ page, watch }) => {
  await openApp(page);
  const res = await page.request.get('/models/demo/manifest.json');
  const bundled = res.ok() && !(res.headers()['content-type'] ?? '').includes('text/html');
  const card = page.getByTestId('model-status');
  if (bundled) {
    const manifest = (await res.json()) as { name: string };
    await expect(card).toContainText(manifest.name);
  } else {
    await expect(card).toContainText('Demo model missing');
    await expect(card).toContainText('models/demo/manifest.json');
  }
  expectCleanPage(watch);
});
