// Shared e2e fixture: every page records console errors, page errors and any request that
// leaves localhost (the app must work offline); tests assert on them.
import { test as base, expect, type Page } from '@playwright/test';

export interface PageWatch {
  consoleErrors: string[];
  offHostRequests: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLocalUrl(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return LOCAL_HOSTS.has(u.hostname);
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ page }, use) => {
    const watch: PageWatch = { consoleErrors: [], offHostRequests: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => watch.consoleErrors.push(`pageerror: ${err.message}`));
    // Any request to another host is recorded and aborted: nothing may leave the machine.
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (isLocalUrl(url)) return route.continue();
      watch.offHostRequests.push(url);
      return route.abort('blockedbyclient');
    });
    await use(watch);
  },
});

/** Opens the app and waits until the probes have settled. */
export async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('gpu-status')).not.toContainText('Probing', { timeout: 30_000 });
  await expect(page.getByTestId('model-status')).not.toContainText('Looking for', { timeout: 30_000 });
}

export { expect };

/** Serves the tiny random test model package from the built app at /test-models/tiny/. */
export async function publishTinyPackage(): Promise<void> {
  const { cpSync, mkdirSync } = await import('node:fs');
  mkdirSync('dist/test-models/tiny', { recursive: true });
  cpSync('build/fixtures/tiny-package', 'dist/test-models/tiny', { recursive: true });
}

/** Loads the tiny package through the model URL field and waits until it is ready. */
export async function loadTinyModel(page: Page, compute: 'wasm' | 'webgpu' | 'auto' = 'wasm') {
  await page.getByLabel('Model package URL').fill('/test-models/tiny/');
  await page.getByLabel('Compute preference').selectOption(compute);
  await page.getByRole('button', { name: 'Load the model package from this URL' }).click();
  await expect(page.getByTestId('model-chip')).toContainText('0.0.0-test', { timeout: 90_000 });
}

/**
 * Makes the app start with the tiny test package (as if the user had loaded it before): the
 * preference is written before the page's scripts run, only when the page has none yet.
 */
export async function startWithTinyModel(page: Page) {
  await page.addInitScript(() => {
    const key = 'megacontext.prefs.v1';
    if (!localStorage.getItem(key))
      localStorage.setItem(key, JSON.stringify({ modelUrl: '/test-models/tiny/', compute: 'wasm' }));
  });
}

export async function waitForTinyModel(page: Page) {
  await expect(page.getByTestId('model-chip')).toContainText('0.0.0-test', { timeout: 90_000 });
}

/** Opens the app starting with the tiny test package and waits until the model is ready. */
export async function openAppWithTinyModel(page: Page) {
  await startWithTinyModel(page);
  await openApp(page);
  await waitForTinyModel(page);
}

/** Sets the reply token budget in the settings panel, applies it and checks that it holds. */
export async function applyReplyTokens(page: Page, tokens: number) {
  const field = page.getByLabel('Maximum reply tokens (reserved inside W_max)');
  await field.fill(String(tokens));
  await page.getByRole('button', { name: 'Apply settings' }).click();
  await expect(field).toHaveValue(String(tokens));
}

/** The page logged no error and sent no request off localhost. */
export function expectCleanPage(watch: PageWatch) {
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offHostRequests).toEqual([]);
}
