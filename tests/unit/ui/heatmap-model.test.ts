// Focus heatmap aggregates: entries map to token spans, columns sum level shares to 1 and keep
// the strongest score, hit-testing finds the entry under a token position, axis ticks are nice.
import { describe, expect, it } from 'vitest';
import {
  formatTick,
  niceTicksRange,
  panWindow,
  windowSpans,
  zoomWindow,
  aggregateColumns,
  aggregateSpans,
  entryAt,
  entrySpan,
  formatTokens,
  niceTicks,
  spanIndexAt,
  workingContextSpans,
  type WcView,
} from '../../../src/ui/heatmap/heatmap-model';

// 2,100 tokens: LOD2 gist of [0,1024), LOD1 gists of blocks 32..47 ([1024,1536)), LOD0 blocks 48..65 (tail 2080..2100).
const levels = [2, ...Array(16).fill(1), ...Array(18).fill(0)];
const indices = [0, ...Array.from({ length: 16 }, (_, i) => 32 + i), ...Array.from({ length: 18 }, (_, i) => 48 + i)];
const scores = levels.map((_, i) => (i === 3 ? 0.9 : i === 20 ? -0.5 : 0.1));
const wc: WcView = { levels, indices, scores, tokenCount: 2100 };

describe('heatmap model', () => {
  it('maps entries to spans', () => {
    expect(entrySpan(2, 0, 2100)).toEqual({ start: 0, end: 1024 });
    expect(entrySpan(1, 33, 2100)).toEqual({ start: 1056, end: 1088 });
    expect(entrySpan(0, 65, 2100)).toEqual({ start: 2080, end: 2100 });
  });

  it('finds the entry under a token position', () => {
    expect(entryAt(wc, 0)).toMatchObject({ position: 0, level: 2, start: 0, end: 1024, score: 0.1 });
    expect(entryAt(wc, 1023)?.position).toBe(0);
    expect(entryAt(wc, 1024 + 2 * 32 + 5)).toMatchObject({ position: 3, level: 1, index: 34, score: 0.9 });
    expect(entryAt(wc, 2099)).toMatchObject({ level: 0, index: 65, end: 2100 });
    expect(entryAt(wc, 2100)).toBeNull();
  });

  it('aggregates level shares per column (each column sums to 1) and the strongest score', () => {
    const agg = aggregateColumns(wc, 7);
    for (let c = 0; c < 7; c++) {
      let sum = 0;
      for (let l = 0; l < agg.levels; l++) sum += agg.share[l * 7 + c]!;
      expect(sum).toBeCloseTo(1, 5);
    }
    expect(agg.share[2 * 7 + 0]).toBeCloseTo(1, 5); // first 300 tokens are all LOD2
    expect(agg.share[0 * 7 + 6]).toBeCloseTo(1, 5); // last column all LOD0
    expect(agg.maxAbsScore).toBeCloseTo(0.9);
    expect(Math.max(...agg.score)).toBeCloseTo(0.9);
    expect(Math.min(...agg.score)).toBeCloseTo(-0.5);
  });

  it('stays linear at a million tokens', () => {
    // 1M tokens: 975 LOD2 gists + 32 LOD1 + a LOD0 tail.
    const n = 1_000_000;
    const l2 = Math.floor((n - 2048) / 1024);
    const lv = [...Array(l2).fill(2)];
    const ix = Array.from({ length: l2 }, (_, i) => i);
    for (let b = l2 * 32; b < Math.ceil(n / 32); b++) {
      lv.push(0);
      ix.push(b);
    }
    const t0 = performance.now();
    const agg = aggregateColumns({ levels: lv, indices: ix, scores: null, tokenCount: n }, 2400);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(agg.share[2 * 2400]).toBeCloseTo(1, 5);
    expect(agg.maxAbsScore).toBe(0);
  });

  it('lays the working context out by cost, as the model sees it', () => {
    const spans = workingContextSpans(wc);
    // 1 LOD2 gist + 16 LOD1 gists (1 each) + 17 full blocks (32) + the 20-token tail.
    expect(spans.at(-1)!.end).toBe(1 + 16 + 17 * 32 + 20);
    expect(spans[0]).toEqual({ start: 0, end: 1, level: 2, score: 0.1 });
    expect(spans[17]).toMatchObject({ start: 17, end: 49, level: 0 });
    expect(spanIndexAt(spans, 0)).toBe(0);
    expect(spanIndexAt(spans, 16.5)).toBe(16);
    expect(spanIndexAt(spans, 20)).toBe(17);
    expect(spanIndexAt(spans, 581)).toBe(-1);
    const agg = aggregateSpans(spans, 581, 581);
    expect(agg.share[0 * 581 + 100]).toBeCloseTo(1, 5);
    expect(agg.share[1 * 581 + 5]).toBeCloseTo(1, 5);
  });

  it('zooms and pans a window over the axis, and clips spans to it', () => {
    const full = { from: 0, to: 1000 };
    expect(zoomWindow(full, 500, 0.5, 1000)).toEqual({ from: 250, to: 750 });
    expect(zoomWindow(full, 0, 0.5, 1000)).toEqual({ from: 0, to: 500 });
    expect(zoomWindow({ from: 0, to: 500 }, 250, 4, 1000)).toEqual({ from: 0, to: 1000 });
    expect(zoomWindow(full, 500, 0.001, 1000)).toEqual({ from: 484, to: 516 });
    expect(panWindow({ from: 250, to: 750 }, 400, 1000)).toEqual({ from: 500, to: 1000 });
    expect(panWindow({ from: 250, to: 750 }, -400, 1000)).toEqual({ from: 0, to: 500 });
    const spans = [
      { start: 0, end: 100, level: 2, score: undefined },
      { start: 100, end: 132, level: 0, score: 0.5 },
      { start: 132, end: 164, level: 0, score: undefined },
    ];
    expect(windowSpans(spans, { from: 90, to: 140 })).toEqual([
      { start: 0, end: 10, level: 2, score: undefined },
      { start: 10, end: 42, level: 0, score: 0.5 },
      { start: 42, end: 50, level: 0, score: undefined },
    ]);
    expect(niceTicksRange(1234, 5678, 4)).toEqual([2000, 4000]);
    expect(niceTicksRange(1234, 5678, 8)).toEqual([2000, 3000, 4000, 5000]);
  });

  it('formats ticks and token counts', () => {
    expect(niceTicks(1_000_000, 5)).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000]);
    expect(niceTicks(2100, 4)).toEqual([0, 1000, 2000]);
    expect(formatTokens(950)).toBe('950');
    expect(formatTick(250_000, 50_000)).toBe('250k');
    expect(formatTick(0, 20_000)).toBe('0');
    expect(formatTick(2_000_000, 500_000)).toBe('2M');
    expect(formatTick(623_400, 200)).toBe('623,400');
    expect(formatTick(623_000, 1000)).toBe('623k');
    expect(formatTokens(12_500)).toBe('13k');
    expect(formatTokens(1500)).toBe('1.5k');
    expect(formatTokens(1_234_567)).toBe('1.23M');
  });
});
