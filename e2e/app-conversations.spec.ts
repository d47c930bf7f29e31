// The app in real Chromium, conversations: a model package loaded through the URL field (the
// tiny random test package), then create, rename and delete conversations; settings validation
// shown inline; nothing leaves localhost.
import {
  expect,
  expectCleanPage,
  loadTinyModel,
  openApp,
  openAppWithTinyModel,
  publishTinyPackage,
  test,
  waitForTinyModel,
} from './fixtures';

test.beforeAll(publishTinyPackage);

test('the model picker says whether the demo model is bundled, and a package URL loads a model', async ({
  page,
  watch,
}) => {
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
  // The same package on WebGPU (the real adapter; SwiftShader on a machine without a GPU).
  const hasAdapter = await page.evaluate(async () => !!(await navigator.gpu?.requestAdapter()));
  if (hasAdapter) {
    await page.getByLabel('Compute preference').selectOption('webgpu');
    await page.getByRole('button', { name: 'Load the model package from this URL' }).click();
    await expect(page.getByTestId('compute-path')).toContainText('WebGPU', { timeout: 90_000 });
    await expect(page.getByTestId('model-chip')).toContainText('WebGPU');
  }
  await expect(page.getByTestId('wmax')).toContainText('token-equivalents');
  await expect(page.getByTestId('storage-status')).not.toContainText('Asking');
  expectCleanPage(watch);
});

test('conversations: create, rename, delete; invalid settings are explained inline', async ({ page, watch }) => {
  await openAppWithTinyModel(page);
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

  // Settings: the tiny package has no measured default, so W_max starts at min(2048, native 4096).
  await expect(page.getByTestId('wmax-hint')).toHaveText('Default W_max for this model: 2,048.');
  // A W_max beyond the model's native context is refused with the engine's reason.
  await page.getByLabel('W_max (working context budget in token-equivalents)').fill('999999');
  await page.getByRole('button', { name: 'Apply settings' }).click();
  await expect(page.getByTestId('settings-problems')).toContainText('exceeds the model');
  await page.getByLabel('W_max (working context budget in token-equivalents)').fill('768');
  await page.getByRole('button', { name: 'Apply settings' }).click();
  await expect(page.getByTestId('wmax')).toContainText('768');
  await expect(page.getByTestId('settings-problems')).toHaveCount(0);

  expectCleanPage(watch);
});

test('a folder (a small codebase) is fed with vendored and binary files skipped; export and import a conversation with its memory', async ({
  page,
  watch,
}, info) => {
  test.setTimeout(180_000);
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const dir = info.outputPath('project');
  mkdirSync(`${dir}/src`, { recursive: true });
  mkdirSync(`${dir}/node_modules/dep`, { recursive: true });
  writeFileSync(`${dir}/README.md`, '# Project\n\nA small project fed to memory as a folder.\n');
  writeFileSync(
    `${dir}/src/main.ts`,
    Array.from({ length: 200 }, (_, i) => `export const value${i} = ${i} * 2;`).join('\n'),
  );
  writeFileSync(`${dir}/src/logo.png`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  writeFileSync(`${dir}/node_modules/dep/index.js`, 'module.exports = 1;');

  await openAppWithTinyModel(page);
  await page.getByTestId('folder-input').setInputFiles(dir);
  await expect(page.getByTestId('feed-result')).toContainText('Remembered “project/ (2 files)”', { timeout: 120_000 });
  const skipped = page.getByTestId('skipped-files');
  await expect(skipped).toContainText('project/node_modules/');
  await expect(skipped).toContainText('project/src/logo.png');
  const tokens = (await page.getByTestId('heatmap-summary').textContent())!.match(/^([\d,]+) tokens/)![1]!;

  // Export downloads a file; deleting and importing it brings the conversation and memory back.
  await page.getByRole('button', { name: 'Rename project/ (2 files)' }).click();
  await page.getByLabel('New title for project/ (2 files)').fill('Codebase');
  await page.getByLabel('New title for project/ (2 files)').press('Enter');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Codebase' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^codebase-\d{4}-\d{2}-\d{2}\.megacontext$/);
  const file = info.outputPath('codebase.megacontext');
  await download.saveAs(file);
  await page.getByRole('button', { name: 'Delete Codebase' }).click();
  await page.getByRole('button', { name: 'Confirm delete Codebase' }).click();
  await expect(page.getByTestId('conversation-item')).toHaveCount(0);
  await page.getByTestId('import-input').setInputFiles(file);
  await expect(page.getByTestId('conversation-item')).toHaveCount(1, { timeout: 60_000 });
  await expect(page.getByTestId('conversation-item')).toContainText('Codebase');
  await expect(page.getByTestId('heatmap-summary')).toContainText(`${tokens} tokens in memory`);
  await expect(page.getByTestId('memory-turn')).toContainText('project/ (2 files)');
  expectCleanPage(watch);
});

test('files dropped on the feed panel are remembered; a binary one is skipped with a notice', async ({
  page,
  watch,
}) => {
  await openAppWithTinyModel(page);
  const dropzone = page.getByTestId('dropzone');
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['# Dropped notes\n\nThe meeting moved to Thursday at noon.\n'], 'notes.md', { type: 'text/markdown' }),
    );
    dt.items.add(
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70])], 'photo.jpg', { type: 'image/jpeg' }),
    );
    return dt;
  });
  await dropzone.dispatchEvent('dragover', { dataTransfer });
  await dropzone.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('feed-result')).toContainText('Remembered “notes.md”', { timeout: 60_000 });
  await expect(page.getByTestId('skipped-files')).toContainText('photo.jpg');
  await expect(page.getByTestId('memory-turn')).toContainText('notes.md');
  expectCleanPage(watch);
});

test('a hub repository is fetched only when asked for; offline, the failure is explained', async ({ page, watch }) => {
  await openAppWithTinyModel(page);
  expect(watch.offHostRequests).toEqual([]);
  await page.getByLabel('Model package URL').fill('onnx-community/some-model');
  await page.getByRole('button', { name: 'Load the model package from this URL' }).click();
  await expect(page.getByTestId('model-error')).toBeVisible({ timeout: 60_000 });
  // The only requests off this machine are the ones the user asked for (blocked here): the
  // repository's file listing (hub API) and its files.
  expect(watch.offHostRequests.length).toBeGreaterThan(0);
  for (const url of watch.offHostRequests) {
    expect(url).toMatch(
      /^https:\/\/huggingface\.co\/(api\/models\/)?onnx-community\/some-model\/(resolve|tree)\/main\//,
    );
  }
  // The model already loaded stays in use.
  await expect(page.getByTestId('model-chip')).toContainText('0.0.0-test');
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toBeEnabled();
});
