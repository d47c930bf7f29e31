// A Vite dev server (the project's vite.config.ts: COOP/COEP, workers) for e2e specs that drive a
// harness page under e2e/pages/ rather than the built app, and the engine harness page itself.
import type { Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';

/** The tiny random test package, as the dev server serves it (relative to its base URL). */
export const TINY_PACKAGE = 'build/fixtures/tiny-package/';

export async function startDevServer(): Promise<{ server: ViteDevServer; base: string }> {
  const server = await createServer({
    logLevel: 'warn',
    server: { port: 0, strictPort: false, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  return { server, base: server.resolvedUrls?.local[0] ?? '' };
}

/** Opens the engine harness (e2e/pages/engine-harness.html) and waits for its worker; page and console errors go to `errors`. */
export async function openEngineHarness(page: Page, base: string, errors: string[]): Promise<void> {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}e2e/pages/engine-harness.html`);
  await page.waitForFunction(() => window.engineHarnessReady === true);
}

/** Reloads the engine harness (a new worker, memories read back from IndexedDB) and waits until it is ready. */
export async function reloadEngineHarness(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => window.engineHarnessReady === true);
}
