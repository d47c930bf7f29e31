// f16 storage conversion (src/gpu/f16.ts): f32 → binary16 bits with round-to-nearest-even, checked
// against known bit patterns, every f16 value round-tripped, and "nearest" checked on random f32s.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { f16BitsToF32, f32ToF16Bits, fromF16, roundToF16, storageBytes, storagePrelude, toF16 } from '../../src/gpu/f16';

const hex = (h: number) => `0x${h.toString(16).padStart(4, '0')}`;

describe('f32 → f16 bits', () => {
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
    ['65519 rounds down to 65504', 65519, 0x7bff],
    ['65520 (tie, odd 0x7bff) rounds up to Inf', 65520, 0x7c00],
    ['tie 1 + 2^-11 → even 1', 1 + 2 ** -11, 0x3c00],
    ['tie 1 + 3·2^-11 → even 1 + 2^-9', 1 + 3 * 2 ** -11, 0x3c02],
    ['just above a tie rounds up', 1 + 2 ** -11 + 2 ** -20, 0x3c01],
    ['subnormal tie 2^-25 → 0', 2 ** -25, 0x0000],
    ['subnormal tie 3·2^-25 → even 2·2^-24', 3 * 2 ** -25, 0x0002],
    ['subnormal tie 5·2^-25 → even 2·2^-24', 5 * 2 ** -25, 0x0002],
    ['just above 2^-25 → smallest subnormal', 2 ** -25 * (1 + 2 ** -23), 0x0001],
    ['below half the smallest subnormal → -0', -(2 ** -26), 0x8000],
    ['largest subnormal + ½ulp (tie, odd) → smallest normal', 1023.5 * 2 ** -24, 0x0400],
    ['f32 subnormal → 0', 1e-40, 0x0000],
    ['1/3', 1 / 3, 0x3555],
    ['0.1', 0.1, 0x2e66],
  ])('%s', (_name, x, want) => {
    expect(hex(f32ToF16Bits(x))).toBe(hex(want));
  });

  it('NaN stays NaN (exponent all ones, mantissa non-zero), sign kept', () => {
    for (const bits of [0x7fc00000, 0x7f800001, 0xffc00000, 0x7fa00000]) {
      const h = f32ToF16Bits(new Float32Array(new Uint32Array([bits]).buffer)[0]!);
      expect(h & 0x7c00).toBe(0x7c00);
      expect(h & 0x03ff).not.toBe(0);
      expect(Number.isNaN(f16BitsToF32(h))).toBe(true);
    }
    const negNaN = new Float32Array(new Uint32Array([0xffc00000]).buffer)[0]!;
    expect(f32ToF16Bits(negNaN) & 0x8000).toBe(0x8000);
  });

  it('every f16 bit pattern round-trips through its f32 value (NaNs excepted)', () => {
    for (let h = 0; h < 0x10000; h++) {
      const v = f16BitsToF32(h);
      if (Number.isNaN(v)) continue;
      if (f32ToF16Bits(v) !== h) throw new Error(`${hex(h)} → ${v} → ${hex(f32ToF16Bits(v))}`);
    }
  });

  it('f16 → f32 decodes known patterns', () => {
    expect(f16BitsToF32(0x3c00)).toBe(1);
    expect(f16BitsToF32(0x7bff)).toBe(65504);
    expect(f16BitsToF32(0x0001)).toBe(2 ** -24);
    expect(f16BitsToF32(0xfc00)).toBe(-Infinity);
    expect(Object.is(f16BitsToF32(0x8000), -0)).toBe(true);
  });

  it('picks the nearest f16 (ties to the even mantissa) for random finite f32 in range', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, noDefaultInfinity: true, min: -65504, max: 65504 }), (x) => {
        const h = f32ToF16Bits(x);
        const v = f16BitsToF32(h);
        const err = Math.abs(v - x);
        // the finite neighbours one ulp either side in magnitude, same sign
        for (const n of [h + 1, h - 1]) {
          if ((n & 0x8000) !== (h & 0x8000) || (n & 0x7fff) > 0x7bff) continue;
          const other = Math.abs(f16BitsToF32(n) - x);
          expect(err).toBeLessThanOrEqual(other);
          if (err === other && x !== 0) expect(h & 1).toBe(0);
        }
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('packed arrays', () => {
  it('toF16 / fromF16 / roundToF16 on an odd-length array (the layout of array<f16>)', () => {
    const x = Float32Array.from([1, -2, 65504, 2 ** -24, 1e6, 0.1, 1 + 2 ** -11]); // n = 7
    const h = toF16(x);
    expect(Array.from(h, hex)).toEqual(['0x3c00', '0xc000', '0x7bff', '0x0001', '0x7c00', '0x2e66', '0x3c00']);
    expect(Array.from(fromF16(h))).toEqual([1, -2, 65504, 2 ** -24, Infinity, f16BitsToF32(0x2e66), 1]);
    expect(roundToF16(x)).toEqual(fromF16(h));
    // little-endian pairs: word k = h[2k] | h[2k+1] << 16
    const words = new Uint32Array(h.buffer, 0, 3);
    expect(words[0]).toBe((0x3c00 | (0xc000 << 16)) >>> 0);
  });

  it('a subarray (non-zero byteOffset) converts its own elements', () => {
    const x = Float32Array.from([7, 1, 2]).subarray(1);
    expect(Array.from(toF16(x), hex)).toEqual(['0x3c00', '0x4000']);
  });

  it('storageBytes pads packed f16 to whole 4-byte words', () => {
    expect(storageBytes(7, 'f32')).toBe(28);
    expect(storageBytes(7, 'f16')).toBe(16);
    expect(storageBytes(8, 'f16')).toBe(16);
    expect(storageBytes(1, 'f16')).toBe(4);
  });

  it('storagePrelude declares the word alias and loader for each storage', () => {
    const p = storagePrelude({ table: 'f16', gists: 'f32' });
    expect(p).toContain('alias table_word = u32;');
    expect(p).toContain('unpack2x16float(table[i >> 1u])[i & 1u]');
    expect(p).toContain('alias gists_word = f32;');
    expect(p).toContain('fn load_gists(i: u32) -> f32 { return gists[i]; }');
  });
});
