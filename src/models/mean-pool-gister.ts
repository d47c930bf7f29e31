// Training-free GistNet fallback (ARCHITECTURE §2 "mean-pooled gist"): an LOD1 gist is the mean
// of its 32 token embeddings, an LOD≥2 gist the mean of its 32 child gists. It is the baseline
// that the learned GistNet must beat on ΔNLL@H; any base model works with it.
import type { GistJob } from '../core/tree';
import type { Gister } from '../core/gister';
import type { EmbeddingTable } from './embedding-table';

export const MEAN_POOL_GISTER_VERSION = 'mean-pool/1';

export class MeanPoolGister implements Gister {
  readonly version = MEAN_POOL_GISTER_VERSION;
  readonly dim: number;

  constructor(
    private readonly table: EmbeddingTable,
    private readonly blockSize = 32,
  ) {
    this.dim = table.dim;
  }

  gist(job: GistJob): Float32Array {
    const { dim: d, blockSize: K } = this;
    const out = new Float32Array(job.count * d); // (count, d)
    if (job.level === 1) {
      const ids = job.tokenIds!; // (count, K)
      for (let b = 0; b < job.count; b++) this.table.meanOf(ids.subarray(b * K, (b + 1) * K), out.subarray(b * d, (b + 1) * d));
      return out;
    }
    const children = job.childGists!; // (count, K, d)
    for (let b = 0; b < job.count; b++) {
      const o = b * d;
      for (let k = 0; k < K; k++) {
        const r = (b * K + k) * d;
        for (let j = 0; j < d; j++) out[o + j]! += children[r + j]!;
      }
      for (let j = 0; j < d; j++) out[o + j]! /= K;
    }
    return out;
  }
}
