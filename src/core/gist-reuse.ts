// Gist reuse (seeds: GistNet 32→1, hierarchical; MegaContext Tree "perfectly aligned"; "gists
// carry the GistNet version"): a Gister that copies gists from another tree (a shared memory fed
// once) instead of computing them, wherever the copy is exactly what the gister would make.
//
// Why copying is valid: a gister's output for a node depends only on its inputs — an LOD1 gist
// on its block's K token ids (GistNet reads their embeddings, no absolute position; the
// training-free gister reads the last one), an LOD≥2 gist on its K child gists. So a node of the
// target tree may take the source's gist of the node covering the same tokens when
//   - the source node is aligned with it: target position = source position + offset, and the
//     offset is a multiple of the node's span K^ℓ;
//   - its inputs are bit-for-bit the source node's (token ids at LOD1, child gists above) — checked,
//     not assumed, so a copy is made only where computing would give the same vector;
//   - the source gist was made by the same gister version.
// Everything else (the block that joins the conversation's own tail to the attached text, every
// block when the offset is not a multiple of K, LOD2+ nodes that straddle the join) is computed by
// the wrapped gister, in runs of consecutive nodes. The tree's order rules are untouched: gists
// are still written through fillGists → writeGists.
import type { Gister } from './gister.ts';
import type { GistJob, MegaContextTree } from './tree.ts';

export interface ReuseCounts {
  /** Gists copied from the source, per level (index 0 unused). */
  copied: number[];
  /** Gists computed by the wrapped gister, per level (index 0 unused). */
  computed: number[];
}

const sameBits = (a: Float32Array, b: Float32Array): boolean => {
  if (a.length !== b.length) return false;
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
};

export class ReusingGister implements Gister {
  readonly version: string;
  readonly dim: number;
  readonly counts: ReuseCounts;

  /**
   * `offset`: where source token 0 lies in the target tree (target position = source position +
   * offset; negative when the source's first tokens, e.g. its BOS, are not copied).
   */
  constructor(
    private readonly inner: Gister,
    private readonly source: MegaContextTree,
    private readonly offset: number,
  ) {
    this.version = inner.version;
    this.dim = inner.dim;
    const levels = source.maxLevel + 1;
    this.counts = { copied: new Array<number>(levels).fill(0), computed: new Array<number>(levels).fill(0) };
  }

  /** The source gist (dim) equal to what the wrapped gister would make for target node `node`, or null. */
  private reusable(job: GistJob, b: number): Float32Array | null {
    const { level } = job;
    const src = this.source;
    if (level > src.maxLevel) return null;
    const K = src.blockSize;
    const unit = K ** level;
    const rel = (job.first + b) * unit - this.offset;
    if (rel < 0 || rel % unit !== 0) return null;
    const s = rel / unit;
    if (s >= src.gistedCount(level) || src.gistVersionOf(level, s) !== this.inner.version) return null;
    if (level === 1) {
      const mine = job.tokenIds!.subarray(b * K, (b + 1) * K); // (K)
      const theirs = src.tokenIds(s * K, (s + 1) * K); // (K)
      for (let t = 0; t < K; t++) if (mine[t] !== theirs[t]) return null;
    } else {
      const d = this.dim;
      const mine = job.childGists!.subarray(b * K * d, (b + 1) * K * d); // (K, d)
      if (src.gistedCount(level - 1) < (s + 1) * K) return null;
      if (!sameBits(mine, src.gistRange(level - 1, s * K, K))) return null; // (K, d)
    }
    return src.gist(level, s);
  }

  async gist(job: GistJob): Promise<Float32Array> {
    const d = this.dim;
    const K = this.source.blockSize;
    const out = new Float32Array(job.count * d); // (count, d)
    let runStart = -1;
    const flush = async (end: number) => {
      if (runStart < 0) return;
      const first = runStart;
      runStart = -1;
      const count = end - first;
      const sub: GistJob =
        job.level === 1
          ? { level: 1, first: job.first + first, count, tokenIds: job.tokenIds!.subarray(first * K, end * K) }
          : {
              level: job.level,
              first: job.first + first,
              count,
              childGists: job.childGists!.subarray(first * K * d, end * K * d),
            };
      out.set(await this.inner.gist(sub), first * d);
      this.counts.computed[job.level] = (this.counts.computed[job.level] ?? 0) + count;
    };
    for (let b = 0; b < job.count; b++) {
      const copy = this.reusable(job, b);
      if (copy === null) {
        if (runStart < 0) runStart = b;
        continue;
      }
      await flush(b);
      out.set(copy, b * d);
      this.counts.copied[job.level] = (this.counts.copied[job.level] ?? 0) + 1;
    }
    await flush(job.count);
    return out;
  }
}
