// Recall through the built app with the bundled demo model (issue 16 item 6): ~36k tokens of a
// novel never used in training (Persuasion, chapters 1–14: e2e/fixtures/) with one fact worded
// unlike every training template, fed to memory and asked about in chat; then a question about a
// place the novel never names, which must be answered as absent (the answer rule of
// src/eval/answer-check.ts, the same as `npm run eval`). The memory is ~70× the demo's working
// context (W_max 512), so the answer exists only if focus brings the fact's block back to full
// detail; the absent answer comes from the memory check (docs/memory-check.md), which also vouches
// for the first question's names (the stats bar says so).
//
// What this guards is the path, not the model's rate: the 4.7M-parameter demo model (0.5.0) answers
// this fact at all 9 depths of 0.1–0.9 with its default memory quote (8 without: at 0.6 it drops
// digits, "It is 213."; 0.4.0 answered at 3) but none of the hand-written guard's two other facts
// (README, "Wording nobody of ours chose"); the fact is planted at 0.3.
import { existsSync, readFileSync } from 'node:fs';
import { expect, openApp, test } from './fixtures';
import { isCorrect } from '../src/eval/answer-check';
import { messageBox } from './app-chat-helpers';

const MANIFEST = 'public/models/demo/manifest.json';
const NOVEL = 'e2e/fixtures/persuasion-ch1-14.txt';

const FACT = 'Mrs. Clay mentioned that the cellar door at Kellynch Lodge opens with the code 48213.';
const QUESTION = 'What code opens the cellar door at Kellynch Lodge?';
const ABSENT_QUESTION = 'What code opens the boathouse at Tallowmere Abbey?';

/** The novel with the fact inserted at the paragraph boundary nearest `depth` of its length. */
function haystack(depth: number): string {
  const text = readFileSync(NOVEL, 'utf8');
  const at = text.indexOf('\n\n', Math.floor(text.length * depth));
  return `${text.slice(0, at)}\n\n${FACT}${text.slice(at)}`;
}

test.skip(!existsSync(MANIFEST), `needs the bundled demo model (${MANIFEST})`);

test('recall: a fact in ~36k tokens of a novel is found, and an absent one is said to be absent', async ({
  page,
  watch,
}) => {
  test.setTimeout(600_000);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { name: string; version: string };
  await openApp(page);
  await expect(page.getByTestId('model-chip')).toContainText(`${manifest.name} ${manifest.version}`, {
    timeout: 300_000,
  });

  await page.getByLabel('Text to remember').fill(haystack(0.3));
  await page.getByRole('button', { name: 'Feed this text to memory' }).click();
  await expect(page.getByTestId('feed-result')).toContainText('Remembered', { timeout: 300_000 });

  const turns = page.getByTestId('assistant-turn');
  await messageBox(page).fill(QUESTION);
  await messageBox(page).press('Enter');
  await expect(turns).toHaveCount(1, { timeout: 300_000 });
  await expect(page.getByRole('button', { name: /Stop/ })).toHaveCount(0, { timeout: 300_000 });
  const answer = (await turns.nth(0).textContent()) ?? '';
  console.log(`recall: "${QUESTION}" → ${answer.trim()}`);
  expect(isCorrect(answer, ['48213']), `reply to "${QUESTION}": ${answer}`).toBe(true);
  // Every name of the question is in memory: the stats bar says so (the model could not answer
  // "not in my memory": docs/memory-check.md).
  await expect(page.getByTestId('stat-memory-found')).toHaveText('memory check: “Kellynch”, “Lodge” found');
  await page.getByTestId('turn-stats').screenshot({ path: 'e2e/screenshots/app-recall-stats.png' });

  await messageBox(page).fill(ABSENT_QUESTION);
  await messageBox(page).press('Enter');
  await expect(turns).toHaveCount(2, { timeout: 300_000 });
  const absent = (await turns.nth(1).textContent()) ?? '';
  console.log(`recall: "${ABSENT_QUESTION}" → ${absent.trim()}`);
  expect(isCorrect(absent, []), `reply to "${ABSENT_QUESTION}": ${absent}`).toBe(true);
  await page.getByTestId('chat').screenshot({ path: 'e2e/screenshots/app-recall.png' });

  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offHostRequests).toEqual([]);
});
