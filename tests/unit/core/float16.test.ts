// The one binary16 codec (src/core/float16.ts), as Node 20 runs it: the fallback (Node 20 has no
// Float16Array). Known bit patterns, NaN / ±Inf / ±0 / subnormals, ties to even, no double rounding
// through f32, every one of the 65,536 bit patterns round-tripped, and "nearest" checked against an
// exact reference on random doubles. tests/gpu/float16-native.gpu.test.ts checks in Chromium that
// the native Float16Array path gives the same bits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeF16,
  decodeF16Into,
  encodeF16,
  encodeF16Into,
  fromHalfBits,
  hasNativeFloat16,
  roundToF16,
  roundToHalf,
  toHalfBits,
  toHalfBitsSoft,
} from '../../../src/core/float16';

const hex = (h: number) => `0x${h.toString(16).padStart(4, '0')}`;
const f32FromBits = (bits: number) => new Float32Array(new Uint32Array([bits]).buffer)[0]!;

/**
 * Exact reference, independent of the bit manipulation: a finite double rounded to binary16 by
 * scaling onto the integer grid of its binade (spacing 2^(E−10), E ≥ −14; all exact in doubles).
 */
function referenceRound(x: number): number {
  const a = Math.abs(x);
  if (a >= 65520) return Math.sign(x) * Infinity; // 65520 = the tie between 65504 and 2^16 → even = Inf
  const bits = new DataView(new Float64Array([a]).buffer).getUint16(6, true);
  const E = Math.max(-14, ((bits >>> 4) & 0x7ff) - 1023); // floor(log2 a), clamped to the subnormal binade
  const scaled = a * 2 ** (10 - E); // < 2048, exact
  const floor = Math.floor(scaled);
  const rest = scaled - floor; // exact
  const k = rest > 0.5 || (rest === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
  const v = k * 2 ** (E - 10);
  return x < 0 || Object.is(x, -0) ? -v : v;
}

describe('float16 codec (fallback path in Node)', () => {
  it('runs the fallback here (Node 20 has no Float16Array), so these tests pin the fallback', () => {
    expect(hasNativeFloat16).toBe(typeof (globalThis as { Float16Array?: unknown }).Float16Array === 'function');
  });

  it.each<[string, number, number]>([
    ['1', 1, 0x3c00],
    ['-2', -2, 0xc000],
    ['0.5', 0.5, 0x3800],
    ['+0', 0, 0x0000],
    ['-0', -0, 0x8000],
    ['largest finite 65504', 65504, 0x7bff],
    ['smallest normal 2^-14', 2 ** -14, 0x0400],
    ['largest subnormal 1023·2^-24', 1023 * 2 ** -24, 0x03ff],
    ['smallest subnormal 2^-24', 2 ** -24, 0x0001],
    ['-Inf', -Infinity, 0xfc00],
    ['+Inf', Infinity, 0x7c00],
    ['overflow 1e6 → Inf', 1e6, 0x7c00],
    ['-overflow → -Inf', -70000, 0xfc00],
    ['beyond f32 (1e300) → Inf', 1e300, 0x7c00],
    ['65519 rounds down to 65504', 65519, 0x7bff],
    ['65520 (tie, odd 0x7bff) rounds up to Inf', 65520, 0x7c00],
    ['tie 1 + 2^-11 → even 1', 1 + 2 ** -11, 0x3c00],
    ['tie 1 + 3·2^-11 → even 1 + 2^-9', 1 + 3 * 2 ** -11, 0x3c02],
    ['just above a tie rounds up', 1 + 2 ** -11 + 2 ** -20, 0x3c01],
    ['above a tie by less than half an f32 ulp rounds up (no double rounding)', 1 + 2 ** -11 + 2 ** -40, 0x3c01],
    ['below a tie by less than half an f32 ulp rounds down', 1 + 3 * 2 ** -11 - 2 ** -40, 0x3c01],
    ['subnormal tie 2^-25 → 0', 2 ** -25, 0x0000],
    ['subnormal tie 3·2^-25 → even 2·2^-24', 3 * 2 ** -25, 0x0002],
    ['subnormal tie 5·2^-25 → even 2·2^-24', 5 * 2 ** -25, 0x0002],
    ['just above 2^-25 → smallest subnormal', 2 ** -25 * (1 + 2 ** -23), 0x0001],
    ['above 2^-25 by a double ulp → smallest subnormal (no double rounding)', 2 ** -25 * (1 + 2 ** -52), 0x0001],
    ['below half the smallest subnormal → -0', -(2 ** -26), 0x8000],
    ['largest subnormal + ½ulp (tie, odd) → smallest normal', 1023.5 * 2 ** -24, 0x0400],
    ['f32 subnormal → 0', 1e-40, 0x0000],
    ['double subnormal → -0', -5e-324, 0x8000],
    ['1/3', 1 / 3, 0x3555],
    ['0.1', 0.1, 0x2e66],
  ])('%s', (_name, x, want) => {
    expect(hex(toHalfBits(x))).toBe(hex(want));
    expect(hex(toHalfBitsSoft(x))).toBe(hex(want));
    expect(Object.is(roundToHalf(x), fromHalfBits(want))).toBe(true);
  });

  it('NaN encodes as the quiet NaN 0x7e00 with the input sign (payload dropped); every NaN pattern decodes to NaN', () => {
    expect(hex(toHalfBitsSoft(Number.NaN))).toBe('0x7e00');
    for (const [bits, want] of [
      [0x7fc00000, 0x7e00],
      [0x7f800001, 0x7e00],
      [0x7fa00000, 0x7e00],
      [0xffc00000, 0xfe00],
      [0xff800001, 0xfe00],
    ] as const) {
      expect(hex(toHalfBitsSoft(f32FromBits(bits))), `f32 ${bits.toString(16)}`).toBe(hex(want));
    }
    const nanPatterns = [];
    for (let h = 0; h < 0x10000; h++) if ((h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0) nanPatterns.push(h);
    expect(nanPatterns.length).toBe(2046);
    for (const h of nanPatterns) expect(Number.isNaN(fromHalfBits(h))).toBe(true);
    expect(Array.from(decodeF16(Uint16Array.from(nanPatterns))).every(Number.isNaN)).toBe(true);
  });

  it('decodes known patterns exactly, ±0 and ±Inf included', () => {
    expect(fromHalfBits(0x3c00)).toBe(1);
    expect(fromHalfBits(0x7bff)).toBe(65504);
    expect(fromHalfBits(0x0001)).toBe(2 ** -24);
    expect(fromHalfBits(0x03ff)).toBe(1023 * 2 ** -24);
    expect(fromHalfBits(0x7c00)).toBe(Infinity);
    expect(fromHalfBits(0xfc00)).toBe(-Infinity);
    expect(Object.is(fromHalfBits(0x8000), -0)).toBe(true);
  });

  it('every one of the 65,536 bit patterns round-trips: decode → encode gives the same bits (NaNs → 0x7e00 | sign)', () => {
    const all = new Uint16Array(0x10000).map((_, h) => h);
    const decoded = decodeF16(all);
    const encoded = encodeF16(decoded);
    const bad: string[] = [];
    for (let h = 0; h < 0x10000; h++) {
      const isNaN16 = (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0;
      const v = fromHalfBits(h);
      if (!(Object.is(decoded[h], v) || (isNaN16 && Number.isNaN(decoded[h]!)))) bad.push(`decode ${hex(h)}`);
      const want = isNaN16 ? [0x7e00, 0xfe00] : [h];
      if (!want.includes(encoded[h]!)) bad.push(`array ${hex(h)} → ${hex(encoded[h]!)}`);
      if (!isNaN16 && toHalfBits(v) !== h) bad.push(`scalar ${hex(h)} → ${hex(toHalfBits(v))}`);
    }
    expect(bad).toEqual([]);
  });

  it('rounds random doubles to the nearest binary16, ties to even (exact reference)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -70000, max: 70000 }), (x) => {
        expect(Object.is(fromHalfBits(toHalfBitsSoft(x)), referenceRound(x))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds values at and next to every kind of tie like the exact reference', () => {
    const bad: number[] = [];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 20_000; i++) {
      // a binary16 tie (odd multiple of half the spacing) in a random binade, nudged by ≤ 2^-30 relative
      const E = Math.floor(rand() * 31) - 14; // −14 … 16
      const tie = (2 * Math.floor(rand() * 2048) + 1) * 2 ** (E - 11);
      const nudge = [0, 2 ** -30, -(2 ** -30), 2 ** -45, -(2 ** -45)][i % 5]!;
      const x = (rand() < 0.5 ? -1 : 1) * tie * (1 + nudge);
      if (!Object.is(fromHalfBits(toHalfBitsSoft(x)), referenceRound(x))) bad.push(x);
    }
    expect(bad).toEqual([]);
  });

  it('array helpers: same bits as the scalar codec, subarrays convert their own elements, lengths must match', () => {
    const x = Float32Array.from([1, -2, 65504, 2 ** -24, 1e6, 0.1, 1 + 2 ** -11]); // n = 7, odd
    const h = encodeF16(x);
    expect(Array.from(h, hex)).toEqual(['0x3c00', '0xc000', '0x7bff', '0x0001', '0x7c00', '0x2e66', '0x3c00']);
    expect(Array.from(decodeF16(h))).toEqual([1, -2, 65504, 2 ** -24, Infinity, fromHalfBits(0x2e66), 1]);
    expect(roundToF16(x)).toEqual(decodeF16(h));
    expect(Array.from(encodeF16([1 + 2 ** -11 + 2 ** -40]), hex)).toEqual(['0x3c01']); // plain numbers: no f32 step

    const sub = Float32Array.from([7, 1, 2]).subarray(1);
    expect(Array.from(encodeF16(sub), hex)).toEqual(['0x3c00', '0x4000']);
    const dst = new Uint16Array(4);
    encodeF16Into(sub, dst.subarray(1, 3));
    expect(Array.from(dst, hex)).toEqual(['0x0000', '0x3c00', '0x4000', '0x0000']);
    const out = new Float32Array(3);
    decodeF16Into(dst.subarray(1, 3), out.subarray(1));
    expect(Array.from(out)).toEqual([0, 1, 2]);

    expect(() => encodeF16Into(x, new Uint16Array(6))).toThrow(RangeError);
    expect(() => decodeF16Into(h, new Float32Array(8))).toThrow(RangeError);
  });
});
