// The telemetry panel's budget-use selector: WC cost / (W_max − reply reserve) after each refocus,
// from the snapshot's refocus history (not from the user's W_max, which includes the reply reserve).
import { describe, expect, it } from 'vitest';
import { BUDGET_USE_FLOOR, selectBudgetUse } from '../../../src/ui/telemetry/budget-use';
import type { RefocusPoint } from '../../../src/runtime/conversation-telemetry';

const point = (cost: number, over: Partial<RefocusPoint> = {}): RefocusPoint => ({
  at: 0,
  tokens: 1_380_000,
  cost,
  budget: 1920,
  lensRuns: 1,
  actions: 4,
  fillExpansions: 0,
  ...over,
});

describe('selectBudgetUse', () => {
  it('is cost / budget after each refocus, oldest first; the last refocus in detail', () => {
    const v = selectBudgetUse({
      refocusHistory: [point(189), point(1900, { fillExpansions: 55 }), point(1919, { lensRuns: 1 })],
    });
    expect(v.series).toEqual([189 / 1920, 1900 / 1920, 1919 / 1920]);
    expect(v.series[0]).toBeLessThan(BUDGET_USE_FLOOR); // the defect the issue measured
    expect(v.last).toEqual({ cost: 1919, budget: 1920, lensRuns: 1, fillExpansions: 0, fits: false });
  });

  it('says when the whole memory fits (budget use is then just its size)', () => {
    expect(selectBudgetUse({ refocusHistory: [point(33, { tokens: 33 })] }).last).toMatchObject({ fits: true });
  });

  it('shows nothing before the first refocus, and 0 for a zero budget', () => {
    expect(selectBudgetUse({ refocusHistory: [] })).toEqual({ series: [], last: null });
    expect(selectBudgetUse({ refocusHistory: [point(10, { budget: 0 })] }).series).toEqual([0]);
  });
});
