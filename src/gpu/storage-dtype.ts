// f16 storage (issue 6 "f16 variants"): tensors kept as IEEE binary16, two per u32 word, little-endian
// — exactly the bytes of a WGSL `array<f16>` or a JS Float16Array — and widened to f32 in the shader
// with the core builtin `unpack2x16float`, so it works on every WebGPU device (no `shader-f16`).
// Element i lives in word i >> 1, low half when i is even; an odd element count leaves the last
// word half used (buffers are padded to 4 bytes, as storage bindings require).
// Host side: f32 ↔ f16 conversion (round to nearest, ties to even; subnormals, ±Inf, NaN; overflow
// → ±Inf) and the WGSL prelude that defines `load_<name>(i) -> f32` for either storage.

/** How a kernel input is stored: 4-byte f32, or packed f16 (2 bytes, widened to f32 on load). */
export type StorageDtype = 'f32' | 'f16';

export const STORAGE_DTYPES: readonly StorageDtype[] = ['f32', 'f16'];

/** Bytes a buffer needs for `count` elements: 4 each as f32, 2 each as f16 padded to a 4-byte word. */
export function storageBytes(count: number, storage: StorageDtype): number {
  return storage === 'f32' ? count * 4 : Math.ceil(count / 2) * 4;
}

/** binary16 bits of the f32 bit pattern `bits` (round to nearest, ties to even). */
export function f32BitsToF16Bits(bits: number): number {
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff; // biased by 127
  const mant = bits & 0x7fffff;
  if (exp === 0xff) return mant === 0 ? sign | 0x7c00 : sign | 0x7e00 | (mant >>> 13); // ±Inf; NaN stays a (quiet) NaN
  const e = exp - 127 + 15; // exponent re-biased for f16
  if (e >= 0x1f) return sign | 0x7c00; // too large for f16: ±Inf
  if (e <= 0) {
    // f16 subnormal (m · 2^-24) or zero. With the implicit bit, the value is M · 2^(exp−150),
    // so m = M / 2^(14 − e); below half the smallest subnormal (2^-25) it rounds to ±0.
    if (e < -10) return sign;
    const M = mant | 0x800000;
    const shift = 14 - e; // 14 … 24
    let m = M >>> shift;
    const rem = M & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    if (rem > half || (rem === half && (m & 1) === 1)) m++; // m = 1024 is the smallest normal: still right
    return sign | m;
  }
  let h = sign | (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && (h & 1) === 1)) h++; // a carry into the exponent is right (up to Inf)
  return h;
}

const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);

/** binary16 bits of `x` after rounding it to f32 (the value a Float32Array would hold). */
export function f32ToF16Bits(x: number): number {
  scratchF32[0] = x;
  return f32BitsToF16Bits(scratchU32[0]!);
}

/** The value of binary16 bits `h` (exact in f32 and f64). */
export function f16BitsToF32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 0x1f) return m === 0 ? sign * Infinity : Number.NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/** (n) f32 → (n) packed binary16 bits, the byte layout of array<f16> / Float16Array. */
export function toF16(data: Float32Array): Uint16Array {
  const bits = new Uint32Array(data.buffer, data.byteOffset, data.length); // a Float32Array is 4-byte aligned
  const out = new Uint16Array(data.length);
  for (let i = 0; i < out.length; i++) out[i] = f32BitsToF16Bits(bits[i]!);
  return out;
}

/** (n) binary16 bits → (n) f32 values (the inverse of toF16, exact). */
export function fromF16(half: Uint16Array): Float32Array {
  const out = new Float32Array(half.length);
  for (let i = 0; i < out.length; i++) out[i] = f16BitsToF32(half[i]!);
  return out;
}

/** `data` rounded through f16 (what an f16-storage kernel sees): the input of the CPU references. */
export function roundToF16(data: Float32Array): Float32Array {
  return fromF16(toF16(data));
}

/**
 * WGSL prelude for storage bindings: for each `name`, an alias `<name>_word` (the element type the
 * kernel declares its binding with: `var<storage, read> name: array<name_word>`) and a loader
 * `load_<name>(i: u32) -> f32` returning element i. WGSL module-scope declarations may appear in
 * any order, so the prelude can precede the binding it reads.
 */
export function storagePrelude(bindings: Record<string, StorageDtype>): string {
  return Object.entries(bindings)
    .map(([name, storage]) =>
      storage === 'f32'
        ? `alias ${name}_word = f32; // f32 storage\nfn load_${name}(i: u32) -> f32 { return ${name}[i]; }`
        : `alias ${name}_word = u32; // f16 storage: two per word, element i in half (i & 1) of word i >> 1\n` +
          `fn load_${name}(i: u32) -> f32 { return unpack2x16float(${name}[i >> 1u])[i & 1u]; }`,
    )
    .join('\n');
}

/** Throws a RangeError unless `storage` is 'f32' or 'f16' (option objects come from untyped callers too). */
export function validateStorage(kernel: string, storage: unknown): StorageDtype {
  if (storage === 'f32' || storage === 'f16') return storage;
  throw new RangeError(`${kernel}: storage ${String(storage)} must be one of ${STORAGE_DTYPES.join(', ')}`);
}
