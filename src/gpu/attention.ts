// Kernel wrapper: multi-head non-causal attention (GistNet self-attention over a 32-row block and
// cross-attention between S slots and the block, seeds 32→1→32→1), batched over B blocks in one
// dispatch. See shaders/attention.wgsl.
import code from '../../shaders/attention.wgsl?raw';
import { ComputeKernel, requireInt, requireSize, type BufferArg } from './kernel';

export const ATTENTION_MAX_KEYS = 256; // must match MAX_KEYS in attention.wgsl

export interface AttentionShape {
  batches: number; // B
  queries: number; // Lq
  keys: number; // Lk ≤ 256
  heads: number; // H
  headDim: number; // dh
  /** True when q is (1, Lq, H·dh) and shared by every block (learned slot queries). */
  sharedQueries?: boolean;
}

export interface AttentionArgs {
  q: BufferArg; // (B or 1, Lq, H·dh)
  k: BufferArg; // (B, Lk, H·dh)
  v: BufferArg; // (B, Lk, H·dh)
  out: BufferArg; // (B, Lq, H·dh)
}

export class AttentionKernel {
  private readonly kernel: ComputeKernel;

  constructor(device: GPUDevice) {
    this.kernel = new ComputeKernel(device, 'attention', code, ['uniform', 'read', 'read', 'read', 'write']);
  }

  encode(encoder: GPUCommandEncoder, a: AttentionArgs, shape: AttentionShape): void {
    const { batches, queries, keys, heads, headDim } = shape;
    requireInt('attention', 'batches', batches, 1);
    requireInt('attention', 'queries', queries, 1);
    requireInt('attention', 'keys', keys, 1, ATTENTION_MAX_KEYS);
    requireInt('attention', 'heads', heads, 1);
    requireInt('attention', 'headDim', headDim, 1);
    const width = heads * headDim;
    const qBatches = shape.sharedQueries ? 1 : batches;
    requireSize('attention', 'q', a.q, qBatches * queries * width);
    requireSize('attention', 'k', a.k, batches * keys * width);
    requireSize('attention', 'v', a.v, batches * keys * width);
    requireSize('attention', 'out', a.out, batches * queries * width);
    this.kernel.encode(
      encoder,
      {
        batches,
        queries,
        keys,
        heads,
        headDim,
        qBatchStride: shape.sharedQueries ? 0 : queries * width,
        scale: 1 / Math.sqrt(headDim),
      },
      [a.q, a.k, a.v, a.out],
      batches * queries * heads,
    );
  }

  /** Frees the kernel's params uniforms (kernel.ts call slots). */
  destroy(): void {
    this.kernel.destroy();
  }
}
