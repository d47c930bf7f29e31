// Memory you can see (issue 19 item 3): the documents fed to a conversation, each once with its
// size in tokens and characters; "Show" zooms the focus heatmap to the document and shows its text
// in the inspector; the list survives a reload. Find in memory: hits in documents and chats,
// ticked on the heatmap, and "Show" reveals a hit's span.
import {
  applyReplyTokens,
  expect,
  expectCleanPage,
  openAppWithTinyModel,
  publishTinyPackage,
  test,
  waitForTinyModel,
} from './fixtures';
import { sendAndWait } from './app-chat-helpers';
import { HARBOUR_LOG, ledger } from './memory-texts';

test.beforeAll(publishTinyPackage);

const SMALL = HARBOUR_LOG;
const LARGE = ledger(160);

test('documents fed to a conversation are listed with their sizes, and Show reveals one on the heatmap', async ({
  page,
  watch,
}) => {
  test.setTimeout(300_000);
  await openAppWithTinyModel(page);
  await applyReplyTokens(page, 4);
  await expect(page.getByTestId('documents-empty')).toBeVisible();

  await page
    .getByTestId('files-input')
    .setInputFiles([{ name: 'harbour.md', mimeType: 'text/markdown', buffer: Buffer.from(SMALL) }]);
  await expect(page.getByTestId('feed-result')).toContainText('Remembered', { timeout: 120_000 });
  await page.getByLabel('Text to remember').fill(LARGE);
  await page.getByRole('button', { name: 'Feed this text to memory' }).click();
  await expect(page.getByTestId('memory-turn')).toHaveCount(2, { timeout: 120_000 });
  await sendAndWait(page, 'When does the ferry leave?', 1);

  const docs = page.getByTestId('document');
  await expect(docs).toHaveCount(2);
  await expect(docs.nth(0)).toContainText('harbour.md');
  await expect(docs.nth(0).getByTestId('document-size')).toContainText(`${SMALL.length} characters`);
  await expect(docs.nth(1)).toContainText('note: Line 0: the beta archive');
  await expect(docs.nth(1).getByTestId('document-size')).toContainText(
    `${LARGE.length.toLocaleString('en-US')} characters`,
  );
  // The sizes are the memory cards' token counts.
  const cardTokens = await page
    .getByTestId('memory-turn')
    .evaluateAll((els) => els.map((e) => /([\d,]+) tokens/.exec(e.textContent ?? '')![1]));
  const listTokens = await page
    .getByTestId('document-size')
    .evaluateAll((els) => els.map((e) => /([\d,]+) tokens/.exec(e.textContent ?? '')![1]));
  expect(listTokens).toEqual(cardTokens);
  expect(Number(listTokens[1]!.replace(/,/g, ''))).toBeGreaterThan(Number(listTokens[0]!.replace(/,/g, '')) * 10);

  // Show the small document: the heatmap zooms to it (a small part of the memory) and the
  // inspector reads its first span.
  await page.getByRole('button', { name: 'Show harbour.md on the heatmap' }).click();
  await expect(page.getByRole('button', { name: 'Show the whole axis' })).toBeVisible();
  await expect(page.getByTestId('span-text')).toContainText('Alpha harbour log');
  await page.getByTestId('documents').screenshot({ path: 'e2e/screenshots/app-documents.png' });
  await page.getByTestId('focus-view').screenshot({ path: 'e2e/screenshots/app-documents-reveal.png' });
  // Show the large one: its text is read instead.
  await page.getByRole('button', { name: /^Show note: Line 0.* on the heatmap$/ }).click();
  await expect(page.getByTestId('span-text')).toContainText('beta archive');

  // Find in memory ("F" focuses the box): a word of the small document and of the question.
  await page.locator('h1').click();
  await page.keyboard.press('f');
  await expect(page.getByRole('searchbox', { name: 'Find in memory' })).toBeFocused();
  await page.keyboard.type('ferry');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByTestId('find-summary')).toContainText('2 hits for “ferry”');
  await expect(page.getByTestId('find-legend')).toContainText('find hits 2');
  const hits = page.getByTestId('find-hit');
  await expect(hits).toHaveCount(2);
  await expect(hits.nth(0)).toContainText('harbour.md');
  await expect(hits.nth(0).locator('mark')).toHaveText('ferry');
  await expect(hits.nth(1)).toContainText('your message');
  await expect(hits.nth(1)).toContainText('When does the ferry leave?');
  const whole = page.getByRole('button', { name: 'Show the whole axis' });
  if (await whole.isVisible()) await whole.click();
  await page.mouse.move(0, 0); // no hover highlight over the ticks
  // The hits are ticked under the skyline (the tick colour is drawn nowhere else).
  const tickPixels = () =>
    page
      .getByTestId('heatmap')
      .locator('canvas')
      .evaluate((c: HTMLCanvasElement) => {
        const ctx = c.getContext('2d')!;
        const dpr = c.width / c.clientWidth;
        const row = ctx.getImageData(0, Math.round(105 * dpr), c.width, 1).data;
        let n = 0;
        for (let i = 0; i < row.length; i += 4) if (row[i] === 255 && row[i + 1] === 92 && row[i + 2] === 205) n++;
        return n;
      });
  await expect.poll(tickPixels, { timeout: 10_000 }).toBeGreaterThan(0);
  await page.getByTestId('focus-view').screenshot({ path: 'e2e/screenshots/app-find-heatmap.png' });
  await page.getByTestId('find').screenshot({ path: 'e2e/screenshots/app-find.png' });
  await hits.nth(0).getByRole('button', { name: 'Show hit 1 on the heatmap' }).click();
  await expect(page.getByRole('button', { name: 'Show the whole axis' })).toBeVisible();
  // The span holding the hit is selected: its text has the hit.
  await expect(page.getByTestId('span-text')).toContainText('ferry');
  await page.getByRole('searchbox', { name: 'Find in memory' }).fill('submarine');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByTestId('find-summary')).toContainText('No “submarine” in this memory.');
  await expect(hits).toHaveCount(0);

  // After a reload the list is the same.
  await page.reload();
  await waitForTinyModel(page);
  await expect(page.getByTestId('document')).toHaveCount(2, { timeout: 60_000 });
  await expect(page.getByTestId('document').nth(0)).toContainText('harbour.md');
  expectCleanPage(watch);
});
