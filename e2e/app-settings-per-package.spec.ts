// Saved settings belong to the package they were applied under (src/store/prefs.ts settingsFor): a
// page whose saved settings came from another package (say the previous demo release, which had
// the memory quote off) starts the loaded package from its own defaults and says so, instead of
// silently keeping the old package's W_max, memory check and memory quote.
import { expect, openApp, publishTinyPackage, test, waitForTinyModel } from './fixtures';

test.beforeAll(publishTinyPackage); // it does not rely on another spec having served the tiny package

test('settings saved under another package are not applied; this package starts from its defaults', async ({
  page,
  watch,
}) => {
  await page.addInitScript(() => {
    const key = 'megacontext.prefs.v1';
    if (!localStorage.getItem(key))
      localStorage.setItem(
        key,
        JSON.stringify({
          modelUrl: '/test-models/tiny/',
          compute: 'wasm',
          settings: { wMax: 300, memoryQuote: true },
          settingsFor: 'megacontext-demo@0.4.0',
        }),
      );
  });
  await openApp(page);
  await waitForTinyModel(page);
  await expect(page.getByTestId('notice')).toContainText(
    'Settings you saved under megacontext-demo@0.4.0 were not applied',
  );
  await expect(page.locator('#set-wmax')).not.toHaveValue('300');
  await page.getByTestId('notice').screenshot({ path: 'e2e/screenshots/app-settings-per-package.png' });
  await expect(page.getByTestId('set-memory-quote')).not.toBeChecked();

  // Applied here, they are this package's, and a reload keeps them.
  await page.getByTestId('set-memory-quote').check();
  await page.getByRole('button', { name: 'Apply settings' }).click();
  // (the button is disabled while the engine applies them too: wait for the saved preferences)
  await expect
    .poll(async () => {
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('megacontext.prefs.v1') ?? '{}'));
      return String(saved.settingsFor);
    })
    .toMatch(/@0\.0\.0-test$/);
  await expect(page.getByRole('button', { name: 'Apply settings' })).toBeDisabled();
  await page.reload();
  await waitForTinyModel(page);
  await expect(page.getByTestId('set-memory-quote')).toBeChecked();
  await expect(page.getByTestId('notice')).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});
