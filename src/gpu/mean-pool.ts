// Kernel wrapper: mean over the rows of B blocks in one dispatch (GistNet's mean over its slots,
// gistnet-wgsl.ts; the training-free gister is the span's last token, src/models/training-free-gister.ts).
// The input is f32 or packed f16 storage (`{ storage: 'f16' }`, storage-dtype.ts); the output and
// the accumulation are f32. Owns its pipeline and bind-group layout (ComputeKernel); `encode`
// records without submitting. See shaders/mean-pool.wgsl.
import shaderCode from '../../shaders/mean-pool.wgsl?raw';
import { storagePrelude, validateStorage, type StorageDtype } from './storage-dtype';
import { ComputeKernel, requireInt, requireSize, requireStorage, type BufferArg } from './kernel';

const WORKGROUP_SIZE = 64; // must match @workgroup_size in mean-pool.wgsl

export interface MeanPoolShape {
  blocks: number; // B
  rows: number; // K
  dim: number; // d
}

export interface MeanPoolOptions {
  /** How x (B, K, d) is stored: f32 (default) or f16 packed two per u32 (uploadF16). */
  storage?: StorageDtype;
}

export class MeanPoolKernel {
  private readonly kernel: ComputeKernel;
  readonly storage: StorageDtype;

  constructor(device: GPUDevice, options: MeanPoolOptions = {}) {
    this.storage = validateStorage('mean-pool', options.storage ?? 'f32');
    const prelude = storagePrelude({ x: this.storage });
    this.kernel = new ComputeKernel(device, `mean-pool.${this.storage}`, `${prelude}\n${shaderCode}`, [
      'uniform',
      'read',
      'write',
    ]);
  }

  /** Records the pooling of x (B, K, d) into out (B, d) f32 (no allocation once warm: kernel.ts). */
  encode(encoder: GPUCommandEncoder, x: BufferArg, out: BufferArg, shape: MeanPoolShape): void {
    const { blocks, rows, dim } = shape;
    requireInt('mean-pool', 'blocks', blocks, 1);
    requireInt('mean-pool', 'rows', rows, 1);
    requireInt('mean-pool', 'dim', dim, 1);
    requireStorage('mean-pool', 'x', x, blocks * rows * dim, this.storage);
    requireSize('mean-pool', 'out', out, blocks * dim);
    this.kernel.encode(encoder, { blocks, rows, dim }, [x, out], Math.ceil((blocks * dim) / WORKGROUP_SIZE));
  }

  /** Frees the kernel's params uniforms (kernel.ts call slots). */
  destroy(): void {
    this.kernel.destroy();
  }
}
