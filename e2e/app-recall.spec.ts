// Recall through the built app with the bundled demo model (issue 16 item 6): ~36k tokens of a
// novel never used in training (Persuasion, chapters 1–14: e2e/fixtures/) with two facts worded
// unlike every training template, fed to memory and asked about in chat; then a question about a
// place the novel never names, which must be answered as absent (the answer rule of
// src/eval/answer-check.ts, the same as `npm run eval`). The memory is ~70× the demo's working
// context (W_max 512); the memory quote repeats the fact's sentence before the question — for
// "Harville", a name the novel uses dozens of times, only if the quote ranks its occurrences by the
// question's other words — and answer copy fills the reply's value from it (docs/memory-check.md;
// the stats bar says both); the absent answers come from the memory check (a place the novel never
// names; a salary the lines about a planted name never state).
//
// What this guards is the path, not the model's rate: the 4.7M-parameter demo model (0.5.1, as 0.5.0)
// with its defaults answers the Kellynch fact at all 9 depths of 0.1–0.9 and the Harville fact at
// all 5 measured (0.1–0.9; 0 of 5 before answer copy and the ranked quote: "It is 188."), but not
// the hand-written guard's third fact (README, "Wording nobody of ours chose"); planted at 0.3 and 0.6.
import { existsSync, readFileSync } from 'node:fs';
import { expect, openApp, test } from './fixtures';
import { isCorrect } from '../src/eval/answer-check';
import { messageBox } from './app-chat-helpers';

const MANIFEST = 'public/models/demo/manifest.json';
const NOVEL = 'e2e/fixtures/persuasion-ch1-14.txt';

const FACT = 'Mrs. Clay mentioned that the cellar door at Kellynch Lodge opens with the code 48213.';
const QUESTION = 'What code opens the cellar door at Kellynch Lodge?';
const FACT_2 = 'Captain Harville keeps his charts in a sea chest numbered 7390.';
const QUESTION_2 = "What number is on Captain Harville's sea chest?";
const ABSENT_QUESTION = 'What code opens the boathouse at Tallowmere Abbey?';
// A subject the memory holds, asked a number its lines never state: answered as absent too.
const FACT_3 = 'Ambrose Teal tends the glasshouses behind the old mill.';
const UNSTATED_QUESTION = 'What salary does Ambrose Teal earn?';

/** `text` with `fact` inserted at the paragraph boundary nearest `depth` of its length. */
function plant(text: string, fact: string, depth: number): string {
  const at = text.indexOf('\n\n', Math.floor(text.length * depth));
  return `${text.slice(0, at)}\n\n${fact}${text.slice(at)}`;
}

/** The novel with the three facts, at 0.3, 0.6 and 0.8 of its length. */
function haystack(): string {
  return plant(plant(plant(readFileSync(NOVEL, 'utf8'), FACT_3, 0.8), FACT_2, 0.6), FACT, 0.3);
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

  await page.getByLabel('Text to remember').fill(haystack());
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
  // … and the value was copied from the memory quote (answer copy, on for the demo package).
  await expect(page.getByTestId('stat-answer-copied')).toHaveText('answer copied from memory');
  await page.getByTestId('turn-stats').screenshot({ path: 'e2e/screenshots/app-recall-stats.png' });

  await messageBox(page).fill(QUESTION_2);
  await messageBox(page).press('Enter');
  await expect(turns).toHaveCount(2, { timeout: 300_000 });
  await expect(page.getByRole('button', { name: /Stop/ })).toHaveCount(0, { timeout: 300_000 });
  const answer2 = (await turns.nth(1).textContent()) ?? '';
  console.log(`recall: "${QUESTION_2}" → ${answer2.trim()}`);
  expect(isCorrect(answer2, ['7390']), `reply to "${QUESTION_2}": ${answer2}`).toBe(true);

  await messageBox(page).fill(ABSENT_QUESTION);
  await messageBox(page).press('Enter');
  await expect(turns).toHaveCount(3, { timeout: 300_000 });
  const absent = (await turns.nth(2).textContent()) ?? '';
  console.log(`recall: "${ABSENT_QUESTION}" → ${absent.trim()}`);
  expect(isCorrect(absent, []), `reply to "${ABSENT_QUESTION}": ${absent}`).toBe(true);
  await page.getByTestId('chat').screenshot({ path: 'e2e/screenshots/app-recall.png' });

  await messageBox(page).fill(UNSTATED_QUESTION);
  await messageBox(page).press('Enter');
  await expect(turns).toHaveCount(4, { timeout: 300_000 });
  const unstated = (await turns.nth(3).textContent()) ?? '';
  console.log(`recall: "${UNSTATED_QUESTION}" → ${unstated.trim()}`);
  expect(isCorrect(unstated, []), `reply to "${UNSTATED_QUESTION}": ${unstated}`).toBe(true);
  await expect(page.getByTestId('stat-memory-check')).toHaveText(
    'memory check: the lines that mention “Ambrose”, “Teal” do not state what was asked — answered without the model',
  );
  await page.getByTestId('turn-stats').screenshot({ path: 'e2e/screenshots/app-recall-unstated.png' });

  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offHostRequests).toEqual([]);
});
