// Forgetting (issue 19 item 3): "Forget" on a fed document takes it out of the chat, the
// Documents list, Find in memory and the exported .megacontext file; Undo brings it back while the
// page is open; forgotten again, it stays forgotten after a reload and is final there (no Undo).
// A span selected on the heatmap can be forgotten from the inspector too.
import { readFileSync } from 'node:fs';
import { expect, expectCleanPage, openAppWithTinyModel, publishTinyPackage, test, waitForTinyModel } from './fixtures';
import type { Page } from '@playwright/test';

test.beforeAll(publishTinyPackage);

const KEEP = 'Alpha harbour log. The ferry Osprey leaves pier nine at dawn and carries forty crates of figs.';
const SECRET = 'Zebra vault memo. The combination of the zebra vault is written on the back of the blue ledger.';

async function feed(page: Page, name: string, text: string, count: number) {
  await page.getByTestId('files-input').setInputFiles([{ name, mimeType: 'text/markdown', buffer: Buffer.from(text) }]);
  await expect(page.getByTestId('memory-turn')).toHaveCount(count, { timeout: 120_000 });
}

async function find(page: Page, query: string) {
  await page.getByRole('searchbox', { name: 'Find in memory' }).fill(query);
  await page.getByRole('button', { name: 'Find', exact: true }).click();
}

async function exportedText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page
    .getByRole('button', { name: /^Export / })
    .first()
    .click();
  const file = await (await download).path();
  return readFileSync(file).toString('latin1');
}

test('a forgotten document leaves the chat, the documents, Find and the export; undo until the page closes', async ({
  page,
  watch,
}) => {
  test.setTimeout(300_000);
  await openAppWithTinyModel(page);
  await feed(page, 'harbour.md', KEEP, 1);
  await feed(page, 'vault.md', SECRET, 2);
  await expect(page.getByTestId('document')).toHaveCount(2);
  expect(await exportedText(page)).toContain('zebra vault');

  await page.getByRole('button', { name: 'Forget vault.md' }).click();
  await expect(page.getByTestId('document')).toHaveCount(1);
  await expect(page.getByTestId('document')).toContainText('harbour.md');
  await expect(page.getByTestId('memory-turn')).toHaveCount(1);
  await expect(page.getByTestId('forgotten-item')).toHaveCount(1);
  await expect(page.getByTestId('forgotten-item')).toContainText('undo until this page closes');
  await expect(page.getByTestId('forgotten-item')).toContainText('vault.md');
  await find(page, 'zebra');
  await expect(page.getByTestId('find-summary')).toContainText('No “zebra” in this memory.');
  await find(page, 'ferry');
  await expect(page.getByTestId('find-summary')).toContainText('1 hit for “ferry”');
  const exported = await exportedText(page);
  expect(exported).not.toContain('zebra');
  expect(exported).not.toContain('Zebra');
  expect(exported).toContain('ferry Osprey');
  await page.getByTestId('documents').screenshot({ path: '/tmp/forget-documents.png' });

  // Undo (same page): everything is back.
  await page.getByRole('button', { name: /^Undo forgetting tokens/ }).click();
  await expect(page.getByTestId('document')).toHaveCount(2);
  await expect(page.getByTestId('forgotten-item')).toHaveCount(0);
  await find(page, 'zebra');
  await expect(page.getByTestId('find-summary')).toContainText('2 hits for “zebra”');

  // Forget again, then reload: still forgotten, and final.
  await page.getByRole('button', { name: 'Forget vault.md' }).click();
  await expect(page.getByTestId('forgotten-item')).toHaveCount(1);
  await page.reload();
  await waitForTinyModel(page);
  await expect(page.getByTestId('document')).toHaveCount(1, { timeout: 60_000 });
  await expect(page.getByTestId('forgotten-item')).toHaveCount(1);
  await expect(page.getByTestId('forgotten-item')).toContainText('final');
  await expect(page.getByRole('button', { name: /^Undo forgetting tokens/ })).toHaveCount(0);

  // A span from the heatmap: Show the kept document, then Forget the span the inspector reads.
  await page.getByRole('button', { name: 'Show harbour.md on the heatmap' }).click();
  await expect(page.getByTestId('span-text')).toContainText('harbour');
  await page
    .getByTestId('span-inspector')
    .getByRole('button', { name: /^Forget tokens/ })
    .click();
  await expect(page.getByTestId('forgotten-item')).toHaveCount(2);
  await expect(page.getByTestId('span-text')).toContainText('[forgotten]');
  await expect(page.getByTestId('forgotten-legend')).toContainText('forgotten 60 tokens');
  await page.getByTestId('documents').screenshot({ path: '/tmp/forget-documents-final.png' });
  await page.getByTestId('focus-view').screenshot({ path: '/tmp/forget-inspector.png' });
  expectCleanPage(watch);
});
