// Working-context budget use (ARCHITECTURE §3 "the budget is used, not saved"; EVALUATION.md
// "working-context health"): WC cost / (W_max − reply reserve) right after each refocus, from the
// engine snapshot's refocus history. Pure selector for the telemetry panel.
import type { MemorySnapshot } from '../../runtime/engine-api';

/** Below this after a refocus, a memory larger than the budget leaves budget unused (a defect). */
export const BUDGET_USE_FLOOR = 0.95;

export interface BudgetUseView {
  /** Budget use after each refocus, oldest first (fractions of W_max − reply reserve). */
  series: number[];
  /**
   * The last refocus: cost, budget (W_max − reply reserve), LensNet runs, fill expansions, and
   * whether the whole memory fits at full detail (then the budget use is just the memory's size);
   * null before the first.
   */
  last: { cost: number; budget: number; lensRuns: number; fillExpansions: number; fits: boolean } | null;
}

export function selectBudgetUse(s: Pick<MemorySnapshot, 'refocusHistory'>): BudgetUseView {
  const h = s.refocusHistory;
  const p = h.at(-1);
  return {
    series: h.map((x) => (x.budget > 0 ? x.cost / x.budget : 0)),
    last: p
      ? {
          cost: p.cost,
          budget: p.budget,
          lensRuns: p.lensRuns,
          fillExpansions: p.fillExpansions,
          fits: p.tokens <= p.budget,
        }
      : null,
  };
}
