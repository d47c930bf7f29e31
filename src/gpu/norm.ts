// Kernel wrapper: RMSNorm / LayerNorm over rows (GistNet pre-norms, seeds 32→1→32→1), batched over
// every row of every block in one dispatch. See shaders/norm.wgsl.
import code from '../../shaders/norm.wgsl?raw';
import { ComputeKernel, requireInt, requireSize, type BufferArg } from './kernel';
import { DEFAULT_NORM_EPS } from './norm.ref';
import { GpuKernelArgumentError } from './errors';

export { DEFAULT_NORM_EPS };

export type NormKind = 'rms' | 'layer';

export interface NormShape {
  rows: number; // N
  dim: number; // d
  kind: NormKind;
  /** Added to the mean square / variance; 1e-5 unless the trained model says otherwise. */
  eps?: number;
}

export interface NormArgs {
  x: BufferArg; // (N, d)
  gain: BufferArg; // (d)
  bias?: BufferArg; // (d), LayerNorm only
  out: BufferArg; // (N, d)
}

export class NormKernel {
  private readonly kernel: ComputeKernel;

  constructor(device: GPUDevice) {
    this.kernel = new ComputeKernel(device, 'norm', code, ['uniform', 'read', 'read', 'read', 'write']);
  }

  encode(encoder: GPUCommandEncoder, a: NormArgs, shape: NormShape): void {
    const { rows, dim, kind } = shape;
    requireInt('norm', 'rows', rows, 1);
    requireInt('norm', 'dim', dim, 1);
    requireSize('norm', 'x', a.x, rows * dim);
    requireSize('norm', 'gain', a.gain, dim);
    requireSize('norm', 'out', a.out, rows * dim);
    if (kind === 'layer') {
      if (!a.bias)
        throw new GpuKernelArgumentError('norm: LayerNorm needs a bias buffer', {
          kernel: 'norm',
          what: 'bias',
          need: dim,
          have: 0,
        });
      requireSize('norm', 'bias', a.bias, dim);
    }
    this.kernel.encode(
      encoder,
      { rows, dim, mode: kind === 'layer' ? 1 : 0, eps: shape.eps ?? DEFAULT_NORM_EPS },
      [a.x, a.gain, a.bias ?? a.gain, a.out], // RMSNorm: gain stands in for the unused bias
      rows,
    );
  }

  /** Frees the kernel's params uniforms (kernel.ts call slots). */
  destroy(): void {
    this.kernel.destroy();
  }
}
