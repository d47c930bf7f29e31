// Shared memories in the engine (issue 19), in node on the tiny real decoder: a collection fed once
// and attached to a conversation gives exactly the memory that feeding its documents would (same
// token ids, every gist bit for bit, same turns), copying the gists it can — all of them into an
// empty conversation, LOD1 when the join falls on a block boundary, none when it does not; several
// conversations attach it; forgetting in one leaves the other and the collection alone; deleting
// the collection breaks nothing; a reload and a .megacontext export/import keep the attached text.
// Runs with the training-free gister and with a learned GistNet (ONNX, batched differently when
// copying: the bitwise check shows batching does not change a gist).
import { beforeAll, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { ensureTinyNets, netsFetcher } from '../nets/tiny-nets';
import { MegaContextEngine } from '../../../src/runtime/engine';
import type { ConversationState } from '../../../src/runtime/engine-snapshot';
import type { OpenConversations } from '../../../src/runtime/open-conversations';
import type { MegaContextTree } from '../../../src/core/tree';
import { parseExport } from '../../../src/storage/export-import';
import { StorageNotFoundError } from '../../../src/storage/errors';

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const doc = (n: number, shift = 0) =>
  Array.from({ length: n }, (_, i) => words[(i * 7 + shift) % words.length]).join(' ');
const DOCS = [
  { label: 'one.txt', text: doc(900, 1) },
  { label: 'two.md', text: doc(1700, 2) },
  { label: 'three.txt', text: doc(400, 3) },
];

beforeAll(() => {
  ensureTinyNets();
}, 180_000);

async function tinyEngine(opts: { factory?: IDBFactory; nets?: boolean } = {}) {
  const host = await nodeEngineHost(TINY_DIR, opts.factory ?? new IDBFactory());
  const engine = new MegaContextEngine(opts.nets ? { ...host, fetcher: netsFetcher() } : host);
  await engine.loadModel(opts.nets ? '/models/tiny-with-nets/' : '/models/tiny/', 'auto');
  engine.updateSettings({ wMax: 512, maxNewTokens: 6, protectedTokens: 64 });
  return engine;
}

/** The engine's RPC handlers, called as the worker would (no progress listener). */
const api = (engine: MegaContextEngine) => {
  const h = engine.handlers();
  const ctx = undefined as never;
  return {
    create: (name: string, documents: { label: string; text: string }[]) =>
      h.createCollection({ name, documents }, ctx),
    list: () => h.listCollections(null, ctx),
    remove: (id: string) => h.deleteCollection({ id }, ctx),
    attach: (conversationId: string, collectionId: string) => h.attachCollection({ conversationId, collectionId }, ctx),
    exportFile: (conversationId: string) => h.exportConversation({ conversationId }, ctx),
    importFile: (bytes: Uint8Array) => h.importConversation({ bytes }, ctx),
  };
};

const stateOf = (engine: MegaContextEngine, id: string): Promise<ConversationState> =>
  (engine as unknown as { conversations: OpenConversations }).conversations.get(id);

/** Token ids and every gist (bits) of a tree, level by level. */
function treeBits(t: MegaContextTree) {
  const levels: { count: number; bits: number[]; versions: (string | null)[] }[] = [];
  for (let l = 1; l <= t.maxLevel; l++) {
    const n = t.gistedCount(l);
    const g = t.gistRange(l, 0, n);
    levels.push({
      count: n,
      bits: Array.from(new Uint32Array(g.buffer, g.byteOffset, g.length)),
      versions: Array.from({ length: n }, (_, i) => t.gistVersionOf(l, i)),
    });
  }
  return { tokens: Array.from(t.tokenIds(0, t.length)), levels };
}

const turnsOf = async (engine: MegaContextEngine, id: string) =>
  (await engine.openConversation(id)).turns.map(({ role, text, tokenStart, tokenEnd }) => ({
    role,
    text,
    tokenStart,
    tokenEnd,
  }));

/** A prefix text whose tokens (with the BOS) end where `aligned` asks: on a block boundary + 1 (BOS) or not. */
function prefixText(engine: MegaContextEngine, aligned: boolean): string {
  for (let n = 20; n < 400; n++) {
    const count = engine.countTokens(doc(n, 5), 'text');
    if ((count % 32 === 0) === aligned && count > 64) return doc(n, 5);
  }
  throw new Error('no prefix found');
}

async function compareWithFeeding(engine: MegaContextEngine, collectionId: string, prefix: string | null) {
  const fed = await engine.createConversation('fed');
  const att = await engine.createConversation('attached');
  if (prefix !== null) {
    await engine.ingest(fed.id, prefix, 'prefix.txt');
    await engine.ingest(att.id, prefix, 'prefix.txt');
  }
  const t0 = performance.now();
  for (const d of DOCS) await engine.ingest(fed.id, d.text, d.label);
  const feedMs = performance.now() - t0;
  const r = await api(engine).attach(att.id, collectionId);
  const a = (await stateOf(engine, att.id)).memory;
  const f = (await stateOf(engine, fed.id)).memory;
  expect(a.tree.length).toBe(f.tree.length);
  expect(treeBits(a.tree)).toEqual(treeBits(f.tree));
  expect(await turnsOf(engine, att.id)).toEqual(await turnsOf(engine, fed.id));
  // The working context follows the same steps too.
  expect(Array.from({ length: a.wc.length }, (_, i) => [a.wc.level(i), a.wc.entryStart(i)])).toEqual(
    Array.from({ length: f.wc.length }, (_, i) => [f.wc.level(i), f.wc.entryStart(i)]),
  );
  return { r, feedMs, att: att.id, fed: fed.id, start: prefix === null ? 0 : a.tree.length - r.tokens };
}

describe.each([
  { nets: false, gister: 'training-free' },
  { nets: true, gister: 'learned GistNet (ONNX)' },
])('shared memory with the $gister gister', ({ nets }) => {
  it('attaching equals feeding the same documents: into an empty conversation, after a block-aligned and a misaligned prefix', async () => {
    const engine = await tinyEngine({ nets });
    const col = await api(engine).create('handbook', DOCS);
    expect(col.documents.map((d) => d.label)).toEqual(['one.txt', 'two.md', 'three.txt']);
    expect(col.usedBy).toBe(0);

    const empty = await compareWithFeeding(engine, col.id, null);
    expect(empty.r.tokens).toBe(col.tokenCount); // BOS included, as feeding into an empty tree adds it
    expect(empty.r.computedGists).toBe(0); // every gist copied
    expect(empty.r.copiedGists).toBeGreaterThan(col.tokenCount / 32 - 1);

    const aligned = await compareWithFeeding(engine, col.id, prefixText(engine, true));
    expect((aligned.start - 1) % 32).toBe(0);
    expect(aligned.r.tokens).toBe(col.tokenCount - 1); // no BOS after a prefix
    // LOD1: every block of the collection but its first (it holds the BOS) is copied.
    expect(aligned.r.copiedGists).toBeGreaterThanOrEqual(Math.floor(col.tokenCount / 32) - 2);

    const misaligned = await compareWithFeeding(engine, col.id, prefixText(engine, false));
    expect((misaligned.start - 1) % 32).not.toBe(0);
    expect(misaligned.r.copiedGists).toBe(0);
    expect(misaligned.r.computedGists).toBeGreaterThan(0);

    // After a chat turn (the usual case) the result is the same as feeding as well.
    const fed = await engine.createConversation('chat fed');
    const att = await engine.createConversation('chat attached');
    await engine.chat(fed.id, 'hello there');
    await engine.chat(att.id, 'hello there');
    for (const d of DOCS) await engine.ingest(fed.id, d.text, d.label);
    await api(engine).attach(att.id, col.id);
    expect(treeBits((await stateOf(engine, att.id)).memory.tree)).toEqual(
      treeBits((await stateOf(engine, fed.id)).memory.tree),
    );
    expect((await api(engine).list())[0]!.usedBy).toBe(4);
  }, 240_000);
});

describe('shared memory across conversations', () => {
  it('two conversations attach one collection; forgetting in one, deleting the collection, a reload and an export leave the rest whole', async () => {
    const factory = new IDBFactory();
    const engine = await tinyEngine({ factory });
    const col = await api(engine).create('notes', DOCS.slice(0, 2));
    const a = await engine.createConversation('a');
    const b = await engine.createConversation('b');
    await engine.chat(b.id, 'first a question');
    await api(engine).attach(a.id, col.id);
    await api(engine).attach(b.id, col.id);
    expect((await api(engine).list()).map((c) => [c.name, c.usedBy])).toEqual([['notes', 2]]);

    const turnsA = (await engine.openConversation(a.id, 'page-1')).turns;
    expect(turnsA.map((t) => t.meta)).toEqual([
      { kind: 'shared-memory', collection: col.id, name: 'notes' },
      { kind: 'shared-memory', collection: col.id, name: 'notes' },
    ]);
    expect(turnsA[0]!.text).toBe(`[one.txt]\n${DOCS[0]!.text}`);
    const bBefore = treeBits((await stateOf(engine, b.id)).memory.tree);

    // Forget the first attached document in A: B and the collection are untouched.
    await engine.forget(a.id, turnsA[0]!.tokenStart, turnsA[0]!.tokenEnd, 'document', 'page-1');
    const turnsB = (await engine.openConversation(b.id, 'page-1')).turns;
    expect(turnsB.filter((t) => t.forgotten)).toEqual([]);
    expect(turnsB.filter((t) => t.meta?.kind === 'shared-memory').map((t) => t.text)).toEqual(
      DOCS.slice(0, 2).map((d) => `[${d.label}]\n${d.text}`),
    );
    const c = await engine.createConversation('c');
    await api(engine).attach(c.id, col.id);
    expect((await engine.openConversation(c.id)).turns.map((t) => t.forgotten)).toEqual([undefined, undefined]);

    // Delete the collection: the conversations that attached it keep everything.
    await api(engine).remove(col.id);
    expect(await api(engine).list()).toEqual([]);
    await expect(api(engine).attach(a.id, col.id)).rejects.toBeInstanceOf(StorageNotFoundError);

    // A new engine over the same storage (a reload): B's memory is as it was, the chat goes on.
    const again = await tinyEngine({ factory });
    expect(treeBits((await stateOf(again, b.id)).memory.tree)).toEqual(bBefore);
    const reopened = await again.openConversation(b.id);
    expect(reopened.turns.filter((t) => t.meta?.kind === 'shared-memory').length).toBe(2);
    const r = await again.chat(b.id, 'what do the notes say?');
    expect(r.stats.generatedTokens).toBeGreaterThan(0);

    // Export carries the attached text (the turns), and an import into another browser brings it back.
    const bytes = await api(again).exportFile(b.id);
    const file = parseExport(bytes);
    expect(file.header.turns.filter((t) => t.meta?.kind === 'shared-memory').map((t) => t.text)).toEqual(
      DOCS.slice(0, 2).map((d) => `[${d.label}]\n${d.text}`),
    );
    const elsewhere = await tinyEngine(); // another browser: the collection was never there
    const [imported] = await api(elsewhere).importFile(bytes);
    const importedTurns = (await elsewhere.openConversation(imported!.id)).turns;
    expect(importedTurns.filter((t) => t.meta?.kind === 'shared-memory').map((t) => t.tokenEnd)).toEqual(
      reopened.turns.filter((t) => t.meta?.kind === 'shared-memory').map((t) => t.tokenEnd),
    );
  }, 240_000);

  it('measures attach against feeding on a longer text (the gister and the tokenizer skipped)', async () => {
    const engine = await tinyEngine({ nets: true });
    const long = [{ label: 'long.txt', text: doc(24_000, 4) }];
    const t0 = performance.now();
    const col = await api(engine).create('long', long);
    const createMs = performance.now() - t0;
    const fed = await engine.createConversation('fed');
    const t1 = performance.now();
    await engine.ingest(fed.id, long[0]!.text, 'long.txt');
    const feedMs = performance.now() - t1;
    const att = await engine.createConversation('att');
    const r = await api(engine).attach(att.id, col.id);
    expect(r.computedGists).toBe(0);
    console.log(
      `shared memory, ${col.tokenCount} tokens, learned GistNet: create ${createMs.toFixed(0)} ms, feed ${feedMs.toFixed(0)} ms, attach ${r.ms.toFixed(0)} ms (${r.copiedGists} gists copied)`,
    );
    expect(treeBits((await stateOf(engine, att.id)).memory.tree)).toEqual(
      treeBits((await stateOf(engine, fed.id)).memory.tree),
    );
  }, 240_000);
});
