// Top-k retrieval (src/eval/baselines.ts) ranks 32-token chunks by the lexical block relevance of
// similarity focus: with a budget for a few chunks it keeps the one holding a worded fact.
import { describe, expect, it } from 'vitest';
import { topkRetrieval } from '../../../src/eval/baselines';
import { TermMap } from '../../../src/models/focus/term-map';

/** 16 filler words (ids 0–15), the fact's words (16–19), a full stop (20: no term). */
const TERMS = TermMap.fromTokenTexts([
  ...Array.from({ length: 16 }, (_, v) => ` w${v}`),
  ' North',
  ' cellar',
  ' code',
  ' 58213',
  '.',
]);
const FACT = [16, 17, 18, 19, 20];
const QUESTION = [16, 17, 18, 20]; // "north cellar code."

function prose(n: number, seed: number): number[] {
  let s = seed >>> 0;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s >>> 8) % 16;
  });
}

describe('top-k retrieval', () => {
  it('keeps the chunk with the fact, the recent window, and no more than the budget', () => {
    const at = 50 * 32 + 20; // chunk 50, offsets 20–24 (chunk 51's window reaches it too)
    const ids = [...prose(at, 1), ...FACT, ...prose(8000 - at, 2), ...QUESTION];
    const budget = 32 * 4 + 128;
    const kept = topkRetrieval(Int32Array.from(ids), TERMS, QUESTION, budget);
    expect(kept.length).toBeLessThanOrEqual(budget);
    for (let j = 0; j < FACT.length; j++) expect(kept).toContain(at + j);
    expect(Array.from(kept.slice(-128))).toEqual(Array.from({ length: 128 }, (_, i) => ids.length - 128 + i)); // recent window last
    for (let i = 1; i < kept.length; i++) expect(kept[i]!).toBeGreaterThan(kept[i - 1]!); // timeline order
  });

  it('keeps everything when the history fits', () => {
    expect(Array.from(topkRetrieval(Int32Array.from([1, 2, 3]), TERMS, QUESTION, 8))).toEqual([0, 1, 2]);
  });
});
