import { describe, expect, it } from 'vitest';
import { decodeSpan, decodeTail, encodeSpan, encodeTail, spanPayloadBytes } from '../../../src/storage/span-codec.ts';
import { CorruptSpanError, StorageInputError } from '../../../src/storage/errors.ts';
import type { TreeLayout } from '../../../src/storage/records.ts';
import { makeSpan, makeTail } from './helpers.ts';

const D = 8;

describe('span codec', () => {
  it('payload sizes follow the documented layout', () => {
    expect(spanPayloadBytes({ d: 512, dtype: 'f32', tokenWidth: 4 })).toBe(1024 * 4 + 33 * 512 * 4);
    expect(spanPayloadBytes({ d: 512, dtype: 'f16', tokenWidth: 2 })).toBe(1024 * 2 + 33 * 512 * 2);
  });

  for (const layout of [
    { d: D, dtype: 'f32', tokenWidth: 4 },
    { d: D, dtype: 'f32', tokenWidth: 2 },
    { d: D, dtype: 'f16', tokenWidth: 2 },
  ] as TreeLayout[]) {
    it(`round-trips a span (${layout.dtype}, u${layout.tokenWidth * 8})`, () => {
      const span = makeSpan(3, D, 60_000);
      const rec = encodeSpan('t', layout, span);
      const back = decodeSpan('t', rec);
      expect(Array.from(back.tokenIds)).toEqual(Array.from(span.tokenIds));
      const tol = layout.dtype === 'f16' ? 2 ** -11 : 0;
      for (let i = 0; i < span.lod1.length; i++)
        expect(Math.abs(back.lod1[i]! - span.lod1[i]!)).toBeLessThanOrEqual(tol);
      // re-encoding decoded data gives the same bytes (f16 is lossy once, then stable)
      const again = encodeSpan('t', layout, { ...span, tokenIds: back.tokenIds, lod1: back.lod1, lod2: back.lod2 });
      expect(new Uint8Array(again.payload)).toEqual(new Uint8Array(rec.payload));
      expect(again.checksum).toBe(rec.checksum);
    });
  }

  it('a relabelled record (other index or gister) fails its checksum', () => {
    const layout: TreeLayout = { d: D, dtype: 'f32', tokenWidth: 4 };
    const rec = encodeSpan('t', layout, makeSpan(0, D));
    expect(() => decodeSpan('t', { ...rec, spanIndex: 1 })).toThrow(CorruptSpanError);
    expect(() => decodeSpan('t', { ...rec, gisterVersion: 'other' })).toThrow(/checksum mismatch/);
    expect(() => decodeSpan('t', { ...rec, payload: rec.payload.slice(0, 100) })).toThrow(/payload is 100 bytes/);
    expect(() => decodeSpan('t', { ...rec, dtype: 'bf16' as 'f32' })).toThrow(/unknown dtype/);
  });

  it('rejects ids that do not fit the token width', () => {
    const span = makeSpan(0, D);
    span.tokenIds = Uint32Array.from(span.tokenIds, (_, i) => (i === 5 ? 70_000 : 1));
    expect(() => encodeSpan('t', { d: D, dtype: 'f32', tokenWidth: 2 }, span)).toThrow(StorageInputError);
  });

  it('tails: odd token counts are padded, gists follow aligned', () => {
    const layout: TreeLayout = { d: D, dtype: 'f16', tokenWidth: 2 };
    const tail = makeTail(4, 65, D);
    const back = decodeTail('t', encodeTail('t', layout, tail));
    expect(Array.from(back.tokenIds)).toEqual(Array.from(tail.tokenIds));
    expect(back.lod1.length).toBe(2 * D);
    expect(() => encodeTail('t', layout, makeTail(4, 40, D, 2))).toThrow(/complete blocks/);
  });
});
