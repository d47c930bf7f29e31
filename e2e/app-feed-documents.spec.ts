// PDF and .docx in the feed (issue 19 item 5): their text (pdf.js's text layer in its own worker,
// mammoth's raw text) is remembered like any text file — shown on the memory card, listed with
// its size, found by Find in memory — under the app's strict CSP (no eval); a PDF without a text
// layer is skipped with the reason.
import { expect, expectCleanPage, openAppWithTinyModel, publishTinyPackage, test } from './fixtures';
import { makeDocx, makePdf } from '../tests/fixtures/documents';

test.beforeAll(publishTinyPackage);

test('a PDF and a .docx are fed as their text; a PDF without text is skipped with the reason', async ({
  page,
  watch,
}) => {
  test.setTimeout(300_000);
  await openAppWithTinyModel(page);
  const pdf = makePdf([
    ['Harbour report.', 'The ferry Osprey leaves pier nine at dawn.'],
    ['Page two: forty crates of figs.'],
  ]);
  const docx = await makeDocx(['Vault minutes', 'The zebra ledger is kept in the blue cabinet.']);
  await page
    .getByTestId('files-input')
    .setInputFiles([{ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) }]);
  await expect(page.getByTestId('memory-turn')).toHaveCount(1, { timeout: 120_000 });
  await expect(page.getByTestId('memory-turn')).toContainText('report.pdf');
  await expect(page.getByTestId('memory-turn')).toContainText('The ferry Osprey leaves pier nine at dawn.');
  await page.getByTestId('files-input').setInputFiles([
    {
      name: 'minutes.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docx),
    },
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makePdf([[]])) },
  ]);
  await expect(page.getByTestId('memory-turn')).toHaveCount(2, { timeout: 120_000 });
  await expect(page.getByTestId('memory-turn').nth(1)).toContainText('The zebra ledger is kept in the blue cabinet.');
  await expect(page.getByTestId('skipped-files')).toContainText('scan.pdf');
  await expect(page.getByTestId('skipped-files')).toContainText('no text in this PDF');
  await expect(page.getByTestId('document')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Find in memory' }).fill('figs');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByTestId('find-summary')).toContainText('1 hit for “figs”');
  await expect(page.getByTestId('find-hit')).toContainText('report.pdf');
  await page.getByTestId('feed').screenshot({ path: '/tmp/feed-documents.png' });
  await page.getByTestId('documents').screenshot({ path: '/tmp/feed-documents-list.png' });
  expectCleanPage(watch);
});
