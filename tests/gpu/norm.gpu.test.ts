// RMSNorm / LayerNorm kernel vs its CPU reference, fresh random input each run.
import { describe, expect, it } from 'vitest';
import { NormKernel, type NormShape } from '../../src/gpu/norm';
import { normRef } from '../../src/gpu/norm.ref';
import { poisonedF32, readbackF32, uploadF32 } from '../../src/gpu/buffers';
import { maxScaledError, randomF32, submit, withDevice } from './with-device';

const F32_TOLERANCE = 1e-5;

async function runNorm(shape: NormShape) {
  const { rows, dim } = shape;
  return withDevice(async ({ device }) => {
    const x = randomF32(rows * dim).map((v, i) => v * 3 + (i % 7) * 0.25); // non-zero mean per row
    const g = randomF32(dim);
    const b = randomF32(dim);
    const bufs = [uploadF32(device, x, 'test.x'), uploadF32(device, g, 'test.gain'), uploadF32(device, b, 'test.bias')];
    const out = poisonedF32(device, rows * dim, 'test.y');
    const kernel = new NormKernel(device);
    await submit(device, (enc) =>
      kernel.encode(
        enc,
        { x: bufs[0]!, gain: bufs[1]!, bias: shape.kind === 'layer' ? bufs[2]! : undefined, out },
        shape,
      ),
    );
    const got = await readbackF32(device, out, rows * dim);
    [...bufs, out].forEach((buf) => buf.destroy());
    return { got, want: normRef(x, g, shape, b) };
  });
}

describe('norm kernel (GPU vs CPU reference)', () => {
  it.each<[string, NormShape]>([
    ['RMSNorm 32 rows, d=16', { rows: 32, dim: 16, kind: 'rms' }],
    ['RMSNorm odd: d=13, d < workgroup', { rows: 37, dim: 13, kind: 'rms' }],
    ['RMSNorm d=131 (> workgroup, not ×4)', { rows: 5, dim: 131, kind: 'rms', eps: 1e-6 }],
    ['LayerNorm d=19', { rows: 33, dim: 19, kind: 'layer' }],
    ['LayerNorm d=97', { rows: 3, dim: 97, kind: 'layer' }],
  ])('%s', async (_name, shape) => {
    const { got, want } = await runNorm(shape);
    expect(maxScaledError(got, want)).toBeLessThanOrEqual(F32_TOLERANCE);
  });
});
