// Pinned spans: merged ranges with exact overlap queries; nothing overlapping a pin collapses —
// not by hand, not by the allocator under any scores, not by budget restoration; focusPins brings
// a needle deep under an LOD2 gist to LOD0 within budget and keeps it there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FocusAllocator,
  focusPins,
  initialLayout,
  resolveConfig,
  restoreBudget,
  WorkingContext,
  BudgetError,
} from '../../../src/core/index.ts';

const cfg = resolveConfig({ wMax: 1024, protectedTokens: 128, maxLevel: 3, nDiff: 8, cooldownIterations: 0 });

describe('pins', () => {
  it('merges ranges and answers overlap queries exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(500), fc.nat(60)), { maxLength: 8 }),
        fc.nat(600),
        fc.nat(40),
        (rs, s, len) => {
          const wc = new WorkingContext(cfg);
          const ranges = rs.map(([a, l]) => ({ start: a, end: a + l }));
          wc.setPins(ranges);
          const brute = ranges.some((r) => r.end > r.start && r.start < s + len && s < r.end);
          expect(wc.overlapsPin(s, s + len)).toBe(len > 0 && brute);
          const merged = wc.pins();
          for (let i = 1; i < merged.length; i++) expect(merged[i]!.start).toBeGreaterThan(merged[i - 1]!.end);
        },
      ),
    );
  });

  it('focusPins brings a needle under LOD2 to LOD0 and the allocator never collapses it', () => {
    const n = 200_000;
    const wc = initialLayout(cfg, n);
    const needle = { start: 50_000 + 5, end: 50_000 + 20 }; // inside block 1562, under an LOD3/LOD2 gist
    wc.setPins([needle]);
    const actions = focusPins(wc);
    expect(actions.length).toBeGreaterThan(0);
    wc.validate({ budget: true });
    const at = wc.positionOfToken(needle.start);
    expect(wc.level(at)).toBe(0);
    expect(wc.entryStart(at)).toBeLessThanOrEqual(needle.start);

    // The most hostile scores: everything wants to collapse, for many iterations.
    const alloc = new FocusAllocator();
    for (let it = 0; it < 60; it++) alloc.step(wc, new Float32Array(wc.length).fill(-1));
    const again = wc.positionOfToken(needle.start);
    expect(wc.level(again)).toBe(0);
    expect(wc.collapseUnit(again)).toBe('pinned');
    wc.validate({ budget: true });

    // Budget restoration after a big append skips the pinned block too.
    wc.syncToTokenCount(n + 5_000);
    restoreBudget(wc);
    expect(wc.level(wc.positionOfToken(needle.start))).toBe(0);
    wc.validate({ budget: true });
  });

  it('refuses pins that cannot fit, with a clear error', () => {
    const wc = initialLayout(cfg, 100_000);
    wc.setPins([{ start: 0, end: 90_000 }]);
    expect(() => focusPins(wc)).toThrow(BudgetError);
    expect(() => focusPins(wc)).toThrow(/do not fit/);
  });
});
