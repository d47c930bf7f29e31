// The app in real Chromium with the tiny random test package: feed a document (files, with a
// binary one skipped) with progress, chat with a streamed answer and its stats, the focus heatmap
// (hover text, pin), a reload that keeps conversation and memory, model output rendered inert
// (XSS payload), a 10 MB paste held out of the page, streamed and cancelled, and no request off
// localhost. Screenshots of the main screens go to e2e/screenshots/.
import {
  applyReplyTokens,
  expect,
  expectCleanPage,
  openAppWithTinyModel,
  publishTinyPackage,
  test,
  waitForTinyModel,
} from './fixtures';
import type { Page } from '@playwright/test';

test.beforeAll(publishTinyPackage);

/** A readable document of about `words` words with a few distinct facts in it. */
function documentText(words: number): string {
  const topics = ['gist', 'lens', 'focus', 'budget', 'tree', 'memory', 'token', 'span', 'level', 'context'];
  const lines: string[] = ['# Field notes', ''];
  for (let i = 0; i < words / 12; i++) {
    lines.push(
      `Note ${i}: the ${topics[i % 10]} of block ${i * 7} is kept near the ${topics[(i * 3) % 10]} for later review.`,
    );
    if (i % 40 === 0) lines.push('');
  }
  return lines.join('\n');
}

async function feedFiles(page: Page, text: string) {
  await page.getByTestId('files-input').setInputFiles([
    { name: 'field-notes.md', mimeType: 'text/markdown', buffer: Buffer.from(text) },
    {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    },
  ]);
}

const messageBox = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });

/** Types a message and sends it with Enter. */
async function sendMessage(page: Page, text: string) {
  await messageBox(page).fill(text);
  await messageBox(page).press('Enter');
}

test('feed a document, chat with a streamed answer, explore the heatmap, reload keeps it all', async ({
  page,
  watch,
}) => {
  test.setTimeout(240_000);
  await openAppWithTinyModel(page);
  await applyReplyTokens(page, 48);

  // Feed memory: the text file is remembered with progress, the binary one skipped with a reason.
  await feedFiles(page, documentText(60_000));
  await expect(page.getByTestId('ingest-progress')).toBeVisible();
  await expect(page.getByTestId('ingest-stats')).toContainText(/tokens · .*tok\/s · .* left|Tokenizing/);
  await expect(page.getByTestId('feed-result')).toContainText('Remembered “field-notes.md”', { timeout: 120_000 });
  await expect(page.getByTestId('skipped-files')).toContainText('photo.png');
  await expect(page.getByTestId('skipped-files')).toContainText('binary');
  await expect(page.getByTestId('memory-turn')).toContainText('field-notes.md');
  await expect(page.getByTestId('conversation-item')).toHaveCount(1);
  const summary = page.getByTestId('heatmap-summary');
  await expect(summary).toContainText('tokens in memory');

  // Chat: the answer streams (the live token count is seen growing) and stats are shown. The
  // random model mostly emits whitespace, so the count is watched rather than the text.
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { __partials: Set<string> }).__partials = seen;
    new MutationObserver(() => {
      const live = document.querySelector('[data-testid="live-stats"]');
      const m = live?.textContent?.match(/([\d,]+) tokens/);
      if (m && m[1] !== '0') seen.add(m[1]!);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await sendMessage(page, 'What is kept near the budget?');
  await expect(page.getByTestId('live-answer')).toBeVisible();
  await expect(page.getByTestId('turn-stats')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('stat-ttft')).toHaveText(/\d+(\.\d+)? (ms|s)/);
  await expect(page.getByTestId('stat-tps')).toHaveText(/[\d.,]+ tok\/s/);
  await expect(page.getByTestId('assistant-turn')).toHaveCount(1);
  const partials = await page.evaluate(() => (window as unknown as { __partials: Set<string> }).__partials.size);
  expect(partials).toBeGreaterThan(1);

  // Heatmap: hovering reads the span's text from the engine.
  const heatmap = page.getByTestId('heatmap');
  const box = (await heatmap.boundingBox())!;
  const at = { x: Math.round(box.width * 0.3), y: 50 };
  await heatmap.hover({ position: at });
  await expect(page.getByTestId('span-inspector')).toContainText('tokens');
  await expect(page.getByTestId('span-text')).not.toHaveText(/^(reading…)?$/);
  await page.screenshot({ path: 'e2e/screenshots/app-main.png' });
  // Clicking a coarse span (an LOD3 gist of 32,768 tokens; found by hovering from the oldest end,
  // since similarity focus may have opened some of them) asks the engine to pin it: it cannot
  // fit in W_max, and the engine's reason is shown.
  let coarse = at;
  for (let f = 0.01; f < 0.9; f += 0.02) {
    coarse = { x: Math.round(box.width * f), y: 50 };
    await heatmap.hover({ position: coarse });
    if (/LOD3 gist/.test((await page.getByTestId('span-inspector').textContent()) ?? '')) break;
  }
  await expect(page.getByTestId('span-inspector')).toContainText('LOD3 gist');
  await heatmap.click({ position: coarse });
  await expect(page.getByTestId('pin-error')).toContainText('do not fit');
  // Keyboard: from the newest entry, walk back to a LOD1/LOD2 gist and pin it (Enter).
  await heatmap.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('span-inspector')).toContainText('raw tokens');
  const inspector = page.getByTestId('span-inspector');
  for (let i = 0; i < 120 && !/LOD[12] gist/.test((await inspector.textContent()) ?? ''); i++)
    await page.keyboard.press('ArrowLeft');
  await expect(inspector).toContainText(/LOD[12] gist/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pin-list')).toContainText('tokens');
  await page.getByTestId('heatmap-summary').hover();
  await expect(page.getByTestId('pin-note')).toContainText('stay at full detail');
  await expect(inspector).toContainText('raw tokens');
  const pinned = (await page.getByTestId('pin-list').textContent())!;
  await page.getByTestId('focus-view').screenshot({ path: 'e2e/screenshots/app-heatmap.png' });
  // The same working context as the model sees it: entries in order, as wide as their cost.
  await page.getByRole('button', { name: 'As the model sees it' }).click();
  await expect(page.getByRole('button', { name: 'As the model sees it' })).toHaveAttribute('aria-pressed', 'true');
  await heatmap.hover({ position: { x: Math.round(box.width * 0.5), y: 50 } });
  await expect(page.getByTestId('span-inspector')).toContainText('raw tokens');
  await page.getByTestId('focus-view').screenshot({ path: 'e2e/screenshots/app-heatmap-wc.png' });
  await page.getByRole('button', { name: 'Whole memory' }).click();

  const before = await summary.textContent();
  const title = await page.getByTestId('conversation-item').first().locator('.conv-title').textContent();

  // Reload: the model comes back by itself, the conversation and its memory are restored.
  await page.reload();
  await waitForTinyModel(page);
  await expect(page.getByTestId('conversation-item').first()).toContainText(title!);
  await expect(page.getByTestId('memory-turn')).toContainText('field-notes.md');
  await expect(page.getByTestId('assistant-turn')).toHaveCount(1);
  const tokensBefore = before!.match(/^([\d,]+) tokens in memory/)![1];
  await expect(summary).toContainText(`${tokensBefore} tokens in memory`);
  await expect(page.getByTestId('pin-list')).toHaveText(pinned); // pins are saved with the conversation

  await page.setViewportSize({ width: 820, height: 1100 });
  await page.screenshot({ path: 'e2e/screenshots/app-narrow.png', fullPage: true });
  expectCleanPage(watch);
});

test('model output with an XSS payload renders as inert text', async ({ page, watch }) => {
  test.setTimeout(180_000);
  await openAppWithTinyModel(page);
  await applyReplyTokens(page, 8);
  await messageBox(page).fill('hello');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByTestId('assistant-turn')).toHaveCount(1, { timeout: 120_000 });

  // Replace the stored answer with a payload, as if the model had produced it, and reload.
  const payload =
    'Here is **bold** and `code`.\n\n<img src=x onerror="window.__xss=1">\n\n<script>window.__xss=2</script>\n\n[click me](javascript:window.__xss=3)';
  await page.evaluate(async (text) => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('megacontext');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const tx = db.transaction('turns', 'readwrite');
    const store = tx.objectStore('turns');
    const all = await new Promise<{ role: string; text: string }[]>((res) => {
      const r = store.getAll();
      r.onsuccess = () => res(r.result as { role: string; text: string }[]);
    });
    const turn = all.find((t) => t.role === 'assistant')!;
    turn.text = text;
    store.put(turn);
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
  }, payload);
  await page.reload();
  await waitForTinyModel(page);
  const answer = page.getByTestId('assistant-turn');
  await expect(answer).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(answer).toContainText('<script>window.__xss=2</script>');
  await expect(answer.locator('strong')).toHaveText('bold');
  await expect(answer.locator('img, script, iframe, svg')).toHaveCount(0);
  await expect(answer.locator('a')).toHaveCount(0);
  await expect(answer).toContainText('click me');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await answer.screenshot({ path: 'e2e/screenshots/app-xss-inert.png' });
  expectCleanPage(watch);
});

test('a 10 MB paste is held out of the page, streamed to the engine with progress, and can be cancelled', async ({
  page,
  watch,
}) => {
  test.setTimeout(240_000);
  await openAppWithTinyModel(page);
  const chars = await page.evaluate(() => {
    const unit = 'The quick brown fox jumps over the lazy dog near the riverbank.\n';
    const big = unit.repeat(Math.ceil(10_000_000 / unit.length)).slice(0, 10_000_000);
    const dt = new DataTransfer();
    dt.setData('text/plain', big);
    document
      .querySelector('textarea[aria-label="Text to remember"]')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    return big.length;
  });
  expect(chars).toBe(10_000_000);
  await expect(page.getByTestId('pending-paste')).toContainText('10,000,000 characters');
  // Not in the DOM: the page's markup stays small.
  expect(await page.evaluate(() => document.body.innerHTML.length)).toBeLessThan(200_000);
  await page.getByRole('button', { name: 'Feed this text to memory' }).click();
  const progress = page.getByTestId('ingest-progress');
  await expect(progress).toBeVisible();
  // The text streams in 1 MB pieces; wait until a few are in, then cancel.
  await expect(progress).toContainText(/part [3-9] of 1\d/, { timeout: 180_000 });
  await expect(page.getByTestId('ingest-stats')).toContainText(/[\d,]+ tokens · [\d.,]+ tok\/s · .* left/);
  await page.screenshot({ path: 'e2e/screenshots/app-ingest-progress.png' });
  await page.getByRole('button', { name: 'Cancel feeding memory' }).click();
  await expect(page.getByTestId('feed-result')).toContainText('Cancelled', { timeout: 60_000 });
  // What was read before the cancel stays: one memory card with the parts that made it.
  await expect(page.getByTestId('memory-turn')).toHaveCount(1);
  await expect(page.getByTestId('memory-turn')).toContainText(/in [2-9] parts/);
  await expect(page.getByTestId('heatmap-summary')).toContainText('tokens in memory');
  // The heatmap at this scale (most of a million tokens) still answers hover with the span's text.
  const heatmap = page.getByTestId('heatmap');
  const box = (await heatmap.boundingBox())!;
  await heatmap.hover({ position: { x: Math.round(box.width * 0.6), y: 60 } });
  await expect(page.getByTestId('span-text')).toContainText('quick brown fox');
  await page.getByTestId('focus-view').screenshot({ path: 'e2e/screenshots/app-heatmap-large.png' });
  // Zoom into the newest part with the wheel: entries there become wide enough to read.
  await heatmap.hover({ position: { x: Math.round(box.width - 12), y: 60 } });
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -400);
  await expect(page.getByRole('button', { name: 'Show the whole axis' })).toBeVisible();
  await heatmap.hover({ position: { x: Math.round(box.width * 0.5), y: 60 } });
  await expect(page.getByTestId('span-inspector')).toContainText('tokens');
  await page.getByTestId('focus-view').screenshot({ path: 'e2e/screenshots/app-heatmap-zoomed.png' });
  await heatmap.focus();
  await page.keyboard.press('0');
  await expect(page.getByRole('button', { name: 'Show the whole axis' })).toHaveCount(0);
  expectCleanPage(watch);
});

// Stop: the engine's decode loop yields to the worker's event loop between tokens, so the
// RPC cancel lands mid-answer.
test('Stop cancels the answer in flight', async ({ page }) => {
  test.setTimeout(120_000);
  await openAppWithTinyModel(page);
  // A long reply budget (the tiny model writes ~170 tokens/s), Stop pressed once tokens stream. It
  // used to be read only after the last token: the page rendered one update per streamed token and
  // fell behind the worker (chat-actions.ts now coalesces them). dispatchEvent, not click(): click()
  // also waits for the button to hold still while the streamed answer reflows the column.
  await applyReplyTokens(page, 1200);
  await sendMessage(page, 'Tell me a long story.');
  await expect(page.getByTestId('live-stats')).toContainText(/(\d\d|[3-9]) tokens/, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Stop the answer' }).dispatchEvent('click');
  await expect(page.getByTestId('turn-stats')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('turn-stats')).toContainText('stopped', { timeout: 1_000 });
});

test('Retry asks the last question again as a new turn; the layout holds on a wide screen', async ({ page, watch }) => {
  test.setTimeout(180_000);
  await openAppWithTinyModel(page);
  await applyReplyTokens(page, 8);
  await sendMessage(page, 'Tell me a long story.');
  await expect(page.getByTestId('assistant-turn')).toHaveCount(1, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Retry: ask the last question again' }).click();
  await expect(page.getByTestId('user-turn')).toHaveCount(2, { timeout: 60_000 });
  await expect(page.getByTestId('assistant-turn')).toHaveCount(2, { timeout: 60_000 });
  await expect(page.getByTestId('user-turn').nth(1)).toHaveText('Tell me a long story.');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'e2e/screenshots/app-wide.png' });
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.screenshot({ path: 'e2e/screenshots/app-small.png', fullPage: true });
  // No horizontal overflow on a small screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
  expectCleanPage(watch);
});
