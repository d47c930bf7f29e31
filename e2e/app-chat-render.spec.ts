// Answers render as GitHub-flavoured Markdown in the built app: a table, nested and task lists,
// strikethrough, highlighted code with a copy button that copies the code exactly, a copy button
// on the answer that copies its Markdown source, and HTML inside a table cell or a nested list
// item stays inert text. The answer is written into storage as if the model had produced it.
import {
  applyReplyTokens,
  expect,
  expectCleanPage,
  openAppWithTinyModel,
  publishTinyPackage,
  test,
  waitForTinyModel,
} from './fixtures';
import { rewriteAnswer, sendAndWait } from './app-chat-helpers';

test.beforeAll(publishTinyPackage);

const CODE = 'def gist(block):\n    """Mean of 32 rows."""\n    return sum(block) / 32  # LOD1';
const ANSWER = [
  '## Levels of the tree',
  '',
  '| level | one node covers | example |',
  '|:------|---------------:|---------|',
  '| LOD0 | 1 token | `the` |',
  '| LOD1 | 32 tokens | <img src=x onerror="window.__xss=1"> |',
  '| LOD2 | 1,024 tokens | ~~none~~ **gist** |',
  '',
  '- Working context',
  '  - raw blocks',
  '  - gists',
  '    1. LOD1',
  '    2. LOD2 <script>window.__xss=2</script>',
  '- [x] pinned',
  '- [ ] collapsed',
  '',
  '```python',
  CODE,
  '```',
  '',
  'See https://example.org/docs.',
].join('\n');

test('answers render GFM tables, nested lists and highlighted code with copy buttons; HTML stays inert', async ({
  page,
  context,
  watch,
}) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAppWithTinyModel(page);
  await applyReplyTokens(page, 8);
  await sendAndWait(page, 'Explain the levels.', 1);
  await rewriteAnswer(page, ANSWER);
  await page.reload();
  await waitForTinyModel(page);

  const answer = page.getByTestId('assistant-turn');
  await expect(answer.locator('h4')).toHaveText('Levels of the tree', { timeout: 60_000 }); // the conversation reopens after the model
  // Table: header and three rows, alignment kept, the HTML in a cell shown as text.
  const table = answer.locator('table');
  await expect(table.locator('thead th')).toHaveText(['level', 'one node covers', 'example']);
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody tr').nth(1).locator('td').nth(2)).toHaveText(
    '<img src=x onerror="window.__xss=1">',
  );
  await expect(table.locator('td del')).toHaveText('none');
  expect(
    await table
      .locator('th')
      .nth(1)
      .evaluate((el) => getComputedStyle(el).textAlign),
  ).toBe('right');
  // Nested lists are nested, three deep.
  await expect(answer.locator('ul > li > ul > li > ol > li')).toHaveText([
    'LOD1',
    'LOD2 <script>window.__xss=2</script>',
  ]);
  await expect(answer.locator('input[type="checkbox"]')).toHaveCount(2);
  await expect(answer.locator('input[type="checkbox"]').first()).toBeChecked();
  await expect(answer.locator('input[type="checkbox"]').first()).toBeDisabled();
  await expect(answer.locator('a')).toHaveAttribute('href', 'https://example.org/docs');
  await expect(answer.locator('img, script, iframe, svg')).toHaveCount(0);

  // Code: highlighted (keyword, string and comment tokens), with its language and a copy button.
  const block = answer.getByTestId('code-block');
  await expect(block.locator('.code-lang')).toHaveText('python');
  await expect(block.locator('.hljs-keyword').first()).toHaveText('def');
  await expect(block.locator('.hljs-comment')).toHaveText('# LOD1');
  const keywordColor = await block
    .locator('.hljs-keyword')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  const plainColor = await block.locator('pre').evaluate((el) => getComputedStyle(el).color);
  expect(keywordColor).not.toBe(plainColor);
  await block.getByRole('button', { name: 'Copy code' }).click();
  await expect(block.getByTestId('copy-code')).toHaveAccessibleName('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CODE);

  // The answer's own copy button copies its Markdown source.
  await answer.getByRole('button', { name: 'Copy answer' }).click();
  await expect(answer.getByTestId('copy-answer')).toHaveAccessibleName('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ANSWER);

  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await page.setViewportSize({ width: 1400, height: 1800 });
  await answer.screenshot({ path: 'e2e/screenshots/app-chat-render.png' });
  expectCleanPage(watch);
});
