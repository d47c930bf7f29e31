// Telemetry survives a reload (issue: durable per-conversation telemetry). In the built app with the
// tiny random package: two chat turns make focus telemetry (refocuses, iterations, swap rates),
// turn stats and a decode-speed history; after a page reload (a new worker, the engine rebuilt
// from IndexedDB) the telemetry panel and the turn stats show the same values.
import {
  applyReplyTokens,
  expect,
  expectCleanPage,
  openAppWithTinyModel,
  publishTinyPackage,
  test,
  waitForTinyModel,
} from './fixtures';
import type { Page } from '@playwright/test';

test.beforeAll(publishTinyPackage);

const messageBox = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });

/** What the telemetry panel and the turn stats bar show, as text. */
async function shownTelemetry(page: Page) {
  const panel = page.getByTestId('telemetry');
  return {
    facts: (await page.getByTestId('telemetry-facts').textContent())!,
    swap: (await panel.getByTestId('chart-swap').locator('svg').getAttribute('aria-label'))!,
    decode: (await panel.getByTestId('chart-decode').locator('svg').getAttribute('aria-label'))!,
    tps: (await page.getByTestId('stat-tps').textContent())!,
  };
}

test('the telemetry panel shows the same counters after a reload', async ({ page, watch }) => {
  test.setTimeout(240_000);
  await openAppWithTinyModel(page);
  await applyReplyTokens(page, 8);

  for (const [i, q] of ['What is a gist?', 'And a lens?'].entries()) {
    await messageBox(page).fill(q);
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page.getByTestId('assistant-turn')).toHaveCount(i + 1, { timeout: 120_000 });
  }
  const facts = page.getByTestId('telemetry-facts');
  await expect(facts).toContainText(/Refocuses\s*2/);
  await expect(page.getByTestId('chart-decode').locator('svg')).toHaveAttribute('aria-label', /Decode speed: 2 points/);
  await expect(page.getByTestId('turn-stats')).toBeVisible();
  const before = await shownTelemetry(page);

  await page.reload();
  await waitForTinyModel(page);
  await expect(page.getByTestId('assistant-turn')).toHaveCount(2, { timeout: 60_000 });
  await expect(facts).toHaveText(before.facts, { timeout: 60_000 });
  expect(await shownTelemetry(page)).toEqual(before);
  await page.getByTestId('telemetry').screenshot({ path: 'e2e/screenshots/app-telemetry-reloaded.png' });
  expectCleanPage(watch);
});
