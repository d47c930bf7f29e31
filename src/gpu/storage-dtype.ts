// Storage dtype of a kernel input (issue 6 "f16 variants"): f32, or IEEE binary16 packed two per u32
// word, little-endian — exactly the bytes of a WGSL `array<f16>` or a JS Float16Array — widened to
// f32 in the shader with the core builtin `unpack2x16float`, so it works on every WebGPU device (no
// `shader-f16`). Element i lives in word i >> 1, low half when i is even; an odd element count
// leaves the last word half used (buffers are padded to 4 bytes, as storage bindings require).
// This file: buffer sizes and the WGSL prelude that defines `load_<name>(i) -> f32` for either
// storage. The host-side f32 ↔ f16 conversion is the project's one codec, src/core/float16.ts.

/** How a kernel input is stored: 4-byte f32, or packed f16 (2 bytes, widened to f32 on load). */
export type StorageDtype = 'f32' | 'f16';

export const STORAGE_DTYPES: readonly StorageDtype[] = ['f32', 'f16'];

/** Bytes a buffer needs for `count` elements: 4 each as f32, 2 each as f16 padded to a 4-byte word. */
export function storageBytes(count: number, storage: StorageDtype): number {
  return storage === 'f32' ? count * 4 : Math.ceil(count / 2) * 4;
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
