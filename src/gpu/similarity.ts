// Kernel wrapper: similarity focus scorer (training-free LensNet fallback): cosine between a query
// vector and each WC entry's pooled vector, read straight from the assembled inputs_embeds (f32),
// or from rows kept as packed f16 storage (`{ storage: 'f16' }`, storage-dtype.ts). See shaders/similarity.wgsl.
import similarityCode from '../../shaders/similarity.wgsl?raw';
import { storagePrelude, validateStorage, type StorageDtype } from './storage-dtype';
import { ComputeKernel, requireInt, requireSize, requireStorage, type BufferArg } from './kernel';
import { WC_ENTRY_BYTES, commonCode } from './wc-entries';
import { DEFAULT_SIMILARITY_EPS } from './similarity.ref';

export { DEFAULT_SIMILARITY_EPS };

export interface SimilarityShape {
  rows: number; // W
  entryCount: number; // E
  dim: number; // d
  /** Floor for |m|·|q| (a zero vector scores 0 instead of NaN). */
  eps?: number;
}

export interface SimilarityArgs {
  rows: BufferArg; // (W, d) f32 or packed f16 (options.storage)
  entries: BufferArg; // (E) WcEntry
  query: BufferArg; // (d) f32
  scores: BufferArg; // out (E) f32
}

export interface SimilarityOptions {
  /** How the rows (W, d) are stored: f32 (default) or f16 packed two per u32 (uploadF16). */
  storage?: StorageDtype;
}

export class SimilarityKernel {
  private readonly kernel: ComputeKernel;
  readonly storage: StorageDtype;

  constructor(device: GPUDevice, options: SimilarityOptions = {}) {
    this.storage = validateStorage('similarity', options.storage ?? 'f32');
    const prelude = storagePrelude({ x: this.storage });
    this.kernel = new ComputeKernel(
      device,
      `similarity.${this.storage}`,
      `${commonCode}\n${prelude}\n${similarityCode}`,
      ['uniform', 'read', 'read', 'read', 'write'],
    );
  }

  encode(encoder: GPUCommandEncoder, a: SimilarityArgs, s: SimilarityShape): void {
    requireInt('similarity', 'rows', s.rows, 1);
    requireInt('similarity', 'entryCount', s.entryCount, 1, s.rows);
    requireInt('similarity', 'dim', s.dim, 1);
    requireStorage('similarity', 'rows', a.rows, s.rows * s.dim, this.storage);
    requireSize('similarity', 'entries', a.entries, (s.entryCount * WC_ENTRY_BYTES) / 4);
    requireSize('similarity', 'query', a.query, s.dim);
    requireSize('similarity', 'scores', a.scores, s.entryCount);
    this.kernel.encode(
      encoder,
      { rows: s.rows, entryCount: s.entryCount, dim: s.dim, eps: s.eps ?? DEFAULT_SIMILARITY_EPS },
      [a.rows, a.entries, a.query, a.scores],
      s.entryCount,
    );
  }

  /** Frees the kernel's params uniforms (kernel.ts call slots). */
  destroy(): void {
    this.kernel.destroy();
  }
}
