// The gist-aware decoder on a real (tiny, random) ONNX export of the project's base model:
// input_ids ≡ inputs_embeds, graph surgery on the hub layout, KV-prefix reuse ≡ full recompute.
import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { openDecoder } from '../../fixtures/tiny-package';
import { useTinyDecoder } from '../../fixtures/tiny-decoder';
import { rewriteInputIdsToInputsEmbeds } from '../../../src/models/onnx/embedding-surgery';

const tiny = useTinyDecoder();

function embeds(ids: number[]): Float32Array {
  const out = new Float32Array(ids.length * tiny.pkg.dims.hiddenSize); // (T, d)
  tiny.pkg.table.gather(ids, out);
  return out;
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

const ids = Array.from({ length: 40 }, (_, i) => (i * 997 + 13) % 8192);
const positions = Array.from({ length: 40 }, (_, i) => i);

async function runInputIds(bytes: Uint8Array, tokenIds: number[]) {
  const s = await ort.InferenceSession.create(bytes);
  const T = tokenIds.length;
  const { numLayers, numKvHeads, headDim } = tiny.pkg.dims;
  const feeds: Record<string, ort.Tensor> = {
    input_ids: new ort.Tensor('int64', BigInt64Array.from(tokenIds.map(BigInt)), [1, T]),
    attention_mask: new ort.Tensor('int64', new BigInt64Array(T).fill(1n), [1, T]),
    position_ids: new ort.Tensor('int64', BigInt64Array.from(positions.slice(0, T).map(BigInt)), [1, T]),
    num_logits_to_keep: new ort.Tensor('int64', BigInt64Array.of(1n), []),
  };
  for (let l = 0; l < numLayers; l++) {
    for (const kv of ['key', 'value'])
      feeds[`past_key_values.${l}.${kv}`] = new ort.Tensor('float32', new Float32Array(0), [1, numKvHeads, 0, headDim]);
  }
  const out = await s.run(feeds);
  await s.release();
  return out.logits!.data as Float32Array;
}

describe('gist-aware decoder on a real ONNX export', () => {
  it('logits via input_ids equal logits via inputs_embeds', async () => {
    const viaIds = await runInputIds(tiny.pkg.inputIdsDecoderBytes, ids);
    tiny.dec.reset();
    const viaEmbeds = (await tiny.dec.forward(embeds(ids), positions, 1)).logits;
    expect(maxAbsDiff(viaEmbeds, viaIds)).toBeLessThan(1e-4);
  });

  it('graph surgery turns the input_ids export into one that gives the same logits', async () => {
    const r = rewriteInputIdsToInputsEmbeds(tiny.pkg.inputIdsDecoderBytes);
    expect(r.vocabSize).toBe(tiny.pkg.dims.vocabSize);
    expect(r.hiddenSize).toBe(tiny.pkg.dims.hiddenSize);
    expect(maxAbsDiff(r.embeddings, tiny.pkg.table.data)).toBe(0);
    const operated = await openDecoder(tiny.pkg, r.model);
    const a = (await operated.forward(embeds(ids), positions, 1)).logits;
    await operated.release();
    tiny.dec.reset();
    const b = (await tiny.dec.forward(embeds(ids), positions, 1)).logits;
    expect(maxAbsDiff(a, b)).toBeLessThan(1e-5);
  });

  it('KV-prefix reuse after truncation equals a full recompute', async () => {
    const changed = [...ids.slice(0, 25), ...ids.slice(25).map((t) => (t + 1) % 8192)]; // refocus at row 25
    tiny.dec.reset();
    const full = (await tiny.dec.forward(embeds(changed), positions, 3)).logits;
    tiny.dec.reset();
    await tiny.dec.forward(embeds(ids), positions, 1); // cache holds the old 40 rows
    tiny.dec.truncate(25);
    expect(tiny.dec.kv.length).toBe(25);
    const reused = (await tiny.dec.forward(embeds(changed.slice(25)), positions.slice(25), 3)).logits;
    expect(tiny.dec.kv.length).toBe(40);
    expect(maxAbsDiff(reused, full)).toBeLessThan(1e-4);
  });

  it('decoding one row at a time equals one prefill', async () => {
    tiny.dec.reset();
    const all = (await tiny.dec.forward(embeds(ids.slice(0, 12)), positions.slice(0, 12), 1)).logits;
    tiny.dec.reset();
    let last: Float32Array = new Float32Array();
    for (let t = 0; t < 12; t++) last = (await tiny.dec.forward(embeds([ids[t]!]), [t], 1)).logits;
    expect(maxAbsDiff(last, all)).toBeLessThan(1e-4);
  });
});
