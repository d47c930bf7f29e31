// Look and access in the built app: light and dark themes (the system preference, a toggle kept
// across reloads), keyboard shortcuts listed in a help panel and working (focus, regenerate, Esc
// stops), a phone layout with the chat first, and an axe accessibility check with no serious or
// critical violation in both themes and on a phone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  applyReplyTokens,
  expect,
  expectCleanPage,
  openAppWithTinyModel,
  publishTinyPackage,
  test,
  waitForTinyModel,
} from './fixtures';
import { messageBox, rewriteAnswer, sendAndWait } from './app-chat-helpers';

test.beforeAll(publishTinyPackage);

const ANSWER =
  '## Levels\n\n| level | covers |\n|---|---:|\n| LOD1 | 32 tokens |\n\n- tree\n  - gists\n- [x] pinned\n\n```ts\nconst k = 32; // block\n```\n\nSee https://example.org.';

/** Serious and critical axe violations of the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 12)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('themes follow the system and the toggle; shortcuts are listed and work; the phone layout shows the chat first; axe finds nothing serious', async ({
  page,
  watch,
}) => {
  test.setTimeout(420_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await openAppWithTinyModel(page);
  await applyReplyTokens(page, 8);

  // A conversation with a system prompt and a rendered answer, so axe sees the real chat.
  await page.getByRole('button', { name: 'Add a system prompt' }).click();
  await page.getByLabel('System prompt for this conversation').fill('You answer briefly.');
  await page.getByRole('button', { name: 'Save prompt' }).click();
  await expect(page.getByTestId('system-prompt-turn')).toBeVisible();
  await sendAndWait(page, 'What are the levels?', 1);
  await rewriteAnswer(page, ANSWER);
  await page.reload();
  await waitForTinyModel(page);
  await expect(page.getByTestId('assistant-turn').locator('table')).toBeVisible({ timeout: 60_000 });

  // The system prefers light: the page is light, "Auto" is selected.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByTestId('theme-toggle').getByRole('button', { name: 'Auto' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await bg(page)).toBe('rgb(246, 248, 250)');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'e2e/screenshots/app-chat-light.png' });

  // The toggle forces dark, kept after a reload even though the system still prefers light.
  await page.getByTestId('theme-toggle').getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await waitForTinyModel(page);
  await expect(page.getByTestId('assistant-turn').locator('table')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg(page)).toBe('rgb(11, 14, 19)');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'e2e/screenshots/app-chat-dark.png' });

  // Shortcuts: "?" opens the help panel listing them; Esc closes it.
  await page.locator('h1').click(); // focus outside any text field
  await page.keyboard.press('?');
  const help = page.getByTestId('shortcuts-help');
  await expect(help).toBeVisible();
  await expect(help.getByRole('row')).toContainText(['?', '/', 'N', 'S', 'R', 'E', 'C', 'Esc']);
  await expect(help).toContainText('Regenerate the last answer');
  expect(await seriousViolations(page)).toEqual([]);
  await help.screenshot({ path: 'e2e/screenshots/app-chat-shortcuts.png' });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // "/" focuses the message box; typed letters then go to the message, not to shortcuts.
  await page.keyboard.press('/');
  await expect(messageBox(page)).toBeFocused();
  await page.keyboard.type('rec');
  await expect(messageBox(page)).toHaveValue('rec');
  await expect(page.getByTestId('assistant-turn')).toHaveCount(1);
  await messageBox(page).fill('');
  // "R" regenerates the last answer.
  await page.locator('h1').click();
  await page.keyboard.press('r');
  await expect(page.getByTestId('assistant-turn')).toHaveCount(2, { timeout: 120_000 });
  await expect(page.getByTestId('revision-note')).toContainText('the earlier answer stays in memory');
  // Esc stops an answer in flight (1,200 tokens: several seconds of decoding even on a fast machine).
  await applyReplyTokens(page, 1200);
  await messageBox(page).fill('Tell me a long story.');
  await messageBox(page).press('Enter');
  await expect(page.getByTestId('live-stats')).toContainText(/[1-9]\d* tokens/, { timeout: 60_000 });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('turn-stats')).toContainText('stopped', { timeout: 60_000 });
  // Single-key shortcuts can be turned off (and stay off after a reload).
  await page.locator('h1').click();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await help.getByLabel(/Single-key shortcuts/).uncheck();
  await page.keyboard.press('Escape');
  await page.locator('h1').click();
  await page.keyboard.press('?');
  await expect(help).toBeHidden();

  // Phone: the chat comes first, nothing overflows sideways, and axe is still clean.
  await page.setViewportSize({ width: 390, height: 844 });
  const chatTop = (await page.getByTestId('chat').boundingBox())!.y;
  const focusTop = (await page.getByTestId('focus-view').boundingBox())!.y;
  const convTop = (await page.getByTestId('conversations').boundingBox())!.y;
  expect(chatTop).toBeLessThan(focusTop);
  expect(chatTop).toBeLessThan(convTop);
  expect(chatTop).toBeLessThan(300); // right under the header
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'e2e/screenshots/app-chat-phone.png' });
  expectCleanPage(watch);
});
