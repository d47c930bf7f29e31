// Linear kernel (GistNet projections / MLP) vs its CPU reference, fresh random input each run.
import { describe, expect, it } from 'vitest';
import { LinearKernel, residualFloats, type LinearShape } from '../../src/gpu/linear';
import { linearRef } from '../../src/gpu/linear.ref';
import { poisonedF32, readbackF32, uploadF32 } from '../../src/gpu/buffers';
import { GpuKernelArgumentError } from '../../src/gpu/errors';
import { maxScaledError, randomF32, submit, withDevice } from './with-device';

const F32_TOLERANCE = 1e-5;

async function runLinear(shape: LinearShape) {
  const { rows, inDim, outDim } = shape;
  const R = shape.residualRows ?? 0;
  return withDevice(async ({ device }) => {
    const x = randomF32(rows * inDim); // (N, in)
    const w = randomF32(outDim * inDim); // (out, in)
    const b = randomF32(outDim); // (out)
    const r = randomF32(Math.max(outDim, residualFloats(shape))); // (R, out), or strided rows
    const bufs = [
      uploadF32(device, x, 'test.x'),
      uploadF32(device, w, 'test.w'),
      uploadF32(device, b, 'test.b'),
      uploadF32(device, r, 'test.r'),
    ];
    const out = poisonedF32(device, rows * outDim, 'test.y');
    const kernel = new LinearKernel(device);
    await submit(device, (enc) =>
      kernel.encode(
        enc,
        { x: bufs[0]!, weight: bufs[1]!, bias: bufs[2]!, residual: R > 0 ? bufs[3]! : undefined, out },
        shape,
      ),
    );
    const got = await readbackF32(device, out, rows * outDim);
    [...bufs, out].forEach((buf) => buf.destroy());
    return { got, want: linearRef(x, w, b, shape, R > 0 ? r : undefined) };
  });
}

describe('linear kernel (GPU vs CPU reference)', () => {
  it.each<[string, LinearShape]>([
    ['square tile', { rows: 32, inDim: 16, outDim: 16 }],
    ['odd sizes, d not a multiple of 4', { rows: 37, inDim: 13, outDim: 19 }],
    ['GELU', { rows: 33, inDim: 21, outDim: 7, activation: 'gelu' }],
    ['plain residual', { rows: 17, inDim: 9, outDim: 11, residualRows: 17 }],
    ['broadcast residual (positions, R = K)', { rows: 3 * 5, inDim: 6, outDim: 10, residualRows: 5 }],
    ['GELU + residual, long reduction', { rows: 5, inDim: 131, outDim: 3, activation: 'gelu', residualRows: 5 }],
    [
      'strided residual from an offset (GistNet last-row skip)',
      { rows: 3, inDim: 6, outDim: 4, residualRows: 3, residualStride: 10, residualOffset: 6 },
    ],
  ])('%s', async (_name, shape) => {
    const { got, want } = await runLinear(shape);
    expect(maxScaledError(got, want)).toBeLessThanOrEqual(F32_TOLERANCE);
  });

  it('rejects a residual stride shorter than a row', async () => {
    await withDevice(async ({ device }) => {
      const buf = device.createBuffer({ label: 'test.buf', size: 1024, usage: GPUBufferUsage.STORAGE });
      const kernel = new LinearKernel(device);
      const enc = device.createCommandEncoder({ label: 'test.unused' });
      expect(() =>
        kernel.encode(
          enc,
          { x: buf, weight: buf, bias: buf, residual: buf, out: buf },
          { rows: 2, inDim: 2, outDim: 4, residualRows: 2, residualStride: 3 },
        ),
      ).toThrow(GpuKernelArgumentError);
      buf.destroy();
    });
  });

  it('rejects a too-small output buffer with a typed error before encoding', async () => {
    await withDevice(async ({ device }) => {
      const small = device.createBuffer({ label: 'test.small', size: 16, usage: GPUBufferUsage.STORAGE });
      const kernel = new LinearKernel(device);
      const enc = device.createCommandEncoder({ label: 'test.unused' });
      expect(() =>
        kernel.encode(enc, { x: small, weight: small, bias: small, out: small }, { rows: 4, inDim: 1, outDim: 4 }),
      ).toThrow(GpuKernelArgumentError);
      small.destroy();
    });
  });
});
