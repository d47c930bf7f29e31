import { describe, expect, it } from 'vitest';
import { FocusAllocator, Telemetry } from '../../../src/core/index.ts';
import { iterationReport, wc66 } from './helpers.ts';

describe('Telemetry', () => {
  it('swap rate = changed entries / WC entries; first changed position and recomputed tokens', () => {
    const tel = new Telemetry();
    const wc = wc66();
    const s = new Float32Array(66);
    s.fill(-0.9, 32, 64); // second LOD1 group collapses (32 entries change)
    s[5] = 0.9; // one LOD1 gist expands (1 entry)
    const r = new FocusAllocator({ telemetry: tel }).step(wc, s);
    expect(r.changedEntries).toBe(33);
    expect(r.swapRate).toBeCloseTo(33 / 66);
    expect(r.firstChangedPosition).toBe(5);
    expect(r.firstChangedTokenPosition).toBe(5); // five gists before it, 1 each
    expect(r.costAfter).toBe(64 + 64); // 63 − 32 + 1 gists + 32 (block 5) + 64 (two blocks) = 128
    expect(r.recomputedTokens).toBe(128 - 5);
    const snap = tel.snapshot();
    expect(snap.thrashIterations).toBe(1); // 0.5 > 0.25
    expect(snap.lastSwapRate).toBeCloseTo(0.5);
    expect(tel.mutationCount(1, 5)).toBe(1);
    expect(tel.mutationCount(2, 1)).toBe(1);
    expect(tel.mutationCount(2, 0)).toBe(0);
  });

  it('an idle iteration reports no change and nothing to recompute', () => {
    const r = new FocusAllocator().step(wc66(), new Float32Array(66));
    expect(r).toMatchObject({ changedEntries: 0, swapRate: 0, firstChangedPosition: -1, recomputedTokens: 0 });
  });

  it('access counts per node, once per recordAccess', () => {
    const tel = new Telemetry();
    const wc = wc66();
    tel.recordAccess(wc);
    tel.recordAccess(wc);
    expect(tel.accessCount(1, 63)).toBe(2);
    expect(tel.accessCount(0, 65)).toBe(2);
    expect(tel.accessCount(0, 5)).toBe(0);
    expect(tel.accessCount(7, 0)).toBe(0);
  });

  it('keeps a bounded history of swap rates and JSON-able snapshots', () => {
    const tel = new Telemetry({ historySize: 3 });
    for (const x of [0.1, 0.2, 0.3, 0.4]) tel.recordIteration(iterationReport(x));
    tel.recordRefocus(100);
    tel.recordRefocus(50);
    const snap = tel.snapshot();
    expect(snap.recentSwapRates).toEqual([0.2, 0.3, 0.4]);
    expect(snap.meanSwapRate).toBeCloseTo(0.25);
    expect(snap.thrashIterations).toBe(2);
    expect(snap.lastRecomputedTokens).toBe(50);
    expect(snap.totalRecomputedTokens).toBe(150);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });
});
