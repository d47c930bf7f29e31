// Similarity focus (training-free fallback): entries are scored by the lexical relevance of their
// best block to the query, so a needle under a coarse gist opens level by level (LOD2 → LOD1 →
// LOD0) within one refocus whatever the gister puts in the gist vectors.
import { describe, expect, it } from 'vitest';
import { ConversationMemory } from '../../../src/runtime/conversation-memory';
import type { Gister } from '../../../src/core/gister';
import type { GistJob } from '../../../src/core/tree';
import { BlockRelevance } from '../../../src/models/focus/block-relevance';
import { TermMap } from '../../../src/models/focus/term-map';
import {
  entryRelevance,
  relevanceToScores,
  SIMILARITY_REFOCUS_OPTIONS,
  similarityScorer,
} from '../../../src/models/similarity-focus';

const d = 4;
/** 16 filler words (ids 0–15), the needle's words (16–19), punctuation (20: no term). */
const TERMS = TermMap.fromTokenTexts([
  ...Array.from({ length: 16 }, (_, v) => ` w${v}`),
  ' alder',
  ' cellar',
  ' code',
  ' 58213',
  '.',
]);
const NEEDLE = [16, 17, 18, 19, 20];
const QUESTION = [16, 17, 18, 20];

/** A gister whose gists say nothing about their span (what similarity must not rely on). */
class OpaqueGister implements Gister {
  readonly version = 'opaque@1';
  readonly dim = d;
  gist(job: GistJob): Float32Array {
    return new Float32Array(job.count * d).fill(-1);
  }
}

/** `tokens` of random filler with the needle at `needleAt`, then the question. */
function haystack(tokens: number, needleAt: number): number[] {
  let s = 12345;
  const ids = Array.from({ length: tokens }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s >>> 8) % 16;
  });
  ids.splice(needleAt, NEEDLE.length, ...NEEDLE);
  return [...ids, ...QUESTION];
}

const entryAt = (m: ConversationMemory, p: number) =>
  Array.from({ length: m.wc.length }, (_, i) => i).find((i) => m.wc.entryStart(i) <= p && p < m.wc.entryEnd(i))!;

describe('similarity focus', () => {
  it('scores a span by its best block, not by its mean or its gist', async () => {
    const memory = new ConversationMemory(new OpaqueGister(), {
      config: { wMax: 256, protectedTokens: 32, maxLevel: 2 },
    });
    await memory.ingest(haystack(4096, 1000)); // needle in block 31 (tokens 992…1023), mid-block
    const blocks = new BlockRelevance(memory.tree, TERMS, QUESTION);
    expect(blocks.best(0, 1024)).toBeCloseTo(1, 12);
    expect(blocks.best(1024, 2048)).toBe(0); // no question term there
    const rel = entryRelevance(memory.wc, blocks, memory.tree.length);
    const wc = memory.wc;
    const needleEntry = entryAt(memory, 1000);
    expect(wc.level(needleEntry)).toBeGreaterThanOrEqual(1); // the needle sits under a gist
    for (let i = 0; i < wc.length; i++) {
      if (wc.isProtected(i)) expect(rel[i]).toBeNaN();
      else if (i !== needleEntry) expect(rel[i]).toBeLessThan(rel[needleEntry]!);
    }
    const scores = relevanceToScores(rel);
    expect(scores[needleEntry]!).toBeGreaterThan(0.3); // > τ: it expands
    for (let i = 0; i < wc.length; i++) if (wc.isProtected(i)) expect(scores[i]).toBe(0);
  });

  it('gives no actions when nothing stands out or too few entries are scorable', () => {
    expect(Array.from(relevanceToScores(Float64Array.from([0.2, 0.2, 0.2, Number.NaN])))).toEqual([0, 0, 0, 0]);
    expect(Array.from(relevanceToScores(Float64Array.from([0.9, Number.NaN])))).toEqual([0, 0]);
  });

  it('opens the needle from LOD2 to raw tokens within one refocus and the budget', async () => {
    const wMax = 256;
    const memory = new ConversationMemory(new OpaqueGister(), { config: { wMax, protectedTokens: 32, maxLevel: 2 } });
    await memory.ingest(haystack(4096, 1000));
    expect(memory.wc.level(entryAt(memory, 1000))).toBe(2);
    const report = memory.refocus(similarityScorer(memory.tree, TERMS, QUESTION), SIMILARITY_REFOCUS_OPTIONS);
    expect(report.costAfter).toBeLessThanOrEqual(wMax);
    expect(memory.wc.level(entryAt(memory, 1000))).toBe(0); // block 31 is raw tokens now
    memory.wc.validate({ budget: true });
  });
});
