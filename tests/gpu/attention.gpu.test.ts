// Attention kernel (GistNet self- and cross-attention) vs its CPU reference, fresh random input.
import { describe, expect, it } from 'vitest';
import { AttentionKernel, type AttentionShape } from '../../src/gpu/attention';
import { attentionRef } from '../../src/gpu/attention.ref';
import { poisonedF32, readbackF32, uploadF32 } from '../../src/gpu/buffers';
import { maxScaledError, randomF32, submit, withDevice } from './with-device';

const F32_TOLERANCE = 1e-5;

async function runAttention(shape: AttentionShape, spread = 1) {
  const { batches: B, queries: Lq, keys: Lk, heads: H, headDim: dh } = shape;
  const width = H * dh;
  return withDevice(async ({ device }) => {
    const q = randomF32((shape.sharedQueries ? 1 : B) * Lq * width).map((x) => x * spread);
    const k = randomF32(B * Lk * width).map((x) => x * spread);
    const v = randomF32(B * Lk * width);
    const bufs = [uploadF32(device, q, 'test.q'), uploadF32(device, k, 'test.k'), uploadF32(device, v, 'test.v')];
    const out = poisonedF32(device, B * Lq * width, 'test.out');
    const kernel = new AttentionKernel(device);
    await submit(device, (enc) => kernel.encode(enc, { q: bufs[0]!, k: bufs[1]!, v: bufs[2]!, out }, shape));
    const got = await readbackF32(device, out, B * Lq * width);
    [...bufs, out].forEach((buf) => buf.destroy());
    return { got, want: attentionRef(q, k, v, shape) };
  });
}

describe('attention kernel (GPU vs CPU reference)', () => {
  it.each<[string, AttentionShape]>([
    ['self-attention over a 32-row block, 2 heads', { batches: 3, queries: 32, keys: 32, heads: 2, headDim: 8 }],
    ['self-attention, tail-sized block, odd head dim', { batches: 2, queries: 7, keys: 7, heads: 3, headDim: 5 }],
    [
      'cross-attention from shared slot queries (S=3)',
      { batches: 5, queries: 3, keys: 32, heads: 2, headDim: 7, sharedQueries: true },
    ],
    ['cross-attention tokens → slots (Lk=3)', { batches: 4, queries: 32, keys: 3, heads: 1, headDim: 13 }],
    ['dh > workgroup, keys > workgroup', { batches: 2, queries: 2, keys: 71, heads: 1, headDim: 37 }],
  ])('%s', async (_name, shape) => {
    const { got, want } = await runAttention(shape);
    expect(maxScaledError(got, want)).toBeLessThanOrEqual(F32_TOLERANCE);
  });

  it('stays finite and exact with large logits (softmax max-subtraction)', async () => {
    const { got, want } = await runAttention({ batches: 2, queries: 4, keys: 32, heads: 2, headDim: 4 }, 6);
    expect(maxScaledError(got, want)).toBeLessThanOrEqual(F32_TOLERANCE);
  });
});
