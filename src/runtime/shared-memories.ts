// Shared memories (issue 19; seeds: MegaContext Tree — append-only tokens and hierarchical gists;
// GistNet 32→1 "gists carry the GistNet version"): a collection of documents fed once — tokenized
// and gisted once, stored as a tree of its own (src/storage/collection-repository.ts) — that
// several conversations can attach.
//
// Attaching appends the collection's documents to the conversation's memory exactly as feeding
// them one by one would (same token ids: the collection's tree starts with BOS like any tree and
// the BOS is dropped after a non-empty conversation, as feeding does; one "[label]\ntext" turn per
// document, marked as from the shared memory), but without the tokenizer, and the gister runs only
// where a stored gist cannot be the same (src/core/gist-reuse.ts copies a gist when the node is
// aligned with the collection's and its inputs are bit-for-bit equal):
//   - into an empty conversation every gist is copied (LOD1–LOD3: same positions);
//   - after existing text, LOD1 gists are copied when the join falls on a block boundary
//     ((position − BOS) mod 32 = 0), LOD2 when it falls on a 1,024-token boundary; otherwise the
//     gister recomputes those levels from the stored token ids (the tokenizer still does not run).
// Padding to a block boundary would make copying always possible but would change the token
// sequence the model reads (and the memory would no longer equal feeding), so it is not done.
// The conversation owns its copy: forgetting in one conversation, or deleting the collection,
// leaves the others and the collection untouched, and exports carry the attached text as turns.
import type { CallContext } from '../protocol/rpc';
import { MegaContextTree } from '../core/tree';
import { fillGists } from '../core/gister';
import { ReusingGister } from '../core/gist-reuse';
import { StorageInputError } from '../storage/errors';
import type { CollectionRecord } from '../storage/collection-records';
import { TreePersistence } from './tree-persistence';
import { EngineStateError } from './engine-settings';
import type { OpenConversations } from './open-conversations';
import { buildSnapshot } from './engine-snapshot';
import { yieldToEventLoop } from './yield';
import type { EngineHost } from './engine-host';
import type { LoadedModel } from './engine-model';
import type { EngineSettings, MemorySnapshot } from './engine-api';
import type { IngestProgress } from './conversation-memory';

/** A shared memory as the UI lists it. */
export interface CollectionSummary {
  id: string;
  name: string;
  documents: { label: string; tokens: number; chars: number }[];
  tokenCount: number;
  chars: number;
  /** Conversations (still existing) that attached it. */
  usedBy: number;
  createdAt: number;
}

/** Progress of making a collection: documents and tokens gisted so far. */
export interface CollectionProgress {
  documentsDone: number;
  documents: number;
  tokensDone: number;
  tokensTotal: number;
  tokensPerSecond: number;
  secondsLeft: number | null;
}

export interface AttachResult {
  tokens: number;
  /** Gists copied from the collection and computed by the gister, all levels together. */
  copiedGists: number;
  computedGists: number;
  /** Wall time of the attach (reading the collection, appending, gisting, storing). */
  ms: number;
  snapshot: MemorySnapshot;
}

/** Levels of a collection's tree: those of a conversation's (open-conversations.ts keeps LOD0–LOD3), so LOD3 gists copy too. */
const MAX_LEVEL = 3;
/** Tokens appended per step when making a collection (progress and cancellation granularity). */
const CHUNK = 8192;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export class SharedMemories {
  constructor(
    private readonly host: EngineHost,
    private readonly requireModel: () => LoadedModel,
    private readonly conversations: OpenConversations,
    private readonly settings: () => EngineSettings,
  ) {}

  private async summary(r: CollectionRecord): Promise<CollectionSummary> {
    const users = new Set((await this.host.storage.collections.attachments(r.id)).map((a) => a.conversationId));
    return {
      id: r.id,
      name: r.name,
      documents: r.documents.map((d) => ({ label: d.label, tokens: d.tokenEnd - d.tokenStart, chars: d.chars })),
      tokenCount: r.tokenCount,
      chars: sum(r.documents.map((d) => d.chars)),
      usedBy: users.size,
      createdAt: r.createdAt,
    };
  }

  async list(): Promise<CollectionSummary[]> {
    return Promise.all((await this.host.storage.collections.list()).map((r) => this.summary(r)));
  }

  /**
   * Tokenizes and gists the documents once into a tree of their own and records the collection.
   * A cancelled or failed one leaves nothing behind (its tree is deleted).
   */
  async create(
    name: string,
    documents: { label: string; text: string }[],
    ctx?: CallContext<CollectionProgress>,
  ): Promise<CollectionSummary> {
    const model = this.requireModel();
    const docs = documents.filter((d) => d.text.trim() !== '');
    if (name.trim() === '')
      throw new StorageInputError('A shared memory needs a name.', { field: 'name', reason: 'empty' });
    if (docs.length === 0)
      throw new StorageInputError('A shared memory needs at least one document with text.', {
        field: 'documents',
        reason: 'empty',
      });
    const startedAt = performance.now();
    const bos = model.tokenizer.bosId !== null ? [model.tokenizer.bosId] : [];
    const encoded = docs.map((d, i) => [...(i === 0 ? bos : []), ...model.tokenizer.encode(d.text)]);
    const total = sum(encoded.map((e) => e.length));
    const treeRecord = await this.host.storage.trees.createTree({
      name: `shared memory: ${name.trim()}`,
      d: model.info.hiddenSize,
      dtype: 'f32',
      vocabSize: model.info.vocabSize,
      gisterVersion: model.gister.version,
      baseModel: `${model.info.name}@${model.info.version}`,
    });
    const tree = new MegaContextTree({ blockSize: 32, maxLevel: MAX_LEVEL, gistDim: model.gister.dim });
    const persistence = new TreePersistence(this.host.storage.trees, treeRecord.id, tree);
    try {
      const stored: { label: string; text: string; chars: number; tokenStart: number; tokenEnd: number }[] = [];
      for (const [i, ids] of encoded.entries()) {
        const tokenStart = tree.length;
        for (let at = 0; at < ids.length; at += CHUNK) {
          await yieldToEventLoop();
          ctx?.signal?.throwIfAborted();
          tree.append(ids.slice(at, at + CHUNK));
          await fillGists(tree, model.gister, 256);
          const seconds = (performance.now() - startedAt) / 1000;
          const rate = seconds > 0 ? tree.length / seconds : 0;
          ctx?.progress({
            documentsDone: i,
            documents: docs.length,
            tokensDone: tree.length,
            tokensTotal: total,
            tokensPerSecond: rate,
            secondsLeft: rate > 0 ? (total - tree.length) / rate : null,
          });
        }
        await persistence.flush();
        const d = docs[i]!;
        stored.push({ label: d.label, text: d.text, chars: d.text.length, tokenStart, tokenEnd: tree.length });
      }
      const record = await this.host.storage.collections.create({
        name,
        treeId: treeRecord.id,
        documents: stored,
        bosTokens: bos.length,
      });
      return this.summary(record);
    } catch (e) {
      await this.host.storage.trees.deleteTree(treeRecord.id).catch(() => undefined);
      throw e;
    }
  }

  /** Deletes the collection; conversations that attached it keep their copies. */
  async delete(id: string): Promise<void> {
    await this.host.storage.collections.delete(id);
  }

  /** The collection's tree read back from storage (refused when damaged or made for another model). */
  private async source(r: CollectionRecord): Promise<MegaContextTree> {
    const model = this.requireModel();
    const meta = await this.host.storage.trees.getTree(r.treeId);
    if (meta.d !== model.info.hiddenSize || meta.vocabSize !== model.info.vocabSize)
      throw new EngineStateError(
        `The shared memory "${r.name}" was made with another base model (d ${meta.d}, vocab ${meta.vocabSize}; "${meta.baseModel}"); load that model to attach it.`,
        { state: 'model-mismatch' },
      );
    const tree = new MegaContextTree({ blockSize: 32, maxLevel: MAX_LEVEL, gistDim: model.gister.dim });
    const restored = await new TreePersistence(this.host.storage.trees, r.treeId, tree).restore();
    if (restored.corrupt.length > 0 || tree.length !== r.tokenCount)
      throw new EngineStateError(
        `The shared memory "${r.name}" is damaged in storage (${tree.length} of ${r.tokenCount} tokens readable); create it again.`,
        { state: 'collection-damaged' },
      );
    return tree;
  }

  /**
   * Appends the collection's documents to the conversation's memory, as feeding them would, copying
   * every gist that is the same (see the header); records the attachment.
   */
  attach(conversationId: string, collectionId: string, ctx?: CallContext<IngestProgress>): Promise<AttachResult> {
    return this.conversations.withRefreshPaused(conversationId, async () => {
      const startedAt = performance.now();
      const model = this.requireModel();
      const r = await this.host.storage.collections.get(collectionId);
      const texts = await this.host.storage.collections.texts(collectionId);
      const source = await this.source(r);
      const st = await this.conversations.get(conversationId);
      const first = st.memory.tree.length;
      const skip = first > 0 ? r.bosTokens : 0; // a tree starts with BOS; later documents do not
      // The conversation's own gister (it may also mirror new gists elsewhere, e.g. GPU buffers).
      const gister = new ReusingGister(st.memory.gister, source, first - skip);
      const total = r.tokenCount - skip;
      try {
        for (const [i, doc] of r.documents.entries()) {
          const from = i === 0 ? doc.tokenStart + skip : doc.tokenStart;
          const ids = source.tokenIds(from, doc.tokenEnd).slice(); // (tokens) — the tokenizer does not run
          const start = st.memory.tree.length;
          const before = start - first;
          try {
            await st.memory.ingest(ids, {
              gister,
              signal: ctx?.signal,
              startedAt,
              onProgress: (p) => {
                const done = before + p.tokensDone;
                const seconds = (performance.now() - startedAt) / 1000;
                const rate = seconds > 0 ? done / seconds : 0;
                ctx?.progress({
                  tokensDone: done,
                  tokensTotal: total,
                  tokensPerSecond: rate,
                  secondsLeft: rate > 0 ? (total - done) / rate : null,
                });
              },
            });
          } finally {
            await st.persistence.flush();
            const end = st.memory.tree.length;
            if (end > start) {
              const text = texts[i] ?? '';
              const kept =
                end - start === ids.length
                  ? text
                  : model.tokenizer.decode(Array.from(st.memory.tree.tokenIds(start, end)));
              await this.host.storage.conversations.appendTurn(conversationId, {
                role: 'system',
                text: `[${doc.label}]\n${kept}`,
                tokenStart: start,
                tokenEnd: end,
                meta: { kind: 'shared-memory', collection: r.id, name: r.name },
              });
            }
          }
        }
      } finally {
        if (st.memory.tree.length > first)
          await this.host.storage.collections.attach({
            collectionId: r.id,
            conversationId,
            tokenStart: first,
            tokenEnd: st.memory.tree.length,
          });
        await this.conversations.saveTelemetry(st);
      }
      return {
        tokens: st.memory.tree.length - first,
        copiedGists: sum(gister.counts.copied),
        computedGists: sum(gister.counts.computed),
        ms: performance.now() - startedAt,
        snapshot: buildSnapshot(st, this.settings()),
      };
    });
  }
}
