// Position policies (ARCHITECTURE §4 "Positions") on a hand-worked working context. Pure TS; it
// lives in the GPU tier because the assembly kernel is its consumer (runs in the same browser).
import { describe, expect, it } from 'vitest';
import { PositionPolicyError, placeEntries, positionIds, type WcEntryAddress } from '../../src/core/position-policy';
import { packWorkingContext, WC_ENTRY_BYTES } from '../../src/gpu/wc-entries';

const K = 32;
const T = 32 * 34 + 5; // 34 full blocks + a 5-token tail
// LOD2 gist of tokens [0, 1024), LOD1 gist of [1024, 1056), block 33, the tail block 34
const wc: WcEntryAddress[] = [
  { level: 2, index: 0 },
  { level: 1, index: 32 },
  { level: 0, index: 33 },
  { level: 0, index: 34 },
];
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

describe('position policies', () => {
  it('absolute: tokens at their index, a gist at the centre of its span', () => {
    expect(Array.from(positionIds(wc, { kind: 'absolute' }, K, T))).toEqual([512, 1040, ...range(1056, 1093)]);
  });

  it('compacted: 0 … W−1', () => {
    expect(Array.from(positionIds(wc, { kind: 'compacted' }, K, T))).toEqual(range(0, 39));
  });

  it('bounded-gaps: every step capped at G; G=1 is compacted, a huge G is absolute', () => {
    expect(Array.from(positionIds(wc, { kind: 'bounded-gaps', maxGap: 8 }, K, T))).toEqual([7, 15, ...range(23, 60)]);
    expect(positionIds(wc, { kind: 'bounded-gaps', maxGap: 1 }, K, T)).toEqual(
      positionIds(wc, { kind: 'compacted' }, K, T),
    );
    expect(positionIds(wc, { kind: 'bounded-gaps', maxGap: 1e9 }, K, T)).toEqual(
      positionIds(wc, { kind: 'absolute' }, K, T),
    );
  });

  it('places rows: a tail block contributes its token count, a gist one row', () => {
    const { placements, totalRows } = placeEntries(wc, { kind: 'absolute' }, K, T);
    expect(placements.map((p) => [p.rowOffset, p.rows])).toEqual([
      [0, 1],
      [1, 1],
      [2, 32],
      [34, 5],
    ]);
    expect(totalRows).toBe(39);
  });

  it('rejects entries out of order, gists of incomplete nodes, blocks past the end and G < 1', () => {
    expect(() => positionIds([wc[1]!, wc[0]!], { kind: 'absolute' }, K, T)).toThrow(PositionPolicyError);
    expect(() => positionIds([{ level: 1, index: 34 }], { kind: 'absolute' }, K, T)).toThrow(PositionPolicyError);
    expect(() => positionIds([{ level: 0, index: 35 }], { kind: 'absolute' }, K, T)).toThrow(PositionPolicyError);
    expect(() => positionIds(wc, { kind: 'bounded-gaps', maxGap: 0 }, K, T)).toThrow(PositionPolicyError);
  });

  it('packs WcEntry with the stride and field order read from the WGSL', () => {
    expect(WC_ENTRY_BYTES).toBe(16);
    const packed = packWorkingContext(wc, { kind: 'bounded-gaps', maxGap: 8 }, K, T);
    expect(Array.from(packed.data.subarray(8, 12))).toEqual([0, 33, 2, 23]); // level, index, rowOffset, positionBase
    expect(packed.rows).toBe(39);
  });
});
