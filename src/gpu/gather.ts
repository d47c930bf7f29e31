// Kernel wrapper: embedding gather (LOD0 token rows from the base model's embedding table, e.g.
// the 32×d input of GistNet for each completed block). The table is f32 or packed f16 storage
// (`{ storage: 'f16' }`, storage-dtype.ts); the output is f32 either way. See shaders/gather.wgsl.
import code from '../../shaders/gather.wgsl?raw';
import { storagePrelude, validateStorage, type StorageDtype } from './storage-dtype';
import { ComputeKernel, requireInt, requireSize, requireStorage, type BufferArg } from './kernel';

const WORKGROUP_SIZE = 64; // must match gather.wgsl

export interface GatherShape {
  rows: number; // N ids
  dim: number; // d
  vocab: number; // V
}

export interface GatherOptions {
  /** How the table (V, d) is stored: f32 (default) or f16 packed two per u32 (uploadF16). */
  storage?: StorageDtype;
}

export class GatherKernel {
  private readonly kernel: ComputeKernel;
  readonly storage: StorageDtype;

  constructor(device: GPUDevice, options: GatherOptions = {}) {
    this.storage = validateStorage('gather', options.storage ?? 'f32');
    const prelude = storagePrelude({ table: this.storage });
    this.kernel = new ComputeKernel(device, `gather.${this.storage}`, `${prelude}\n${code}`, [
      'uniform',
      'read',
      'read',
      'write',
    ]);
  }

  /** out (N, d) f32 = table (V, d) [ids (N)] (no allocation once warm: kernel.ts). */
  encode(encoder: GPUCommandEncoder, a: { ids: BufferArg; table: BufferArg; out: BufferArg }, s: GatherShape): void {
    requireInt('gather', 'rows', s.rows, 1);
    requireInt('gather', 'dim', s.dim, 1);
    requireInt('gather', 'vocab', s.vocab, 1);
    requireSize('gather', 'ids', a.ids, s.rows);
    requireStorage('gather', 'table', a.table, s.vocab * s.dim, this.storage);
    requireSize('gather', 'out', a.out, s.rows * s.dim);
    this.kernel.encode(
      encoder,
      { rows: s.rows, dim: s.dim, vocab: s.vocab },
      [a.ids, a.table, a.out],
      Math.ceil((s.rows * s.dim) / WORKGROUP_SIZE),
    );
  }

  /** Frees the kernel's params uniforms (kernel.ts call slots). */
  destroy(): void {
    this.kernel.destroy();
  }
}
