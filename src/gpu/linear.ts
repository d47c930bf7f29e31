// Kernel wrapper: linear layer y = act(x·Wᵀ + b) + r (GistNet projections and MLP, seeds
// 32→1→32→1), batched over every row of every block in one dispatch. See shaders/linear.wgsl.
import code from '../../shaders/linear.wgsl?raw';
import { ComputeKernel, requireInt, requireSize, type BufferArg } from './kernel';
import { MAX_WORKGROUPS_PER_DIM } from './dispatch';
import { GpuKernelArgumentError } from './errors';
import { residualFloats, type LinearShape } from './linear-shape';

const TILE = 16; // must match TILE in linear.wgsl

export { residualFloats, type Activation, type LinearShape } from './linear-shape';

export interface LinearArgs {
  x: BufferArg; // (N, in)
  weight: BufferArg; // (out, in)
  bias: BufferArg; // (out)
  residual?: BufferArg; // (R, out), or rows `residualStride` apart from `residualOffset`
  out: BufferArg; // (N, out)
}

export class LinearKernel {
  private readonly kernel: ComputeKernel;

  constructor(device: GPUDevice) {
    this.kernel = new ComputeKernel(device, 'linear', code, ['uniform', 'read', 'read', 'read', 'read', 'write']);
  }

  /** Records y = act(x·Wᵀ + b) + r (no allocation once warm: kernel.ts). */
  encode(encoder: GPUCommandEncoder, a: LinearArgs, shape: LinearShape): void {
    const { rows, inDim, outDim } = shape;
    const residualRows = shape.residualRows ?? 0;
    requireInt('linear', 'rows', rows, 1, MAX_WORKGROUPS_PER_DIM * TILE);
    requireInt('linear', 'inDim', inDim, 1);
    requireInt('linear', 'outDim', outDim, 1, MAX_WORKGROUPS_PER_DIM * TILE);
    requireInt('linear', 'residualRows', residualRows, 0, rows);
    const residualStride = shape.residualStride ?? 0;
    const residualOffset = shape.residualOffset ?? 0;
    requireInt('linear', 'residualStride', residualStride, 0);
    requireInt('linear', 'residualOffset', residualOffset, 0);
    if (residualStride > 0 && residualStride < outDim) {
      throw new GpuKernelArgumentError(
        `linear: residualStride ${residualStride} < outDim ${outDim} (rows would overlap)`,
        { kernel: 'linear', what: 'residualStride', need: outDim, have: residualStride },
      );
    }
    requireSize('linear', 'x', a.x, rows * inDim);
    requireSize('linear', 'weight', a.weight, outDim * inDim);
    requireSize('linear', 'bias', a.bias, outDim);
    requireSize('linear', 'out', a.out, rows * outDim);
    if (residualRows > 0) {
      if (!a.residual)
        throw new GpuKernelArgumentError('linear: residualRows > 0 needs a residual buffer', {
          kernel: 'linear',
          what: 'residual',
          need: residualFloats(shape),
          have: 0,
        });
      requireSize('linear', 'residual', a.residual, residualFloats(shape));
    }
    this.kernel.encode(
      encoder,
      {
        rows,
        inDim,
        outDim,
        activation: shape.activation === 'gelu' ? 1 : 0,
        residualRows,
        residualStride,
        residualOffset,
      },
      // With no residual, bias is bound in its place (read-only aliasing is allowed; never read).
      [a.x, a.weight, a.bias, a.residual ?? a.bias, a.out],
      [Math.ceil(outDim / TILE), Math.ceil(rows / TILE)],
    );
  }

  /** Frees the kernel's params uniforms (kernel.ts call slots). */
  destroy(): void {
    this.kernel.destroy();
  }
}
