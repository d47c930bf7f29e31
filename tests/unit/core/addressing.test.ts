import { describe, expect, it } from 'vitest';
import {
  AddressError,
  addressKey,
  blockCount,
  childrenOf,
  entrySpan,
  groupStart,
  nodeAtToken,
  nodeCount,
  nodeSpan,
  parentOf,
} from '../../../src/core/index.ts';

const K = 32;

describe('addressing', () => {
  it('tree node spans are [i·K^ℓ, (i+1)·K^ℓ)', () => {
    expect(nodeSpan(K, 0, 5, 100)).toEqual({ start: 5, end: 6 });
    expect(nodeSpan(K, 1, 2, 100)).toEqual({ start: 64, end: 96 });
    expect(nodeSpan(K, 2, 1, 3000)).toEqual({ start: 1024, end: 2048 });
    expect(nodeSpan(K, 3, 0, 32768)).toEqual({ start: 0, end: 32768 });
  });

  it('incomplete nodes do not exist (the tail stays LOD0)', () => {
    expect(() => nodeSpan(K, 1, 3, 100)).toThrow(AddressError); // tokens 96..99 are the tail
    expect(() => nodeSpan(K, 2, 0, 1023)).toThrow(/only complete nodes are gisted/);
  });

  it('WC LOD0 entries are blocks; the tail block is short', () => {
    expect(entrySpan(K, 0, 0, 100)).toEqual({ start: 0, end: 32 });
    expect(entrySpan(K, 0, 3, 100)).toEqual({ start: 96, end: 100 });
    expect(() => entrySpan(K, 0, 4, 100)).toThrow(AddressError);
    expect(entrySpan(K, 1, 3, 128)).toEqual({ start: 96, end: 128 });
  });

  it('counts: 100k tokens → 3,125 LOD1 and 97 LOD2; 1M → 31,250 and 976', () => {
    expect(nodeCount(K, 1, 100_000)).toBe(3125);
    expect(nodeCount(K, 2, 100_000)).toBe(97);
    expect(nodeCount(K, 1, 1_000_000)).toBe(31_250);
    expect(nodeCount(K, 2, 1_000_000)).toBe(976);
    expect(blockCount(K, 100)).toBe(4);
    expect(blockCount(K, 96)).toBe(3);
  });

  it('parent/children round-trip in WC-entry terms', () => {
    expect(parentOf(K, { level: 0, index: 7 })).toEqual({ level: 1, index: 7 });
    expect(parentOf(K, { level: 1, index: 70 })).toEqual({ level: 2, index: 2 });
    expect(childrenOf(K, { level: 1, index: 7 })).toEqual([{ level: 0, index: 7 }]);
    const ch = childrenOf(K, { level: 2, index: 2 });
    expect(ch).toHaveLength(32);
    expect(ch[0]).toEqual({ level: 1, index: 64 });
    expect(ch[31]).toEqual({ level: 1, index: 95 });
    for (const c of ch) expect(parentOf(K, c)).toEqual({ level: 2, index: 2 });
    expect(childrenOf(K, { level: 0, index: 1 })).toEqual([]);
    expect(groupStart(K, { level: 1, index: 70 })).toEqual({ level: 1, index: 64 });
    expect(nodeAtToken(K, 2, 2047)).toBe(1);
    expect(addressKey({ level: 2, index: 9 })).toBe('2:9');
  });

  it('rejects malformed addresses', () => {
    expect(() => parentOf(K, { level: -1, index: 0 })).toThrow(AddressError);
    expect(() => nodeSpan(K, 1, 0.5, 100)).toThrow(AddressError);
  });
});
