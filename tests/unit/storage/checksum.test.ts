import { describe, expect, it } from 'vitest';
import { crc32, crc32Update } from '../../../src/storage/checksum.ts';

function reference(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('slice-by-8 equals the bitwise reference for every length 0..40 and chains', () => {
    const data = new Uint8Array(40).map((_, i) => (i * 37 + 11) & 0xff);
    for (let n = 0; n <= 40; n++) expect(crc32(data.subarray(0, n))).toBe(reference(data.subarray(0, n)));
    for (let cut = 0; cut <= 40; cut++)
      expect(crc32Update(crc32(data.subarray(0, cut)), data.subarray(cut))).toBe(reference(data));
  });

  it('detects a single flipped bit', () => {
    const data = new Uint8Array(70_000).map((_, i) => i & 0xff);
    const before = crc32(data);
    data[12345] = data[12345]! ^ 0x04;
    expect(crc32(data)).not.toBe(before);
  });
});
