import { describe, expect, it } from 'vitest';
import { decodeF16, encodeF16, fromHalfBits, toHalfBits } from '../../../src/storage/float16.ts';

describe('float16 codec', () => {
  it('encodes known values exactly', () => {
    const cases: [number, number][] = [
      [0, 0x0000], [-0, 0x8000], [1, 0x3c00], [-2, 0xc000], [0.5, 0x3800], [65504, 0x7bff],
      [2 ** -14, 0x0400], [2 ** -24, 0x0001], [2 ** -24 * 1023, 0x03ff], [Infinity, 0x7c00], [-Infinity, 0xfc00],
      [1 / 3, 0x3555], [0.1, 0x2e66],
    ];
    for (const [v, bits] of cases) expect(toHalfBits(v), `value ${v}`).toBe(bits);
    expect(toHalfBits(Number.NaN) & 0x7fff).toBe(0x7e00);
    expect(Object.is(fromHalfBits(0x8000), -0)).toBe(true);
  });

  it('every half value survives decode → encode bit-for-bit (NaNs stay NaN)', () => {
    const bad: number[] = [];
    for (let h = 0; h < 65536; h++) {
      const v = fromHalfBits(h);
      const ok = Number.isNaN(v) ? Number.isNaN(fromHalfBits(toHalfBits(v))) : toHalfBits(v) === h;
      if (!ok) bad.push(h);
    }
    expect(bad).toEqual([]);
  });

  it('rounds to nearest, ties to even (normal and subnormal)', () => {
    // 1 + 2^-11 is halfway between 1 (even mantissa) and 1 + 2^-10: ties go to 1.
    expect(toHalfBits(1 + 2 ** -11)).toBe(0x3c00);
    // 1 + 3·2^-11 is halfway between 1+2^-10 (odd) and 1+2^-9 (even): goes up.
    expect(toHalfBits(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(toHalfBits(1 + 2 ** -11 + 2 ** -20)).toBe(0x3c01); // just above halfway: up
    expect(toHalfBits(2 ** -25)).toBe(0x0000); // halfway between 0 and the smallest subnormal: even = 0
    expect(toHalfBits(2 ** -25 * 1.0001)).toBe(0x0001);
    expect(toHalfBits(3 * 2 ** -25)).toBe(0x0002); // halfway between 1 and 2 subnormal units: even = 2
    expect(toHalfBits(65520)).toBe(0x7c00); // halfway between max and 2^16: rounds to even = Infinity
    expect(toHalfBits(65519)).toBe(0x7bff);
    expect(toHalfBits(2 ** -14 - 2 ** -25)).toBe(0x0400); // largest subnormal + half ulp: ties to even → smallest normal
  });

  it('is the nearest representable value for random inputs', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const bad: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const v = Math.fround((rand() * 2 - 1) * 2 ** Math.floor(rand() * 40 - 26));
      const h = toHalfBits(v);
      const err = Math.abs(fromHalfBits(h) - v);
      const below = fromHalfBits((h & 0x7fff) !== 0 ? h - 1 : h);
      const above = fromHalfBits((h & 0x7fff) < 0x7bff ? h + 1 : h);
      if (err > Math.abs(below - v) || err > Math.abs(above - v)) bad.push(v);
    }
    expect(bad).toEqual([]);
  });

  it('array helpers agree with the scalar codec', () => {
    const src = new Float32Array([0, 1, -1.5, 3.14159, 1e-6, 7e4]);
    const round = decodeF16(encodeF16(src));
    for (let i = 0; i < src.length; i++) expect(round[i]).toBe(fromHalfBits(toHalfBits(src[i]!)));
  });
});
