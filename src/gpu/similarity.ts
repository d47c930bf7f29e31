// Kernel wrapper: similarity focus scorer (training-free LensNet fallback): cosine between a query
// vector and each WC entry's pooled vector, read straight from the assembled inputs_embeds.
// See shaders/similarity.wgsl.
import similarityCode from '../../shaders/similarity.wgsl?raw';
import { ComputeKernel, requireInt, requireSize, type BufferArg } from './kernel';
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
  rows: BufferArg; // (W, d)
  entries: BufferArg; // (E) WcEntry
  query: BufferArg; // (d)
  scores: BufferArg; // out (E)
}


export class SimilarityKernel {
  private readonly kernel: ComputeKernel;

  constructor(device: GPUDevice) {
    this.kernel = new ComputeKernel(device, 'similarity', `${commonCode}\n${similarityCode}`, ['uniform', 'read', 'read', 'read', 'write']);
  }

  encode(encoder: GPUCommandEncoder, a: SimilarityArgs, s: SimilarityShape): GPUBuffer {
    requireInt('similarity', 'rows', s.rows, 1);
    requireInt('similarity', 'entryCount', s.entryCount, 1, s.rows);
    requireInt('similarity', 'dim', s.dim, 1);
    requireSize('similarity', 'rows', a.rows, s.rows * s.dim);
    requireSize('similarity', 'entries', a.entries, (s.entryCount * WC_ENTRY_BYTES) / 4);
    requireSize('similarity', 'query', a.query, s.dim);
    requireSize('similarity', 'scores', a.scores, s.entryCount);
    return this.kernel.encode(
      encoder,
      { rows: s.rows, entryCount: s.entryCount, dim: s.dim, eps: s.eps ?? DEFAULT_SIMILARITY_EPS },
      [a.rows, a.entries, a.query, a.scores],
      s.entryCount,
    );
  }
}
