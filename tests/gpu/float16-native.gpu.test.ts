// The binary16 codec's native path (src/core/float16.ts) against its fallback, in Chromium, which
// has Float16Array and Math.f16round (Node 20, where the unit tier runs, has neither). No GPU is
// used: this tier is simply where the browser's engine runs. Every bit pattern, NaN inputs,
// random doubles and constructed near-ties must give the same bits on both paths.
import { describe, expect, it } from 'vitest';
import {
  decodeF16,
  encodeF16,
  fromHalfBits,
  hasNativeFloat16,
  roundToHalf,
  toHalfBits,
  toHalfBitsSoft,
} from '../../src/core/float16';

const hex = (h: number) => `0x${h.toString(16).padStart(4, '0')}`;
const f32FromBits = (bits: number) => new Float32Array(new Uint32Array([bits]).buffer)[0]!;

describe('float16: native Float16Array = fallback', () => {
  it('Chromium has Float16Array and Math.f16round, so the codec takes the native path here', () => {
    expect(hasNativeFloat16).toBe(true);
    expect(typeof (Math as { f16round?: unknown }).f16round).toBe('function');
  });

  it('all 65,536 patterns decode to the same values and re-encode to the same bits on both paths', () => {
    const all = new Uint16Array(0x10000).map((_, h) => h);
    const decoded = decodeF16(all); // native
    const bad: string[] = [];
    for (let h = 0; h < 0x10000; h++) {
      const v = fromHalfBits(h);
      if (!(Object.is(decoded[h], v) || (Number.isNaN(v) && Number.isNaN(decoded[h]!)))) bad.push(`decode ${hex(h)}`);
      if (!Number.isNaN(v) && toHalfBits(v) !== toHalfBitsSoft(v)) bad.push(`encode ${hex(h)}`);
    }
    const native = encodeF16(decoded);
    for (let h = 0; h < 0x10000; h++)
      if (native[h] !== toHalfBitsSoft(decoded[h]!))
        bad.push(`array ${hex(h)}: ${hex(native[h]!)} vs ${hex(toHalfBitsSoft(decoded[h]!))}`);
    expect(bad).toEqual([]);
  });

  it('NaN inputs: both paths write 0x7e00 with the sign of the input', () => {
    const inputs = [Number.NaN, ...[0x7fc00000, 0x7f800001, 0x7fa00000, 0xffc00000, 0xff800001].map(f32FromBits)];
    expect(inputs.map((x) => hex(toHalfBits(x)))).toEqual(inputs.map((x) => hex(toHalfBitsSoft(x))));
    expect(Array.from(encodeF16(Float32Array.from(inputs)), hex)).toEqual([
      '0x7e00',
      '0x7e00',
      '0x7e00',
      '0x7e00',
      '0xfe00',
      '0xfe00',
    ]);
  });

  it('random doubles, f32 values and near-ties round identically (Math.f16round included)', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const xs: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      const E = Math.floor(rand() * 34) - 17;
      const kind = i % 3;
      if (kind === 0)
        xs.push((rand() * 2 - 1) * 2 ** E); // any double
      else if (kind === 1)
        xs.push(Math.fround((rand() * 2 - 1) * 2 ** E)); // an f32
      else
        xs.push(
          (2 * Math.floor(rand() * 2048) + 1) * 2 ** (E - 11) * (1 + [0, 2 ** -30, -(2 ** -30), 2 ** -45][i % 4]!),
        ); // near a tie
    }
    const bad: string[] = [];
    for (const x of xs) {
      const want = toHalfBitsSoft(x);
      if (toHalfBits(x) !== want) bad.push(`${x}: native ${hex(toHalfBits(x))} vs fallback ${hex(want)}`);
      if (!Object.is(roundToHalf(x), fromHalfBits(want))) bad.push(`${x}: f16round ${roundToHalf(x)}`);
    }
    const native = encodeF16(xs);
    xs.forEach((x, i) => {
      if (native[i] !== toHalfBitsSoft(x)) bad.push(`array ${x}`);
    });
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
