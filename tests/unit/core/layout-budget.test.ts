import { describe, expect, it } from 'vitest';
import {
  BudgetError,
  DEFAULT_CONFIG,
  FocusAllocator,
  coarsestCost,
  initialLayout,
  restoreBudget,
  validateConfig,
  type WorkingContext,
} from '../../../src/core/index.ts';
import { referenceCheck } from './helpers.ts';

const cfg = DEFAULT_CONFIG;

/** Contiguous level runs, oldest first: [[level, count], …]. */
function runs(wc: WorkingContext): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < wc.length; i++) {
    const l = wc.level(i);
    const last = out[out.length - 1];
    if (last && last[0] === l) last[1]++;
    else out.push([l, 1]);
  }
  return out;
}

describe('initialLayout', () => {
  it('100k tokens, W_max 8,192: 89 LOD2 | 25 LOD1 | 252 LOD0 blocks, cost 8,178', () => {
    // coarsest: 97 LOD2 + 13 LOD1 + 8 protected blocks (256) = 366; 7,826 free → 252 expansions of +31
    expect(coarsestCost(cfg, 100_000)).toBe(366);
    const wc = initialLayout(cfg, 100_000);
    wc.validate({ budget: true });
    referenceCheck(wc);
    expect(wc.cost).toBe(366 + 252 * 31);
    expect(wc.cost).toBe(8178);
    expect(runs(wc)).toEqual([
      [2, 89],
      [1, 25],
      [0, 252],
    ]);
    expect(wc.lod0Tokens()).toBe(8064);
  });

  it('1M tokens fits in 8,192 with the newest ~7k tokens at LOD0', () => {
    const wc = initialLayout(cfg, 1_000_000);
    wc.validate({ budget: true });
    expect(wc.cost).toBeLessThanOrEqual(8192);
    expect(wc.cost).toBeGreaterThan(8192 - 31);
    const r = runs(wc);
    expect(r[0]![0]).toBe(2);
    expect(r[r.length - 1]![0]).toBe(0);
    expect(wc.lod0Tokens()).toBeGreaterThan(6000);
  });

  it('short histories are entirely LOD0, the tail included', () => {
    const wc = initialLayout(cfg, 1000);
    expect(runs(wc)).toEqual([[0, 32]]);
    expect(wc.cost).toBe(1000);
    expect(initialLayout(cfg, 0).length).toBe(0);
  });

  it('a smaller budget leaves headroom and coarser history', () => {
    const wc = initialLayout(cfg, 100_000, { budget: 2000 });
    expect(wc.cost).toBeLessThanOrEqual(2000);
    expect(wc.cost).toBeGreaterThan(2000 - 31);
  });

  it('throws a BudgetError with a fix when even the coarsest layout does not fit', () => {
    const small = validateConfig({ ...cfg, wMax: 512 });
    expect(() => initialLayout(small, 1_000_000)).toThrow(BudgetError);
    expect(() => initialLayout(small, 1_000_000)).toThrow(/raise wMax or maxLevel/);
  });
});

describe('restoreBudget after ingest', () => {
  it('appending past W_max collapses the oldest content until it fits', () => {
    const wc = initialLayout(cfg, 100_000);
    wc.syncToTokenCount(100_500);
    expect(wc.cost).toBeGreaterThan(cfg.wMax);
    const r = restoreBudget(wc);
    wc.validate({ budget: true });
    referenceCheck(wc);
    expect(r.actions.length).toBe(Math.ceil((8178 + 500 - 8192) / 31));
    expect(r.actions.every((a) => a.kind === 'collapse')).toBe(true);
    // oldest first: layout was 89 LOD2 | 25 LOD1 (children 0..24 of LOD2 #89) | 252 LOD0.
    // The 25 LOD1 gists are a partial group, so the oldest unit is the first LOD0 block (pos 114);
    // after 7 block collapses the group (1, 2848..2879) is whole and collapses back into (2, 89).
    expect(r.actions.slice(0, 8).map((a) => [a.position, a.node.level])).toEqual([
      [114, 1],
      [115, 1],
      [116, 1],
      [117, 1],
      [118, 1],
      [119, 1],
      [120, 1],
      [89, 2],
    ]);
    expect(r.actions[7]!.node).toEqual({ level: 2, index: 89 });
    expect(r.firstChangedPosition).toBe(89);
  });

  it('its collapses are no focus decision: the new gist may expand at the next refocus, an allocator collapse may not', () => {
    const c = validateConfig({ ...cfg, cooldownIterations: 3 });
    const wc = initialLayout(c, 100_000);
    wc.syncToTokenCount(100_064);
    const r = restoreBudget(wc);
    const made = r.actions[0]!.position; // the oldest LOD0 block, now an LOD1 gist made by the budget
    expect(wc.level(made)).toBe(1);
    expect(wc.inCooldown(made, -1)).toBe(false);
    const scores = new Float32Array(wc.length);
    scores[made] = 0.9;
    const step = new FocusAllocator().step(wc, scores);
    expect(step.expandCandidates).toBe(1);
    // the same gist collapsed by the allocator (a focus decision) is held by the cooldown
    const wc2 = initialLayout(c, 100_000);
    wc2.syncToTokenCount(100_064);
    const at = r.actions[0]!.position;
    wc2.collapse(at);
    expect(wc2.inCooldown(at, -1)).toBe(true);
  });

  it('a budget collapse keeps a recent expansion stamp: the gist may expand again, the allocator may not fold it up yet', () => {
    const c = validateConfig({ ...cfg, cooldownIterations: 3 });
    const wc = initialLayout(c, 100_000);
    let i = 0;
    while (wc.level(i) !== 1) i++;
    wc.expand(i, { enforceBudget: false }); // an LOD1 gist → its raw block, stamped as an expansion
    expect(wc.inCooldown(i, 1)).toBe(true);
    const made = wc.collapse(i, { respectCooldown: false, origin: 'budget' }).position;
    expect(wc.level(made)).toBe(1);
    expect(wc.inCooldown(made, -1)).toBe(false); // free to expand at the next refocus
    expect(wc.inCooldown(made, 1)).toBe(true); // its sibling unit cannot collapse within the cooldown
  });

  it('a long generation streamed token by token keeps every invariant and the LOD0 suffix', () => {
    const wc = initialLayout(cfg, 10_000);
    const alloc = new FocusAllocator();
    let n = 10_000;
    for (let step = 0; step < 400; step++) {
      n += 37;
      wc.syncToTokenCount(n);
      if (step % 50 === 49) {
        // refocus restores the budget itself before it scores
        const rep = alloc.refocus(wc, (w) => new Float32Array(w.length));
        expect(rep.restore === null || rep.restore.actions.length > 0).toBe(true);
      } else restoreBudget(wc);
      expect(wc.cost).toBeLessThanOrEqual(cfg.wMax);
    }
    wc.validate({ budget: true });
    referenceCheck(wc);
    // detail still falls off with age
    const r = runs(wc);
    expect(r[r.length - 1]![0]).toBe(0);
  });

  it('throws a BudgetError when the history outgrows W_max at the top level', () => {
    const small = validateConfig({ ...cfg, wMax: 400, protectedTokens: 64, maxLevel: 1 });
    const wc = initialLayout(small, 5000);
    wc.syncToTokenCount(20_000);
    expect(() => restoreBudget(wc)).toThrow(/nothing more can collapse/);
  });
});
