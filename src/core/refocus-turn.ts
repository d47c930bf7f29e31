// One refocus of the Focus Allocator (seeds: a user turn "iterates until no legal action remains or
// the per-turn limit is hit"; ARCHITECTURE §3 "the budget is used, not saved"; §4 KV reuse): the
// turn's bookkeeping around FocusAllocator.step —
//   1. budget restoration first, if ingest left the WC over W_max (restoreBudget, oldest first);
//   2. the iterations' reports, until one takes no action (fixed point) or the cap;
//   3. the fill: while W_max − cost ≥ K−1, the best-scoring legal gist expands (budget.ts
//      bestFillCandidate; any score, ties → later), one expansion per call with scores for the
//      current WC, so the children of a filled gist compete too. All fill actions share one clock
//      tick (one cooldown stamp) and are reported as one IterationReport apart from the iterations;
//   4. the report: actions, the first changed token (the KV before it is reused), recomputed
//      tokens, and the last scores the scorer returned (the heatmap's, so nobody re-scores).
// FocusAllocator.refocus / refocusAsync drive it with a sync or an async scorer.
import { ScoreError } from './errors.ts';
import { bestFillCandidate, restoreBudget, type RestoreResult } from './budget.ts';
import type { IterationReport, Telemetry } from './telemetry.ts';
import type { FocusAction, WorkingContext } from './working-context.ts';

/** The scores the allocator used last in a refocus, with the entries they scored (a heatmap's input). */
export interface ScoredEntries {
  readonly levels: Uint8Array; // (n)
  readonly indices: Int32Array; // (n)
  readonly scores: Float32Array; // (n)
}

export interface RefocusReport {
  /** The greedy iterations (N_diff actions at most each). */
  readonly iterations: readonly IterationReport[];
  /**
   * The fill after them: free budget spent on the best-scoring gists, one clock tick (its
   * actions' positions are each relative to the WC after the previous fill action); null if the
   * fill expanded nothing.
   */
  readonly fill: IterationReport | null;
  /** True when the last iteration found nothing to do (fixed point); false when capped. */
  readonly converged: boolean;
  /** Actions of the iterations and the fill (not the budget restoration's). */
  readonly actionCount: number;
  /** Expansions made by the fill. */
  readonly fillExpansions: number;
  readonly costBefore: number;
  readonly costAfter: number;
  /** Budget restoration done first (if the WC was over W_max after ingest), else null. */
  readonly restore: RestoreResult | null;
  /** Smallest token-equivalent position changed this turn (−1 if nothing changed). */
  readonly firstChangedTokenPosition: number;
  /** KV tokens to recompute: costAfter − firstChangedTokenPosition (0 if nothing changed). */
  readonly recomputedTokens: number;
  /** The last scores the scorer returned this refocus (null if it was never called). */
  readonly lastScores: ScoredEntries | null;
}

/** Throws ScoreError unless there is one score per WC entry. */
export function checkScores(wc: WorkingContext, scores: ArrayLike<number>): void {
  if (scores.length !== wc.length) {
    throw new ScoreError(
      `Got ${scores.length} scores for a working context of ${wc.length} entries; score every entry, in order.`,
      {
        scores: scores.length,
        entries: wc.length,
      },
    );
  }
}

interface Fill {
  clock: number;
  entriesBefore: number;
  costBefore: number;
  candidates: number;
  actions: FocusAction[];
  firstPos: number;
  firstTok: number;
}

export class RefocusTurn {
  readonly iterations: IterationReport[] = [];
  converged = false;
  private readonly costBefore: number;
  private readonly restore: RestoreResult | null;
  private firstTok: number;
  private actionCount: number;
  private fill: Fill | null = null;
  private last: ScoredEntries | null = null;

  constructor(
    private readonly wc: WorkingContext,
    private readonly telemetry: Telemetry | null,
  ) {
    this.costBefore = wc.cost;
    this.restore = wc.cost > wc.config.wMax ? restoreBudget(wc) : null;
    this.firstTok =
      this.restore && this.restore.firstChangedPosition >= 0 ? wc.prefixCost(this.restore.firstChangedPosition) : -1;
    this.actionCount = this.restore ? this.restore.actions.length : 0;
  }

  /** Records `scores` (for the current WC) as the turn's latest and passes them on. */
  keep(scores: ArrayLike<number>): ArrayLike<number> {
    checkScores(this.wc, scores);
    const { level, index, length } = this.wc.raw();
    this.last = { levels: level.slice(0, length), indices: index.slice(0, length), scores: Float32Array.from(scores) };
    return scores;
  }

  /** Counts one iteration; an iteration without actions is the fixed point. */
  addIteration(r: IterationReport): void {
    this.iterations.push(r);
    if (r.actions.length === 0) {
      this.converged = true;
      return;
    }
    this.actionCount += r.actions.length;
    if (this.firstTok < 0 || r.firstChangedTokenPosition < this.firstTok) this.firstTok = r.firstChangedTokenPosition;
  }

  /** Whether one more gist expansion fits: W_max − cost ≥ K−1. */
  fillWanted(): boolean {
    return this.wc.config.wMax - this.wc.cost >= this.wc.config.blockSize - 1;
  }

  /** The last scores if they still describe the WC (the fixed point changed nothing), else null. */
  currentScores(): ArrayLike<number> | null {
    return this.converged && this.last ? this.last.scores : null;
  }

  /**
   * One fill step, `scores` being the current WC's: the best legal gist expands if K−1 is free.
   * Returns whether another step may follow (re-score first: the WC changed).
   */
  fillStep(scores: ArrayLike<number>): boolean {
    const wc = this.wc;
    if (!this.fillWanted()) return false;
    checkScores(wc, scores);
    const best = bestFillCandidate(wc, scores);
    if (best.position < 0) return false;
    const p = best.position;
    const f = (this.fill ??= {
      clock: wc.clock,
      entriesBefore: wc.length,
      costBefore: wc.cost,
      candidates: best.candidates,
      actions: [],
      firstPos: -1,
      firstTok: -1,
    });
    const a: FocusAction = {
      kind: 'expand',
      position: p,
      members: 1,
      node: wc.entry(p),
      score: +(scores[p] as number),
      delta: wc.config.blockSize - 1,
    };
    const tok = wc.prefixCost(p);
    wc.applyActions([a]); // stamped with the fill's clock (advanced once, in finish)
    f.actions.push(a);
    // Each action's position is relative to the WC after the previous one; the smallest is still
    // the first changed entry of the pre-fill WC (an earlier action before it would be smaller).
    if (f.firstPos < 0 || p < f.firstPos) {
      f.firstPos = p;
      f.firstTok = tok;
    }
    return this.fillWanted();
  }

  /** Closes the fill (one clock tick, telemetry) and the turn; returns its report. */
  finish(): RefocusReport {
    const wc = this.wc;
    const fill = this.closeFill();
    const recomputed = this.firstTok >= 0 ? wc.cost - this.firstTok : 0;
    this.telemetry?.recordRefocus(recomputed);
    return {
      iterations: this.iterations,
      fill,
      converged: this.converged,
      actionCount: this.actionCount,
      fillExpansions: fill ? fill.actions.length : 0,
      costBefore: this.costBefore,
      costAfter: wc.cost,
      restore: this.restore,
      firstChangedTokenPosition: this.firstTok,
      recomputedTokens: recomputed,
      lastScores: this.last,
    };
  }

  private closeFill(): IterationReport | null {
    const f = this.fill;
    if (!f) return null;
    const wc = this.wc;
    const report: IterationReport = {
      iteration: f.clock,
      actions: f.actions,
      entriesBefore: f.entriesBefore,
      costBefore: f.costBefore,
      costAfter: wc.cost,
      changedEntries: f.actions.length,
      swapRate: f.entriesBefore === 0 ? 0 : f.actions.length / f.entriesBefore,
      expandCandidates: f.candidates,
      collapseCandidates: 0,
      firstChangedPosition: f.firstPos,
      firstChangedTokenPosition: f.firstTok,
      recomputedTokens: wc.cost - f.firstTok,
    };
    wc.clock = f.clock + 1;
    this.telemetry?.recordIteration(report);
    this.actionCount += f.actions.length;
    if (this.firstTok < 0 || f.firstTok < this.firstTok) this.firstTok = f.firstTok;
    return report;
  }
}
