// Pinned spans (UI: "click pins a span to full detail"): the working context expands every gist
// that overlaps a pin down to LOD0 and keeps it there — legality forbids collapsing anything that
// overlaps a pin (legality.ts, focus-allocator.ts); the budget is paid oldest-first, like after
// an ingest (budget.ts).
import { restoreBudget } from './budget.ts';
import { BudgetError } from './errors.ts';
import type { FocusAction, WorkingContext } from './working-context.ts';

/** Tokens a set of pins keeps at LOD0, counted in whole blocks. */
export function pinnedBlockTokens(wc: WorkingContext): number {
  const K = wc.config.blockSize;
  let total = 0;
  for (const p of wc.pins()) total += (Math.ceil(Math.min(p.end, wc.tokenCount) / K) - Math.floor(p.start / K)) * K;
  return Math.max(0, total);
}

/**
 * Expands every gist overlapping a pin until the pinned spans are LOD0, collapsing the oldest
 * unpinned content to stay within W_max. Returns the actions in order. Throws BudgetError when
 * the pins cannot fit (then the working context may be partly refocused but stays legal).
 */
export function focusPins(wc: WorkingContext): FocusAction[] {
  const actions: FocusAction[] = [];
  for (;;) {
    let target = -1;
    for (let i = 0; i < wc.length; i++) {
      if (wc.level(i) > 0 && wc.overlapsPin(wc.entryStart(i), wc.entryEnd(i))) {
        target = i;
        break;
      }
    }
    if (target < 0) return actions;
    actions.push(wc.expand(target, { respectCooldown: false, enforceBudget: false }));
    try {
      actions.push(...restoreBudget(wc).actions);
    } catch (e) {
      if (e instanceof BudgetError) {
        throw new BudgetError(
          `The pinned spans (${pinnedBlockTokens(wc)} tokens) do not fit in W_max = ${wc.config.wMax} with the rest of the history; unpin something.`,
          e.data,
        );
      }
      throw e;
    }
  }
}
