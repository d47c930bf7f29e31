// MegaContext tree ↔ IndexedDB (ARCHITECTURE §5): after each ingest the newly completed LOD2
// spans (1,024 tokens + their 32 LOD1 gists + the LOD2 gist) are written one transaction each,
// then the tail; LOD3+ gists as upper records. On open the stored records rebuild the in-memory
// tree exactly (tokens, gists and the gister version of every gist).
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

export class TreePersistence {
  /** Complete spans already stored. */
  private storedSpans = 0;
  /** Upper (LOD3+) gists stored per level. */
  private readonly storedUpper = new Map<number, number>();
  private storedTailTokens = -1;

  constructor(
    private readonly repo: TreeRepository,
    readonly treeId: string,
    private readonly tree: MegaContextTree,
  ) {
    if (tree.blockSize !== 32) throw new RangeError('Storage records assume K = 32 (1,024-token spans).');
  }

  /** Tokens durably stored (what a reload would find). */
  get persistedTokens(): number {
    return this.storedSpans * SPAN_TOKENS + Math.max(0, this.storedTailTokens);
  }

  private version(level: number, index: number): string {
    return this.tree.gistVersionOf(level, index) ?? 'unknown';
  }

  /**
   * Writes every complete, fully gisted span not yet stored (each in its own transaction, the
   * last one together with the new tail), then the tail if it changed, then LOD3+ gists.
   * Throws the storage error (e.g. StorageQuotaError) with everything before it kept.
   */
  async flush(): Promise<void> {
    const t = this.tree;
    const spansReady = Math.min(t.gistedCount(2), Math.floor(t.length / SPAN_TOKENS));
    while (this.storedSpans < spansReady) {
      const s = this.storedSpans;
      const isLast = s === spansReady - 1;
      await this.repo.putSpan(
        this.treeId,
        {
          spanIndex: s,
          gisterVersion: this.version(2, s),
          tokenIds: t.tokenIds(s * SPAN_TOKENS, (s + 1) * SPAN_TOKENS),
          lod1: t.gistRange(1, s * 32, 32),
          lod2: t.gist(2, s),
        },
        isLast ? this.tailInput(s + 1) : null,
      );
      this.storedSpans = s + 1;
      if (isLast) this.storedTailTokens = t.length - (s + 1) * SPAN_TOKENS;
    }
    const tailTokens = t.length - this.storedSpans * SPAN_TOKENS;
    if (tailTokens !== this.storedTailTokens && (tailTokens > 0 || this.storedTailTokens > 0)) {
      await this.repo.putTail(this.treeId, this.tailInput(this.storedSpans));
      this.storedTailTokens = tailTokens;
    }
    for (let level = 3; level <= t.maxLevel; level++) {
      const done = this.storedUpper.get(level) ?? 0;
      for (let i = done; i < t.gistedCount(level); i++) {
        await this.repo.putUpperGist(this.treeId, level, i, t.gist(level, i), this.version(level, i));
        this.storedUpper.set(level, i + 1);
      }
    }
  }

  private tailInput(spanIndex: number) {
    const t = this.tree;
    const start = spanIndex * SPAN_TOKENS;
    const blocks = Math.min(t.gistedCount(1), Math.floor(t.length / 32)) - spanIndex * 32;
    return {
      spanIndex,
      gisterVersion: blocks > 0 ? this.version(1, spanIndex * 32) : 'none',
      tokenIds: t.tokenIds(start, t.length),
      lod1: blocks > 0 ? t.gistRange(1, spanIndex * 32, blocks) : new Float32Array(0),
    };
  }

  /** Loads the stored tree into the (empty) in-memory tree. */
  async restore(): Promise<RestoreReport> {
    const t = this.tree;
    if (t.length !== 0) throw new RangeError('restore() needs an empty tree');
    const loaded = await this.repo.loadTree(this.treeId);
    const firstCorrupt = loaded.corrupt.length > 0 ? Math.min(...loaded.corrupt.filter((c) => c.data.kind !== 'upper').map((c) => (c.data.kind === 'tail' ? Infinity : c.data.index))) : Infinity;
    let spans = 0;
    for (const span of loaded.spans) {
      if (span.spanIndex !== spans || span.spanIndex >= firstCorrupt) break;
      t.append(span.tokenIds);
      t.writeGists(1, spans * 32, span.lod1, span.gisterVersion);
      t.writeGists(2, spans, span.lod2, span.gisterVersion);
      spans++;
    }
    this.storedSpans = spans;
    let tailTokens = 0;
    if (loaded.tail && loaded.tail.spanIndex === spans && spans < firstCorrupt) {
      t.append(loaded.tail.tokenIds);
      if (loaded.tail.lod1.length > 0) t.writeGists(1, spans * 32, loaded.tail.lod1, loaded.tail.gisterVersion);
      tailTokens = loaded.tail.tokenIds.length;
    }
    this.storedTailTokens = tailTokens;
    for (const u of [...loaded.upperGists].sort((a, b) => a.level - b.level || a.index - b.index)) {
      if (u.level > t.maxLevel || u.index !== t.gistedCount(u.level) || (u.index + 1) * 32 ** u.level > t.length) continue;
      t.writeGists(u.level, u.index, u.gist, u.gisterVersion);
      this.storedUpper.set(u.level, u.index + 1);
    }
    return { tokens: t.length, spans, corrupt: loaded.corrupt, unreachableTokens: Math.max(0, loaded.resumeAt - t.length) };
  }
}
