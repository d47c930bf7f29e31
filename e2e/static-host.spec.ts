// Static hosting (issue 20 item 2) and the update prompt (item 1): the built app served from a
// plain static server that sends no COOP/COEP and no Content-Security-Policy (e2e/static-server.ts).
// The first document is not cross-origin isolated; the service worker installs, takes control, the
// page reloads once and comes back isolated (its responses carry the headers), with no CSP
// violation anywhere, and chats on the tiny model. A new sw.js on the server brings the update
// prompt; "Later" keeps the old version, "Reload to update" moves the page onto the new one.
import { expect, test, type Page } from '@playwright/test';
import { applyReplyTokens, publishTinyPackage, startWithTinyModel, waitForTinyModel } from './fixtures';
import { chatAndWatchStream, observeContext, waitForServiceWorker, watchCsp } from './pwa-helpers';
import { startStaticServer, type StaticServer } from './static-server';

let server: StaticServer;

test.beforeAll(async () => {
  await publishTinyPackage();
  server = await startStaticServer('dist');
});
test.afterAll(async () => server?.close());

/** `crossOriginIsolated` of every document the page loads, in order. */
async function recordIsolation(page: Page): Promise<boolean[]> {
  const seen: boolean[] = [];
  await page.exposeFunction('__reportIsolation', (isolated: boolean) => void seen.push(isolated));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportIsolation: (i: boolean) => Promise<void> }).__reportIsolation;
    void report(globalThis.crossOriginIsolated);
  });
  return seen;
}

const swState = (page: Page) =>
  page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return {
      waiting: Boolean(reg?.waiting),
      active: reg?.active?.state ?? null,
      controlled: navigator.serviceWorker.controller !== null,
    };
  });

test('dist/ on a host without COOP/COEP/CSP headers: isolated through the service worker, strict CSP, chats', async ({
  page,
  context,
}) => {
  test.setTimeout(420_000);
  const watch = observeContext(context);
  const csp = await watchCsp(page, context);
  const isolation = await recordIsolation(page);

  // The host really sends none of the headers.
  const plain = await page.request.get(server.base);
  for (const h of ['cross-origin-opener-policy', 'cross-origin-embedder-policy', 'content-security-policy'])
    expect(plain.headers()[h]).toBeUndefined();

  await startWithTinyModel(page);
  await page.goto(server.base);
  await waitForServiceWorker(page);
  // First document not isolated; the service worker's takeover reloads it once, isolated.
  await expect.poll(() => isolation, { timeout: 60_000 }).toEqual([false, true]);
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);

  await waitForTinyModel(page);
  await applyReplyTokens(page, 96); // longer than one 40 ms store flush, even on a fast machine
  expect(await chatAndWatchStream(page, 'Hello from a static host')).toBeGreaterThan(1);
  expect(isolation).toEqual([false, true]); // no further reload

  expect(csp).toEqual({ events: [], console: [] });
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offHostRequests).toEqual([]);
});

test('a new version waits for the update prompt: Later keeps it waiting, Reload to update moves onto it', async ({
  page,
  context,
}) => {
  test.setTimeout(420_000);
  const watch = observeContext(context);
  server.setServiceWorkerSuffix('');
  await page.goto(server.base);
  await waitForServiceWorker(page);
  await expect(page.getByTestId('update-prompt')).toHaveCount(0);

  server.setServiceWorkerSuffix(`\n// next version ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toBeVisible({ timeout: 120_000 });
  await expect(prompt).toContainText('A new version of MegaContext is ready.');
  expect(await swState(page)).toEqual({ waiting: true, active: 'activated', controlled: true });
  await page.screenshot({ path: 'e2e/screenshots/update-prompt.png' });

  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toHaveCount(0);
  expect((await swState(page)).waiting).toBe(true); // still waiting for the user

  await page.reload(); // the waiting version asks again
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  await Promise.all([
    page.waitForEvent('load', { timeout: 60_000 }),
    prompt.getByRole('button', { name: 'Reload to update' }).click(),
  ]);
  await expect
    .poll(() => swState(page), { timeout: 60_000 })
    .toEqual({ waiting: false, active: 'activated', controlled: true });
  await expect(prompt).toHaveCount(0);
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  expect(watch.consoleErrors).toEqual([]);
});
