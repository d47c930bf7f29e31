// A new question's refocus (ConversationMemory.relayoutForQuery, what Engine.chat does before
// each refocus), on the shipped sample memory with the app's similarity focus at the demo's
// budget (W_max 512 − reply reserve 128): the chips asked one after another each get their own
// fact raw in the working context; refocusing the last turn's WC instead left the later facts as
// gists (the model then copied its first answer: docs/sample-memory.md). Similarity focus is
// lexical, so the training-free gister changes nothing about what is focused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTinyPackage, readTinyTokenizer } from '../../fixtures/tiny-package';
import { ConversationMemory } from '../../../src/runtime/conversation-memory';
import { TrainingFreeGister } from '../../../src/models/training-free-gister';
import { similarityScorer, SIMILARITY_REFOCUS_OPTIONS } from '../../../src/models/similarity-focus';
import { termMapOf } from '../../../src/models/focus/term-map';
import { parseSampleMemory } from '../../../src/samples/sample-memory';

const parsed = parseSampleMemory(JSON.parse(readFileSync('public/samples/moby-dick.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.why);
const sample = parsed.sample;
const tok = readTinyTokenizer(); // the demo model's tokenizer
const terms = termMapOf(tok);

/** Start of the first occurrence of `needle` in `ids`. */
function find(ids: number[], needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= ids.length; i++) {
    for (let j = 0; j < needle.length; j++) if (ids[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('needle not found');
}

/** Asks the four chips in a row; per question, whether its fact's value is raw in the WC. */
async function chipsInARow(
  relayout: boolean,
  pin?: { start: number; end: number },
): Promise<{ raw: boolean[]; pinnedRaw: boolean; maxCost: number }> {
  const memory = new ConversationMemory(new TrainingFreeGister(readTinyPackage().table), {
    config: { wMax: 512 - 128, protectedTokens: 128, maxLevel: 3 },
  });
  const ids = [tok.bosId!, ...tok.encode(sample.text)];
  await memory.ingest(ids);
  if (pin) memory.wc.setPins([pin]);
  const raw: boolean[] = [];
  let pinnedRaw = true;
  let maxCost = 0;
  for (const f of sample.facts) {
    await memory.ingest(tok.userTurn(f.question, false));
    const before = relayout ? memory.relayoutForQuery() : null;
    memory.refocus(similarityScorer(memory.tree, terms, tok.encode(f.question)), SIMILARITY_REFOCUS_OPTIONS);
    const at = find(ids, tok.encode(` ${f.answer}.`));
    const wc = memory.wc;
    raw.push(wc.level(wc.positionOfToken(at)) === 0);
    if (pin) for (let t = pin.start; t < pin.end; t++) pinnedRaw &&= wc.level(wc.positionOfToken(t)) === 0;
    maxCost = Math.max(maxCost, wc.cost);
    if (before) {
      // what a decoder holding the last turn's WC keeps: a prefix of both, never more than either
      const kept = wc.sharedPrefixCost(before);
      expect(kept).toBeLessThanOrEqual(Math.min(wc.cost, before.cost));
      expect(wc.sharedPrefixCost(wc)).toBe(wc.cost);
      expect(before.sharedPrefixCost(wc)).toBe(kept);
    }
    await memory.ingest([...tok.encode(`The pass key is ${f.answer}.`), ...tok.stopIds.slice(-1)]);
  }
  return { raw, pinnedRaw, maxCost };
}

describe('a new question refocuses from the coarsest layout', () => {
  it('each chip asked in a row gets its own fact raw, within the budget', async () => {
    const { raw, maxCost } = await chipsInARow(true);
    expect(raw).toEqual([true, true, true, true]);
    expect(maxCost).toBeLessThanOrEqual(384);
  });

  it('keeps pinned spans raw through every new question', async () => {
    const { raw, pinnedRaw } = await chipsInARow(true, { start: 20_000, end: 20_064 });
    expect(pinnedRaw).toBe(true);
    expect(raw[0]).toBe(true);
  });

  it('refocusing the last turn’s working context instead leaves later facts as gists (what it mends)', async () => {
    const { raw } = await chipsInARow(false);
    expect(raw[0]).toBe(true);
    expect(raw.slice(1)).toContain(false);
  });
});
