// Gist storage of the MegaContext Tree (seed: "gists carry the GistNet version; a retrained
// GistNet can refresh them lazily"): per level ℓ = 1..maxLevel, the gist slots (filled in order),
// the gister version that made each gist and the revision of its last overwrite.
//
//   gists[ℓ]          Float32Array (filled[ℓ], dim)    growable
//   gistVersion[ℓ]    Uint16Array (filled[ℓ])         id into `versions` (interned strings)
//   overwrittenAt[ℓ]  Uint32Array (filled[ℓ])         revision of the node's last overwrite (0: never)
//
// It knows nothing about tokens or which nodes are ready to be gisted: the tree (tree.ts) checks
// levels, order and readiness, then stores here. Each overwrite of filled slots bumps the revision,
// so consumers that mirror gists (a KV cache, GPU buffers) find what changed since they looked.

import { GistError } from './errors.ts';

export class GistStore {
  private readonly gists: Float32Array[] = [];
  private readonly gistVersion: Uint16Array[] = [];
  private readonly overwrittenAt: Uint32Array[] = [];
  private readonly filled: number[] = [];
  private readonly versions: string[] = [''];
  private rev = 0;

  /** Levels 1..maxLevel hold gists of width `dim` (level 0 has none). */
  constructor(
    maxLevel: number,
    readonly dim: number,
  ) {
    for (let l = 0; l <= maxLevel; l++) {
      this.gists.push(new Float32Array(l === 0 ? 0 : 64 * dim));
      this.gistVersion.push(new Uint16Array(l === 0 ? 0 : 64));
      this.overwrittenAt.push(new Uint32Array(l === 0 ? 0 : 64));
      this.filled.push(0);
    }
  }

  /** Slots of `level` that hold a gist (a prefix). */
  filledCount(level: number): number {
    return this.filled[level] as number;
  }

  /** Bumped by every overwrite of existing gists (starts at 0). */
  get revision(): number {
    return this.rev;
  }

  /**
   * Stores gists (count, dim) in slots [first, first+count) of `level` (first ≤ filled), made by
   * `version`; the filled prefix grows to cover them, and slots already filled count as overwritten.
   */
  write(level: number, first: number, vectors: Float32Array, version: string): void {
    const count = vectors.length / this.dim;
    const filled = this.filled[level] as number;
    const vid = this.internVersion(version);
    this.ensureCapacity(level, first + count);
    if (first < filled) this.markOverwritten(level, first, Math.min(filled, first + count) - first);
    this.set(level, first, vectors, vid);
    this.filled[level] = Math.max(filled, first + count);
  }

  /** Replaces the gists (count, dim) of filled slots [first, first+count) of `level` with ones made by `version`. */
  overwrite(level: number, first: number, vectors: Float32Array, version: string): void {
    const vid = this.internVersion(version);
    this.markOverwritten(level, first, vectors.length / this.dim);
    this.set(level, first, vectors, vid);
  }

  /** Gists of slots [first, first+count) of `level` as one (count, dim) view (unchecked; valid until the next write). */
  view(level: number, first: number, count: number): Float32Array {
    const d = this.dim;
    return (this.gists[level] as Float32Array).subarray(first * d, (first + count) * d);
  }

  /** Version of the gister that made the gist in slot `index` of `level` (a filled slot). */
  versionOf(level: number, index: number): string | null {
    return this.versions[(this.gistVersion[level] as Uint16Array)[index] as number] ?? null;
  }

  /** Filled slots of `level` in [from, to) whose gist was made by a version other than `version`, ascending. */
  stale(level: number, version: string, from: number, to: number): number[] {
    const vid = this.versions.indexOf(version);
    const ids = this.gistVersion[level] as Uint16Array;
    const out: number[] = [];
    for (let i = Math.max(0, from), f = Math.min(to, this.filled[level] as number); i < f; i++)
      if (ids[i] !== vid) out.push(i);
    return out;
  }

  /** First slot of `level` whose gist was overwritten after `revision` (−1: none). O(filled slots). */
  firstOverwrittenSince(level: number, revision: number): number {
    if (revision >= this.rev) return -1;
    const at = this.overwrittenAt[level] as Uint32Array;
    for (let i = 0, f = this.filled[level] as number; i < f; i++) if ((at[i] as number) > revision) return i;
    return -1;
  }

  /** Revision at which the gist in slot `index` of `level` was last overwritten (0: never). */
  overwrittenRevision(level: number, index: number): number {
    return (this.overwrittenAt[level] as Uint32Array)[index] ?? 0;
  }

  private set(level: number, first: number, vectors: Float32Array, vid: number): void {
    (this.gists[level] as Float32Array).set(vectors, first * this.dim);
    (this.gistVersion[level] as Uint16Array).fill(vid, first, first + vectors.length / this.dim);
  }

  private markOverwritten(level: number, first: number, count: number): void {
    this.rev++;
    (this.overwrittenAt[level] as Uint32Array).fill(this.rev, first, first + count);
  }

  private internVersion(version: string): number {
    if (typeof version !== 'string' || version.length === 0) {
      throw new GistError('A gist must record a non-empty gister version string.', { version });
    }
    let id = this.versions.indexOf(version);
    if (id < 0) {
      if (this.versions.length >= 65535) throw new GistError('Too many distinct gister versions (65535).');
      id = this.versions.push(version) - 1;
    }
    return id;
  }

  private ensureCapacity(level: number, nodes: number): void {
    const d = this.dim;
    const g = this.gists[level] as Float32Array;
    if (nodes * d <= g.length) return;
    let cap = g.length / d;
    while (cap < nodes) cap *= 2;
    const ng = new Float32Array(cap * d);
    ng.set(g);
    this.gists[level] = ng;
    const nv = new Uint16Array(cap);
    nv.set(this.gistVersion[level] as Uint16Array);
    this.gistVersion[level] = nv;
    const no = new Uint32Array(cap);
    no.set(this.overwrittenAt[level] as Uint32Array);
    this.overwrittenAt[level] = no;
  }
}
