// "The budget is used, not saved" (ARCHITECTURE §3), as properties (fast-check): for random trees
// larger than the budget, random earlier history (manual actions, appends, refocuses) and random
// scorer behaviour, after any refocus
//   - Σ cost ≤ W_max and the contiguity invariant hold;
//   - W_max − cost < K−1 — no further gist fits — unless no gist may expand (all LOD0, or
//     cooling from a collapse); hence cost ≥ 95 % of W_max whenever K−1 ≤ 5 % of W_max (every
//     runtime config: K = 32, W_max ≥ 620);
//   - no standalone collapse: within an iteration collapses ≤ expansions, the cost never falls,
//     and a collapse happens only once the free budget could not pay (W_max − cost < K−1 after).
// W_max here is config.wMax: the runtime builds it as the user's W_max minus the reply reserve
// (open-conversations.ts: settings.wMax − maxNewTokens; the eval: wMax − maxNewTokens), so these
// properties are about the budget use = WC cost / (W_max − reply reserve).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CarriedScores,
  FocusAllocator,
  coarsestCost,
  historyCapacity,
  initialLayout,
  restoreBudget,
  validateConfig,
  type MegaContextConfig,
  type RefocusOptions,
  type RefocusReport,
  type AsyncScorer,
  type Scorer,
  type WorkingContext,
} from '../../../src/core/index.ts';
import { lcg, propertyRuns, referenceCheck, referenceLegalExpansionExists } from './helpers.ts';

type Behaviour = 'random' | 'by-span' | 'negative' | 'positive' | 'grid-nan' | 'flip' | 'carried';
const BEHAVIOURS: Behaviour[] = ['random', 'by-span', 'negative', 'positive', 'grid-nan', 'flip', 'carried'];

/** A scorer of the given behaviour; 'carried' wraps a random network in CarriedScores (async). */
function scorerFor(behaviour: Behaviour, seed: number): AsyncScorer {
  const r = lcg(seed + 3);
  let calls = 0;
  const fill = (wc: WorkingContext, f: (i: number) => number) =>
    Float32Array.from({ length: wc.length }, (_, i) => f(i));
  switch (behaviour) {
    case 'random':
      return (wc) => fill(wc, () => r());
    case 'by-span': // one relevance per token position, read at the entry's first token
      return (wc) => fill(wc, (i) => lcg(Math.imul(seed | 1, wc.entryStart(i) + 1))());
    case 'negative': // a scorer that would collapse everything: negative scores only rank payers
      return (wc) => fill(wc, () => -Math.abs(r()));
    case 'positive':
      return (wc) => fill(wc, () => Math.abs(r()));
    case 'grid-nan': // ties everywhere, and some NaN
      return (wc) => fill(wc, () => (r() > 0.8 ? Number.NaN : Math.round(r() * 2) / 2));
    case 'flip': // changes its mind every call
      return (wc) => fill(wc, () => (++calls % 2 ? 1 : -1) * Math.abs(r()));
    case 'carried': {
      const blockRel = new Map<number, number>();
      const relevance = {
        best(start: number, end: number) {
          let best = 0;
          for (let b = Math.floor(start / 2); b * 2 < end; b++) {
            if (!blockRel.has(b)) blockRel.set(b, (lcg(Math.imul(seed | 1, b + 7))() + 1) / 2);
            best = Math.max(best, blockRel.get(b)!);
          }
          return best;
        },
      };
      return new CarriedScores(async (wc) => fill(wc, () => r()), relevance).scorer;
    }
  }
}

const configArb = (scale: 'small' | 'real'): fc.Arbitrary<MegaContextConfig> =>
  scale === 'small'
    ? fc
        .record({
          blockSize: fc.constantFrom(2, 3, 4),
          maxLevel: fc.integer({ min: 1, max: 4 }),
          protectedTokens: fc.integer({ min: 0, max: 12 }),
          extraBudget: fc.integer({ min: 0, max: 160 }),
          tauExpand: fc.constantFrom(0, 0.25, 0.5),
          tauCollapse: fc.constantFrom(0, 0.25, 0.5),
          nDiff: fc.integer({ min: 1, max: 6 }),
          cooldownIterations: fc.integer({ min: 0, max: 4 }),
          maxIterationsPerTurn: fc.integer({ min: 4, max: 8 }),
          groupScore: fc.constantFrom<'max' | 'mean'>('max', 'mean'),
        })
        .map(({ extraBudget, ...c }) => {
          const base = (Math.ceil(c.protectedTokens / c.blockSize) + 1) * c.blockSize + c.blockSize;
          return validateConfig({ ...c, wMax: base + extraBudget });
        })
    : fc
        .record({
          maxLevel: fc.constantFrom(2, 3),
          // the app's W_max 2,048 and 8,192 minus a 128-token reply reserve, and the bench's 1,024 − 64
          wMax: fc.constantFrom(1920, 960, 8064),
          protectedTokens: fc.constantFrom(128, 256),
          cooldownIterations: fc.integer({ min: 0, max: 8 }),
        })
        .map((c) =>
          validateConfig({
            blockSize: 32,
            tauExpand: 0.3,
            tauCollapse: 0.3,
            nDiff: 4,
            maxIterationsPerTurn: 32,
            groupScore: 'max',
            ...c,
          }),
        );

type Op =
  | { t: 'expand' | 'collapse'; at: number }
  | { t: 'append'; m: number }
  | { t: 'refocus'; seed: number; behaviour: Behaviour };

const opArb = fc.oneof(
  fc.record({ t: fc.constantFrom<'expand' | 'collapse'>('expand', 'collapse'), at: fc.nat() }),
  fc.record({ t: fc.constant<'append'>('append'), m: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ t: fc.constant<'refocus'>('refocus'), seed: fc.nat(), behaviour: fc.constantFrom(...BEHAVIOURS) }),
);

interface Case {
  cfg: MegaContextConfig;
  size: number;
  layoutShare: number;
  before: Op[];
  seed: number;
  behaviour: Behaviour;
  threshold: number | undefined;
  maxIterations: number;
}

const caseArb = (scale: 'small' | 'real'): fc.Arbitrary<Case> =>
  fc.record({
    cfg: configArb(scale),
    size: fc.double({ min: 0, max: 1, noNaN: true }), // where between W_max and the capacity
    layoutShare: fc.double({ min: 0, max: 1, noNaN: true }), // how full the starting layout is
    before: fc.array(opArb, { maxLength: scale === 'small' ? 12 : 4 }),
    seed: fc.nat(),
    behaviour: fc.constantFrom(...BEHAVIOURS),
    threshold: fc.constantFrom<number | undefined>(undefined, 0, -0.1),
    maxIterations: fc.integer({ min: 1, max: 8 }),
  });

/** The properties of one refocus's outcome. */
function checkRefocus(wc: WorkingContext, rep: RefocusReport): void {
  const cfg = wc.config;
  const d = cfg.blockSize - 1;
  wc.validate({ budget: true });
  referenceCheck(wc);
  expect(wc.cost).toBeLessThanOrEqual(cfg.wMax);
  // the budget is used: no gist fits any more, or none may expand — judged at the clock the fill
  // ran at (its one tick may end a cooldown, which the next refocus's fill then sees)
  const legal = referenceLegalExpansionExists(wc, rep.fill ? rep.fill.iteration : wc.clock);
  if (legal) expect(cfg.wMax - wc.cost, 'free budget left with a legal expansion').toBeLessThan(d);
  if (legal && d <= 0.05 * cfg.wMax) expect(wc.cost).toBeGreaterThanOrEqual(0.95 * cfg.wMax);
  // no standalone collapse
  for (const it of rep.iterations) {
    const e = it.actions.filter((a) => a.kind === 'expand').length;
    const c = it.actions.length - e;
    expect(c).toBeLessThanOrEqual(e);
    expect(it.costAfter).toBeGreaterThanOrEqual(it.costBefore);
    if (c > 0) expect(cfg.wMax - it.costAfter, 'a collapse while the free budget could pay').toBeLessThan(d);
  }
  if (rep.fill) {
    expect(rep.fill.actions.every((a) => a.kind === 'expand')).toBe(true);
    expect(rep.fillExpansions).toBe(rep.fill.actions.length);
  }
  // the only other collapses are budget restoration's, and only over budget
  if (rep.restore) expect(rep.costBefore).toBeGreaterThan(cfg.wMax);
}

async function refocusWith(
  alloc: FocusAllocator,
  wc: WorkingContext,
  behaviour: Behaviour,
  seed: number,
  opts: RefocusOptions,
): Promise<RefocusReport> {
  const scorer = scorerFor(behaviour, seed);
  // every behaviour but 'carried' answers synchronously: the sync refocus path is exercised too
  return behaviour === 'carried' ? alloc.refocusAsync(wc, scorer, opts) : alloc.refocus(wc, scorer as Scorer, opts);
}

/** Lay out a tree larger than the budget, replay `before`, then refocus and check. */
async function runCase(c: Case): Promise<void> {
  const { cfg, size, layoutShare, before, seed, behaviour, threshold, maxIterations } = c;
  const cap = historyCapacity(cfg);
  if (cap <= cfg.wMax) return; // no history larger than this budget fits at LOD0–LOD{max}
  let tokens = cfg.wMax + 1 + Math.floor(size * (cap - cfg.wMax - 1));
  const floor = coarsestCost(cfg, tokens);
  const wc = initialLayout(cfg, tokens, { budget: floor + Math.floor(layoutShare * (cfg.wMax - floor)) });
  const alloc = new FocusAllocator();
  const opts: RefocusOptions = { maxIterations, ...(threshold === undefined ? {} : { collapseThreshold: threshold }) };
  for (const op of before) {
    if (op.t === 'append') {
      if (coarsestCost(cfg, tokens + op.m) > cfg.wMax) continue; // the memory stays within capacity
      tokens += op.m;
      wc.syncToTokenCount(tokens);
      restoreBudget(wc);
    } else if (op.t === 'refocus') {
      checkRefocus(wc, await refocusWith(alloc, wc, op.behaviour, op.seed, opts));
    } else if (wc.length > 0) {
      try {
        if (op.t === 'expand') wc.expand(op.at % wc.length);
        else wc.collapse(op.at % wc.length);
      } catch {
        // illegal here: nothing changed
      }
    }
  }
  checkRefocus(wc, await refocusWith(alloc, wc, behaviour, seed, opts));
}

describe('the budget is used, not saved', () => {
  it('after any refocus: within W_max, contiguous, no gist fits unless none may expand, no standalone collapse', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb('small'), async (c) => runCase(c)),
      { numRuns: propertyRuns(300) },
    );
  });

  it('at the runtime scale (K = 32, W_max − reply reserve 960 / 1,920 / 8,064): ≥ 95 % of W_max after any refocus', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb('real'), async (c) => runCase(c)),
      { numRuns: propertyRuns(30) },
    );
  });
});
