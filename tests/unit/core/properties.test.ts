// Property-based tests (fast-check) over random sequences of appends, manual expands/collapses,
// allocator steps and refocuses with random scores. Small K (4) and several levels so that
// short sequences reach every rule. Checked after every operation: contiguity, alignment,
// budget, legality, protected region, queue order (against a reference implementation),
// cooldown (no ping-pong), and determinism (same sequence → same result).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BudgetError,
  DEFAULT_CONFIG,
  FocusAllocator,
  IllegalActionError,
  coarsestCost,
  historyCapacity,
  WorkingContext,
  initialLayout,
  restoreBudget,
  validateConfig,
  type MegaContextConfig,
  type FocusAction,
} from '../../../src/core/index.ts';
import {
  lcg,
  propertyRuns,
  referenceCanCollapse,
  referenceCanExpand,
  referenceCheck,
  referenceSelection,
} from './helpers.ts';

const configArb: fc.Arbitrary<MegaContextConfig> = fc
  .record({
    blockSize: fc.constantFrom(2, 3, 4),
    maxLevel: fc.integer({ min: 1, max: 4 }),
    protectedTokens: fc.integer({ min: 0, max: 12 }),
    extraBudget: fc.integer({ min: 0, max: 120 }),
    tauExpand: fc.constantFrom(0, 0.25, 0.5),
    tauCollapse: fc.constantFrom(0, 0.25, 0.5),
    nDiff: fc.integer({ min: 1, max: 6 }),
    cooldownIterations: fc.integer({ min: 0, max: 4 }),
    groupScore: fc.constantFrom<'max' | 'mean'>('max', 'mean'),
  })
  .map(({ extraBudget, ...c }) => {
    const K = c.blockSize;
    const base = (Math.ceil(c.protectedTokens / K) + 1) * K + K;
    return validateConfig({ ...c, wMax: base + extraBudget, maxIterationsPerTurn: Math.max(c.maxLevel, 6) });
  });

type Op =
  | { t: 'append'; m: number }
  | { t: 'expand'; at: number }
  | { t: 'collapse'; at: number }
  | { t: 'step'; seed: number; mode: ScoreMode }
  | { t: 'refocus'; seed: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('append' as const), m: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('expand' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('collapse' as const), at: fc.nat() }) },
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('step' as const),
      seed: fc.nat(),
      mode: fc.constantFrom<ScoreMode>('random', 'ties', 'regional'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('refocus' as const), seed: fc.nat() }) },
);

type ScoreMode = 'random' | 'ties' | 'regional';

/**
 * random: i.i.d. in [−1, 1); ties: a coarse grid so equal scores are common (tie-break);
 * regional: one score per region of K^r tokens, so whole sibling groups agree (group collapses).
 */
function scoresFor(wc: WorkingContext, seed: number, mode: ScoreMode): Float32Array {
  const r = lcg(seed + 1);
  const n = wc.length;
  const s = new Float32Array(n);
  if (mode === 'regional') {
    const K = wc.config.blockSize;
    const region = K ** (1 + (seed % (wc.config.maxLevel + 1)));
    const salt = seed | 1;
    for (let i = 0; i < n; i++) s[i] = lcg(Math.imul(Math.floor(wc.entryStart(i) / region) + 1, salt))();
    return s;
  }
  for (let i = 0; i < n; i++) s[i] = mode === 'ties' ? Math.round(r() * 2) / 2 : r();
  return s;
}

interface Logged {
  kind: 'expand' | 'collapse';
  key: string;
  clock: number;
  forced: boolean;
}

/** Run a sequence; check every invariant after every op; return a transcript for determinism. */
function run(cfg: MegaContextConfig, n0: number, ops: Op[]): string {
  const alloc = new FocusAllocator();
  let tokens = n0 % Math.max(1, historyCapacity(cfg));
  if (coarsestCost(cfg, tokens) > cfg.wMax) {
    expect(() => initialLayout(cfg, tokens)).toThrow(BudgetError);
    return 'over capacity';
  }
  const wc: WorkingContext = initialLayout(cfg, tokens);
  const transcript: unknown[] = [];
  const lastOn = new Map<string, Logged>();
  const log = (a: FocusAction, clock: number, forced: boolean) => {
    const key = `${a.node.level}:${a.node.index}`;
    const prev = lastOn.get(key);
    if (!forced && prev && !prev.forced && prev.kind !== a.kind && cfg.cooldownIterations > 0) {
      // ping-pong: flipping back a node the allocator (not budget restoration) just changed must
      // wait more than C iterations
      expect(clock - prev.clock, `ping-pong on ${key}`).toBeGreaterThan(cfg.cooldownIterations);
    }
    lastOn.set(key, { kind: a.kind, key, clock, forced });
    if (forced && a.kind === 'collapse' && a.node.level >= 2) {
      // a budget collapse into a parent is a forced change of its K children too: a child the user
      // collapsed a moment ago may come back when the allocator re-expands the parent
      for (let j = 0; j < a.members; j++) {
        const child = `${a.node.level - 1}:${a.node.index * cfg.blockSize + j}`;
        lastOn.set(child, { kind: 'collapse', key: child, clock, forced });
      }
    }
  };
  const check = () => {
    wc.validate({ budget: true });
    referenceCheck(wc);
    expect(wc.cost).toBeLessThanOrEqual(cfg.wMax);
  };
  check();
  for (const op of ops) {
    if (op.t === 'append') {
      tokens += op.m;
      wc.syncToTokenCount(tokens);
      wc.validate();
      if (coarsestCost(cfg, tokens) > cfg.wMax) {
        // the history outgrew what LOD0–LOD{max} can hold in W_max: a typed, actionable error
        expect(() => restoreBudget(wc)).toThrow(BudgetError);
        transcript.push(['over capacity', tokens]);
        break;
      }
      const clock = wc.clock;
      const r = restoreBudget(wc);
      for (const a of r.actions) log(a, clock, true);
      transcript.push(['append', op.m, r.actions.length]);
    } else if (op.t === 'expand' || op.t === 'collapse') {
      if (wc.length === 0) continue;
      const at = op.at % wc.length;
      const before = JSON.stringify(wc.toJSON());
      const clock = wc.clock;
      const legal = op.t === 'expand' ? referenceCanExpand(wc, at) : referenceCanCollapse(wc, at);
      try {
        const a = op.t === 'expand' ? wc.expand(at) : wc.collapse(at);
        expect(legal, `${op.t} at ${at} accepted but illegal`).toBe(true);
        log(a, clock, false);
        transcript.push([op.t, at, a.position]);
      } catch (e) {
        expect(e).toBeInstanceOf(IllegalActionError);
        expect(legal, `${op.t} at ${at} refused (${(e as IllegalActionError).reason}) but legal`).toBe(false);
        expect(JSON.stringify(wc.toJSON())).toBe(before); // a refused action changes nothing
        transcript.push([op.t, at, (e as IllegalActionError).reason]);
      }
    } else if (op.t === 'step') {
      const scores = scoresFor(wc, op.seed, op.mode);
      const want = referenceSelection(wc, scores);
      const clock = wc.clock;
      const costBefore = wc.cost;
      const r = alloc.step(wc, scores);
      expect(r.actions.length).toBeLessThanOrEqual(cfg.nDiff);
      const gotE = r.actions
        .filter((a) => a.kind === 'expand')
        .map((a) => a.position)
        .sort((x, y) => x - y);
      const gotC = r.actions
        .filter((a) => a.kind === 'collapse')
        .map((a) => a.position)
        .sort((x, y) => x - y);
      expect(gotE).toEqual([...want.expand].sort((x, y) => x - y));
      expect(gotC).toEqual([...want.collapse].sort((x, y) => x - y));
      expect(r.costAfter - costBefore).toBe((gotE.length - gotC.length) * (cfg.blockSize - 1));
      if (r.actions.length > 0) {
        expect(r.recomputedTokens).toBe(r.costAfter - r.firstChangedTokenPosition);
        expect(r.firstChangedTokenPosition).toBe(wc.prefixCost(r.firstChangedPosition));
      }
      for (const a of r.actions) log(a, clock, false);
      transcript.push(['step', r.actions.map((a) => [a.kind, a.position, a.members])]);
    } else {
      const r = lcg(op.seed + 7);
      let clock = wc.clock;
      const rep = alloc.refocus(wc, (w) => {
        clock = w.clock;
        const s = new Float32Array(w.length);
        for (let i = 0; i < s.length; i++) s[i] = r();
        return s;
      });
      expect(rep.iterations.length).toBeLessThanOrEqual(cfg.maxIterationsPerTurn);
      void clock;
      for (const it of rep.fill ? [...rep.iterations, rep.fill] : rep.iterations)
        for (const a of it.actions) log(a, it.iteration, false);
      transcript.push(['refocus', rep.actionCount, rep.fillExpansions, rep.converged, rep.recomputedTokens]);
    }
    check();
  }
  transcript.push(wc.toJSON());
  return JSON.stringify(transcript);
}

describe('core properties', () => {
  it('invariants, queue order, budget and no ping-pong hold over random op sequences', () => {
    fc.assert(
      fc.property(configArb, fc.nat(), fc.array(opArb, { maxLength: 40 }), (cfg, n0, ops) => {
        run(cfg, n0, ops);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('the same properties hold at the real scale (K = 32, LOD0–LOD2, W_max 8,192)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300_000 }), fc.array(opArb, { maxLength: 12 }), (n0, ops) => {
        run(
          { ...DEFAULT_CONFIG, cooldownIterations: 2 },
          n0,
          ops.map((o) => (o.t === 'append' ? { ...o, m: o.m * 97 } : o)),
        );
      }),
      { numRuns: propertyRuns(25) },
    );
  });

  it('is deterministic: the same sequence gives the same transcript', () => {
    fc.assert(
      fc.property(configArb, fc.nat(), fc.array(opArb, { maxLength: 25 }), (cfg, n0, ops) => {
        expect(run(cfg, n0, ops)).toBe(run(cfg, n0, ops));
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it('initial layout is legal, within budget, and LOD0 is a newest suffix', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 5000 }), (cfg, n) => {
        let wc: WorkingContext;
        try {
          wc = initialLayout(cfg, n);
        } catch (e) {
          expect((e as Error).name).toBe('BudgetError');
          return;
        }
        wc.validate({ budget: true });
        referenceCheck(wc);
        // levels never increase towards the newest entry (detail falls off with age)
        for (let i = 1; i < wc.length; i++) expect(wc.level(i)).toBeLessThanOrEqual(wc.level(i - 1));
        // finest newest-first: no further expansion fits
        const gists = wc
          .levelCounts()
          .slice(1)
          .reduce((a, b) => a + b, 0);
        if (gists > 0) expect(wc.cost + cfg.blockSize - 1).toBeGreaterThan(cfg.wMax);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('refocus reaches a fixed point: a further step with the same scores does nothing', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 2000 }), fc.nat(), (cfg, n, seed) => {
        let wc: WorkingContext;
        try {
          wc = initialLayout(cfg, n);
        } catch {
          return;
        }
        // A consistent scorer: one relevance per token position, scored at the entry's first
        // token, whatever its level. Then no node can flip twice (an expanded node's first child
        // shares its score and vetoes the collapse back), so iteration must reach a fixed point.
        // (A scorer that wants a parent expanded AND its children collapsed cycles forever —
        // cooldowns only slow that down; the per-turn cap bounds it.)
        const score = (w: WorkingContext) => {
          const s = new Float32Array(w.length);
          for (let i = 0; i < w.length; i++) s[i] = lcg(Math.imul(seed | 1, w.entryStart(i) + 1))();
          return s;
        };
        const rep = new FocusAllocator().refocus(wc, score, { maxIterations: 200 });
        expect(rep.converged).toBe(true);
        expect(new FocusAllocator().step(wc, score(wc)).actions).toHaveLength(0);
        wc.validate({ budget: true });
      }),
      { numRuns: propertyRuns(100) },
    );
  });
});
