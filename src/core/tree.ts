// MegaContext Tree (seed: "the complete, append-only history of all tokens and their
// hierarchical gist summaries"; 32-ary, perfectly aligned, tail stays LOD0, gists carry the
// GistNet version).
//
// Storage (no pointers — all offsets derive from (level, index)):
//   tokens            Int32Array (n)                  LOD0 token ids, growable
//   gists             GistStore (gist-store.ts)       per level ℓ = 1..maxLevel: (filled[ℓ], dim)
//                                                     gists, their gister versions and overwrite revisions
//
// Node counts are derived: LODℓ has ⌊n / K^ℓ⌋ nodes; an incomplete node (the tail) has no gist.
// Gist slots are filled in order per level by an injected gister through the job flow:
//   nextGistJob(maxBatch) → { level, first, count, tokenIds | childGists } → gister → writeGists()
// Level-1 inputs are the block's token ids (count, K); level-ℓ inputs are the K child gists
// (count, K, dim). A level-ℓ node is ready once all its K children have gists.
// Lazy refresh (gist-refresh.ts): staleGists() finds gists of another gister version,
// gistInputs() gives the inputs of already-gisted nodes and overwriteGists() replaces their gists;
// token ids are never touched, so the append-only history stays intact. Each overwrite bumps
// gistRevision, so consumers that mirror gists (a KV cache, GPU buffers) find what changed since
// the revision they saw (firstOverwrittenSince).

import { nodeCount } from './addressing.ts';
import { AddressError, GistError, TokenIdError } from './errors.ts';
import { GistStore } from './gist-store.ts';

export interface TreeOptions {
  /** K (default 32). */
  readonly blockSize?: number;
  /** Top LOD level (default 2). */
  readonly maxLevel?: number;
  /** Gist vector width d (the base model's embedding size). */
  readonly gistDim: number;
  /** Initial token capacity (grows by doubling). */
  readonly initialCapacity?: number;
}

/** Work for a gister: `count` consecutive pending nodes of `level`, starting at `first`. */
export interface GistJob {
  readonly level: number;
  readonly first: number;
  readonly count: number;
  /** level 1: token ids, (count, K). A view — valid until the next append. */
  readonly tokenIds?: Int32Array;
  /** level ≥ 2: child gists, (count, K, dim). A view — valid until the next writeGists. */
  readonly childGists?: Float32Array;
}

const MAX_TOKEN_ID = 2 ** 31 - 1;

export class MegaContextTree {
  readonly blockSize: number;
  readonly maxLevel: number;
  readonly gistDim: number;
  private tokens: Int32Array;
  private n = 0;
  private readonly gists: GistStore;

  constructor(opts: TreeOptions) {
    this.blockSize = opts.blockSize ?? 32;
    this.maxLevel = opts.maxLevel ?? 2;
    this.gistDim = opts.gistDim;
    if (!Number.isInteger(this.gistDim) || this.gistDim < 1) {
      throw new GistError(`gistDim must be an integer ≥ 1 (the base model's embedding width); got ${opts.gistDim}.`);
    }
    if (
      !Number.isInteger(this.blockSize) ||
      this.blockSize < 2 ||
      !Number.isInteger(this.maxLevel) ||
      this.maxLevel < 1
    ) {
      throw new AddressError(`blockSize must be ≥ 2 and maxLevel ≥ 1 (integers).`, {
        blockSize: this.blockSize,
        maxLevel: this.maxLevel,
      });
    }
    this.tokens = new Int32Array(Math.max(1024, opts.initialCapacity ?? 0));
    this.gists = new GistStore(this.maxLevel, this.gistDim);
  }

  /** Number of tokens (LOD0 nodes). */
  get length(): number {
    return this.n;
  }

  /** Number of complete nodes at `level` (LOD0: tokens). */
  nodeCount(level: number): number {
    this.checkLevel(level);
    return nodeCount(this.blockSize, level, this.n);
  }

  /** Node counts for every level, LOD0 first. */
  counts(): number[] {
    const out: number[] = [];
    for (let l = 0; l <= this.maxLevel; l++) out.push(nodeCount(this.blockSize, l, this.n));
    return out;
  }

  /** Tokens in the incomplete newest block (0 when n is a multiple of K). */
  get tailLength(): number {
    return this.n % this.blockSize;
  }

  /** Append token ids (integers in [0, 2^31)). Returns the new length. */
  append(ids: ArrayLike<number>): number {
    const m = ids.length;
    for (let i = 0; i < m; i++) {
      const v = ids[i] as number;
      if (!(v >= 0 && v <= MAX_TOKEN_ID) || v !== Math.floor(v)) {
        throw new TokenIdError(`Token id at offset ${i} is ${v}; ids must be integers in [0, 2^31).`, {
          offset: i,
          value: v,
        });
      }
    }
    this.ensureTokenCapacity(this.n + m);
    this.tokens.set(ids, this.n);
    this.n += m;
    return this.n;
  }

  /** Token id at position `pos`. */
  tokenAt(pos: number): number {
    if (!(pos >= 0 && pos < this.n)) throw new AddressError(`Token ${pos} out of range [0, ${this.n}).`, { pos });
    return this.tokens[pos] as number;
  }

  /** Token ids [start, end) as a view (valid until the next append). */
  tokenIds(start: number, end: number): Int32Array {
    if (!(start >= 0 && start <= end && end <= this.n)) {
      throw new AddressError(`Token range [${start}, ${end}) is outside [0, ${this.n}).`, { start, end });
    }
    return this.tokens.subarray(start, end);
  }

  /** Nodes of `level` whose gist has been written (they are a prefix: fill is in order). */
  gistedCount(level: number): number {
    this.checkGistLevel(level);
    return this.gists.filledCount(level);
  }

  /** Nodes of `level` ready to be gisted (children complete and gisted) but not gisted yet. */
  pendingCount(level: number): number {
    return this.readyCount(level) - this.gistedCount(level);
  }

  /** True when every complete node of every level has a gist. */
  isFullyGisted(): boolean {
    for (let l = 1; l <= this.maxLevel; l++) if (this.gists.filledCount(l) < this.nodeCount(l)) return false;
    return true;
  }

  /** The next batch of gisting work (lowest level first), or null when nothing is ready. */
  nextGistJob(maxBatch = 1024): GistJob | null {
    const K = this.blockSize;
    for (let l = 1; l <= this.maxLevel; l++) {
      const first = this.gists.filledCount(l);
      const ready = this.readyCount(l);
      if (first >= ready) continue;
      const count = Math.min(ready - first, Math.max(1, maxBatch));
      if (l === 1) return { level: 1, first, count, tokenIds: this.tokens.subarray(first * K, (first + count) * K) };
      return { level: l, first, count, childGists: this.gists.view(l - 1, first * K, count * K) };
    }
    return null;
  }

  /**
   * Store gists (count, dim) for nodes [first, first+count) of `level`, made by gister `version`.
   * New gists must continue the filled prefix; already-filled nodes may be rewritten (refresh by a
   * retrained gister).
   */
  writeGists(level: number, first: number, vectors: Float32Array, version: string): void {
    this.checkGistLevel(level);
    const d = this.gistDim;
    if (vectors.length % d !== 0) {
      throw new GistError(`Gist buffer of ${vectors.length} floats is not a multiple of gistDim ${d}.`, {
        level,
        length: vectors.length,
        gistDim: d,
      });
    }
    const count = vectors.length / d;
    const filled = this.gists.filledCount(level);
    const ready = this.readyCount(level);
    if (!(first >= 0 && first <= filled && first + count <= ready)) {
      throw new GistError(
        `Cannot write LOD${level} gists [${first}, ${first + count}): ${filled} are written and ` +
          `${ready} are ready; write in order, after their children (use nextGistJob()).`,
        { level, first, count, filled, ready },
      );
    }
    this.gists.write(level, first, vectors, version);
  }

  /** Bumped by every overwrite of existing gists (starts at 0). */
  get gistRevision(): number {
    return this.gists.revision;
  }

  /** First node of `level` whose gist was overwritten after `revision` (−1: none). O(gisted nodes). */
  firstOverwrittenSince(level: number, revision: number): number {
    this.checkGistLevel(level);
    return this.gists.firstOverwrittenSince(level, revision);
  }

  /** Revision at which the gist of (level, index) was last overwritten (0: never). */
  overwrittenRevision(level: number, index: number): number {
    this.checkGistLevel(level);
    return this.gists.overwrittenRevision(level, index);
  }

  /**
   * Replace the gists (count, dim) of already-gisted nodes [first, first+count) of `level`, made by
   * gister `version` (refresh of stale gists). Never extends the filled prefix: new gists go through
   * writeGists(); tokens are not touched.
   */
  overwriteGists(level: number, first: number, vectors: Float32Array, version: string): void {
    this.checkGistLevel(level);
    const d = this.gistDim;
    const filled = this.gists.filledCount(level);
    const count = vectors.length / d;
    if (!Number.isInteger(count) || !(Number.isInteger(first) && first >= 0 && first + count <= filled)) {
      throw new GistError(
        `Cannot overwrite LOD${level} gists [${first}, ${first + count}) with ${vectors.length} floats: only the ${filled} ` +
          `gisted nodes (dim ${d} each) can be overwritten; use writeGists() for new ones.`,
        { level, first, length: vectors.length, gistDim: d, filled },
      );
    }
    this.gists.overwrite(level, first, vectors, version);
  }

  /**
   * Gister inputs of nodes [first, first+count) of `level` that are ready or gisted (a GistJob, as
   * nextGistJob() makes for pending ones): level 1 token ids (count, K), level ≥ 2 child gists
   * (count, K, dim). Views, valid until the next append / gist write.
   */
  gistInputs(level: number, first: number, count: number): GistJob {
    const ready = this.readyCount(level);
    if (!(Number.isInteger(first) && Number.isInteger(count) && first >= 0 && count >= 1 && first + count <= ready)) {
      throw new AddressError(
        `LOD${level} nodes [${first}, ${first + count}) do not all have complete inputs (${ready} ready).`,
        { level, first, count, ready },
      );
    }
    const K = this.blockSize;
    if (level === 1) return { level, first, count, tokenIds: this.tokens.subarray(first * K, (first + count) * K) };
    return { level, first, count, childGists: this.gists.view(level - 1, first * K, count * K) };
  }

  /** Gist of node (level, index) as a view (dim), or throws if it has none yet. */
  gist(level: number, index: number): Float32Array {
    this.checkGistLevel(level);
    if (!(index >= 0 && index < this.gists.filledCount(level))) {
      throw new AddressError(
        `LOD${level} node ${index} has no gist (${this.gists.filledCount(level)} gisted of ${this.nodeCount(level)}); ` +
          `run the gister (nextGistJob/writeGists) first.`,
        { level, index },
      );
    }
    return this.gists.view(level, index, 1);
  }

  /** Gists of nodes [first, first+count) of `level` as one (count, dim) view. */
  gistRange(level: number, first: number, count: number): Float32Array {
    if (count === 0) return new Float32Array(0);
    this.gist(level, first);
    this.gist(level, first + count - 1);
    return this.gists.view(level, first, count);
  }

  /** Version of the gister that made the gist of (level, index), or null if none yet. */
  gistVersionOf(level: number, index: number): string | null {
    this.checkGistLevel(level);
    if (!(index >= 0 && index < this.gists.filledCount(level))) return null;
    return this.gists.versionOf(level, index);
  }

  /**
   * Indices of gisted nodes of `level` made by a version other than `version` (lazy refresh),
   * ascending, optionally only within [from, to).
   */
  staleGists(level: number, version: string, from = 0, to = Number.POSITIVE_INFINITY): number[] {
    this.checkGistLevel(level);
    return this.gists.stale(level, version, from, to);
  }

  private readyCount(level: number): number {
    this.checkGistLevel(level);
    const complete = nodeCount(this.blockSize, level, this.n);
    if (level === 1) return complete;
    return Math.min(complete, Math.floor(this.gists.filledCount(level - 1) / this.blockSize));
  }

  private ensureTokenCapacity(need: number): void {
    if (need <= this.tokens.length) return;
    let cap = this.tokens.length;
    while (cap < need) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.tokens.subarray(0, this.n));
    this.tokens = next;
  }

  private checkLevel(level: number): void {
    if (!Number.isInteger(level) || level < 0 || level > this.maxLevel) {
      throw new AddressError(`Level ${level} is outside LOD0–LOD${this.maxLevel}.`, { level });
    }
  }

  private checkGistLevel(level: number): void {
    if (!Number.isInteger(level) || level < 1 || level > this.maxLevel) {
      throw new AddressError(`Gists exist at LOD1–LOD${this.maxLevel}; got LOD${level}.`, { level });
    }
  }
}
