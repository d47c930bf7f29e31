// Helpers for the PWA, offline and static-hosting specs: watching a browser context without
// intercepting it, waiting for the service worker to install and control the page, reading its
// precache, a streamed chat turn on the tiny test model, and collecting Content-Security-Policy
// violations from the page and its workers.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { isLocalUrl, type PageWatch } from './fixtures';

/**
 * Console errors, page errors and requests off localhost of a whole context, observed only.
 * (The shared `watch` fixture routes every request, and Chromium bypasses service workers for a
 * context with request interception — so the specs of the service worker cannot use it.)
 */
export function observeContext(context: BrowserContext): PageWatch {
  const watch: PageWatch = { consoleErrors: [], offHostRequests: [] };
  context.on('console', (m) => m.type() === 'error' && watch.consoleErrors.push(m.text()));
  context.on('weberror', (e) => watch.consoleErrors.push(`pageerror: ${e.error().message}`));
  context.on('request', (r) => !isLocalUrl(r.url()) && watch.offHostRequests.push(r.url()));
  return watch;
}

/**
 * Waits until the service worker is activated (its precache — ~64 MB, fetched one file after the
 * other — is complete) and controls the page, through a reload for isolation if one happens.
 */
export async function waitForServiceWorker(page: Page, timeout = 180_000): Promise<void> {
  const ready = () =>
    page
      .evaluate(
        async () =>
          (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated' &&
          navigator.serviceWorker.controller !== null,
      )
      // The page may reload meanwhile (for cross-origin isolation, when the worker takes control): ask again.
      .catch((e: Error) => (/Execution context was destroyed|navigat/i.test(e.message) ? false : Promise.reject(e)));
  try {
    await expect.poll(ready, { timeout, intervals: [500] }).toBe(true);
  } catch (e) {
    // Say where it stuck: installing (precache still fetching), waiting, activated but not controlling…
    const where = await page
      .evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        const s = (w: ServiceWorker | null | undefined) => w?.state ?? 'none';
        return `installing ${s(r?.installing)}, waiting ${s(r?.waiting)}, active ${s(r?.active)}, controlled ${navigator.serviceWorker.controller !== null}, isolated ${globalThis.crossOriginIsolated}`;
      })
      .catch((err: Error) => `unreadable: ${err.message}`);
    throw new Error(`the service worker did not take control within ${timeout} ms (${where})`, { cause: e });
  }
}

/** The paths (with their query, if any) in the Workbox precache. */
export async function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      for (const req of await (await caches.open(name)).keys()) paths.push(new URL(req.url).pathname);
    }
    return paths.sort();
  });
}

const messageBox = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });

/**
 * Sends a message and waits for its answer to finish streaming; returns how many different live
 * token counts were seen while it streamed (the tiny random model's text is noise, so the stream
 * is observed rather than the words).
 */
export async function chatAndWatchStream(page: Page, message: string, answersBefore = 0): Promise<number> {
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { __streamCounts: Set<string> }).__streamCounts = seen;
    new MutationObserver(() => {
      const m = document.querySelector('[data-testid="live-stats"]')?.textContent?.match(/([\d,]+) tokens/);
      if (m && m[1] !== '0') seen.add(m[1]!);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await messageBox(page).fill(message);
  await messageBox(page).press('Enter');
  await expect(page.getByTestId('assistant-turn')).toHaveCount(answersBefore + 1, { timeout: 120_000 });
  await expect(page.getByTestId('turn-stats')).toBeVisible({ timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { __streamCounts: Set<string> }).__streamCounts.size);
}

export interface CspWatch {
  /** `securitypolicyviolation` events of every document the page loaded: "directive blockedURI". */
  events: string[];
  /** Console lines of the page, its workers and the service worker that report a CSP refusal. */
  console: string[];
}

/** Records CSP violations from now on: events in every document (reloads included) and console reports from any worker. */
export async function watchCsp(page: Page, context: BrowserContext): Promise<CspWatch> {
  const watch: CspWatch = { events: [], console: [] };
  await page.exposeFunction('__reportCspViolation', (line: string) => void watch.events.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __reportCspViolation: (l: string) => Promise<void> }).__reportCspViolation(
        `${e.effectiveDirective} ${e.blockedURI}`,
      );
    });
  });
  context.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) watch.console.push(m.text());
  });
  return watch;
}
