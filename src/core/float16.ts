// IEEE 754 binary16 ("f16"), the project's one codec (seed: MegaContext tree storage — gists may be
// kept in f16 to halve their bytes; the same bits are the f16 embedding tables of hub models, the
// packed f16 storage the WebGPU kernels widen with unpack2x16float, and float16 ONNX tensors).
//
// Behaviour, the same on every path and pinned by tests/unit/core/float16.test.ts (fallback) and
// tests/gpu/float16-native.gpu.test.ts (native vs fallback in Chromium):
//  - encoding rounds the number (a double) straight to the nearest binary16, ties to even — what
//    Math.f16round and Float16Array do; there is no intermediate rounding to f32;
//  - subnormals are kept (smallest 2^-24); below 2^-25 the value rounds to ±0; ±0 keeps its sign;
//  - overflow rounds to ±Infinity (65520 and above, as IEEE rounding does); ±Infinity stays;
//  - NaN encodes as the quiet NaN 0x7e00 with the sign bit of the input (payload dropped). V8's
//    Float16Array usually writes that, but not always: a NaN read from an f32 with a payload can
//    keep part of it (0x7fa00000 gave 0x7f00 in one run and 0x7e00 in another, by JIT tier), so
//    the native paths canonicalize NaN too and stored bytes never depend on the path;
//  - decoding is exact (every binary16 value is an f32 and a double); every NaN pattern decodes to NaN.
// Native: Float16Array / Math.f16round where the engine has them (Chromium ≥ 135, Node ≥ 24); the
// array helpers then convert in native code (~20× faster on 1M-token trees). Fallback (Node 20):
// bit manipulation below, exported as `toHalfBitsSoft` so tests can compare the two.

const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);

/** binary16 bits of the f32 whose bit pattern is `bits` (round to nearest, ties to even). */
function halfBitsOfF32Bits(bits: number): number {
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff; // biased by 127
  const mant = bits & 0x7fffff;
  if (exp === 0xff) return mant !== 0 ? sign | 0x7e00 : sign | 0x7c00; // NaN (canonical quiet) / ±Infinity
  const e = exp - 112; // re-biased exponent: f32 bias 127, f16 bias 15
  if (e >= 0x1f) return sign | 0x7c00; // too large: overflow to ±Infinity
  if (e <= 0) {
    // A half subnormal (or zero). The value is M · 2^(exp−150) with the implicit bit in M, and a
    // subnormal half is m · 2^-24, so m = M >> (14 − e); below 2^-25 everything rounds to zero.
    if (e < -10) return sign;
    const full = mant | 0x800000;
    const shift = 14 - e; // 14 … 24
    const kept = full >>> shift;
    const rest = full & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    const rounded = rest > halfway || (rest === halfway && (kept & 1) === 1) ? kept + 1 : kept;
    return sign | rounded; // a carry into bit 10 is the smallest normal, as it should be
  }
  const kept = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  // A carry out of the mantissa bumps the exponent, and out of the top exponent yields Infinity.
  const rounded = rest > 0x1000 || (rest === 0x1000 && (kept & 1) === 1) ? kept + 1 : kept;
  return sign | rounded;
}

/**
 * binary16 bits of `value` without the engine's Float16Array (the fallback; exported for tests).
 * The double is first rounded to f32 *to odd* (when inexact, the f32 neighbour with an odd last bit),
 * which keeps the second rounding, f32 → f16, correct: f32 has 13 more bits than f16, and round-to-odd
 * with ≥ 2 extra bits never creates or hides a tie (Boldo & Melquiond 2008).
 */
export function toHalfBitsSoft(value: number): number {
  scratchF32[0] = value;
  let bits = scratchU32[0]!;
  const rounded = scratchF32[0]!;
  if (rounded !== value && Number.isFinite(rounded) && (bits & 1) === 0) {
    bits += Math.abs(value) > Math.abs(rounded) ? 1 : -1; // step toward `value`: the odd neighbour
  }
  return halfBitsOfF32Bits(bits);
}

/** The number a binary16 bit pattern stands for (exact). */
export function fromHalfBits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >>> 10) & 0x1f;
  const mant = bits & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24; // subnormal and ±0
  if (exp === 0x1f) return mant !== 0 ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

interface Float16View extends ArrayLike<number> {
  [index: number]: number;
  set(source: ArrayLike<number>): void;
}
interface Float16Ctor {
  new (length: number): Float16View;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): Float16View;
}
const NativeFloat16 = (globalThis as { Float16Array?: Float16Ctor }).Float16Array;
const nativeRound = (Math as { f16round?: (x: number) => number }).f16round;

/** True when this engine has Float16Array, so the array helpers convert natively. */
export const hasNativeFloat16 = NativeFloat16 !== undefined;

const nativeScratch = NativeFloat16 ? new NativeFloat16(1) : null;
const nativeScratchBits = nativeScratch
  ? new Uint16Array((nativeScratch as unknown as { buffer: ArrayBuffer }).buffer)
  : null;

/** binary16 bits (0 … 0xffff) of `value`, rounded to nearest, ties to even. */
export function toHalfBits(value: number): number {
  if (nativeScratch === null || value !== value) return toHalfBitsSoft(value); // NaN: canonical bits
  nativeScratch[0] = value;
  return nativeScratchBits![0]!;
}

/** `value` rounded to the nearest binary16 value (Math.f16round where the engine has it). */
export function roundToHalf(value: number): number {
  return nativeRound ? nativeRound(value) : fromHalfBits(toHalfBitsSoft(value));
}

let decodeTable: Float32Array | null = null;

/** All 65,536 binary16 values as f32 (256 KiB, built on first use by the fallback decoder). */
function table(): Float32Array {
  if (decodeTable === null) {
    const t = new Float32Array(65536);
    for (let h = 0; h < 65536; h++) t[h] = fromHalfBits(h);
    decodeTable = t;
  }
  return decodeTable;
}

/** (n) numbers → (n) binary16 bits written into `dst` (same length). */
export function encodeF16Into(src: ArrayLike<number>, dst: Uint16Array): void {
  if (dst.length !== src.length) throw new RangeError(`encodeF16Into: length ${src.length} vs ${dst.length}`);
  if (NativeFloat16) {
    new NativeFloat16(dst.buffer, dst.byteOffset, dst.length).set(src);
    // Any NaN the engine wrote with a payload becomes the canonical quiet NaN, sign kept.
    for (let i = 0; i < dst.length; i++) {
      const h = dst[i]!;
      if ((h & 0x7c00) === 0x7c00 && (h & 0x03ff) !== 0) dst[i] = (h & 0x8000) | 0x7e00;
    }
    return;
  }
  for (let i = 0; i < src.length; i++) dst[i] = toHalfBitsSoft(src[i]!);
}

/**
 * (n) numbers → (n) binary16 bits: the bytes of a Float16Array, of a WGSL `array<f16>` (two per u32
 * word, little-endian, element i in the low half when i is even) and of a float16 ONNX tensor.
 */
export function encodeF16(src: ArrayLike<number>): Uint16Array {
  const out = new Uint16Array(src.length);
  encodeF16Into(src, out);
  return out;
}

/** (n) binary16 bits → (n) f32 written into `dst` (same length); exact. */
export function decodeF16Into(src: Uint16Array, dst: Float32Array): void {
  if (dst.length !== src.length) throw new RangeError(`decodeF16Into: length ${src.length} vs ${dst.length}`);
  if (NativeFloat16) {
    dst.set(new NativeFloat16(src.buffer, src.byteOffset, src.length));
    return;
  }
  const t = table();
  for (let i = 0; i < src.length; i++) dst[i] = t[src[i]!]!;
}

/** (n) binary16 bits → (n) f32 (exact). */
export function decodeF16(src: Uint16Array): Float32Array {
  const out = new Float32Array(src.length);
  decodeF16Into(src, out);
  return out;
}

/** (n) values rounded through binary16, as f32: what an f16-storage kernel sees (CPU references). */
export function roundToF16(data: ArrayLike<number>): Float32Array {
  return decodeF16(encodeF16(data));
}
