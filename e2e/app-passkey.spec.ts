// Passkey retrieval through the app with the TRAINED demo model (needs public/models/demo/; the
// test is skipped without it — the tiny random test package cannot answer anything). A haystack
// with a pass key is fed to memory, then asked for in chat: the answer must contain the key.
import { existsSync, readFileSync } from 'node:fs';
import { expect, openApp, test } from './fixtures';

const MANIFEST = 'public/models/demo/manifest.json';
const bundled = existsSync(MANIFEST);

const GRASS = 'The grass is green. The sky is blue. The sun is yellow. Here we go. There and back again.';

/**
 * The test needs a demo model that can do the task: the package's manifest records the training
 * evaluation (training/README.md, `--eval-json`); below 90 % passkey accuracy at ~1,000 tokens
 * (the length of this haystack, inside the native window) the app cannot be expected to answer,
 * and the test says so instead of failing on the model.
 */
function passkeyReady(): { ready: boolean; why: string } {
  if (!bundled) return { ready: false, why: `needs the trained demo model (${MANIFEST} is absent)` };
  const m = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
    evaluation?: { passkey?: Record<string, { accuracy: number }> };
  };
  const at1k = m.evaluation?.passkey?.['1000']?.accuracy ?? 0;
  return at1k >= 0.9
    ? { ready: true, why: '' }
    : {
        ready: false,
        why: `the bundled demo model's recorded passkey accuracy at ~1,000 tokens is ${(at1k * 100).toFixed(0)} % (< 90 %): train it further (training/README.md)`,
      };
}
const gate = passkeyReady();

test.skip(!gate.ready, gate.why);

test('passkey (requires the trained demo model in public/models/demo/): the app finds a pass key fed to memory', async ({
  page,
  watch,
}) => {
  test.setTimeout(600_000);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { name: string; version: string };
  const key = 31_847;
  const haystack = [
    'There is an important info hidden inside a lot of irrelevant text. Find it and memorize them. I will quiz you about the important information there.',
    Array(20).fill(GRASS).join(' '), // ≈ 900 tokens in all: the evaluated ~1k length
    `The pass key is ${key}. Remember it. ${key} is the pass key.`,
    Array(20).fill(GRASS).join(' '),
  ].join('\n');

  await openApp(page);
  // No saved preference: the app loads the bundled demo model by itself, offline.
  await expect(page.getByTestId('model-chip')).toContainText(`${manifest.name} ${manifest.version}`, {
    timeout: 300_000,
  });
  await page.getByLabel('Maximum reply tokens (reserved inside W_max)').fill('16');
  await page.getByRole('button', { name: 'Apply settings' }).click();
  await expect(page.getByLabel('Maximum reply tokens (reserved inside W_max)')).toHaveValue('16');

  await page.getByLabel('Text to remember').fill(haystack);
  await page.getByRole('button', { name: 'Feed this text to memory' }).click();
  await expect(page.getByTestId('feed-result')).toContainText('Remembered', { timeout: 300_000 });
  const box = page.getByRole('textbox', { name: 'Message', exact: true });
  await box.fill('What is the pass key?');
  await box.press('Enter');
  await expect(page.getByTestId('assistant-turn')).toHaveCount(1, { timeout: 300_000 });
  await page.screenshot({ path: 'e2e/screenshots/app-passkey.png' });
  await expect(page.getByTestId('assistant-turn')).toContainText(String(key));
  // The heatmap: walk the working-context entries from the newest back to the one holding the
  // needle; it is at full detail (LOD0 raw tokens), not inside a gist.
  const heatmap = page.getByTestId('heatmap');
  const inspector = page.getByTestId('span-inspector');
  const spanText = page.getByTestId('span-text');
  await heatmap.focus();
  await page.keyboard.press('End');
  await expect(inspector).toContainText('tokens');
  for (let i = 0; i < 60 && !((await spanText.textContent()) ?? '').includes(`pass key is ${key}`); i++) {
    await page.keyboard.press('ArrowLeft');
    await expect(spanText).not.toHaveText(/^(reading…)?$/);
  }
  await expect(spanText).toContainText(`pass key is ${key}`);
  await expect(inspector).toContainText('raw tokens');
  await page.getByTestId('focus-view').screenshot({ path: 'e2e/screenshots/app-passkey-heatmap.png' });
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offHostRequests).toEqual([]);
});
