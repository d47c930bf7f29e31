// Conversation controls in the built app with the tiny test model: sampling settings (defaults,
// change, kept after a reload; the memory quote turned on), a system prompt (first in memory, pinned, replaced later with the
// page saying what happens to the old one), regenerate and edit-and-resend (the earlier exchange
// stays in memory and is marked so), all kept after a reload.
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

test.beforeAll(publishTinyPackage);

test('sampling settings, a pinned system prompt, regenerate and edit-and-resend', async ({ page, watch }) => {
  test.setTimeout(360_000);
  await openAppWithTinyModel(page);
  await applyReplyTokens(page, 8);

  // Sampling: sane defaults (greedy, no penalty), changed and applied.
  await expect(page.getByLabel('Temperature')).toHaveValue('0');
  await expect(page.getByLabel('Top-p')).toHaveValue('1');
  await expect(page.getByLabel('Repetition penalty')).toHaveValue('1');
  await page.getByLabel('Temperature').fill('0.7');
  await page.getByLabel('Top-p').fill('0.9');
  await page.getByLabel('Seed').fill('42');
  await page.getByLabel('Repetition penalty').fill('3');
  // The memory quote: off for a package that does not ask for it, turned on here.
  await expect(page.getByTestId('set-memory-quote')).not.toBeChecked();
  await expect(page.locator('#memory-quote-hint')).toContainText('Off by default for this model');
  await page.getByTestId('set-memory-quote').check();
  // Answer copy: off for a package that names no answer frames, turned on here.
  await expect(page.getByTestId('set-answer-copy')).not.toBeChecked();
  await expect(page.locator('#answer-copy-hint')).toContainText('not trained to answer in fixed frames');
  await page.getByTestId('set-answer-copy').check();
  await page.getByRole('button', { name: 'Apply settings' }).click();
  await expect(page.getByTestId('settings-problems')).toContainText('repetitionPenalty must be in [1, 2]');
  await page.getByLabel('Repetition penalty').fill('1.15');
  await page.getByRole('button', { name: 'Apply settings' }).click();
  await expect(page.getByTestId('settings-problems')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Apply settings' })).toBeDisabled();
  await page.getByRole('form', { name: 'Engine settings' }).screenshot({ path: 'e2e/screenshots/app-settings.png' });

  // A system prompt on a new conversation is the start of its memory, pinned at full detail.
  await page.getByRole('button', { name: 'Add a system prompt' }).click();
  await expect(page.getByTestId('system-prompt-note')).toContainText('the start of this conversation’s memory');
  await page.getByLabel('System prompt for this conversation').fill('You answer in one short sentence.');
  await page.getByRole('button', { name: 'Save prompt' }).click();
  await expect(page.getByTestId('system-prompt-turn')).toContainText('in force · pinned at full detail');
  await expect(page.getByTestId('system-prompt-current')).toHaveText('You answer in one short sentence.');
  await expect(page.getByTestId('pin-list')).toContainText(/system prompt · tokens 0–\d+/);

  // Regenerate: a new turn; the earlier answer is marked as still in memory.
  await sendAndWait(page, 'What is a gist?', 1);
  await page.getByRole('button', { name: 'Regenerate this answer' }).click();
  await expect(page.getByTestId('assistant-turn')).toHaveCount(2, { timeout: 120_000 });
  await expect(page.getByTestId('revision-note')).toHaveText('↻ Asked again — the earlier answer stays in memory');
  await expect(page.getByTestId('assistant-turn').first()).toContainText(
    'Earlier answer (regenerated below) — still in memory',
  );
  await expect(page.getByRole('button', { name: 'Regenerate this answer' })).toHaveCount(1);

  // Edit and resend the latest message.
  await page.getByRole('button', { name: 'Edit this message and send it again' }).click();
  await expect(page.getByLabel('Edited message')).toHaveValue('What is a gist?');
  await page.getByLabel('Edited message').fill('What is a LOD1 gist?');
  await page.getByRole('button', { name: 'Send edited' }).click();
  await expect(page.getByTestId('assistant-turn')).toHaveCount(3, { timeout: 120_000 });
  await expect(page.getByTestId('user-turn')).toHaveText([
    'What is a gist?',
    'What is a gist?',
    'What is a LOD1 gist?',
  ]);
  await expect(page.getByTestId('revision-note').last()).toHaveText(
    '✎ Edited and sent again — the original exchange stays in memory',
  );

  // A new system prompt later is added after the memory; the page says so, and the pin moves.
  await page.getByRole('button', { name: 'Edit the system prompt' }).click();
  await expect(page.getByTestId('system-prompt-note')).toContainText(
    'the prompt is added after it (memory is append-only); an earlier prompt stays in memory, no longer pinned',
  );
  await page.getByLabel('System prompt for this conversation').fill('You answer in French.');
  await page.getByRole('button', { name: 'Save prompt' }).click();
  await expect(page.getByTestId('system-prompt-turn')).toHaveCount(2);
  await expect(page.getByTestId('system-prompt-turn').first()).toContainText(
    'replaced · still in memory, no longer pinned',
  );
  await expect(page.getByTestId('system-prompt-turn').last()).toContainText('in force · pinned at full detail');
  await expect(page.getByTestId('pin-list')).not.toContainText(/tokens 0–/);

  // After a reload: settings, prompt, pins and the marks on the transcript are all kept.
  await page.reload();
  await waitForTinyModel(page);
  await expect(page.getByTestId('assistant-turn')).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByLabel('Temperature')).toHaveValue('0.7');
  await expect(page.getByTestId('set-memory-quote')).toBeChecked();
  await expect(page.getByTestId('set-answer-copy')).toBeChecked();
  await expect(page.getByLabel('Top-p')).toHaveValue('0.9');
  await expect(page.getByLabel('Seed')).toHaveValue('42');
  await expect(page.getByLabel('Repetition penalty')).toHaveValue('1.15');
  await expect(page.getByTestId('system-prompt-current')).toHaveText('You answer in French.');
  await expect(page.getByTestId('pin-list')).toContainText('system prompt');
  // The regenerated exchange was then edited: it is superseded too; the edit is the one in force.
  await expect(page.getByTestId('revision-note')).toHaveText([
    '✎ Edited and sent again — the original exchange stays in memory',
  ]);
  await expect(page.getByText('Earlier version (edited below) — still in memory')).toHaveCount(1);
  await expect(page.getByText('Answer to the earlier version — still in memory')).toHaveCount(1);
  await expect(page.getByText('Asked again below — still in memory')).toHaveCount(1);
  await expect(page.getByText('Earlier answer (regenerated below) — still in memory')).toHaveCount(1);

  await page.setViewportSize({ width: 1400, height: 1500 });
  await page.getByTestId('chat').screenshot({ path: 'e2e/screenshots/app-chat-controls.png' });
  expectCleanPage(watch);
});
