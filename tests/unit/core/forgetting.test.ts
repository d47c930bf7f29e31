// Forgetting (src/core/forgetting.ts): tombstone sets answer exactly like a brute-force token mask;
// the rule "no gist mixing forgotten and kept tokens is ever in the working context" holds after
// the holds are applied, under hostile allocator scores, and after more text is appended with the
// budget restored; wholly forgotten entries are scored below every other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FocusAllocator,
  ForgetError,
  ForgetSet,
  focusPins,
  forgetHolds,
  initialLayout,
  mergeRanges,
  resolveConfig,
  restoreBudget,
  scoreForgotten,
  type WorkingContext,
} from '../../../src/core/index.ts';
import { lcg } from './helpers.ts';

const K = 32;
const cfg = resolveConfig({ wMax: 1024, protectedTokens: 128, maxLevel: 3, nDiff: 8, cooldownIterations: 0 });

const rangesArb = fc
  .array(fc.tuple(fc.nat(3000), fc.nat(400)), { maxLength: 6 })
  .map((rs) => rs.map(([a, l]) => ({ start: a, end: a + l })));

function mixedGists(wc: WorkingContext, set: ForgetSet): string[] {
  const out: string[] = [];
  for (let i = 0; i < wc.length; i++)
    if (wc.level(i) > 0 && set.classify(wc.entryStart(i), wc.entryEnd(i)) === 'mixed')
      out.push(`${wc.level(i)}:${wc.index(i)}`);
  return out;
}

function apply(wc: WorkingContext, set: ForgetSet): void {
  wc.setHolds(forgetHolds(set, K));
  focusPins(wc);
}

describe('ForgetSet', () => {
  it('agrees with a brute-force token mask on counts, classification, kept runs', () => {
    fc.assert(
      fc.property(rangesArb, fc.nat(3400), fc.nat(300), (ranges, s, len) => {
        const set = new ForgetSet(ranges);
        const mask = new Uint8Array(4000);
        for (const r of ranges) mask.fill(1, r.start, r.end);
        const e = s + len;
        let n = 0;
        for (let p = s; p < e; p++) n += mask[p]!;
        expect(set.forgottenIn(s, e)).toBe(n);
        expect(set.classify(s, e)).toBe(len === 0 || n === 0 ? 'kept' : n === len ? 'forgotten' : 'mixed');
        expect(set.isForgotten(s)).toBe(mask[s] === 1);
        const kept: number[] = [];
        for (const r of set.keptRuns(s, e)) for (let p = r.start; p < r.end; p++) kept.push(p);
        const want: number[] = [];
        for (let p = s; p < e; p++) if (!mask[p]) want.push(p);
        expect(kept).toEqual(want);
        expect(set.tokens).toBe(mask.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it('merges overlapping and touching ranges and refuses bad ones with ForgetError', () => {
    expect(
      mergeRanges([
        { start: 10, end: 20 },
        { start: 0, end: 5 },
        { start: 20, end: 25 },
        { start: 3, end: 3 },
      ]),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 25 },
    ]);
    expect(() => new ForgetSet([{ start: 5, end: 2 }])).toThrow(ForgetError);
    expect(() => new ForgetSet([{ start: -1, end: 2 }])).toThrow(ForgetError);
    expect(new ForgetSet([{ start: 1, end: 4 }]).with({ start: 4, end: 9 }).ranges).toEqual([{ start: 1, end: 9 }]);
  });

  it('holds the kept block next to each edge (none before a range starting at 0)', () => {
    expect(forgetHolds(new ForgetSet([{ start: 64, end: 100 }]), K)).toEqual([
      { start: 32, end: 64 },
      { start: 96, end: 128 },
    ]);
    expect(forgetHolds(new ForgetSet([{ start: 0, end: 1024 }]), K)).toEqual([{ start: 1024, end: 1056 }]);
    expect(forgetHolds(new ForgetSet([{ start: 40, end: 50 }]), K)).toEqual([{ start: 32, end: 64 }]);
  });
});

describe('the working context under tombstones', () => {
  it('never holds a gist that mixes forgotten and kept tokens: after the holds, under hostile scores, after appends', () => {
    fc.assert(
      fc.property(rangesArb, fc.integer({ min: 1, max: 1000 }), (ranges, seed) => {
        const n = 40_000;
        const wc = initialLayout(cfg, n);
        const set = new ForgetSet(
          ranges.map((r) => ({ start: r.start * 10, end: r.start * 10 + r.end - r.start + 1 })),
        );
        apply(wc, set);
        wc.validate({ budget: true });
        expect(mixedGists(wc, set)).toEqual([]);
        const alloc = new FocusAllocator();
        const rnd = lcg(seed);
        for (let it = 0; it < 20; it++) {
          alloc.step(
            wc,
            Float32Array.from({ length: wc.length }, () => (it % 2 === 0 ? -1 : rnd())),
          );
          expect(mixedGists(wc, set)).toEqual([]);
        }
        alloc.refocus(wc, (w) => Float32Array.from({ length: w.length }, () => rnd()));
        expect(mixedGists(wc, set)).toEqual([]);
        wc.syncToTokenCount(n + 5000);
        restoreBudget(wc);
        wc.validate({ budget: true });
        expect(mixedGists(wc, set)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a forgotten document deep in the history costs at most two held blocks and their ancestors', () => {
    const wc = initialLayout(cfg, 200_000);
    const before = wc.cost;
    const set = new ForgetSet([{ start: 50_000 + 7, end: 120_000 + 3 }]);
    apply(wc, set);
    expect(mixedGists(wc, set)).toEqual([]);
    // The budget is paid oldest-first; what matters is that the held blocks are LOD0 and the whole rest can still be gists.
    for (const edge of [50_006, 120_003]) expect(wc.level(wc.positionOfToken(edge))).toBe(0);
    expect(wc.cost).toBeLessThanOrEqual(cfg.wMax);
    expect(before).toBeLessThanOrEqual(cfg.wMax);
  });

  it('scoreForgotten ranks wholly forgotten entries below all others and leaves the rest', () => {
    const set = new ForgetSet([{ start: 32, end: 96 }]);
    const spans = [
      { start: 0, end: 32 },
      { start: 32, end: 64 },
      { start: 64, end: 96 },
      { start: 96, end: 128 },
    ];
    expect(Array.from(scoreForgotten([0.5, 9, -0.2, 0.1], (i) => spans[i]!, set))).toEqual([
      0.5,
      0.1 - 1,
      0.1 - 1,
      0.1,
    ]);
    expect(Array.from(scoreForgotten([3, 4], (i) => spans[i + 1]!, set))).toEqual([-1, -1]);
    expect(Array.from(scoreForgotten([3, 4], (i) => spans[i]!, ForgetSet.EMPTY))).toEqual([3, 4]);
  });
});
