// Lexical block relevance (src/models/focus/block-relevance.ts): the formula on a hand-made case
// (the same case as training/tests/test_lensnet_match.py), a worded fact in long random prose,
// a fact cut by a block boundary, IDF weighting, the per-refocus cache, and its cost at 1M tokens.
import { describe, expect, it } from 'vitest';
import { BlockRelevance, blockRelevance, treeBlockRelevance } from '../../../src/models/focus/block-relevance';
import { TermMap } from '../../../src/models/focus/term-map';
import { MegaContextTree } from '../../../src/core/tree';

/** Toy vocabulary: every id is its own term. */
const identity = (n: number) => TermMap.fromTokenTexts(Array.from({ length: n }, (_, v) => `t${v}`));

/** A vocabulary of words (with spelling variants) and a seeded random prose generator over it. */
const FILLER = [
  'the',
  'of',
  'and',
  'a',
  'to',
  'in',
  'is',
  'he',
  'it',
  'that',
  'river',
  'house',
  'morning',
  'wind',
  'boat',
  'bread',
  'market',
  'village',
  'old',
  'went',
];
const WORDS = [
  ...FILLER.flatMap((w) => [` ${w}`, ` ${w[0]!.toUpperCase()}${w.slice(1)}`]),
  ',',
  '.',
  ' Alder',
  ' alder',
  ' cellar',
  ' code',
  ' 58213',
  '?',
];
const VOCAB = TermMap.fromTokenTexts(WORDS);
const id = (w: string) => {
  const i = WORDS.indexOf(w);
  if (i < 0) throw new Error(`no word ${w}`);
  return i;
};

function prose(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const r = (s >>> 8) / 2 ** 24;
    // Zipf-like: low ranks often; a comma or full stop now and then.
    out.push(r < 0.08 ? id(r < 0.04 ? ',' : '.') : Math.floor(FILLER.length * 2 * r ** 2));
  }
  return out;
}

const maxDiff = (a: Float64Array, b: Float64Array) => {
  expect(a.length).toBe(b.length);
  return a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i]!)), 0);
};

const NEEDLE = [' The', ' Alder', ' cellar', ' code', ' is', ' 58213', '.'].map(id);
const QUESTION = [' Is', ' the', ' alder', ' cellar', ' code', ' known', '?'].filter((w) => WORDS.includes(w)).map(id); // "known": not in the vocabulary

describe('block relevance', () => {
  it('follows its formula (hand-made case, as in the Python test)', () => {
    // K = 4, 4 blocks; query (last 2 tokens) = terms 7, 8: 7 in blocks 1 and 3 (df 2), 8 in block 3 (df 1).
    const ids = Int32Array.from([1, 2, 3, 4, 1, 7, 2, 3, 1, 2, 3, 4, 1, 2, 7, 8]);
    const rel = blockRelevance(ids, 4, identity(10), [7, 8]);
    const idf7 = Math.log1p((4 - 2 + 0.5) / 2.5);
    const idf8 = Math.log1p((4 - 1 + 0.5) / 1.5);
    // Windows reach 2 tokens into each neighbour: block 0 [0, 6) and block 1 [2, 10) hold 7 (position
    // 5), block 2 [6, 14) neither, block 3 [10, 16) both.
    const expected = [idf7 / (idf7 + idf8), idf7 / (idf7 + idf8), 0, 1];
    for (let b = 0; b < 4; b++) expect(rel[b]).toBeCloseTo(expected[b]!, 12);
    expect(Array.from(blockRelevance(ids, 4, identity(10), [0, 9]))).toEqual([0, 0, 0, 0]); // no query term occurs
    expect(Array.from(blockRelevance(ids, 4, TermMap.fromTokenTexts(Array(10).fill('?')), [7, 8]))).toEqual([
      0, 0, 0, 0,
    ]); // no terms
  });

  it('a worded fact in 64k tokens of random prose scores 1, the prose around it low', () => {
    const at = 40_000 + 5; // mid-block
    const ids = [...prose(at, 1), ...NEEDLE, ...prose(64 * 1024 - at, 2), ...QUESTION];
    const rel = blockRelevance(Int32Array.from(ids), 32, VOCAB, QUESTION);
    const needleBlock = Math.floor(at / 32);
    expect(rel[needleBlock]).toBeCloseTo(1, 12);
    expect(rel[rel.length - 1]).toBeCloseTo(1, 12); // the question's own block
    let filler = 0;
    for (let b = 0; b < rel.length - 2; b++) if (Math.abs(b - needleBlock) > 1) filler = Math.max(filler, rel[b]!);
    expect(filler).toBeLessThan(0.05); // "is" and "the" are everywhere: their idf is ≈ 0
  });

  it('a fact cut by a block boundary scores in both blocks', () => {
    const at = 320 - 3; // "The Alder cellar | code is 58213."
    const ids = [...prose(at, 3), ...NEEDLE, ...prose(640, 4), ...QUESTION];
    const rel = blockRelevance(Int32Array.from(ids), 32, VOCAB, QUESTION);
    expect(rel[9]).toBeCloseTo(1, 12);
    expect(rel[10]).toBeCloseTo(1, 12);
    expect(Math.max(rel[8]!, rel[11]!)).toBeLessThan(0.5);
  });

  it('weighs a rare shared word above a common one (idf)', () => {
    // K = 8, 64 blocks: term 5 in every block but 19 and 20, term 30 in block 20 only; query 5, 30.
    const ids: number[] = [];
    for (let b = 0; b < 64; b++) ids.push(1, 2, b === 20 ? 30 : 3, 4, 1, 2, b === 19 || b === 20 ? 1 : 5, 3);
    ids.push(5, 30);
    const rel = blockRelevance(Int32Array.from(ids), 8, identity(40), [5, 30]);
    const idfCommon = Math.log1p((65 - 63 + 0.5) / 63.5);
    const idfRare = Math.log1p((65 - 2 + 0.5) / 2.5);
    expect(rel[20]).toBeCloseTo(idfRare / (idfCommon + idfRare), 12); // only the rare word in its window
    expect(rel[40]).toBeCloseTo(idfCommon / (idfCommon + idfRare), 12); // only the common one
    expect(rel[20]!).toBeGreaterThan(0.9);
    expect(rel[40]!).toBeGreaterThan(0);
    expect(rel[40]!).toBeLessThan(0.05);
  });

  it('BlockRelevance: best over a span, in [0, 1], recomputed when the tree grows', () => {
    const tree = new MegaContextTree({ gistDim: 2 });
    tree.append([...prose(2048, 5), ...NEEDLE, ...prose(1000, 6)]); // needle at the start of block 64
    const rel = new BlockRelevance(tree, VOCAB, QUESTION);
    expect(rel.best(0, 63 * 32)).toBeLessThan(0.5); // blocks 0–62 (63's window reaches into 64)
    expect(rel.best(2048, 3072)).toBeCloseTo(1, 12);
    expect(rel.best(2048, 2080)).toBe(rel.block(64));
    expect(rel.best(0, tree.length)).toBeLessThanOrEqual(1);
    expect(rel.block(10_000)).toBe(0);
    const filler = rel.block(5);
    expect(filler).toBeGreaterThan(0); // "the" / "is"
    tree.append([...prose(40, 7), ...NEEDLE]); // the needle's words are less rare now
    expect(rel.block(64)).toBeCloseTo(1, 12);
    expect(rel.block(Math.floor((tree.length - 1) / 32))).toBeCloseTo(1, 12); // the grown tail
    expect(rel.block(5)).toBeGreaterThan(filler); // their idf fell, so the common words weigh more
  });

  it("over a tree, reads the term index's positions and gives the one-pass scan's relevances, as the tree grows", () => {
    const tree = new MegaContextTree({ gistDim: 2 });
    const scan = () => blockRelevance(tree.tokenIds(0, tree.length), tree.blockSize, VOCAB, QUESTION);
    expect(treeBlockRelevance(tree, VOCAB, QUESTION)).toEqual(new Float64Array(0)); // an empty tree
    tree.append([...prose(3000, 11), ...NEEDLE, ...prose(777, 12)]);
    expect(maxDiff(treeBlockRelevance(tree, VOCAB, QUESTION), scan())).toBeLessThan(1e-12);
    for (const [n, seed] of [
      [1, 13],
      [31, 14],
      [500, 15],
    ] as const) {
      tree.append([...prose(n, seed), ...NEEDLE]); // the index extends over the new tokens only
      const viaIndex = treeBlockRelevance(tree, VOCAB, QUESTION);
      expect(viaIndex.length).toBe(Math.ceil(tree.length / 32));
      expect(maxDiff(viaIndex, scan())).toBeLessThan(1e-12);
    }
    expect(treeBlockRelevance(tree, VOCAB, [id('?')])).toEqual(new Float64Array(Math.ceil(tree.length / 32))); // no term
  });

  it('scores 1M tokens in one pass of a few ms', () => {
    const n = 1 << 20;
    const ids = new Int32Array(n);
    let s = 7;
    for (let i = 0; i < n; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      ids[i] = s % 8192;
    }
    const terms = identity(8192);
    const query = Array.from(ids.subarray(n - 24));
    const ms: number[] = [];
    let rel: Float64Array = new Float64Array(0);
    for (let r = 0; r < 7; r++) {
      const t0 = performance.now();
      rel = blockRelevance(ids, 32, terms, query);
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    console.log(
      `blockRelevance over ${n} tokens: median ${ms[3]!.toFixed(2)} ms (min ${ms[0]!.toFixed(2)}, max ${ms[6]!.toFixed(2)})`,
    );
    expect(rel.length).toBe(n / 32);
    expect(rel[rel.length - 1]).toBeCloseTo(1, 12);
    expect(ms[3]!).toBeLessThan(100); // measured: a few ms; loose for a shared 2-core machine
  });
});
