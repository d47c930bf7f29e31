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

  it('free budget: expansions proceed alone; leftover slots take collapses', () => {
    const wc = roomy();
    const s = new Float32Array(wc.length);
    s[0] = 0.9;
    const lastOld = wc.length - 1 - 8 - 1; // an LOD0 block just outside the protected 8 blocks
    expect(wc.level(lastOld)).toBe(0);
    s[lastOld] = -0.9;
    const r = allocatorStep(wc, s);
    expect(r.actions.map((a) => a.kind)).toEqual(['expand', 'collapse']);
    expect(r.costAfter).toBe(r.costBefore);
  });

  it('collapseOnlyToPay: no standalone collapses, but an expansion the budget cannot cover is still paid', () => {
    const roomyWc = roomy();
    const s = new Float32Array(roomyWc.length).fill(-0.5); // everything "wants" to collapse
    expect(allocatorStep(roomyWc, s, { collapseOnlyToPay: true }).actions).toHaveLength(0);
    expect(allocatorStep(roomy(), s).actions).toHaveLength(4); // the default does collapse
    const wc = full();
    const f = new Float32Array(wc.length).fill(-0.5);
    f[0] = 0.9; // one expansion (an LOD2 gist) that needs a collapse to pay for it
    const r = allocatorStep(wc, f, { collapseOnlyToPay: true });
    expect(r.actions.map((a) => a.kind).sort()).toEqual(['collapse', 'expand']);
    expect(r.costAfter).toBe(r.costBefore);
    wc.validate({ budget: true });
  });

  it('collapse queue ties go to the later entry; protected blocks never collapse', () => {
    const wc = roomy();
    const s = new Float32Array(wc.length).fill(-0.5); // everything wants to collapse
    const r = allocatorStep(wc, s);
    const ps = wc.protectedStart();
    expect(r.actions).toHaveLength(4);
    expect(r.actions.every((a) => a.kind === 'collapse')).toBe(true);
    // the four newest unprotected LOD0 blocks
    const eligible: number[] = [];
    const before = roomy();
    for (let i = 0; i < before.length; i++) if (before.level(i) === 0 && before.entryEnd(i) <= ps) eligible.push(i);
    expect(positionsOf(r.actions, 'collapse')).toEqual(eligible.slice(-4));
    wc.validate({ budget: true });
  });

  it('group collapse: 32 aligned LOD1 siblings → LOD2 when every member asks ("max")', () => {
    const c = validateConfig({ ...cfg, protectedTokens: 32 });
    const entries: NodeAddress[] = [];
    for (let i = 0; i < 64; i++) entries.push(addr(1, i));
    entries.push(addr(0, 64), addr(0, 65));
    const mk = () => WorkingContext.fromEntries(c, 66 * 32, entries);
    const s = new Float32Array(66).fill(-0.6);
    s[40] = 0.1; // one member of the second group does not ask → that group is vetoed
    s[64] = 0; // keep the LOD0 blocks out of it
    const r = allocatorStep(mk(), s);
    expect(r.actions.map((a) => [a.kind, a.position, a.members, a.node.level, a.node.index])).toEqual([
      ['collapse', 0, 32, 2, 0],
    ]);
    // "mean" lets the group with one mild dissenter collapse too, but an expand-worthy member vetoes
    const mean = validateConfig({ ...c, groupScore: 'mean' });
    const r2 = allocatorStep(WorkingContext.fromEntries(mean, 66 * 32, entries), s);
    expect(r2.actions.map((a) => a.position)).toEqual([0, 32]);
    s[40] = 0.9;
    const r3 = allocatorStep(WorkingContext.fromEntries(mean, 66 * 32, entries), s);
    expect(r3.actions.map((a) => [a.kind, a.position])).toEqual([
      ['collapse', 0],
      ['expand', 40],
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
    // it 1: expand the LOD2 gist paid by a stale block, the spare slot collapses the other one;
    // it 2: the needle's LOD1 gist expands for free (the spare collapse left 45 free); it 3: idle
    expect(rep.iterations.map((i) => i.actions.map((a) => `${a.kind}:${a.node.level}`))).toEqual([
      ['expand:2', 'collapse:1', 'collapse:1'],
      ['expand:1'],
      [],
    ]);
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
    const wc = initialLayout(c, 100_000, { budget: 2000 });
    const target = 0; // LOD2 node 0
    let flip = 1;
    const history: Array<[number, string]> = [];
    const tel = new Telemetry();
    const alloc = new FocusAllocator({ telemetry: tel });
    for (let it = 0; it < 12; it++) {
      const s = new Float32Array(wc.length);
      // even iterations: expand LOD2 #0; odd ones: ask its 32 LOD1 children to collapse back
      for (let i = 0; i < wc.length; i++) {
        if (wc.entryStart(i) < 1024 && wc.level(i) === (flip > 0 ? 2 : 1)) s[i] = flip;
      }
      flip = -flip;
      const r = alloc.step(wc, s);
      for (const a of r.actions) history.push([r.iteration, a.kind]);
    }
    void target;
    // expand at 0; the collapse back waits until clock − born > 3 (first odd iteration: 5);
    // the re-expansion waits until > 5 + 3 (first even iteration: 10)
    expect(history).toEqual([
      [0, 'expand'],
      [5, 'collapse'],
      [10, 'expand'],
    ]);
    const snap = tel.snapshot();
    expect(snap.iterations).toBe(12);
    expect(snap.actions).toBe(3);
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

  it('stops at the per-turn cap when the scorer never settles', () => {
    const wc = roomy();
    let k = 0;
    const rep = refocus(wc, (w) => new Float32Array(w.length).fill(++k % 2 ? 0.9 : -0.9), { maxIterations: 5 });
    expect(rep.iterations).toHaveLength(5);
    expect(rep.converged).toBe(false);
    wc.validate({ budget: true });
  });
});
