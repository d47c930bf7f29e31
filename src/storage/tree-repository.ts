// TreeRepository: the persisted MegaContext tree (seed: MegaContext Tree — append-only history,
// one record per LOD2 span, tail in its own record, deterministic keys). Crash safety: each write
// is one IndexedDB transaction (span + tail replacement + tree counters together), so a reload
// finds exactly the spans that committed and ingestion resumes at
//   committedSpans · 1024 + tail tokens.
// Reads verify every record's checksum; a corrupt record becomes a CorruptSpanError in
// `LoadedTree.corrupt` while every other span still loads.

import type { CorruptSpanError } from './errors.ts';
import { StorageConflictError, StorageInputError, StorageNotFoundError } from './errors.ts';
import { TREE_STORES, allRequests, writeTransaction, type MegaContextDb, type StoreName, type WriteTx } from './db.ts';
import {
  SPAN_TOKENS,
  FIRST_UPPER_LEVEL,
  tokenWidthFor,
  type GistDType,
  type SpanData,
  type SpanRecord,
  type TailData,
  type TreeLayout,
  type TreeRecord,
  type UpperGistData,
} from './records.ts';
import {
  decodeSpan,
  decodeTail,
  decodeUpperGist,
  encodeSpan,
  encodeTail,
  encodeUpperGist,
  type SpanInput,
  type TailInput,
} from './span-codec.ts';
import { isValidId, newId } from './ids.ts';

export interface NewTreeInput {
  id?: string;
  name: string;
  d: number;
  dtype: GistDType;
  vocabSize: number;
  gisterVersion: string;
  baseModel?: string;
}

export interface LoadedTree {
  meta: TreeRecord;
  /** Verified spans in index order (corrupt ones left out). */
  spans: SpanData[];
  /** One error per record that failed verification, each naming the tree and the index. */
  corrupt: CorruptSpanError[];
  /** The tail, if it verified and belongs right after the committed spans. */
  tail: TailData | null;
  upperGists: UpperGistData[];
  /** Length of the unbroken run of stored spans from span 0 (corrupt ones count as stored). */
  committedSpans: number;
  /** Token position where ingestion continues: committedSpans · 1024 + tail tokens. */
  resumeAt: number;
}

export interface TreeRepositoryOptions {
  /**
   * Overrides the transaction durability of every write. By default a span commit is 'strict'
   * (flushed to disk before it reports success: a committed span survives a power cut) and a tail
   * write is 'relaxed' (atomic all the same; at worst the newest < 1,024 tokens are re-ingested).
   * bench:storage measures both; on the reference machine strict spans cost nothing measurable.
   */
  durability?: IDBTransactionDurability;
  /** Fault injection for crash tests: called after a write's requests are issued, before commit. */
  beforeCommit?: (tx: IDBTransaction, operation: string) => void;
}

const spanRange = (treeId: string): IDBKeyRange => IDBKeyRange.bound([treeId, 0], [treeId, Number.POSITIVE_INFINITY]);
const upperRange = (treeId: string): IDBKeyRange =>
  IDBKeyRange.bound([treeId, 0, 0], [treeId, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);

/** Deletes every record of a tree inside an existing transaction (used by conversations too). */
/** Every tombstone key of a tree (ids are strings, so [treeId, ''] … [treeId, []] covers them all). */
export const forgetRange = (treeId: string): IDBKeyRange => IDBKeyRange.bound([treeId, ''], [treeId, []]);

export async function deleteTreeRecords<S extends StoreName[]>(anyTx: WriteTx<S>, treeId: string): Promise<void> {
  const tx = anyTx as unknown as WriteTx<StoreName[]>; // callers open it over (at least) TREE_STORES
  await allRequests([
    () => tx.objectStore('spans').delete(spanRange(treeId)),
    () => tx.objectStore('upperGists').delete(upperRange(treeId)),
    () => tx.objectStore('tails').delete(treeId),
    () => tx.objectStore('forgets').delete(forgetRange(treeId)),
    () => tx.objectStore('trees').delete(treeId),
  ]);
}

export function validateNewTree(input: NewTreeInput): void {
  if (!Number.isInteger(input.d) || input.d <= 0)
    throw new StorageInputError(`d must be a positive integer, got ${input.d}`, { field: 'd', reason: 'bad width' });
  if (input.dtype !== 'f32' && input.dtype !== 'f16')
    throw new StorageInputError(`dtype must be f32 or f16, got ${String(input.dtype)}`, {
      field: 'dtype',
      reason: 'bad dtype',
    });
  if (!Number.isInteger(input.vocabSize) || input.vocabSize <= 0 || input.vocabSize > 2 ** 32)
    throw new StorageInputError(`vocabSize must be in 1..2^32, got ${input.vocabSize}`, {
      field: 'vocabSize',
      reason: 'bad vocabulary size',
    });
}

export class TreeRepository {
  /** Layouts never change after creation, so they are cached; counters are always read in-transaction. */
  private readonly layouts = new Map<string, TreeLayout>();

  constructor(
    private readonly db: MegaContextDb,
    private readonly options: TreeRepositoryOptions = {},
  ) {}

  async createTree(input: NewTreeInput): Promise<TreeRecord> {
    validateNewTree(input);
    if (input.id !== undefined && !isValidId(input.id))
      throw new StorageInputError(`Invalid tree id "${input.id}"`, { field: 'id', reason: 'bad id' });
    const now = Date.now();
    const record: TreeRecord = {
      id: input.id ?? newId('tree'),
      name: input.name,
      d: input.d,
      dtype: input.dtype,
      vocabSize: input.vocabSize,
      tokenWidth: tokenWidthFor(input.vocabSize),
      gisterVersion: input.gisterVersion,
      baseModel: input.baseModel ?? '',
      spanCount: 0,
      tokenCount: 0,
      createdAt: now,
      updatedAt: now,
    };
    await this.write(['trees'], `new tree "${record.id}"`, 'default', async (tx) => {
      if (await tx.objectStore('trees').getKey(record.id)) {
        throw new StorageConflictError(`A MegaContext with id "${record.id}" already exists`, {
          kind: 'tree',
          id: record.id,
          reason: 'exists',
        });
      }
      await tx.objectStore('trees').add(record);
    });
    this.layouts.set(record.id, record);
    return record;
  }

  async getTree(treeId: string): Promise<TreeRecord> {
    const record = await this.db.get('trees', treeId);
    if (!record) throw new StorageNotFoundError(`No MegaContext with id "${treeId}"`, { kind: 'tree', id: treeId });
    this.layouts.set(treeId, { d: record.d, dtype: record.dtype, tokenWidth: record.tokenWidth });
    return record;
  }

  async listTrees(): Promise<TreeRecord[]> {
    const all = await this.db.getAll('trees');
    return all.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async renameTree(treeId: string, name: string): Promise<TreeRecord> {
    return this.write(['trees'], `rename of tree "${treeId}"`, 'default', async (tx) => {
      const record = await tx.objectStore('trees').get(treeId);
      if (!record) throw new StorageNotFoundError(`No MegaContext with id "${treeId}"`, { kind: 'tree', id: treeId });
      const updated = { ...record, name, updatedAt: Date.now() };
      await tx.objectStore('trees').put(updated);
      return updated;
    });
  }

  /** Deletes a tree and all its records; refuses while a conversation still uses it. */
  async deleteTree(treeId: string): Promise<void> {
    await this.write([...TREE_STORES, 'conversations'], `deletion of tree "${treeId}"`, 'default', async (tx) => {
      const users = await tx.objectStore('conversations').index('byTree').getAllKeys(treeId);
      if (users.length > 0) {
        throw new StorageConflictError(
          `MegaContext "${treeId}" is used by ${users.length} conversation(s); delete them first`,
          { kind: 'tree', id: treeId, reason: 'in use' },
        );
      }
      await deleteTreeRecords(tx, treeId);
    });
    this.layouts.delete(treeId);
  }

  /**
   * Commits one completed span in one transaction: the span record, the tail that follows it (or
   * removal of the tail it completes) and the tree's counters. Span s may be written once span s−1
   * exists (append-only); rewriting an existing span (a refreshed gister) is allowed.
   */
  async putSpan(treeId: string, span: SpanInput, nextTail: TailInput | null = null): Promise<void> {
    const layout = await this.layout(treeId);
    const record = encodeSpan(treeId, layout, span);
    const tailRecord = nextTail ? encodeTail(treeId, layout, nextTail) : null;
    if (tailRecord && tailRecord.spanIndex !== span.spanIndex + 1) {
      throw new StorageInputError(
        `The tail after span ${span.spanIndex} must be span ${span.spanIndex + 1}, got ${tailRecord.spanIndex}`,
        { field: 'nextTail.spanIndex', reason: 'not contiguous' },
      );
    }
    await this.write(TREE_STORES, `span ${span.spanIndex} of tree "${treeId}"`, 'strict', async (tx) => {
      const spans = tx.objectStore('spans');
      const [tree, previous, existing, next, oldTail] = await Promise.all([
        tx.objectStore('trees').get(treeId),
        span.spanIndex === 0
          ? Promise.resolve<[string, number] | undefined>([treeId, -1])
          : spans.getKey([treeId, span.spanIndex - 1]),
        spans.getKey([treeId, span.spanIndex]),
        spans.getKey([treeId, span.spanIndex + 1]),
        tx.objectStore('tails').get(treeId),
      ]);
      if (!tree) throw new StorageNotFoundError(`No MegaContext with id "${treeId}"`, { kind: 'tree', id: treeId });
      if (!previous) {
        throw new StorageConflictError(
          `Span ${span.spanIndex} of tree "${treeId}" cannot be written before span ${span.spanIndex - 1}`,
          { kind: 'span', id: `${treeId}/${span.spanIndex}`, reason: 'gap' },
        );
      }
      if (tailRecord && next) {
        throw new StorageConflictError(
          `Span ${span.spanIndex + 1} of tree "${treeId}" is committed, so a tail cannot follow span ${span.spanIndex}`,
          { kind: 'tail', id: treeId, reason: 'not contiguous' },
        );
      }
      const writes: Array<() => Promise<unknown>> = [() => spans.put(record)];
      if (tailRecord) writes.push(() => tx.objectStore('tails').put(tailRecord));
      else if (oldTail && oldTail.spanIndex <= span.spanIndex)
        writes.push(() => tx.objectStore('tails').delete(treeId));
      const spanCount = existing ? tree.spanCount : Math.max(tree.spanCount, span.spanIndex + 1);
      const tailTokens = tailRecord
        ? tailRecord.tokenCount
        : oldTail && oldTail.spanIndex > span.spanIndex
          ? oldTail.tokenCount
          : 0;
      const updated: TreeRecord = {
        ...tree,
        spanCount,
        tokenCount: spanCount * SPAN_TOKENS + tailTokens,
        updatedAt: Date.now(),
      };
      writes.push(() => tx.objectStore('trees').put(updated));
      await allRequests(writes);
    });
  }

  /** Replaces the tail (the incomplete newest span) in one transaction; tail.spanIndex must equal the span count. */
  async putTail(treeId: string, tail: TailInput): Promise<void> {
    const record = encodeTail(treeId, await this.layout(treeId), tail);
    await this.write(['trees', 'spans', 'tails'], `tail of tree "${treeId}"`, 'relaxed', async (tx) => {
      const spans = tx.objectStore('spans');
      const [tree, previous, clash] = await Promise.all([
        tx.objectStore('trees').get(treeId),
        tail.spanIndex === 0
          ? Promise.resolve<[string, number] | undefined>([treeId, -1])
          : spans.getKey([treeId, tail.spanIndex - 1]),
        spans.getKey([treeId, tail.spanIndex]),
      ]);
      if (!tree) throw new StorageNotFoundError(`No MegaContext with id "${treeId}"`, { kind: 'tree', id: treeId });
      if (!previous || clash) {
        throw new StorageConflictError(
          `The tail of tree "${treeId}" must follow the last committed span; span ${tail.spanIndex} ${clash ? 'is already committed' : 'has no predecessor'}`,
          { kind: 'tail', id: treeId, reason: 'not contiguous' },
        );
      }
      const updated: TreeRecord = {
        ...tree,
        tokenCount: tail.spanIndex * SPAN_TOKENS + record.tokenCount,
        updatedAt: Date.now(),
      };
      await allRequests([() => tx.objectStore('tails').put(record), () => tx.objectStore('trees').put(updated)]);
    });
  }

  /** Stores one LOD3+ gist (level ≥ 3), key [treeId, level, index]. */
  async putUpperGist(
    treeId: string,
    level: number,
    index: number,
    gist: Float32Array,
    gisterVersion: string,
  ): Promise<void> {
    if (!Number.isInteger(level) || level < FIRST_UPPER_LEVEL)
      throw new StorageInputError(`Upper gists start at level ${FIRST_UPPER_LEVEL}, got ${level}`, {
        field: 'level',
        reason: 'level too low',
      });
    const record = encodeUpperGist(treeId, await this.layout(treeId), level, index, gist, gisterVersion);
    await this.write(['upperGists'], `LOD${level} gist ${index} of tree "${treeId}"`, 'default', async (tx) => {
      await tx.objectStore('upperGists').put(record);
    });
  }

  /** One span, verified (throws CorruptSpanError or StorageNotFoundError). */
  async loadSpan(treeId: string, spanIndex: number): Promise<SpanData> {
    const record = await this.db.get('spans', [treeId, spanIndex]);
    if (!record)
      throw new StorageNotFoundError(`Tree "${treeId}" has no span ${spanIndex}`, {
        kind: 'span',
        id: `${treeId}/${spanIndex}`,
      });
    return decodeSpan(treeId, record);
  }

  /** Everything needed to assemble a working context, every record verified. */
  async loadTree(treeId: string, options: { batch?: number } = {}): Promise<LoadedTree> {
    // One readonly transaction: the tree record, spans, tail and upper gists are one snapshot.
    const tx = this.db.transaction(['trees', 'spans', 'tails', 'upperGists'], 'readonly');
    const meta = await tx.objectStore('trees').get(treeId);
    if (!meta) throw new StorageNotFoundError(`No MegaContext with id "${treeId}"`, { kind: 'tree', id: treeId });
    this.layouts.set(treeId, { d: meta.d, dtype: meta.dtype, tokenWidth: meta.tokenWidth });
    const spans: SpanData[] = [];
    const corrupt: CorruptSpanError[] = [];
    let committedSpans = 0;
    const batch = options.batch ?? 128;
    // Key-ordered batches, all requested at once so IndexedDB pipelines them, decoded in order as
    // they arrive: no giant structured clone and no round trip per batch. The last range is open
    // ended, so a span beyond the counter in the tree record (it is only a hint) is still found.
    const ranges: IDBKeyRange[] = [];
    for (let start = 0; start < meta.spanCount; start += batch)
      ranges.push(IDBKeyRange.bound([treeId, start], [treeId, start + batch], false, true));
    ranges.push(IDBKeyRange.bound([treeId, ranges.length * batch], [treeId, Number.POSITIVE_INFINITY]));
    const pending = ranges.map((range) => tx.objectStore('spans').getAll(range));
    const tailPending = tx.objectStore('tails').get(treeId);
    const upperPending = tx.objectStore('upperGists').getAll(upperRange(treeId));
    for (const p of [...pending, tailPending, upperPending]) p.catch(() => undefined); // awaited below, in order
    for (const p of pending) {
      const records: SpanRecord[] = await p;
      for (const record of records) {
        if (record.spanIndex === committedSpans) committedSpans++;
        try {
          spans.push(decodeSpan(treeId, record));
        } catch (error) {
          if ((error as Error).name !== 'CorruptSpanError') throw error;
          corrupt.push(error as CorruptSpanError);
        }
      }
    }
    const [tailRecord, upperRecords] = await Promise.all([tailPending, upperPending]);
    let tail: TailData | null = null;
    if (tailRecord && tailRecord.spanIndex === committedSpans) {
      try {
        tail = decodeTail(treeId, tailRecord);
      } catch (error) {
        if ((error as Error).name !== 'CorruptSpanError') throw error;
        corrupt.push(error as CorruptSpanError);
      }
    }
    const upperGists: UpperGistData[] = [];
    for (const r of upperRecords) {
      try {
        upperGists.push(decodeUpperGist(treeId, r, meta.tokenWidth));
      } catch (error) {
        if ((error as Error).name !== 'CorruptSpanError') throw error;
        corrupt.push(error as CorruptSpanError);
      }
    }
    return {
      meta,
      spans,
      corrupt,
      tail,
      upperGists,
      committedSpans,
      resumeAt: committedSpans * SPAN_TOKENS + (tail?.tokenIds.length ?? 0),
    };
  }

  private async layout(treeId: string): Promise<TreeLayout> {
    return this.layouts.get(treeId) ?? this.getTree(treeId);
  }

  private write<S extends StoreName[], T>(
    stores: S,
    operation: string,
    durability: IDBTransactionDurability,
    fill: (tx: WriteTx<S>) => Promise<T>,
  ): Promise<T> {
    return writeTransaction(this.db, stores, operation, fill, {
      durability: this.options.durability ?? durability,
      beforeCommit: this.options.beforeCommit,
    });
  }
}
