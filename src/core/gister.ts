// Gister injection (seed concept: GistNet 32→1, hierarchical; "gists carry the GistNet version").
//
// The tree never computes gists itself: a Gister turns a GistJob into (count, dim) vectors.
// The runtime's GistNet is async (GPU / WASM) and batched; tests and benchmarks use FakeGister,
// a deterministic, cheap stand-in (hashed token features at LOD1, mean of children above).

import { GistError } from './errors.ts';
import type { GistJob, MegaContextTree } from './tree.ts';
import { refreshStale, refreshStaleSync } from './gist-refresh.ts';

export interface Gister {
  /** Recorded with every gist it makes (a retrained GistNet gets a new version). */
  readonly version: string;
  /** Output width d; must equal the tree's gistDim. */
  readonly dim: number;
  /**
   * level 1: job.tokenIds (count, K) → (count, dim)
   * level ≥ 2: job.childGists (count, K, dim) → (count, dim)
   */
  gist(job: GistJob): Float32Array | Promise<Float32Array>;
}

function checkGister(tree: MegaContextTree, gister: Gister): void {
  if (gister.dim !== tree.gistDim) {
    throw new GistError(
      `Gister "${gister.version}" makes ${gister.dim}-wide gists but the tree stores ${tree.gistDim}; ` +
        `create the tree with gistDim = the gister's dim.`,
      { gisterDim: gister.dim, treeDim: tree.gistDim },
    );
  }
}

function checkOutput(job: GistJob, out: Float32Array, dim: number): void {
  if (out.length !== job.count * dim) {
    throw new GistError(`Gister returned ${out.length} floats for ${job.count} LOD${job.level} gists of dim ${dim}.`, {
      level: job.level,
      count: job.count,
      length: out.length,
    });
  }
}

/**
 * Gist every ready node, synchronously (the gister must not return a Promise). A new parent's
 * stale descendants (made by another gister version) are refreshed first, so every gist is made
 * from inputs of its own version (gist-refresh.ts). Returns #gists written.
 */
export function fillGistsSync(tree: MegaContextTree, gister: Gister, maxBatch = 1024): number {
  checkGister(tree, gister);
  let made = 0;
  for (let job = tree.nextGistJob(maxBatch); job !== null; job = tree.nextGistJob(maxBatch)) {
    if (job.level >= 2) made += refreshStaleSync(tree, gister, maxBatch, job);
    const out = gister.gist(job);
    if (out instanceof Promise) {
      throw new GistError(`Gister "${gister.version}" is async; use fillGists() instead of fillGistsSync().`);
    }
    checkOutput(job, out, tree.gistDim);
    tree.writeGists(job.level, job.first, out, gister.version);
    made += job.count;
  }
  return made;
}

/** Gist every ready node, awaiting an async gister batch by batch (stale descendants first, as above). Returns #gists. */
export async function fillGists(tree: MegaContextTree, gister: Gister, maxBatch = 1024): Promise<number> {
  checkGister(tree, gister);
  let made = 0;
  for (let job = tree.nextGistJob(maxBatch); job !== null; job = tree.nextGistJob(maxBatch)) {
    if (job.level >= 2) made += await refreshStale(tree, gister, maxBatch, job);
    // Copy the inputs: the views may be invalidated by appends while we await.
    const stable: GistJob = {
      ...job,
      ...(job.tokenIds ? { tokenIds: job.tokenIds.slice() } : {}),
      ...(job.childGists ? { childGists: job.childGists.slice() } : {}),
    };
    const out = await gister.gist(stable);
    checkOutput(job, out, tree.gistDim);
    tree.writeGists(job.level, job.first, out, gister.version);
    made += job.count;
  }
  return made;
}

/**
 * Deterministic fake gister for tests and benchmarks. LOD1: the mean over the block of a hashed
 * per-token feature vector in [−0.5, 0.5); LOD≥2: the mean of the K children.
 */
export class FakeGister implements Gister {
  readonly version: string;
  readonly dim: number;
  private readonly K: number;
  constructor(dim: number, blockSize = 32, version = 'fake-gister@1') {
    this.dim = dim;
    this.K = blockSize;
    this.version = version;
  }

  gist(job: GistJob): Float32Array {
    const { count } = job;
    const d = this.dim;
    const K = this.K;
    const out = new Float32Array(count * d);
    const inv = 1 / K;
    if (job.level === 1) {
      const ids = job.tokenIds as Int32Array;
      for (let b = 0; b < count; b++) {
        const o = b * d;
        for (let t = 0; t < K; t++) {
          let h = Math.imul((ids[b * K + t] as number) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
          for (let k = 0; k < d; k++) {
            h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
            out[o + k] = (out[o + k] as number) + ((h & 0xffff) / 65536 - 0.5) * inv;
          }
        }
      }
      return out;
    }
    const ch = job.childGists as Float32Array;
    for (let b = 0; b < count; b++) {
      const o = b * d;
      for (let c = 0; c < K; c++) {
        const src = (b * K + c) * d;
        for (let k = 0; k < d; k++) out[o + k] = (out[o + k] as number) + (ch[src + k] as number) * inv;
      }
    }
    return out;
  }
}
