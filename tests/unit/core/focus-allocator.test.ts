import { describe, expect, it } from 'vitest';
import {
  BudgetError,
  DEFAULT_CONFIG,
  FocusAllocator,
  ScoreError,
  Telemetry,
  WorkingContext,
  allocatorStep,
  initialLayout,
  refocus,
  validateConfig,
  type NodeAddress,
} from '../../../src/core/index.ts';
import { addr, referenceCheck, spanScorer } from './helpers.ts';

const cfg = DEFAULT_CONFIG;

/** 100k tokens laid out with headroom: W_max 8,192 but only ~2k used. */
const roomy = () => initialLayout(cfg, 100_000, { budget: 2000 });
/** 100k tokens laid out to the full budget (8,178 of 8,192: less than one expansion free). */
const full = () => initialLayout(cfg, 100_000);

const positionsOf = (acts: readonly { kind: string; position: number }[], kind: string) =>
  acts.filter((a) => a.kind === kind).map((a) => a.position);

describe('FocusAllocator.step', () => {
  it('swapMargin: any entry may pay, but only for an expansion that outscores it by more than the margin', () => {
    // A full WC: every expansion must be paid. Raw blocks score 0.5 (above average: they share the
    // question's function words), one gist 0.95 (the needle), one 0.7, the other gists 0.
    const base = full();
    const s = new Float32Array(base.length);
    const gists = [...Array(base.length).keys()].filter((i) => base.level(i) > 0);
    for (let i = 0; i < base.length; i++) s[i] = base.level(i) === 0 ? 0.5 : 0;
    const needle = gists[gists.length - 5]!;
    const middling = gists[gists.length - 9]!;
    s[needle] = 0.95;
    s[middling] = 0.7;
    // A fixed threshold of 0: nothing below it, so nothing pays and the needle stays a gist.
    const stuck = base.clone();
    expect(allocatorStep(stuck, s, { collapseThreshold: 0 }).actions).toHaveLength(0);
    // Any entry may pay (threshold 1) with a margin of 0.3: the needle (0.95) is paid by a raw block
    // (0.5; this layout has no full group of 0-scored gists to collapse); 0.7 − 0.5 ≤ 0.3 is no trade.
    const wc = base.clone();
    const r = allocatorStep(wc, s, { collapseThreshold: 1, swapMargin: 0.3 });
    const expanded = r.actions.filter((a) => a.kind === 'expand');
    expect(expanded.map((a) => a.position)).toEqual([needle]);
    const paid = r.actions.filter((a) => a.kind === 'collapse');
    expect(paid).toHaveLength(1);
    expect(paid[0]!.score).toBeCloseTo(0.5);
    expect(expanded[0]!.score - paid[0]!.score).toBeGreaterThan(0.3);
    expect(r.costAfter).toBe(r.costBefore);
    wc.validate({ budget: true });
    // Without a margin the 0.7 gist would be paid too (0.7 > the next payer's 0.5).
    const greedy = base.clone();
    const g = allocatorStep(greedy, s, { collapseThreshold: 1 });
    expect(g.actions.filter((a) => a.kind === 'expand').map((a) => a.position)).toEqual(
      [needle, middling].sort((a, b) => a - b),
    );
  });

  it('expand queue: descending score, at most N_diff, ties broken toward later entries', () => {
    const wc = roomy();
    const s = new Float32Array(wc.length);
    const gists = [...Array(wc.length).keys()].filter((i) => wc.level(i) > 0);
    for (const i of gists) s[i] = 0.5; // many ties
    s[gists[3]!] = 0.9; // one clear winner
    const r = allocatorStep(wc, s);
    expect(r.actions).toHaveLength(4);
    const want = [gists[3]!, ...gists.slice(-3)].sort((a, b) => a - b);
    expect(positionsOf(r.actions, 'expand')).toEqual(want);
    expect(r.costAfter).toBe(r.costBefore + 4 * 31);
    expect(r.expandCandidates).toBe(gists.length);
  });

  it('thresholds are strict and NaN scores never act', () => {
    const wc = roomy();
    const s = new Float32Array(wc.length).fill(cfg.tauExpand);
    s[0] = NaN;
    expect(allocatorStep(wc, s).actions).toHaveLength(0);
    s.fill(-cfg.tauCollapse);
    expect(allocatorStep(wc, s).actions).toHaveLength(0);
  });

  it('a full budget pays each expansion with a collapse (budget-neutral pairs)', () => {
    const wc = full();
    expect(cfg.wMax - wc.cost).toBeLessThan(31);
    const s = new Float32Array(wc.length);
    s[0] = 0.9;
    s[1] = 0.8;
    s[2] = 0.7; // three expand candidates (LOD2 gists)
    const firstLod0 = [...Array(wc.length).keys()].find((i) => wc.level(i) === 0)!;
    s[firstLod0] = -0.9;
    s[firstLod0 + 1] = -0.8;
    s[firstLod0 + 2] = -0.7;
    const r = allocatorStep(wc, s);
    expect(positionsOf(r.actions, 'expand')).toEqual([0, 1]);
    expect(positionsOf(r.actions, 'collapse')).toEqual([firstLod0, firstLod0 + 1]);
    expect(r.costAfter).toBe(r.costBefore);
    wc.validate({ budget: true });
  });

  it('with a full budget and nothing to collapse, no expansion happens', () => {
    const wc = full();
    const s = new Float32Array(wc.length).fill(0);
    s[0] = 1;
    const r = allocatorStep(wc, s);
    expect(r.actions).toHaveLength(0);
    expect(r.expandCandidates).toBe(1);
    expect(wc.cost).toBeLessThanOrEqual(cfg.wMax);
  });

  it('free budget: expansions proceed alone; leftover slots never collapse', () => {
    const wc = roomy();
    const s = new Float32Array(wc.length);
    s[0] = 0.9;
    const lastOld = wc.length - 1 - 8 - 1; // an LOD0 block just outside the protected 8 blocks
    expect(wc.level(lastOld)).toBe(0);
    s[lastOld] = -0.9;
    const r = allocatorStep(wc, s);
    expect(r.actions.map((a) => a.kind)).toEqual(['expand']);
    expect(r.collapseCandidates).toBe(1); // a candidate, but nothing needs paying
    expect(r.costAfter).toBe(r.costBefore + 31);
  });

  it('no standalone collapses: negative scores only rank what pays for an expansion', () => {
    const s = new Float32Array(roomy().length).fill(-0.5); // everything "wants" to collapse
    expect(allocatorStep(roomy(), s).actions).toHaveLength(0);
    const wc = full();
    const f = new Float32Array(wc.length).fill(-0.5);
    f[0] = 0.9; // one expansion (an LOD2 gist) that needs a collapse to pay for it
    const r = allocatorStep(wc, f);
    expect(r.actions.map((a) => a.kind).sort()).toEqual(['collapse', 'expand']);
    expect(r.costAfter).toBe(r.costBefore);
    wc.validate({ budget: true });
  });

  it('collapse queue ties go to the later entry; protected blocks never collapse', () => {
    const wc = full();
    const s = new Float32Array(wc.length).fill(-0.5); // everything may pay
    s[0] = 0.9;
    s[1] = 0.9; // two LOD2 gists to pay for: N_diff 4 = two pairs
    const ps = wc.protectedStart();
    const eligible: number[] = [];
    for (let i = 0; i < wc.length; i++) if (wc.level(i) === 0 && wc.entryEnd(i) <= ps) eligible.push(i);
    const r = allocatorStep(wc, s);
    expect(r.actions).toHaveLength(4);
    expect(positionsOf(r.actions, 'expand')).toEqual([0, 1]);
    // the two newest unprotected LOD0 blocks pay
    expect(positionsOf(r.actions, 'collapse')).toEqual(eligible.slice(-2));
    wc.validate({ budget: true });
  });

  it('group collapse: 32 aligned LOD1 siblings → LOD2 when every member may pay ("max")', () => {
    // LOD2 node 0, then LOD1 groups 32…63 and 64…95, then blocks 96 and 97 (97 protected), full:
    // cost 129 of W_max 159, so the LOD2 gist's expansion needs a payer
    const c = validateConfig({ ...cfg, protectedTokens: 32, wMax: 159 });
    const entries: NodeAddress[] = [addr(2, 0)];
    for (let i = 32; i < 96; i++) entries.push(addr(1, i));
    entries.push(addr(0, 96), addr(0, 97));
    const mk = (conf = c) => WorkingContext.fromEntries(conf, 98 * 32, entries);
    const s = new Float32Array(entries.length).fill(-0.6);
    s[0] = 0.9; // the LOD2 gist asks for detail
    s[33 + 8] = 0.1; // one member of the second group does not ask → that group is vetoed
    s[65] = 0; // keep the LOD0 blocks out of it
    const r = allocatorStep(mk(), s);
    expect(r.collapseCandidates).toBe(1);
    expect(r.actions.map((a) => [a.kind, a.position, a.members, a.node.level, a.node.index])).toEqual([
      ['expand', 0, 1, 2, 0],
      ['collapse', 1, 32, 2, 1],
    ]);
    expect(r.costAfter).toBe(r.costBefore);
    // "mean" lets the group with one mild dissenter pay too (the lower group mean pays first) …
    const mean = validateConfig({ ...c, groupScore: 'mean' });
    const r2 = allocatorStep(mk(mean), s);
    expect(r2.collapseCandidates).toBe(2);
    expect(r2.actions.map((a) => [a.kind, a.position])).toEqual([
      ['expand', 0],
      ['collapse', 1],
    ]);
    // … but an expand-worthy member vetoes its group: it expands, paid by the other group, and
    // the LOD2 gist finds no payer left
    s[33 + 8] = 0.9;
    const r3 = allocatorStep(mk(mean), s);
    expect(r3.collapseCandidates).toBe(1);
    expect(r3.actions.map((a) => [a.kind, a.position])).toEqual([
      ['collapse', 1],
      ['expand', 41],
    ]);
  });

  it('rejects score arrays of the wrong length and over-budget input', () => {
    const wc = roomy();
    expect(() => allocatorStep(wc, new Float32Array(3))).toThrow(ScoreError);
    wc.syncToTokenCount(100_000 + 7000);
    expect(() => allocatorStep(wc, new Float32Array(wc.length))).toThrow(BudgetError);
  });
});

describe('FocusAllocator.refocus', () => {
  it('a needle under an LOD2 gist reaches LOD0 within one turn (LOD2 → LOD1 → LOD0)', () => {
    const wc = full();
    const needle = 5_000; // inside LOD2 node 4 in the initial layout
    expect(wc.level(wc.positionOfToken(needle))).toBe(2);
    const ps = wc.protectedStart();
    const score = spanScorer((start, end, level) => {
      if (start <= needle && needle < end) return 1;
      if (level === 0 && end <= ps && start >= 95_008 && start < 95_072) return -1; // 2 stale blocks
      return 0;
    });
    const rep = refocus(wc, score);
    expect(rep.converged).toBe(true);
    // it 1: the LOD2 gist expands, paid by a stale block; it 2: the needle's LOD1 gist, paid by
    // the other; it 3: idle (nothing else asks); no fill: 14 free, less than one expansion
    expect(rep.iterations.map((i) => i.actions.map((a) => `${a.kind}:${a.node.level}`))).toEqual([
      ['expand:2', 'collapse:1'],
      ['expand:1', 'collapse:1'],
      [],
    ]);
    expect(rep.fill).toBeNull();
    expect(wc.level(wc.positionOfToken(needle))).toBe(0);
    expect(wc.entryStart(wc.positionOfToken(needle))).toBe(needle - (needle % 32));
    expect(rep.costAfter).toBe(rep.costBefore);
    wc.validate({ budget: true });
    referenceCheck(wc);
    // KV cost: the first change is the needle's LOD2 gist at token-equivalent position 4
    expect(rep.firstChangedTokenPosition).toBe(4);
    expect(rep.recomputedTokens).toBe(wc.cost - 4);
  });

  it('cooldown: a scorer that flips every iteration cannot ping-pong an entry', () => {
    const c = validateConfig({ ...cfg, cooldownIterations: 3 });
    const wc = initialLayout(c, 100_000); // full: every expansion needs a payer
    const ps = wc.protectedStart();
    const history: Array<[number, string]> = [];
    const tel = new Telemetry();
    const alloc = new FocusAllocator({ telemetry: tel });
    for (let it = 0; it < 12; it++) {
      const s = new Float32Array(wc.length);
      for (let i = 0; i < wc.length; i++) {
        const start = wc.entryStart(i);
        const l = wc.level(i);
        if (it % 2 === 0) {
          // even iterations: expand LOD2 #0, paid by stale raw blocks
          if (start < 1024 && l === 2) s[i] = 1;
          if (l === 0 && wc.entryEnd(i) <= ps) s[i] = -1;
        } else {
          // odd ones: every other LOD2 gist asks for detail, and only LOD2 #0's 32 LOD1 children may pay
          if (start < 1024 && l === 1) s[i] = -1;
          if (start >= 1024 && l === 2) s[i] = 1;
        }
      }
      const r = alloc.step(wc, s);
      for (const a of r.actions) if (a.node.level === 2 && a.node.index === 0) history.push([r.iteration, a.kind]);
      wc.validate({ budget: true });
    }
    // expand at 0; the collapse back (paying for another gist) waits until clock − born > 3 (first
    // odd iteration: 5); the re-expansion waits until > 5 + 3 (first even iteration: 10)
    expect(history).toEqual([
      [0, 'expand'],
      [5, 'collapse'],
      [10, 'expand'],
    ]);
    const snap = tel.snapshot();
    expect(snap.iterations).toBe(12);
    expect(snap.actions).toBe(6); // three pairs
    expect(snap.collapses).toBe(3);
    expect(tel.mutationCount(2, 0)).toBe(3);
  });

  it('is deterministic', () => {
    const run = () => {
      const wc = full();
      let x = 12345;
      const rep = new FocusAllocator().refocus(wc, (w) => {
        const s = new Float32Array(w.length);
        for (let i = 0; i < s.length; i++) {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          s[i] = (x / 2 ** 32) * 2 - 1;
        }
        return s;
      });
      return JSON.stringify([rep, wc.toJSON()]);
    };
    expect(run()).toBe(run());
  });

  it('refocusAsync (LensNet in a worker) gives the same result as refocus', async () => {
    const needle = 5_000;
    const score = spanScorer((start, end, level) =>
      start <= needle && needle < end ? 1 : level === 0 && start >= 95_008 && start < 95_072 ? -1 : 0,
    );
    const a = full();
    const b = full();
    const ra = new FocusAllocator().refocus(a, score);
    const rb = await new FocusAllocator().refocusAsync(b, async (w) => score(w));
    expect(JSON.stringify(rb)).toBe(JSON.stringify(ra));
    expect(b.toJSON()).toEqual(a.toJSON());
  });

  it('stops at the per-turn cap, then the fill spends the budget the iterations left', () => {
    const wc = roomy(); // ~2,000 of 8,192 used: ~199 expansions' worth free
    const free = cfg.wMax - wc.cost;
    const rep = refocus(wc, (w) => new Float32Array(w.length).fill(0.9), { maxIterations: 5 });
    expect(rep.iterations).toHaveLength(5);
    expect(rep.converged).toBe(false);
    expect(rep.iterations.every((i) => i.actions.length === 4)).toBe(true);
    expect(rep.fillExpansions).toBe(Math.floor(free / 31) - 20);
    expect(rep.fill!.actions.every((a) => a.kind === 'expand')).toBe(true);
    expect(rep.actionCount).toBe(20 + rep.fillExpansions);
    expect(cfg.wMax - wc.cost).toBeLessThan(31);
    wc.validate({ budget: true });
  });
});

describe('FocusAllocator fill (the budget is used, not saved)', () => {
  // K = 4: LOD2 0 | LOD2 1 | LOD1 8 … 11 | LOD0 blocks 12 … 15 — cost 22; W_max 31 leaves 3 gists' worth.
  const small = validateConfig({
    ...cfg,
    blockSize: 4,
    maxLevel: 2,
    protectedTokens: 0,
    wMax: 31,
    cooldownIterations: 2,
  });
  const mk = () =>
    WorkingContext.fromEntries(small, 64, [
      addr(2, 0),
      addr(2, 1),
      addr(1, 8),
      addr(1, 9),
      addr(1, 10),
      addr(1, 11),
      addr(0, 12),
      addr(0, 13),
      addr(0, 14),
      addr(0, 15),
    ]);
  /** Every score negative: a scorer that would rather collapse; NaN for LOD1 10. */
  const scores = spanScorer((start, _end, level) => {
    if (level === 2) return start === 0 ? -0.5 : -0.2;
    if (level === 1 && start >= 16 && start < 32) return start === 28 ? -0.1 : -0.8; // LOD2 1's children
    if (level === 1) return start === 40 ? NaN : -0.9;
    return -0.3;
  });

  it('spends free budget on the best-scoring legal gists, whatever their sign, re-scoring so children compete', () => {
    const wc = mk();
    const rep = refocus(wc, scores);
    expect(rep.iterations.map((i) => i.actions.length)).toEqual([0]); // nothing asks: the fixed point at once
    // LOD2 1 (−0.2) first; then its child LOD1 7 (−0.1) beats LOD2 0 (−0.5); NaN ranks last
    expect(rep.fill!.actions.map((a) => [a.node.level, a.node.index, a.score])).toEqual([
      [2, 1, Math.fround(-0.2)],
      [1, 7, Math.fround(-0.1)],
      [2, 0, Math.fround(-0.5)],
    ]);
    expect(rep.fillExpansions).toBe(3);
    expect(rep.actionCount).toBe(3);
    expect(wc.cost).toBe(31);
    expect(rep.fill!.iteration).toBe(1);
    expect(wc.clock).toBe(2); // one iteration + the fill's one tick
    // KV: the first change is LOD2 0 at position 0; every fill action was an expansion
    expect(rep.firstChangedTokenPosition).toBe(0);
    expect(rep.recomputedTokens).toBe(31);
    wc.validate({ budget: true });
    referenceCheck(wc);
  });

  it('ties go to the later position; a gist cooling from a collapse stays coarse', () => {
    const wc = mk();
    wc.collapse(6); // block 12 → LOD1 12, created by a collapse at clock 0 (cooldown 2)
    const flat = new FocusAllocator().refocus(wc, (w) => new Float32Array(w.length).fill(0.1), {
      collapseThreshold: -1,
    });
    // the collapse freed 3 (12 free): LOD1 12 is the latest gist but cooling, so the fill takes
    // LOD1 11, 10, 9, 8 (later first), then W_max is reached
    expect(flat.fill!.actions.map((a) => [a.node.level, a.node.index])).toEqual([
      [1, 11],
      [1, 10],
      [1, 9],
      [1, 8],
    ]);
    expect(wc.level(wc.positionOfToken(48))).toBe(1);
    expect(wc.cost).toBe(small.wMax);
  });

  it('telemetry counts the fill as one iteration; nothing to fill → no scorer call beyond the iterations', () => {
    const tel = new Telemetry();
    const wc = mk();
    const rep = new FocusAllocator({ telemetry: tel }).refocus(wc, scores);
    const snap = tel.snapshot();
    expect(snap.iterations).toBe(2);
    expect(snap.expands).toBe(3);
    expect(snap.refocuses).toBe(1);
    expect(snap.lastSwapRate).toBeCloseTo(3 / 10);
    expect(tel.mutationCount(2, 1)).toBe(1);
    // the heatmap's scores: the last call, with the entries it scored (before the last expansion)
    expect(Array.from(rep.lastScores!.levels)).toEqual([2, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0]);
    let calls = 0;
    const full = refocus(wc, (w) => {
      calls++;
      return scores(w);
    });
    expect(full.fill).toBeNull();
    expect(calls).toBe(1);
  });
});
