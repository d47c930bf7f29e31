// First run with the bundled sample memory (issue 19 item 5), through the TRAINED demo model
// (public/models/demo/; skipped without it — the tiny random test package answers nothing). An
// empty conversation offers the sample; one click feeds Moby-Dick with its planted facts (progress
// shown), suggested-question chips appear, one click asks; the answer holds the planted value and
// the heatmap finds the planted sentence in the working context at full detail; a question about a
// name the book never mentions is answered "not in memory" (the memory check).
import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import type { SampleMemory } from '../src/samples/sample-memory';
import { sendAndWait } from './app-chat-helpers';

const MANIFEST = 'public/models/demo/manifest.json';
const SAMPLE = 'public/samples/moby-dick.json';

/** Serious and critical axe violations (the rules of e2e/app-chat-access.spec.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test.skip(!existsSync(MANIFEST), `needs the trained demo model (${MANIFEST} is absent)`);

test('sample memory: one click feeds the book, one click on a chip asks, the answer holds the planted value', async ({
  page,
  watch,
}) => {
  test.setTimeout(600_000);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
    name: string;
    version: string;
    w_max_default: number;
  };
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as SampleMemory;
  const fact = sample.facts[0]!;

  await openApp(page);
  await expect(page.getByTestId('model-chip')).toContainText(`${manifest.name} ${manifest.version}`, {
    timeout: 300_000,
  });
  // The package's measured budget is the default, and the form says why (docs/working-context-budget.md).
  await expect(page.getByTestId('wmax')).toHaveText(`${manifest.w_max_default} token-equivalents`);
  await expect(page.getByTestId('wmax-hint')).toContainText(`This model's default W_max is ${manifest.w_max_default}`);
  const card = page.getByTestId('sample-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(
    `We hid ${['no', 'one', 'two', 'three', 'four', 'five'][sample.facts.length]} facts`,
  );
  await card.getByText('What the demo model can and cannot do').click();
  await expect(page.getByTestId('demo-limits').first()).toContainText('Cannot:');
  await page.screenshot({ path: 'e2e/screenshots/app-sample-memory-card.png' });
  expect(await seriousViolations(page)).toEqual([]);

  const t0 = Date.now();
  await card.getByRole('button', { name: 'Try the sample memory' }).click();
  await expect(page.getByTestId('sample-progress')).toBeVisible();
  const chips = page.getByTestId('suggested-questions');
  await expect(chips).toBeVisible({ timeout: 300_000 });
  const ingestSeconds = (Date.now() - t0) / 1000;
  console.log(`sample memory: fed in ${ingestSeconds.toFixed(1)} s (click to chips)`);
  await expect(page.getByTestId('memory-turn')).toContainText(`Sample memory: ${sample.title}`);
  await expect(page.getByTestId('sample-card')).toHaveCount(0);
  await expect(chips.getByRole('button')).toHaveCount(sample.facts.length);
  await page.getByTestId('suggested-questions').screenshot({ path: 'e2e/screenshots/app-sample-memory-chips.png' });
  expect(await seriousViolations(page)).toEqual([]);

  const t1 = Date.now();
  await chips.getByRole('button', { name: fact.question }).click();
  await expect(page.getByTestId('assistant-turn')).toHaveCount(1, { timeout: 300_000 });
  console.log(`sample memory: "${fact.question}" answered in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  await expect(page.getByTestId('assistant-turn')).toContainText(fact.answer);
  await expect(page.getByTestId('user-turn')).toHaveText(fact.question);

  // The heatmap: walk the working context from the newest entry back to the planted sentence; it
  // is at full detail (raw tokens), where similarity focus put it.
  const heatmap = page.getByTestId('heatmap');
  await expect(heatmap).toBeVisible();
  const inspector = page.getByTestId('span-inspector');
  const spanText = page.getByTestId('span-text');
  await heatmap.focus();
  await page.keyboard.press('End');
  await expect(inspector).toContainText('tokens');
  // Either half of the planted sentence (a block boundary may split it); not the answer turn.
  const needle = new RegExp(`is ${fact.answer}\\. Remember|Remember it\\. ${fact.answer} is`);
  for (let i = 0; i < 1500 && !needle.test((await spanText.textContent()) ?? ''); i++) {
    await page.keyboard.press('ArrowLeft');
    await expect(spanText).not.toHaveText(/^(reading…)?$/);
  }
  await expect(spanText).toContainText(needle);
  await expect(inspector).toContainText('raw tokens');
  await page.screenshot({ path: 'e2e/screenshots/app-sample-memory.png', fullPage: true });
  await page.getByTestId('focus-view').screenshot({ path: 'e2e/screenshots/app-sample-memory-heatmap.png' });
  // The other chips, in order (each question and answer joins the memory before the next one):
  // each new question refocuses from the coarsest layout (ConversationMemory.relayoutForQuery), so
  // every one is answered from its own fact, not by copying the last answer (docs/sample-memory.md).
  for (const [i, f] of sample.facts.slice(1).entries()) {
    await chips.getByRole('button', { name: f.question }).click();
    await expect(page.getByTestId('assistant-turn')).toHaveCount(i + 2, { timeout: 300_000 });
    const answer =
      (await page
        .getByTestId('assistant-turn')
        .nth(i + 1)
        .textContent()) ?? '';
    console.log(`sample memory: "${f.question}" → ${answer.includes(f.answer) ? 'right' : 'WRONG'}: ${answer.trim()}`);
    expect(answer).toContain(f.answer);
  }
  // A question about someone the book never mentions: the memory check (on for this package:
  // manifest memory_check) answers "not in memory" instead of letting the model invent a number.
  const n = sample.facts.length;
  await sendAndWait(page, 'What is the door code of Hiazom Quellbrook?', n + 1);
  await expect(page.getByTestId('assistant-turn').nth(n)).toContainText('“Hiazom” and “Quellbrook” are not in memory');
  await expect(page.getByTestId('stat-memory-check')).toContainText(
    'memory check: “Hiazom”, “Quellbrook” occur nowhere in memory — answered without the model',
  );
  await page.getByTestId('chat').screenshot({ path: 'e2e/screenshots/app-sample-memory-absent.png' });
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offHostRequests).toEqual([]);
});
