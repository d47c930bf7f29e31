// A hub model loaded the way users load real ones (issue 17 item 5): "owner/name" typed in the
// model picker, every request to https://huggingface.co answered from localhost with a fixture
// repository in the transformers.js layout (tests/setup/hub-fixtures.global.ts: the tiny random
// decoder as onnxruntime-genai's model builder writes it — GroupQueryAttention, MatMulNBits,
// SkipSimplifiedLayerNormalization, RotaryEmbedding; and with a GatherBlockQuantized embedding).
// onnxruntime-web runs the rewritten graph on WASM; the app feeds memory and answers.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import buildHubFixtures, { HUB_FIXTURES_DIR } from '../tests/setup/hub-fixtures.global';
import { applyReplyTokens, expect, expectCleanPage, openApp, test } from './fixtures';

test.beforeAll(() => buildHubFixtures());

/**
 * Answers https://huggingface.co/… from build/fixtures/hub: file URLs, the API's tree listing and
 * model info. `alias` serves a fixture under another repository name (catalogue entries).
 */
async function serveHubFromFixtures(page: Page, served: string[], alias: Record<string, string> = {}) {
  const dirOf = (name: string) => alias[name] ?? name;
  await page.context().route('https://huggingface.co/**', async (route: Route) => {
    const u = new URL(route.request().url());
    served.push(u.pathname);
    const info = /^\/api\/models\/[^/]+\/([^/]+)$/.exec(u.pathname);
    if (info) return route.fulfill({ json: { id: info[1], tags: ['license:apache-2.0'] } });
    const tree = /^\/api\/models\/[^/]+\/([^/]+)\/tree\/main\/(.*)$/.exec(u.pathname);
    if (tree) {
      const dir = path.join(HUB_FIXTURES_DIR, dirOf(tree[1]!), tree[2]!);
      const entries = readdirSync(dir).map((name) => {
        const full = path.join(dir, name);
        const bytes = readFileSync(full);
        return {
          type: 'file',
          path: `${tree[2]}/${name}`,
          size: statSync(full).size,
          oid: 'x',
          lfs: { oid: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, pointerSize: 134 },
        };
      });
      return route.fulfill({ json: entries });
    }
    const file = /^\/[^/]+\/([^/]+)\/resolve\/main\/(.+)$/.exec(u.pathname);
    try {
      const body = readFileSync(path.join(HUB_FIXTURES_DIR, dirOf(file![1]!), decodeURIComponent(file![2]!)));
      return route.fulfill({
        body,
        headers: {
          'content-type': 'application/octet-stream',
          'access-control-allow-origin': '*',
          'cross-origin-resource-policy': 'cross-origin',
        },
      });
    } catch {
      return route.fulfill({ status: 404, body: 'Entry not found' });
    }
  });
}

async function loadHubModel(page: Page, ref: string) {
  await page.getByLabel('Model package URL').fill(ref);
  await page.getByLabel('Compute preference').selectOption('wasm');
  await page.getByRole('button', { name: 'Load the model package from this URL' }).click();
}

for (const [repo, version] of [
  ['fixtures/builder', 'hub:q4'],
  ['fixtures/quantized-embedding', 'hub:q4'],
] as const) {
  test(`${repo} loads from the hub (answered locally), remembers a document and answers`, async ({ page, watch }) => {
    test.setTimeout(240_000);
    const served: string[] = [];
    await serveHubFromFixtures(page, served);
    await openApp(page);
    await loadHubModel(page, repo);
    await expect(page.getByTestId('model-chip')).toContainText(`${repo} ${version}`, { timeout: 120_000 });
    await expect(page.getByTestId('model-chip')).toContainText('WASM');
    expect(served).toContain(`/${repo}/resolve/main/onnx/model_q4.onnx`);
    expect(served.filter((p) => p.endsWith('.onnx'))).toHaveLength(1); // one variant downloaded, not every dtype
    await applyReplyTokens(page, 8);

    await page
      .getByLabel('Text to remember')
      .fill('The keeper of the northern lighthouse wrote every passing ship into a blue ledger. '.repeat(60));
    await page.getByRole('button', { name: 'Feed this text to memory' }).click();
    await expect(page.getByTestId('feed-result')).toContainText('Remembered', { timeout: 120_000 });
    const box = page.getByRole('textbox', { name: 'Message', exact: true });
    await box.fill('Where were the ships written?');
    await box.press('Enter');
    await expect(page.getByTestId('turn-stats')).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('assistant-turn')).toHaveCount(1);
    await expect(page.getByTestId('stat-tps')).toHaveText(/[\d.,]+ tok\/s/);
    expectCleanPage(watch);
  });
}

test("the catalogue shows a hub model's facts and loads it", async ({ page, watch }) => {
  test.setTimeout(240_000);
  const served: string[] = [];
  await serveHubFromFixtures(page, served, { 'SmolLM2-135M-Instruct': 'optimum' });
  await openApp(page);
  expect(served).toEqual([]); // nothing is asked of the hub before the user does
  const catalogue = page.getByTestId('hub-catalogue');
  await catalogue.locator('summary').click();
  await expect(page.getByTestId('hub-catalogue-entry').first()).toContainText('SmolLM2 135M Instruct');
  await page.getByRole('button', { name: 'Details of HuggingFaceTB/SmolLM2-135M-Instruct' }).click();
  const facts = page.getByTestId('hub-repo-facts');
  await expect(facts).toContainText(/q4 [\d.]+ [KM]i?B \(fast\)/);
  await expect(facts).toContainText('2,048 tokens');
  await expect(facts).toContainText('apache-2.0');
  await page.getByRole('button', { name: 'Use HuggingFaceTB/SmolLM2-135M-Instruct' }).click();
  await expect(page.getByLabel('Model package URL')).toHaveValue('HuggingFaceTB/SmolLM2-135M-Instruct');
  await page.getByLabel('Compute preference').selectOption('wasm');
  await page.getByRole('button', { name: 'Load the model package from this URL' }).click();
  await expect(page.getByTestId('model-chip')).toContainText('HuggingFaceTB/SmolLM2-135M-Instruct hub:q4', {
    timeout: 120_000,
  });
  expectCleanPage(watch);
});
