// The app in real Chromium, conversations: a model package loaded through the URL field (the
// tiny random test package), then create, rename and delete conversations; settings validation
// shown inline; nothing leaves localhost.
import { expect, loadTinyModel, openApp, publishTinyPackage, startWithTinyModel, test, waitForTinyModel } from './fixtures';

test.beforeAll(publishTinyPackage);

test('without a bundled demo model the app says so, and a package URL loads a model', async ({ page, watch }) => {
  await openApp(page);
  const bundled = await page.request.get('/models/demo/manifest.json');
  if (!(bundled.ok() && !(bundled.headers()['content-type'] ?? '').includes('text/html'))) {
    await expect(page.getByTestId('demo-model-note')).toContainText('not bundled');
    await expect(page.getByRole('button', { name: 'Load the bundled demo model' })).toBeDisabled();
    await expect(page.getByTestId('model-chip')).toHaveText('No model loaded');
  }
  await page.screenshot({ path: 'e2e/screenshots/app-no-model.png', fullPage: true });
  await loadTinyModel(page);
  await expect(page.getByTestId('compute-path')).toContainText('WASM');
  await expect(page.getByTestId('wmax')).toContainText('token-equivalents');
  await expect(page.getByTestId('storage-status')).not.toContainText('Asking');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offHostRequests).toEqual([]);
});

test('conversations: create, rename, delete; invalid settings are explained inline', async ({ page, watch }) => {
  await startWithTinyModel(page);
  await openApp(page);
  await waitForTinyModel(page);
  const items = page.getByTestId('conversation-item');
  await page.getByRole('button', { name: 'New conversation' }).click();
  await expect(items).toHaveCount(1);
  await page.getByRole('button', { name: 'New conversation' }).click();
  await expect(items).toHaveCount(2);

  await page.getByRole('button', { name: 'Rename Conversation 1' }).click();
  const input = page.getByLabel('New title for Conversation 1');
  await input.fill('Project notes');
  await input.press('Enter');
  await expect(page.getByRole('button', { name: 'Open Project notes' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Conversation 2' }).click();
  await page.getByRole('button', { name: 'Confirm delete Conversation 2' }).click();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Project notes');

  // Rename and delete survive a reload (IndexedDB), and the model comes back by itself.
  await page.reload();
  await waitForTinyModel(page);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Project notes');

  // Settings: a W_max beyond the model's native context is refused with the engine's reason.
  await page.getByLabel('W_max (working context budget in token-equivalents)').fill('999999');
  await page.getByRole('button', { name: 'Apply settings' }).click();
  await expect(page.getByTestId('settings-problems')).toContainText('exceeds the model');
  await page.getByLabel('W_max (working context budget in token-equivalents)').fill('768');
  await page.getByRole('button', { name: 'Apply settings' }).click();
  await expect(page.getByTestId('wmax')).toContainText('768');
  await expect(page.getByTestId('settings-problems')).toHaveCount(0);

  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offHostRequests).toEqual([]);
});
