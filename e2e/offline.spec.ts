// Offline: after one visit, the built app opens again with the network off (service worker),
// still cross-origin isolated, with the real WebGPU status.
import { expect, test } from '@playwright/test';

test('the app opens with the network off after the first visit', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg?.active?.state === 'activated'; // not merely activating: the next load must be controlled
  }, null, { timeout: 30_000 });
  await page.reload(); // now controlled: this load fills the app cache
  await expect(page.getByTestId('gpu-status')).not.toContainText('Probing', { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 10_000 }).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page).toHaveTitle('MegaContext Web');
  await expect(page.getByTestId('gpu-status')).not.toContainText('Probing', { timeout: 30_000 });
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  await page.screenshot({ path: 'e2e/screenshots/offline.png' });
  await context.setOffline(false);
  expect(errors).toEqual([]);
});
