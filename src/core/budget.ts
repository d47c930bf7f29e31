// The working context's budget (seed: "Σ cost ≤ W_max", "collapses refund token budget";
// ARCHITECTURE §3 "the budget is used, not saved"): restoration after ingest, and the fill that
// spends free budget at the end of a refocus.
//
// Restoration: appending tokens grows the LOD0 suffix of the working context
// (WorkingContext.syncToTokenCount) and can push the cost over W_max. restoreBudget() then
// collapses the OLDEST eligible unit (an LOD0 block outside the protected region → its LOD1
// gist, or K aligned sibling gists → their parent) until the cost fits. Oldest-first reproduces the initial layout's gradient
// (coarse past, fine present) and needs no scores; a LensNet-driven refocus follows at the
// next turn boundary anyway. Cooldowns are honoured when possible, but the budget is a hard
// invariant and wins: if only cooling entries can collapse, they do. These collapses are no focus
// decision (origin 'budget'): the gists they make may expand at the very next refocus.
//
// Typical ingest step (runtime):
//   tree.append(ids); fillGists(tree, gistNet); wc.syncToTokenCount(tree.length); restoreBudget(wc)
//
// Fill (bestFillCandidate, driven by FocusAllocator.refocus after its iterations): while
// W_max − cost ≥ K−1, the best-scoring legal gist expands — any score, so a scorer's negative
// scores rank what stays coarse but never leave budget empty; ties → the later position (the KV
// prefix before it stays reusable); a gist cooling from a collapse stays as it is. Every gist
// expansion costs exactly K−1, so a filled WC has W_max − cost < K−1, or no legal gist left.

import { BudgetError } from './errors.ts';
import { coarsestCost } from './initial-layout.ts';
import type { FocusAction, WorkingContext } from './working-context.ts';

export interface RestoreResult {
  /** Collapses applied, in order. */
  readonly actions: FocusAction[];
  /** WC position of the first changed entry (−1 if none): the KV prefix before it is reusable. */
  readonly firstChangedPosition: number;
}

/** Collapse oldest-first until wc.cost ≤ W_max (or `target`). Throws BudgetError if impossible. */
export function restoreBudget(wc: WorkingContext, target = wc.config.wMax): RestoreResult {
  const actions: FocusAction[] = [];
  const K = wc.config.blockSize;
  let from = 0;
  let first = -1;
  while (wc.cost > target) {
    let p = findOldestCollapse(wc, from, true);
    if (p < 0) p = findOldestCollapse(wc, 0, false);
    if (p < 0) {
      throw new BudgetError(
        `The working context costs ${wc.cost} > ${target} and nothing more can collapse: ` +
          `${wc.tokenCount} tokens need at least ${coarsestCost(wc.config, wc.tokenCount)} token-equivalents ` +
          `at LOD0–LOD${wc.config.maxLevel}. Raise wMax or maxLevel, or lower protectedTokens.`,
        { cost: wc.cost, target, tokenCount: wc.tokenCount },
      );
    }
    const a = wc.collapse(p, { respectCooldown: false, origin: 'budget' });
    actions.push(a);
    if (first < 0 || a.position < first) first = a.position;
    from = Math.max(0, a.position - K);
  }
  return { actions, firstChangedPosition: first };
}

/** Position of the oldest collapsible unit at or after `from`, or −1. */
export function findOldestCollapse(wc: WorkingContext, from: number, respectCooldown: boolean): number {
  const { level, index, length } = wc.raw();
  const K = wc.config.blockSize;
  for (let i = from; i < length; i++) {
    const l = level[i] as number;
    if (l !== 0 && (index[i] as number) % K !== 0) continue;
    const u = wc.collapseUnit(i, respectCooldown);
    if (typeof u !== 'string') return u.first;
    if (u === 'protected-region' || u === 'incomplete-block') return -1; // only LOD0 from here on
  }
  return -1;
}

/**
 * The gist the fill expands next: the highest score among gists not cooling from a collapse (NaN
 * ranks lowest), ties → the later position; position −1 if there is none. `candidates`: how many
 * gists may expand. Budget is the caller's check.
 */
export function bestFillCandidate(
  wc: WorkingContext,
  scores: ArrayLike<number>,
): { position: number; candidates: number } {
  const { level, born, dir, length } = wc.raw();
  const C = wc.config.cooldownIterations > 0 ? wc.config.cooldownIterations : -1; // −1: never cooling
  const t = wc.clock;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let candidates = 0;
  for (let i = 0; i < length; i++) {
    if (level[i] === 0 || (dir[i] === -1 && t - (born[i] as number) <= C)) continue;
    candidates++;
    const raw = +(scores[i] as number);
    const s = Number.isNaN(raw) ? Number.NEGATIVE_INFINITY : raw;
    if (best < 0 || s >= bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return { position: best, candidates };
}
