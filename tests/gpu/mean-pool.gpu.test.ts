// Mean-pool kernel vs its CPU reference in real Chromium WebGPU, on fresh random input.
import { describe, expect, it } from 'vitest';
import { MeanPoolKernel } from '../../src/gpu/mean-pool';
import { meanPoolRef } from '../../src/gpu/mean-pool.ref';
import { poisonedF32, readbackF32, uploadF32 } from '../../src/gpu/buffers';
import { maxRelativeError, randomF32, withDevice } from './with-device';

const F32_TOLERANCE = 1e-5;

async function runMeanPool(blocks: number, rows: number, dim: number) {
  return withDevice(async ({ device }) => {
    const x = randomF32(blocks * rows * dim); // (B, K, d)
    const xBuf = uploadF32(device, x, 'test.x');
    const outBuf = poisonedF32(device, blocks * dim, 'test.out'); // (B, d), NaN until written
    const kernel = new MeanPoolKernel(device);
    const encoder = device.createCommandEncoder({ label: 'test.encoder' });
    const uniform = kernel.encode(encoder, xBuf, outBuf, { blocks, rows, dim });
    device.queue.submit([encoder.finish()]);
    const got = await readbackF32(device, outBuf, blocks * dim);
    [xBuf, outBuf, uniform].forEach((b) => b.destroy());
    return { got, want: meanPoolRef(x, blocks, rows, dim) };
  });
}

describe('mean-pool kernel (GPU vs CPU reference)', () => {
  it('reports a WebGPU adapter', async () => {
    expect(navigator.gpu).toBeDefined();
    const adapter = await navigator.gpu.requestAdapter();
    expect(adapter).not.toBeNull();
  });

  it.each([
    [4, 32, 16],
    [3, 32, 13], // d not a multiple of 4
    [37, 32, 7], // B·d not a multiple of the workgroup size
    [2, 5, 9], // partial block (tail-sized row count)
  ])('B=%i K=%i d=%i matches the CPU reference', async (blocks, rows, dim) => {
    const { got, want } = await runMeanPool(blocks, rows, dim);
    expect(maxRelativeError(got, want)).toBeLessThanOrEqual(F32_TOLERANCE);
  });
});
