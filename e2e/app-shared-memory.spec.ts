// Shared memories (issue 19 item 3): a collection made once from files and a pasted text, attached
// to two conversations (one empty, one after a chat turn); each answers over it and lists its
// documents marked as from the shared memory; the collection says both use it; a reload keeps all
// of it. Deleting the collection leaves the conversations' documents in place.
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

const HARBOUR = HARBOUR_LOG;
const LEDGER = ledger(120);
// Long enough (~60k tokens) that making the collection shows its progress bar for a while.
const PASTED = [
  'Harbour rules: crates of figs are weighed twice before the Osprey sails.',
  ...Array.from({ length: 4000 }, (_, i) => `Shelf ${i} of the gamma store holds ${i % 17} sacks of rice.`),
].join('\n');

test('a shared memory is made once, attached to two conversations, listed in each, and kept after a reload', async ({
  page,
  watch,
}) => {
  test.setTimeout(300_000);
  await openAppWithTinyModel(page);
  await applyReplyTokens(page, 4);
  const panel = page.getByTestId('shared-memories');
  await expect(panel.getByTestId('shared-memories-empty')).toBeVisible();

  await panel.getByLabel('Shared memory name').fill('Harbour handbook');
  await panel.getByLabel('Shared memory text').fill(PASTED);
  await panel.getByLabel('Files for the shared memory').setInputFiles([
    { name: 'harbour.md', mimeType: 'text/markdown', buffer: Buffer.from(HARBOUR) },
    { name: 'ledger.txt', mimeType: 'text/plain', buffer: Buffer.from(LEDGER) },
  ]);
  await panel.getByRole('button', { name: 'Create shared memory' }).click();
  await expect(panel.getByRole('progressbar', { name: 'Making the shared memory' })).toBeVisible();
  await panel.screenshot({ path: 'e2e/screenshots/app-shared-memory-progress.png' });
  await expect(panel.getByTestId('shared-memory-result')).toContainText(
    'Shared memory “Harbour handbook”: 3 documents',
    {
      timeout: 120_000,
    },
  );
  const item = panel.getByTestId('shared-memory');
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId('shared-memory-size')).toContainText('3 documents');
  await expect(item.getByTestId('shared-memory-used')).toHaveText('used by 0 conversations');

  // Conversation 1: empty, the collection attached, then a question.
  const docs = page.getByTestId('document');
  await page.getByRole('button', { name: 'New conversation', exact: true }).click();
  await expect(page.getByTestId('conversation-item')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Attach Harbour handbook to this conversation' }).click();
  await expect(panel.getByTestId('shared-memory-result')).toContainText('Attached “Harbour handbook”', {
    timeout: 120_000,
  });
  await expect(panel.getByTestId('shared-memory-result')).toContainText(', 0 computed)'); // every gist copied
  await expect(docs).toHaveCount(3);
  await expect(docs.nth(0)).toContainText('harbour.md');
  await expect(docs.nth(1)).toContainText('ledger.txt');
  await expect(docs.nth(2)).toContainText('pasted text');
  await expect(page.getByTestId('document-shared')).toHaveText([
    'from shared memory “Harbour handbook”',
    'from shared memory “Harbour handbook”',
    'from shared memory “Harbour handbook”',
  ]);
  await expect(docs.nth(0).getByTestId('document-size')).toContainText(`${HARBOUR.length} characters`);
  await sendAndWait(page, 'When does the ferry leave?', 1);

  // Conversation 2: a chat turn first, then the same collection.
  await page.getByRole('button', { name: 'New conversation', exact: true }).click();
  await expect(page.getByTestId('conversation-item')).toHaveCount(2);
  await expect(page.getByTestId('documents-empty')).toBeVisible();
  await sendAndWait(page, 'Hello there.', 1);
  await panel.getByRole('button', { name: 'Attach Harbour handbook to this conversation' }).click();
  await expect(docs).toHaveCount(3, { timeout: 120_000 });
  await expect(page.getByTestId('document-shared')).toHaveCount(3);
  await sendAndWait(page, 'How many crates of figs?', 2);
  await expect(item.getByTestId('shared-memory-used')).toHaveText('used by 2 conversations');
  await page.getByTestId('documents').screenshot({ path: 'e2e/screenshots/app-shared-memory-documents.png' });
  await panel.screenshot({ path: 'e2e/screenshots/app-shared-memory.png' });

  // A reload keeps the collection, its use and the attached documents.
  await page.reload();
  await waitForTinyModel(page);
  await expect(item).toHaveCount(1, { timeout: 60_000 });
  await expect(item.getByTestId('shared-memory-used')).toHaveText('used by 2 conversations');
  await page.getByRole('button', { name: 'Open Conversation 1' }).click();
  await expect(docs).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByTestId('document-shared')).toHaveCount(3);
  await page.getByRole('button', { name: 'Open Conversation 2' }).click();
  await expect(docs).toHaveCount(3, { timeout: 60_000 });

  // Deleting the collection leaves both conversations' documents in place.
  await panel.getByRole('button', { name: 'Delete Harbour handbook' }).click();
  await expect(panel.getByTestId('shared-memories-empty')).toBeVisible();
  await expect(panel.getByTestId('shared-memory-result')).toContainText('2 conversations that attached it keep');
  await expect(docs).toHaveCount(3);
  await page.getByRole('button', { name: 'Open Conversation 1' }).click();
  await expect(docs).toHaveCount(3, { timeout: 60_000 });
  await sendAndWait(page, 'And the figs?', 2);

  // Detach: the attachment leaves this conversation (forgotten as one range); the other keeps it.
  await expect(page.getByTestId('attachment')).toHaveText(/“Harbour handbook”: 3 documents attached/);
  await page.getByRole('button', { name: 'Detach Harbour handbook from this conversation' }).click();
  await expect(docs).toHaveCount(0);
  await expect(page.getByTestId('attachment')).toHaveCount(0);
  await page.getByTestId('documents').screenshot({ path: 'e2e/screenshots/app-shared-memory-detached.png' });
  await page.getByRole('button', { name: 'Open Conversation 2' }).click();
  await expect(docs).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByTestId('attachment')).toHaveCount(1);
  expectCleanPage(watch);
});
