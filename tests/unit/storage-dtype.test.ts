// GPU storage dtypes (src/gpu/storage-dtype.ts): buffer sizes of packed f16 and the WGSL prelude.
// The f32 ↔ f16 codec itself is tested in tests/unit/core/float16.test.ts.
import { describe, expect, it } from 'vitest';
import { storageBytes, storagePrelude, validateStorage } from '../../src/gpu/storage-dtype';
import { encodeF16 } from '../../src/core/float16';

describe('packed f16 storage', () => {
  it('the bytes of an odd-length array are little-endian pairs (the layout of array<f16>)', () => {
    const h = encodeF16(Float32Array.from([1, -2, 65504]));
    const words = new Uint32Array(h.buffer, 0, 1);
    expect(words[0]).toBe((0x3c00 | (0xc000 << 16)) >>> 0);
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

  it('validateStorage accepts f32 / f16 and names anything else', () => {
    expect(validateStorage('gather', 'f16')).toBe('f16');
    expect(() => validateStorage('gather', 'bf16')).toThrow(/gather: storage bf16 must be one of f32, f16/);
  });
});
