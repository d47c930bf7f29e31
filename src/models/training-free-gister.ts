// Training-free GistNet fallback (ARCHITECTURE §2 "training-free fallbacks"; seed: GistNet 32→1,
// hierarchical): an LOD1 gist is the block's last token embedding, an LOD≥2 gist its last child's
// gist — so every node's gist is the embedding of its span's last token. Any base model works with it.
// Chosen by measurement: of mean pooling, the last token, the mean of the last 4 tokens and
// a·last + (1 − a)·mean mixes, the last token had the lowest ΔNLL@64 on the demo model at LOD1 and
// LOD2 (training/runs/gister-baselines/table.md). Python twin: training/gistnet/training_free.py
// (APP_GISTER); tests/fixtures/training-free-gister.json holds its outputs for the parity test.
import type { GistJob } from '../core/tree';
import type { Gister } from '../core/gister';
import type { EmbeddingTable } from './embedding-table';

/** Recorded on every gist (was 'mean-pool/1' while mean pooling was the fallback: those gists get refreshed). */
export const TRAINING_FREE_GISTER_VERSION = 'last-token/1';
/** In words, for the model panel and the hub catalogue. */
export const TRAINING_FREE_GISTER_NAME = 'last token of each span (training-free)';

export class TrainingFreeGister implements Gister {
  readonly version = TRAINING_FREE_GISTER_VERSION;
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
      for (let b = 0; b < job.count; b++) out.set(this.table.row(ids[b * K + K - 1]!), b * d);
      return out;
    }
    const children = job.childGists!; // (count, K, d)
    for (let b = 0; b < job.count; b++) {
      const last = (b * K + K - 1) * d;
      out.set(children.subarray(last, last + d), b * d);
    }
    return out;
  }
}
