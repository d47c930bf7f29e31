// Exchange (issue 19 item 4): beside the whole-memory .megacontext file, a conversation downloads
// as Markdown and as OpenAI messages JSON ([{role, content}]); an OpenAI messages file and a
// ChatGPT export's conversations.json import into memory as new conversations that answer.
import { readFileSync } from 'node:fs';
import { expect, expectCleanPage, openAppWithTinyModel, publishTinyPackage, test } from './fixtures';
import { sendAndWait } from './app-chat-helpers';
import type { Page } from '@playwright/test';

test.beforeAll(publishTinyPackage);

const DOC = 'Alpha harbour log. The ferry Osprey leaves pier nine at dawn and carries forty crates of figs.';

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const done = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const d = await done;
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!).toString('utf8') };
}

test('a conversation downloads as Markdown and OpenAI JSON; OpenAI messages and ChatGPT conversations import', async ({
  page,
  watch,
}, info) => {
  test.setTimeout(300_000);
  await openAppWithTinyModel(page);
  await page
    .getByTestId('files-input')
    .setInputFiles([{ name: 'harbour.md', mimeType: 'text/markdown', buffer: Buffer.from(DOC) }]);
  await expect(page.getByTestId('memory-turn')).toHaveCount(1, { timeout: 120_000 });
  await sendAndWait(page, 'When does the ferry leave?', 1);
  await page.getByRole('button', { name: 'Rename harbour.md' }).click();
  await page.getByLabel('New title for harbour.md').fill('Harbour');
  await page.getByLabel('New title for harbour.md').press('Enter');

  await page.getByRole('button', { name: 'Transcript of Harbour' }).click();
  await page.getByTestId('conversations').screenshot({ path: '/tmp/transcript-menu.png' });
  const md = await download(page, 'Download Harbour as Markdown');
  expect(md.name).toMatch(/^harbour-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toContain('# Harbour');
  expect(md.text).toContain(`## Document: harbour.md\n\n\`\`\`\n${DOC}\n\`\`\``);
  expect(md.text).toContain('## User\n\nWhen does the ferry leave?');
  expect(md.text).toContain('## Assistant');

  await page.getByRole('button', { name: 'Transcript of Harbour' }).click();
  const json = await download(page, 'Download Harbour as OpenAI JSON (messages)');
  expect(json.name).toMatch(/^harbour-\d{4}-\d{2}-\d{2}\.openai\.json$/);
  const messages = JSON.parse(json.text) as { role: string; content: string }[];
  expect(messages.slice(0, 2)).toEqual([
    { role: 'system', content: `[harbour.md]\n${DOC}` },
    { role: 'user', content: 'When does the ferry leave?' },
  ]);
  expect(messages[2]!.role).toBe('assistant');

  // Import an OpenAI messages file (the tiny model's answer is noise: give it words).
  const openaiFile = info.outputPath('ferry.openai.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    openaiFile,
    JSON.stringify([...messages.slice(0, 2), { role: 'assistant', content: 'At dawn, from pier nine.' }]),
  );
  await page.getByTestId('import-input').setInputFiles(openaiFile);
  await expect(page.getByTestId('conversation-item')).toHaveCount(2, { timeout: 120_000 });
  await expect(page.locator('.conv-active')).toContainText('ferry');
  await expect(page.getByTestId('memory-turn')).toContainText('harbour.md');
  await expect(page.getByTestId('assistant-turn')).toContainText('At dawn, from pier nine.');
  await sendAndWait(page, 'And the cargo?', 2);

  // Import a ChatGPT export: two conversations, the visible branch of each.
  const node = (id: string, parent: string | null, children: string[], role?: string, part?: string) => ({
    id,
    parent,
    children,
    message: role ? { id, author: { role }, content: { content_type: 'text', parts: [part] }, metadata: {} } : null,
  });
  const chatgpt = [
    {
      title: 'Packing list',
      current_node: 'a2',
      mapping: {
        r: node('r', null, ['u']),
        u: node('u', 'r', ['a1', 'a2'], 'user', 'What should I pack?'),
        a1: node('a1', 'u', [], 'assistant', 'An umbrella (old branch).'),
        a2: node('a2', 'u', [], 'assistant', 'A raincoat.'),
      },
    },
    {
      title: 'Recipes',
      current_node: 'u',
      mapping: { r: node('r', null, ['u']), u: node('u', 'r', [], 'user', 'A fig recipe?') },
    },
  ];
  const chatgptFile = info.outputPath('conversations.json');
  writeFileSync(chatgptFile, JSON.stringify(chatgpt));
  await page.getByTestId('import-input').setInputFiles(chatgptFile);
  await expect(page.getByTestId('conversation-item')).toHaveCount(4, { timeout: 120_000 });
  await expect(page.locator('.conv-active')).toContainText('Packing list');
  await expect(page.getByTestId('assistant-turn')).toHaveText(/A raincoat\./);
  await expect(page.getByText('An umbrella (old branch).')).toHaveCount(0);
  await expect(page.getByTestId('conversations')).toContainText('Recipes');
  await page.getByTestId('conversations').screenshot({ path: '/tmp/transcript-imported.png' });
  expectCleanPage(watch);
});
