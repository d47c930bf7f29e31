// GistNet once per eval case (../shared/EVALUATION.md compares focus modes on the same memory):
// a Gister that hands out the gists a source tree already holds for the same token ids, and runs
// the real gister only for nodes the source lacks (blocks completed by generated tokens). Each
// focus mode then ingests the case into its own tree — identical tokens, identical gists, the
// GistNet cost paid once — and its answer goes into its own tree, never into the shared one.
import { GistError } from '../core/errors';
import type { Gister } from '../core/gister';
import type { GistJob, MegaContextTree } from '../core/tree';

export class SharedGister implements Gister {
  readonly version: string;
  readonly dim: number;
  /** Gists copied from the source / computed by the real gister (for tests and telemetry). */
  copied = 0;
  computed = 0;

  constructor(
    private readonly source: MegaContextTree,
    private readonly gister: Gister,
  ) {
    if (source.gistDim !== gister.dim)
      throw new GistError(`shared gists are ${source.gistDim}-wide, the gister makes ${gister.dim}`, {
        sourceDim: source.gistDim,
        gisterDim: gister.dim,
      });
    this.version = gister.version;
    this.dim = gister.dim;
  }

  async gist(job: GistJob): Promise<Float32Array> {
    const have = Math.max(0, Math.min(job.count, this.source.gistedCount(job.level) - job.first));
    const d = this.dim;
    const K = this.source.blockSize;
    const out = new Float32Array(job.count * d); // (count, d)
    if (have > 0) {
      if (job.level === 1) this.checkSameTokens(job, have);
      out.set(this.source.gistRange(job.level, job.first, have));
      this.copied += have;
    }
    if (have < job.count) {
      const rest: GistJob = {
        level: job.level,
        first: job.first + have,
        count: job.count - have,
        ...(job.tokenIds ? { tokenIds: job.tokenIds.subarray(have * K) } : {}),
        ...(job.childGists ? { childGists: job.childGists.subarray(have * K * d) } : {}),
      };
      out.set(await this.gister.gist(rest), have * d);
      this.computed += job.count - have;
    }
    return out;
  }

  /** LOD1 inputs must be the source's tokens: a copied gist is only valid for the same block. */
  private checkSameTokens(job: GistJob, have: number): void {
    const K = this.source.blockSize;
    const mine = job.tokenIds!; // (count, K)
    const theirs = this.source.tokenIds(job.first * K, (job.first + have) * K);
    for (let i = 0; i < theirs.length; i++) {
      if (mine[i] !== theirs[i])
        throw new GistError(
          `shared gists: LOD1 block ${job.first + Math.floor(i / K)} has other tokens than the source tree`,
          { level: 1, index: job.first + Math.floor(i / K) },
        );
    }
  }
}
