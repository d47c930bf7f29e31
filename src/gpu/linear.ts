// Kernel wrapper: linear layer y = act(x·Wᵀ + b) + r (GistNet projections and MLP, seeds
// 32→1→32→1), batched over every row of every block in one dispatch. See shaders/linear.wgsl.
import code from '../../shaders/linear.wgsl?raw';
import { ComputeKernel, requireInt, requireSize, type BufferArg } from './kernel';
import { MAX_WORKGROUPS_PER_DIM } from './dispatch';
import { GpuKernelArgumentError } from './errors';

const TILE = 16; // must match TILE in linear.wgsl

export type Activation = 'none' | 'gelu';

export interface LinearShape {
  rows: number; // N
  inDim: number; // in
  outDim: number; // out
  activation?: Activation;
  /** Rows of the residual table: 0/undefined = no residual, N = plain, K = broadcast per block row. */
  residualRows?: number;
}

export interface LinearArgs {
  x: BufferArg; // (N, in)
  weight: BufferArg; // (out, in)
  bias: BufferArg; // (out)
  residual?: BufferArg; // (R, out)
  out: BufferArg; // (N, out)
}

export class LinearKernel {
  private readonly kernel: ComputeKernel;

  constructor(device: GPUDevice) {
    this.kernel = new ComputeKernel(device, 'linear', code, ['uniform', 'read', 'read', 'read', 'read', 'write']);
  }

  /** Records y = act(x·Wᵀ + b) + r; returns the uniform buffer (destroy after submission). */
  encode(encoder: GPUCommandEncoder, a: LinearArgs, shape: LinearShape): GPUBuffer {
    const { rows, inDim, outDim } = shape;
    const residualRows = shape.residualRows ?? 0;
    requireInt('linear', 'rows', rows, 1, (MAX_WORKGROUPS_PER_DIM * TILE));
    requireInt('linear', 'inDim', inDim, 1);
    requireInt('linear', 'outDim', outDim, 1, MAX_WORKGROUPS_PER_DIM * TILE);
    requireInt('linear', 'residualRows', residualRows, 0, rows);
    requireSize('linear', 'x', a.x, rows * inDim);
    requireSize('linear', 'weight', a.weight, outDim * inDim);
    requireSize('linear', 'bias', a.bias, outDim);
    requireSize('linear', 'out', a.out, rows * outDim);
    if (residualRows > 0) {
      if (!a.residual) throw new GpuKernelArgumentError('linear: residualRows > 0 needs a residual buffer', { kernel: 'linear', what: 'residual', need: residualRows * outDim, have: 0 });
      requireSize('linear', 'residual', a.residual, residualRows * outDim);
    }
    return this.kernel.encode(
      encoder,
      { rows, inDim, outDim, activation: shape.activation === 'gelu' ? 1 : 0, residualRows },
      // With no residual, bias is bound in its place (read-only aliasing is allowed; never read).
      [a.x, a.weight, a.bias, a.residual ?? a.bias, a.out],
      [Math.ceil(outDim / TILE), Math.ceil(rows / TILE)],
    );
  }
}
