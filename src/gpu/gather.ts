// Kernel wrapper: embedding gather (LOD0 token rows from the base model's embedding table, e.g.
// the 32×d input of GistNet for each completed block). See shaders/gather.wgsl.
import code from '../../shaders/gather.wgsl?raw';
import { ComputeKernel, requireInt, requireSize, type BufferArg } from './kernel';

const WORKGROUP_SIZE = 64; // must match gather.wgsl

export interface GatherShape {
  rows: number; // N ids
  dim: number; // d
  vocab: number; // V
}

export class GatherKernel {
  private readonly kernel: ComputeKernel;

  constructor(device: GPUDevice) {
    this.kernel = new ComputeKernel(device, 'gather', code, ['uniform', 'read', 'read', 'write']);
  }

  /** out (N, d) = table (V, d) [ids (N)]; returns the uniform buffer (destroy after submission). */
  encode(encoder: GPUCommandEncoder, a: { ids: BufferArg; table: BufferArg; out: BufferArg }, s: GatherShape): GPUBuffer {
    requireInt('gather', 'rows', s.rows, 1);
    requireInt('gather', 'dim', s.dim, 1);
    requireInt('gather', 'vocab', s.vocab, 1);
    requireSize('gather', 'ids', a.ids, s.rows);
    requireSize('gather', 'table', a.table, s.vocab * s.dim);
    requireSize('gather', 'out', a.out, s.rows * s.dim);
    return this.kernel.encode(encoder, { rows: s.rows, dim: s.dim, vocab: s.vocab }, [a.ids, a.table, a.out], Math.ceil((s.rows * s.dim) / WORKGROUP_SIZE));
  }
}
