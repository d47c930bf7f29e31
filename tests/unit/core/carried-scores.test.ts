// CarriedScores: a learned scorer's network runs once per refocus; later iterations carry its
// scores (existing entries keep theirs, children of expansions move by the relevance difference,
// collapses take their members' max), and a needle under an LOD2 gist still reaches LOD0.
import { describe, expect, it } from 'vitest';
import {
  CarriedScores,
  DEFAULT_CONFIG,
  FocusAllocator,
  WorkingContext,
  initialLayout,
  validateConfig,
  type QueryRelevance,
} from '../../../src/core/index.ts';
import { addr, referenceCheck, spanScorer } from './helpers.ts';

const cfg = validateConfig({ ...DEFAULT_CONFIG, blockSize: 4, maxLevel: 2, protectedTokens: 0, wMax: 100 });
/** LOD2 0 | LOD1 4 … 7 | LOD0 blocks 8 … 11 (48 tokens, K = 4). */
const mk = () =>
  WorkingContext.fromEntries(cfg, 48, [
    addr(2, 0),
    addr(1, 4),
    addr(1, 5),
    addr(1, 6),
    addr(1, 7),
    addr(0, 8),
    addr(0, 9),
    addr(0, 10),
    addr(0, 11),
  ]);
/** Relevance per block: block 2 holds the needle (1), block 5 some of it (0.5), the rest 0.1. */
const relevance: QueryRelevance = {
  best(start, end) {
    let best = 0;
    for (let b = Math.floor(start / 4); b * 4 < end; b++) best = Math.max(best, b === 2 ? 1 : b === 5 ? 0.5 : 0.1);
    return best;
  },
};

function network(fn: (wc: WorkingContext, i: number) => number) {
  return async (wc: WorkingContext) => Float32Array.from({ length: wc.length }, (_, i) => fn(wc, i));
}

describe('CarriedScores', () => {
  it('runs the network once; existing entries keep their scores', async () => {
    const carried = new CarriedScores(
      network((_wc, i) => i / 10),
      relevance,
    );
    const wc = mk();
    const first = await carried.scorer(wc);
    const again = await carried.scorer(wc);
    expect(Array.from(again)).toEqual(Array.from(first));
    expect(carried.runs).toBe(1);
  });

  it('a child of an expansion gets parent + rel(child) − rel(parent); a collapse the max of its members', async () => {
    const carried = new CarriedScores(
      network((wc, i) => [0.6, 0.2, -0.5, -0.4, -0.3, -0.9, -0.8, -0.7, -0.6][i]!),
      relevance,
    );
    const wc = mk();
    await carried.scorer(wc);
    wc.expand(0); // LOD2 0 → LOD1 0 … 3: relevances 0.1, 0.1, 1, 0.1 under the parent's 1
    wc.collapse(5); // LOD1 4 … 7 (0.2, −0.5, −0.4, −0.3) → LOD2 1
    const s = Array.from(await carried.scorer(wc));
    expect(wc.entries()).toEqual([
      addr(1, 0),
      addr(1, 1),
      addr(1, 2),
      addr(1, 3),
      addr(2, 1),
      addr(0, 8),
      addr(0, 9),
      addr(0, 10),
      addr(0, 11),
    ]);
    expect(s.slice(0, 5).map((v) => +v.toFixed(5))).toEqual([-0.3, -0.3, 0.6, -0.3, 0.2]);
    expect(s.slice(5)).toEqual(Array.from(Float32Array.of(-0.9, -0.8, -0.7, -0.6)));
    // a chain: the needle's LOD1 gist expands → its block inherits its (derived) score
    wc.expand(2);
    expect((await carried.scorer(wc))[2]).toBeCloseTo(0.6);
    // without a relevance object a child simply inherits its ancestor's score
    const plain = new CarriedScores(
      network((_wc, i) => (i === 0 ? 0.7 : 0)),
      null,
    );
    const w2 = mk();
    await plain.scorer(w2);
    w2.expand(0);
    expect(
      Array.from(await plain.scorer(w2))
        .slice(0, 4)
        .map((v) => +v.toFixed(5)),
    ).toEqual([0.7, 0.7, 0.7, 0.7]);
    expect(carried.runs + plain.runs).toBe(2);
  });

  it('runs the network again when the history grew or an entry cannot be derived', async () => {
    const carried = new CarriedScores(
      network(() => 0.1),
      relevance,
    );
    const wc = mk();
    await carried.scorer(wc);
    // LOD2 2 covers blocks 8 … 11, which were scored raw: no member (LOD1 8 … 11) nor ancestor known
    const other = WorkingContext.fromEntries(cfg, 48, [
      addr(2, 0),
      addr(1, 4),
      addr(1, 5),
      addr(1, 6),
      addr(1, 7),
      addr(2, 2),
    ]);
    await carried.scorer(other);
    expect(carried.runs).toBe(2);
    wc.syncToTokenCount(52); // a new block: nobody scored it
    await carried.scorer(wc);
    expect(carried.runs).toBe(3);
  });

  it('one network run per refocus still opens a needle under an LOD2 gist to LOD0 (LOD2 → LOD1 → LOD0)', async () => {
    const real = DEFAULT_CONFIG; // K 32, LOD0–LOD2, W_max 8,192
    const wc = initialLayout(real, 100_000); // full: every expansion needs a payer
    const needle = 5_000;
    expect(wc.level(wc.positionOfToken(needle))).toBe(2);
    const ps = wc.protectedStart();
    const needleBlock = Math.floor(needle / 32);
    const rel: QueryRelevance = {
      best: (start, end) => (start <= needleBlock * 32 && needleBlock * 32 < end ? 1 : 0.2),
    };
    // the network sees only the first WC: the needle's LOD2 gist asks, a handful of stale raw blocks may pay
    const net = spanScorer((start, end, level) => {
      if (start <= needle && needle < end) return 0.9;
      if (level === 0 && end <= ps && start >= 95_008 && start < 95_200) return -0.5;
      return 0;
    });
    const carried = new CarriedScores(async (w) => net(w), rel);
    const rep = await new FocusAllocator().refocusAsync(wc, carried.scorer, { collapseThreshold: -0.1 });
    expect(carried.runs).toBe(1);
    expect(wc.level(wc.positionOfToken(needle))).toBe(0);
    expect(rep.iterations.map((i) => i.actions.filter((a) => a.kind === 'expand').map((a) => a.node.level))).toEqual([
      [2],
      [1],
      [],
    ]);
    // the needle's siblings carry 0.9 + 0.2 − 1 = 0.1 < τ: they stay gists
    expect(wc.level(wc.positionOfToken(needle + 64))).toBe(1);
    expect(real.wMax - wc.cost).toBeLessThan(31);
    wc.validate({ budget: true });
    referenceCheck(wc);
  });
});
