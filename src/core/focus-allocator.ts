// Focus Allocator (seed: "a greedy, hysteresis-aware planner that converts LensNet's signed
// utilities into legal expand/collapse actions", N_diff per iteration, τ_expand / τ_collapse,
// budget-neutral, cooldowns against ping-pong; ARCHITECTURE §3 "the budget is used, not saved").
//
// One iteration (step), O(#entries) with no per-entry allocation:
//   1. scan: expand candidates = gists with score > τ_expand not cooling from a collapse;
//      collapse candidates = complete unprotected LOD0 blocks with score < −τ_collapse, and
//      full aligned groups of K sibling gists below the top level whose group score (max or
//      mean of members; a member > τ_expand vetoes) < −τ_collapse, none cooling from an expand.
//      Only the best N_diff of each queue are kept (bounded insertion).
//      Order: expand queue descending score, collapse queue ascending score; ties → the later
//      WC position first, so changes land late and the KV prefix stays reusable.
//   2. select ≤ N_diff actions: walk the expand queue; an expansion (+K−1) is taken free if
//      W_max − cost ≥ K−1, else paid by the next collapse candidate (−(K−1)) as a pair (needs 2
//      slots; with StepOptions.swapMargin only when the expansion outscores it by more than the
//      margin); stop at the first expansion that can't be afforded. Collapses only ever pay: a
//      negative score ranks what to give up first, it is never a reason to leave budget empty.
//      So Σ cost ≤ W_max after every iteration, and the cost never falls.
//   3. apply all actions in one pass (WorkingContext.applyActions); clock++.
// refocus (one turn): restore the budget if ingest overflowed it (oldest-first collapses, the only
// other collapses there are), then score and step until no action is taken (fixed point) or the
// per-turn cap — a needle under an LOD2 gist goes LOD2 → LOD1 → LOD0 in two iterations — then
// fill: while W_max − cost ≥ K−1 and a legal gist exists, the best-scoring gist expands (any
// score; budget.ts bestFillCandidate), re-scored after each expansion so that its children
// compete too. The fill is one clock tick (its entries share one cooldown stamp) and is reported
// apart from the iterations (RefocusReport.fill; the turn's bookkeeping: refocus-turn.ts). So a
// refocus of a memory larger than the budget ends with W_max − cost < K−1 (≥ 95 % of W_max
// whenever K−1 ≤ 5 % of it) unless no gist may expand. The scorer is called once per iteration and fill step; LensNet wraps itself in
// CarriedScores (carried-scores.ts) so that its network runs once per refocus.
// Deterministic: no randomness, total order on candidates.

import { BudgetError } from './errors.ts';
import { RefocusTurn, checkScores, type RefocusReport } from './refocus-turn.ts';
import type { IterationReport, Telemetry } from './telemetry.ts';
import type { FocusAction, WorkingContext } from './working-context.ts';

/** How an iteration reads the scores. */
export interface StepOptions {
  /**
   * Collapse candidates (which only ever pay for expansions) need a score below this (default
   * −τ_collapse). With standardised heuristic scores one strong match pushes every other entry to
   * about −0.1, never below −τ_collapse, so nothing could pay for the match's expansion;
   * similarity focus sets 0: any below-average entry may pay.
   */
  readonly collapseThreshold?: number;
  /**
   * A collapse pays for an expansion only when the expansion's score exceeds the collapse's by
   * more than this (default: no check; with the default thresholds every pair already differs by
   * more than τ_expand + τ_collapse). With a permissive collapseThreshold it keeps each swap a
   * clear gain: Σ score rises by more than the margin per pair, so the iterations terminate.
   */
  readonly swapMargin?: number;
}

/** Options of one refocus (a user turn). */
export interface RefocusOptions extends StepOptions {
  /** Iteration cap (default config.maxIterationsPerTurn). */
  readonly maxIterations?: number;
}

/** LensNet (or a fallback) scoring every WC entry: one signed score per entry, in order. */
export type Scorer = (wc: WorkingContext) => ArrayLike<number>;
/** The same, for scorers that run on a GPU / WASM session (LensNet in the worker). */
export type AsyncScorer = (wc: WorkingContext) => Promise<ArrayLike<number>> | ArrayLike<number>;

export class FocusAllocator {
  private readonly telemetry: Telemetry | null;
  private k = 0;
  private eS = new Float64Array(0);
  private eP = new Int32Array(0);
  private cS = new Float64Array(0);
  private cP = new Int32Array(0);
  private cM = new Int32Array(0);

  constructor(opts: { telemetry?: Telemetry } = {}) {
    this.telemetry = opts.telemetry ?? null;
  }

  /** One allocator iteration with the given scores (one per WC entry). */
  step(wc: WorkingContext, scores: ArrayLike<number>, opts: StepOptions = {}): IterationReport {
    const cfg = wc.config;
    const { level: lv, index: ix, born: bn, dir: dr, length: n } = wc.raw();
    checkScores(wc, scores);
    if (wc.cost > cfg.wMax) {
      throw new BudgetError(
        `The working context costs ${wc.cost} > W_max ${cfg.wMax} before the allocator ran; ` +
          `call restoreBudget() after appending tokens (refocus() does it for you).`,
        { cost: wc.cost, wMax: cfg.wMax },
      );
    }
    const K = cfg.blockSize;
    const k = cfg.nDiff;
    this.ensureScratch(k);
    const { eS, eP, cS, cP, cM } = this;
    // Thresholds in float32: LensNet scores are float32, and fround(0.3) > 0.3 would otherwise let
    // a score of exactly "0.3" act. With fround, score == τ never acts (strict thresholds).
    const tauE = Math.fround(cfg.tauExpand);
    const negTauC =
      opts.collapseThreshold !== undefined ? Math.fround(opts.collapseThreshold) : -Math.fround(cfg.tauCollapse);
    const t = wc.clock;
    const C = cfg.cooldownIterations > 0 ? cfg.cooldownIterations : -1; // −1: t − born ≤ −1 never holds
    const top = cfg.maxLevel;
    const ps = wc.protectedStart();
    const useMax = cfg.groupScore === 'max';
    let eN = 0;
    let cN = 0;
    let eCount = 0;
    let cCount = 0;

    for (let i = 0; i < n; i++) {
      const l = lv[i] as number;
      const s = +(scores[i] as number);
      if (l === 0) {
        if (
          s < negTauC &&
          ((ix[i] as number) + 1) * K <= ps &&
          !(dr[i] === 1 && t - (bn[i] as number) <= C) &&
          !wc.overlapsPin((ix[i] as number) * K, ((ix[i] as number) + 1) * K)
        ) {
          cCount++;
          cN = insertCollapse(cS, cP, cM, cN, k, s, i, 1);
        }
        continue;
      }
      if (s > tauE && !(dr[i] === -1 && t - (bn[i] as number) <= C)) {
        eCount++;
        eN = insertExpand(eS, eP, eN, k, s, i);
      }
      const idx = ix[i] as number;
      if (l < top && idx % K === 0 && i + K <= n && (!useMax || s < negTauC)) {
        let agg = useMax ? s : 0;
        let ok = true;
        for (let j = 0; j < K; j++) {
          const q = i + j;
          const v = +(scores[q] as number);
          if (lv[q] !== l || ix[q] !== idx + j || v > tauE || (dr[q] === 1 && t - (bn[q] as number) <= C)) {
            ok = false;
            break;
          }
          if (useMax) {
            if (!(v < negTauC)) {
              ok = false;
              break;
            }
            if (v > agg) agg = v;
          } else agg += v;
        }
        if (ok && wc.overlapsPin(idx * K ** l, (idx + K) * K ** l)) ok = false;
        if (ok) {
          if (!useMax) agg /= K;
          if (agg < negTauC) {
            cCount++;
            cN = insertCollapse(cS, cP, cM, cN, k, agg, i, K);
          }
        }
      }
    }

    // Select.
    const chosen: FocusAction[] = [];
    let free = cfg.wMax - wc.cost;
    let slots = k;
    let ci = 0;
    const d = K - 1;
    const margin = opts.swapMargin ?? Number.NEGATIVE_INFINITY;
    const collapseAt = (c: number): FocusAction => {
      const p = cP[c] as number;
      const l = lv[p] as number;
      const idx = ix[p] as number;
      const node = l === 0 ? { level: 1, index: idx } : { level: l + 1, index: Math.floor(idx / K) };
      return { kind: 'collapse', position: p, members: cM[c] as number, node, score: cS[c] as number, delta: -d };
    };
    for (let e = 0; e < eN && slots > 0; e++) {
      const p = eP[e] as number;
      const exp: FocusAction = {
        kind: 'expand',
        position: p,
        members: 1,
        node: { level: lv[p] as number, index: ix[p] as number },
        score: eS[e] as number,
        delta: d,
      };
      if (free >= d) {
        chosen.push(exp);
        free -= d;
        slots--;
      } else if (slots >= 2 && ci < cN && !((eS[e] as number) - (cS[ci] as number) <= margin)) {
        chosen.push(collapseAt(ci++), exp);
        slots -= 2;
      } else break;
    }

    const costBefore = wc.cost;
    let changed = 0;
    let firstPos = -1;
    if (chosen.length > 0) {
      chosen.sort((a, b) => a.position - b.position);
      firstPos = (chosen[0] as FocusAction).position;
      for (const a of chosen) changed += a.members;
      wc.applyActions(chosen);
    }
    const firstTok = firstPos >= 0 ? wc.prefixCost(firstPos) : -1;
    const report: IterationReport = {
      iteration: t,
      actions: chosen,
      entriesBefore: n,
      costBefore,
      costAfter: wc.cost,
      changedEntries: changed,
      swapRate: n === 0 ? 0 : changed / n,
      expandCandidates: eCount,
      collapseCandidates: cCount,
      firstChangedPosition: firstPos,
      firstChangedTokenPosition: firstTok,
      recomputedTokens: firstPos >= 0 ? wc.cost - firstTok : 0,
    };
    wc.clock = t + 1;
    this.telemetry?.recordIteration(report);
    return report;
  }

  /**
   * One refocus (user turn): restore the budget if ingest overflowed it, score and step until a
   * fixed point or `maxIterations` (default config.maxIterationsPerTurn), then fill the free
   * budget with the best-scoring gists (refocus-turn.ts).
   */
  refocus(wc: WorkingContext, scorer: Scorer, opts: RefocusOptions = {}): RefocusReport {
    const turn = new RefocusTurn(wc, this.telemetry);
    const max = opts.maxIterations ?? wc.config.maxIterationsPerTurn;
    while (turn.iterations.length < max && !turn.converged)
      turn.addIteration(this.step(wc, turn.keep(scorer(wc)), opts));
    if (turn.fillWanted()) {
      let s = turn.currentScores() ?? turn.keep(scorer(wc));
      while (turn.fillStep(s)) s = turn.keep(scorer(wc));
    }
    return turn.finish();
  }

  /** refocus() with an async scorer (LensNet on WebGPU / WASM). The WC must not change meanwhile. */
  async refocusAsync(wc: WorkingContext, scorer: AsyncScorer, opts: RefocusOptions = {}): Promise<RefocusReport> {
    const turn = new RefocusTurn(wc, this.telemetry);
    const max = opts.maxIterations ?? wc.config.maxIterationsPerTurn;
    while (turn.iterations.length < max && !turn.converged)
      turn.addIteration(this.step(wc, turn.keep(await scorer(wc)), opts));
    if (turn.fillWanted()) {
      let s = turn.currentScores() ?? turn.keep(await scorer(wc));
      while (turn.fillStep(s)) s = turn.keep(await scorer(wc));
    }
    return turn.finish();
  }

  private ensureScratch(k: number): void {
    if (this.k === k) return;
    this.k = k;
    this.eS = new Float64Array(k);
    this.eP = new Int32Array(k);
    this.cS = new Float64Array(k);
    this.cP = new Int32Array(k);
    this.cM = new Int32Array(k);
  }
}

/** Keep the best k expand candidates: higher score first, ties → later position first. */
function insertExpand(S: Float64Array, P: Int32Array, count: number, k: number, s: number, p: number): number {
  // Positions arrive ascending, so on equal scores the newcomer ranks first.
  if (count === k && !(s >= (S[k - 1] as number))) return count;
  let j = count < k ? count : k - 1;
  while (j > 0 && s >= (S[j - 1] as number)) {
    S[j] = S[j - 1] as number;
    P[j] = P[j - 1] as number;
    j--;
  }
  S[j] = s;
  P[j] = p;
  return count < k ? count + 1 : count;
}

/** Keep the best k collapse candidates: lower score first, ties → later position first. */
function insertCollapse(
  S: Float64Array,
  P: Int32Array,
  M: Int32Array,
  count: number,
  k: number,
  s: number,
  p: number,
  m: number,
): number {
  if (count === k && !(s <= (S[k - 1] as number))) return count;
  let j = count < k ? count : k - 1;
  while (j > 0 && s <= (S[j - 1] as number)) {
    S[j] = S[j - 1] as number;
    P[j] = P[j - 1] as number;
    M[j] = M[j - 1] as number;
    j--;
  }
  S[j] = s;
  P[j] = p;
  M[j] = m;
  return count < k ? count + 1 : count;
}

const shared = new FocusAllocator();

/** One allocator iteration without telemetry (see FocusAllocator.step). */
export function allocatorStep(wc: WorkingContext, scores: ArrayLike<number>, opts: StepOptions = {}): IterationReport {
  return shared.step(wc, scores, opts);
}

/** One refocus without telemetry (see FocusAllocator.refocus). */
export function refocus(wc: WorkingContext, scorer: Scorer, opts: RefocusOptions = {}): RefocusReport {
  return shared.refocus(wc, scorer, opts);
}
