// MegaContext tree ↔ IndexedDB (ARCHITECTURE §5): after each ingest the newly completed LOD2
// spans (1,024 tokens + their 32 LOD1 gists + the LOD2 gist) are written one transaction each,
// then the tail; LOD3+ gists as upper records. On open the stored records rebuild the in-memory
// tree exactly (tokens, gists and the gister version of every gist).
//
// Refreshed gists (a newer gister, gist-refresh.ts): flush() also rewrites every stored record
// with a gist overwritten since the last flush (the tree's gist revision says which), each span
// in its own transaction, so a crash mid-refresh leaves every record self-consistent. A record carries one gister version; a span
// whose gists were made by several (only possible mid-refresh) is stored as MIXED_GISTER_VERSION,
// which no gister has, so the next open refreshes all of it.
import type { MegaContextTree } from '../core/tree';
import type { CorruptSpanError, TreeRepository } from '../storage/index';
import { SPAN_TOKENS } from '../storage/records';

export interface RestoreReport {
  tokens: number;
  spans: number;
  /** Records that failed their checksum; the tree is restored up to the first of them. */
  corrupt: CorruptSpanError[];
  /** Tokens stored after a corrupt span that could not be placed (the tree has no holes). */
  unreachableTokens: number;
}

/** Label of a stored record whose gists were made by more than one gister version. */
export const MIXED_GISTER_VERSION = 'mixed';
/** Label of a tail without gists. */
const NO_GISTS = 'none';

export class TreePersistence {
  /** Gister version of each complete span stored (its length = spans stored). */
  private readonly spanVersions: string[] = [];
  /** Gister version of each upper (LOD3+) gist stored, per level. */
  private readonly upperVersions = new Map<number, string[]>();
  private storedTailTokens = -1;
  private storedTailVersion = NO_GISTS;
  /** The tree's gist revision that storage reflects (overwrites after it are not stored yet). */
  private flushedRevision: number;

  constructor(
    private readonly repo: TreeRepository,
    readonly treeId: string,
    private readonly tree: MegaContextTree,
  ) {
    if (tree.blockSize !== 32) throw new RangeError('Storage records assume K = 32 (1,024-token spans).');
    this.flushedRevision = tree.gistRevision;
  }

  /** Tokens durably stored (what a reload would find). */
  get persistedTokens(): number {
    return this.spanVersions.length * SPAN_TOKENS + Math.max(0, this.storedTailTokens);
  }

  private get storedSpans(): number {
    return this.spanVersions.length;
  }

  private version(level: number, index: number): string {
    return this.tree.gistVersionOf(level, index) ?? 'unknown';
  }

  /** The one version of gists [first, first+count) of `level`, or MIXED_GISTER_VERSION. */
  private label(level: number, first: number, count: number): string {
    if (count === 0) return NO_GISTS;
    const v = this.version(level, first);
    for (let i = first + 1; i < first + count; i++) if (this.version(level, i) !== v) return MIXED_GISTER_VERSION;
    return v;
  }

  /** The version a span record gets: its 32 LOD1 gists and its LOD2 gist agree, or it is mixed. */
  private spanLabel(s: number): string {
    const v = this.label(1, s * 32, 32);
    return v === this.version(2, s) ? v : MIXED_GISTER_VERSION;
  }

  /** Whether a gist of [first, first+count) of `level` was overwritten after revision `since`. */
  private overwritten(level: number, first: number, count: number, since: number): boolean {
    for (let i = first; i < first + count; i++) if (this.tree.overwrittenRevision(level, i) > since) return true;
    return false;
  }

  private spanInput(s: number, gisterVersion: string) {
    const t = this.tree;
    return {
      spanIndex: s,
      gisterVersion,
      tokenIds: t.tokenIds(s * SPAN_TOKENS, (s + 1) * SPAN_TOKENS),
      lod1: t.gistRange(1, s * 32, 32),
      lod2: t.gist(2, s),
    };
  }

  /**
   * Makes storage match the tree: rewrites stored spans whose gists changed version (a refresh),
   * writes every complete, fully gisted span not yet stored (each in its own transaction, the
   * last one together with the new tail), then the tail if it changed, then LOD3+ gists (changed
   * and new). Throws the storage error (e.g. StorageQuotaError) with everything before it kept.
   */
  async flush(): Promise<void> {
    const t = this.tree;
    const since = this.flushedRevision;
    const revision = t.gistRevision;
    const refreshed = revision !== since;
    if (refreshed) {
      const lod1 = t.firstOverwrittenSince(1, since);
      const lod2 = t.firstOverwrittenSince(2, since);
      const from = Math.min(lod1 >= 0 ? Math.floor(lod1 / 32) : Infinity, lod2 >= 0 ? lod2 : Infinity);
      for (let s = from; s < this.storedSpans; s++) {
        if (!this.overwritten(1, s * 32, 32, since) && !this.overwritten(2, s, 1, since)) continue;
        const v = this.spanLabel(s);
        await this.repo.putSpan(this.treeId, this.spanInput(s, v));
        this.spanVersions[s] = v;
      }
    }
    const spansReady = Math.min(t.gistedCount(2), Math.floor(t.length / SPAN_TOKENS));
    while (this.storedSpans < spansReady) {
      const s = this.storedSpans;
      const isLast = s === spansReady - 1;
      const v = this.spanLabel(s);
      const tail = isLast ? this.tailInput(s + 1) : null;
      await this.repo.putSpan(this.treeId, this.spanInput(s, v), tail);
      this.spanVersions.push(v);
      if (tail) {
        this.storedTailTokens = tail.tokenIds.length;
        this.storedTailVersion = tail.gisterVersion;
      }
    }
    const tail = this.tailInput(this.storedSpans);
    const tailTokens = tail.tokenIds.length;
    const tailRefreshed = refreshed && this.overwritten(1, this.storedSpans * 32, tail.lod1.length / t.gistDim, since);
    if (
      (tailTokens !== this.storedTailTokens || tail.gisterVersion !== this.storedTailVersion || tailRefreshed) &&
      (tailTokens > 0 || this.storedTailTokens > 0)
    ) {
      await this.repo.putTail(this.treeId, tail);
      this.storedTailTokens = tailTokens;
      this.storedTailVersion = tail.gisterVersion;
    }
    for (let level = 3; level <= t.maxLevel; level++) {
      const stored = this.upperVersions.get(level) ?? [];
      this.upperVersions.set(level, stored);
      const from = refreshed ? t.firstOverwrittenSince(level, since) : -1;
      for (let i = from >= 0 ? Math.min(from, stored.length) : stored.length; i < t.gistedCount(level); i++) {
        if (i < stored.length && !(t.overwrittenRevision(level, i) > since)) continue;
        const v = this.version(level, i);
        await this.repo.putUpperGist(this.treeId, level, i, t.gist(level, i), v);
        stored[i] = v;
      }
    }
    this.flushedRevision = revision;
  }

  private tailInput(spanIndex: number) {
    const t = this.tree;
    const start = spanIndex * SPAN_TOKENS;
    const blocks = Math.max(0, Math.min(t.gistedCount(1), Math.floor(t.length / 32)) - spanIndex * 32);
    return {
      spanIndex,
      gisterVersion: this.label(1, spanIndex * 32, blocks),
      tokenIds: t.tokenIds(start, t.length),
      lod1: blocks > 0 ? t.gistRange(1, spanIndex * 32, blocks) : new Float32Array(0),
    };
  }

  /** Loads the stored tree into the (empty) in-memory tree. */
  async restore(): Promise<RestoreReport> {
    const t = this.tree;
    if (t.length !== 0) throw new RangeError('restore() needs an empty tree');
    const loaded = await this.repo.loadTree(this.treeId);
    const firstCorrupt =
      loaded.corrupt.length > 0
        ? Math.min(
            ...loaded.corrupt
              .filter((c) => c.data.kind !== 'upper')
              .map((c) => (c.data.kind === 'tail' ? Infinity : c.data.index)),
          )
        : Infinity;
    let spans = 0;
    for (const span of loaded.spans) {
      if (span.spanIndex !== spans || span.spanIndex >= firstCorrupt) break;
      t.append(span.tokenIds);
      t.writeGists(1, spans * 32, span.lod1, span.gisterVersion);
      t.writeGists(2, spans, span.lod2, span.gisterVersion);
      this.spanVersions.push(span.gisterVersion);
      spans++;
    }
    let tailTokens = 0;
    if (loaded.tail && loaded.tail.spanIndex === spans && spans < firstCorrupt) {
      t.append(loaded.tail.tokenIds);
      if (loaded.tail.lod1.length > 0) {
        t.writeGists(1, spans * 32, loaded.tail.lod1, loaded.tail.gisterVersion);
        this.storedTailVersion = loaded.tail.gisterVersion;
      }
      tailTokens = loaded.tail.tokenIds.length;
    }
    this.storedTailTokens = tailTokens;
    for (const u of [...loaded.upperGists].sort((a, b) => a.level - b.level || a.index - b.index)) {
      if (u.level > t.maxLevel || u.index !== t.gistedCount(u.level) || (u.index + 1) * 32 ** u.level > t.length)
        continue;
      t.writeGists(u.level, u.index, u.gist, u.gisterVersion);
      const stored = this.upperVersions.get(u.level) ?? [];
      stored.push(u.gisterVersion);
      this.upperVersions.set(u.level, stored);
    }
    return {
      tokens: t.length,
      spans,
      corrupt: loaded.corrupt,
      unreachableTokens: Math.max(0, loaded.resumeAt - t.length),
    };
  }
}
