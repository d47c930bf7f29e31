import { describe, expect, it } from 'vitest';
import {
  checkDecoderContract,
  DecoderContractError,
  pastKey,
  pastValue,
  presentKey,
  presentValue,
} from '../../src/models/decoder/decoder-spec';
import { KvCache } from '../../src/models/decoder/kv-cache';

const dims = { numLayers: 2, numKvHeads: 2, headDim: 3, hiddenSize: 8, vocabSize: 10 };
const ins = ['inputs_embeds', 'attention_mask', 'position_ids', pastKey(0), pastValue(0), pastKey(1), pastValue(1)];
const outs = ['logits', presentKey(0), presentValue(0), presentKey(1), presentValue(1)];

describe('decoder contract', () => {
  it('accepts a graph with the expected names', () => {
    const s = checkDecoderContract(dims, ins, outs);
    expect(s).toMatchObject({ hasNumLogitsToKeep: false, hasAttentionMask: true, hasPositionIds: true });
    expect(checkDecoderContract(dims, [...ins, 'num_logits_to_keep'], outs).hasNumLogitsToKeep).toBe(true);
  });

  it('names what is missing and hints at graph surgery for input_ids graphs', () => {
    const bad = ['input_ids', ...ins.slice(1)];
    const err = (() => {
      try {
        checkDecoderContract(dims, bad, outs.slice(0, 3));
      } catch (e) {
        return e as DecoderContractError;
      }
    })();
    expect(err).toBeInstanceOf(DecoderContractError);
    expect(err!.data.missing).toEqual(['input inputs_embeds', `output ${presentKey(1)}`, `output ${presentValue(1)}`]);
    expect(err!.message).toContain('graph surgery');
  });

  it('rejects a layer-count mismatch', () => {
    expect(() => checkDecoderContract({ ...dims, numLayers: 1 }, ins, outs)).toThrow(/exactly 1 layers/);
  });
});

describe('KvCache', () => {
  it('truncates every head of every layer to a prefix', () => {
    const spec = { numLayers: 2, numKvHeads: 2, headDim: 3 };
    const kv = new KvCache(spec);
    const len = 4;
    // value = layer*1000 + head*100 + pos*10 + j
    const make = (layer: number, off: number) =>
      Float32Array.from({ length: 2 * len * 3 }, (_, i) => {
        const head = Math.floor(i / (len * 3));
        const pos = Math.floor(i / 3) % len;
        return layer * 1000 + head * 100 + pos * 10 + (i % 3) + off;
      });
    kv.replace([make(0, 0), make(1, 0)], [make(0, 0.5), make(1, 0.5)], len);
    kv.truncate(2);
    expect(kv.length).toBe(2);
    expect(Array.from(kv.key(1).data)).toEqual([
      1000, 1001, 1002, 1010, 1011, 1012, 1100, 1101, 1102, 1110, 1111, 1112,
    ]);
    expect(kv.value(0).data[3]).toBe(10.5);
    kv.truncate(5);
    expect(kv.length).toBe(2);
    kv.truncate(0);
    expect(kv.length).toBe(0);
    expect(() =>
      kv.replace([new Float32Array(5), new Float32Array(5)], [new Float32Array(5), new Float32Array(5)], 1),
    ).toThrow(RangeError);
  });
});
