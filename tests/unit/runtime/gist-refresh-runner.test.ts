// Lazy gist refresh in the runtime: a memory made with gister A and reopened with gister B ends
// with only B's gists (in memory and in IndexedDB) and identical tokens; a cancelled or crashed
// refresh leaves every stored span record of a single version and the next run finishes the job;
// new blocks appended mid-refresh never produce a mixed record.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openStorage, type MegaContextStorage } from '../../../src/storage/index';
import { MegaContextTree } from '../../../src/core/tree';
import type { Gister } from '../../../src/core/gister';
import { ConversationMemory } from '../../../src/runtime/conversation-memory';
import { TreePersistence } from '../../../src/runtime/tree-persistence';
import { refreshStaleGists, staleGistCount, type GistRefreshProgress } from '../../../src/runtime/gist-refresh-runner';
import { BackgroundRefresh } from '../../../src/runtime/background-refresh';
import { gisterA, gisterB } from '../../fixtures/versioned-gister';

const D = 8;
const TOKENS = 32 * 1024 + 3 * 1024 + 32 * 4 + 9; // 35 spans (one LOD3 node), 4 tail blocks + 9 tokens
const ids = (n: number, seed = 1) => Array.from({ length: n }, (_, i) => (i * 7919 + seed) % 5000);
const config = { wMax: 4096, maxLevel: 3 };

async function memoryMadeWith(gister: Gister, storage: MegaContextStorage) {
  const tree = await storage.trees.createTree({
    name: 't',
    d: D,
    dtype: 'f32',
    vocabSize: 8192,
    gisterVersion: gister.version,
  });
  const memory = new ConversationMemory(gister, { config });
  const persistence = new TreePersistence(storage.trees, tree.id, memory.tree);
  await memory.ingest(ids(TOKENS));
  await persistence.flush();
  return { treeId: tree.id, memory };
}

async function reopen(storage: MegaContextStorage, treeId: string, gister: Gister) {
  const memory = new ConversationMemory(gister, { config });
  const persistence = new TreePersistence(storage.trees, treeId, memory.tree);
  await persistence.restore();
  return { memory, persistence };
}

function gistsOf(tree: MegaContextTree) {
  return [1, 2, 3].map((l) => Array.from(tree.gistRange(l, 0, tree.gistedCount(l))));
}

function versionsOf(tree: MegaContextTree): string[] {
  const s = new Set<string>();
  for (let l = 1; l <= tree.maxLevel; l++)
    for (let i = 0; i < tree.gistedCount(l); i++) s.add(tree.gistVersionOf(l, i)!);
  return [...s].sort();
}

/** Every stored span / tail / upper record holds the gists of exactly the version it names. */
async function expectSelfConsistent(
  storage: MegaContextStorage,
  treeId: string,
  refs: Record<string, MegaContextTree>,
) {
  const loaded = await storage.trees.loadTree(treeId);
  expect(loaded.corrupt).toEqual([]);
  for (const span of loaded.spans) {
    const ref = refs[span.gisterVersion]!;
    expect(Array.from(span.lod1), `span ${span.spanIndex}`).toEqual(
      Array.from(ref.gistRange(1, span.spanIndex * 32, 32)),
    );
    expect(Array.from(span.lod2)).toEqual(Array.from(ref.gist(2, span.spanIndex)));
  }
  const tail = loaded.tail!;
  expect(Array.from(tail.lod1)).toEqual(
    Array.from(refs[tail.gisterVersion]!.gistRange(1, tail.spanIndex * 32, tail.lod1.length / D)),
  );
  for (const u of loaded.upperGists)
    expect(Array.from(u.gist)).toEqual(Array.from(refs[u.gisterVersion]!.gist(u.level, u.index)));
  return loaded;
}

describe('refreshing stale gists', () => {
  it('a memory made with gister A, reopened with gister B, ends with only B gists and the same tokens', async () => {
    const storage = await openStorage({ factory: new IDBFactory(), name: 'refresh' });
    const { treeId, memory: made } = await memoryMadeWith(gisterA(D), storage);
    const reference = (await memoryMadeWith(gisterB(D), storage)).memory.tree;
    const { memory, persistence } = await reopen(storage, treeId, gisterB(D));
    const total = staleGistCount(memory.tree, memory.gister);
    expect(total).toBe(memory.tree.gistedCount(1) + memory.tree.gistedCount(2) + 1);

    const progress: GistRefreshProgress[] = [];
    const refreshed = await refreshStaleGists(memory.tree, memory.gister, persistence, {
      batch: 200,
      onProgress: (p) => progress.push(p),
    });
    expect(refreshed).toBe(total);
    expect(progress[0]).toEqual({ gistsDone: 0, gistsTotal: total, version: 'gist-B@2' });
    expect(progress.at(-1)).toEqual({ gistsDone: total, gistsTotal: total, version: 'gist-B@2' });
    expect(progress.map((p) => p.gistsDone)).toEqual([...progress.map((p) => p.gistsDone)].sort((a, b) => a - b));
    expect(versionsOf(memory.tree)).toEqual(['gist-B@2']);
    expect(staleGistCount(memory.tree, memory.gister)).toBe(0);
    expect(gistsOf(memory.tree)).toEqual(gistsOf(reference));
    expect(Array.from(memory.tree.tokenIds(0, TOKENS))).toEqual(Array.from(made.tree.tokenIds(0, TOKENS)));

    // Storage holds the refreshed records: a reload finds B everywhere, the same tokens, nothing to do.
    const again = await reopen(storage, treeId, gisterB(D));
    expect(again.memory.tree.length).toBe(TOKENS);
    expect(versionsOf(again.memory.tree)).toEqual(['gist-B@2']);
    expect(gistsOf(again.memory.tree)).toEqual(gistsOf(reference));
    expect(Array.from(again.memory.tree.tokenIds(0, TOKENS))).toEqual(Array.from(made.tree.tokenIds(0, TOKENS)));
    expect((await storage.trees.getTree(treeId)).tokenCount).toBe(TOKENS);
    storage.close();
  });

  it('a cancelled refresh leaves single-version records; the next run finishes', async () => {
    const storage = await openStorage({ factory: new IDBFactory(), name: 'cancel' });
    const { treeId, memory: refA } = await memoryMadeWith(gisterA(D), storage);
    const refB = (await memoryMadeWith(gisterB(D), storage)).memory.tree;
    const { memory, persistence } = await reopen(storage, treeId, gisterB(D));
    const controller = new AbortController();
    const run = refreshStaleGists(memory.tree, memory.gister, persistence, {
      batch: 64,
      signal: controller.signal,
      onProgress: (p) => p.gistsDone >= 200 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const midway = await expectSelfConsistent(storage, treeId, { 'gist-A@1': refA.tree, 'gist-B@2': refB });
    const spanVersions = midway.spans.map((s) => s.gisterVersion);
    expect(spanVersions).toContain('gist-A@1');
    expect(spanVersions).toContain('gist-B@2');

    const resumed = await reopen(storage, treeId, gisterB(D));
    await refreshStaleGists(resumed.memory.tree, resumed.memory.gister, resumed.persistence);
    const done = await expectSelfConsistent(storage, treeId, { 'gist-B@2': refB });
    expect(new Set(done.spans.map((s) => s.gisterVersion))).toEqual(new Set(['gist-B@2']));
    expect(done.tail!.gisterVersion).toBe('gist-B@2');
    expect(done.upperGists.map((u) => u.gisterVersion)).toEqual(['gist-B@2']);
    storage.close();
  });

  it('a crash mid-refresh (a failed span write) keeps every record self-consistent', async () => {
    const storage = await openStorage({ factory: new IDBFactory(), name: 'crash' });
    const { treeId, memory: refA } = await memoryMadeWith(gisterA(D), storage);
    const refB = (await memoryMadeWith(gisterB(D), storage)).memory.tree;
    const { memory, persistence } = await reopen(storage, treeId, gisterB(D));
    const realPut = storage.trees.putSpan.bind(storage.trees);
    let calls = 0;
    storage.trees.putSpan = async (...args) => {
      if (++calls === 5) throw new DOMException('disk gone', 'UnknownError');
      return realPut(...args);
    };
    await expect(refreshStaleGists(memory.tree, memory.gister, persistence, { batch: 64 })).rejects.toThrow(
      'disk gone',
    );
    storage.trees.putSpan = realPut;
    const after = await expectSelfConsistent(storage, treeId, { 'gist-A@1': refA.tree, 'gist-B@2': refB });
    expect(after.spans.filter((s) => s.gisterVersion === 'gist-B@2')).toHaveLength(4);
    expect(after.resumeAt).toBe(TOKENS);
    storage.close();
  });

  it('blocks appended while stale gists remain never make a mixed record', async () => {
    const storage = await openStorage({ factory: new IDBFactory(), name: 'append' });
    const { treeId } = await memoryMadeWith(gisterA(D), storage);
    const { memory, persistence } = await reopen(storage, treeId, gisterB(D));
    // New tokens complete the tail's span (whose first blocks A made) before any refresh ran.
    await memory.ingest(ids(1024, 7));
    await persistence.flush();
    const loaded = await storage.trees.loadTree(treeId);
    expect(loaded.corrupt).toEqual([]);
    expect(loaded.spans[35]!.gisterVersion).toBe('gist-B@2'); // refreshed children, then the parent
    expect(loaded.spans[34]!.gisterVersion).toBe('gist-A@1'); // untouched until the refresh
    await refreshStaleGists(memory.tree, memory.gister, persistence);
    const done = await storage.trees.loadTree(treeId);
    expect(new Set(done.spans.map((s) => s.gisterVersion))).toEqual(new Set(['gist-B@2']));
    expect(done.resumeAt).toBe(TOKENS + 1024);
    storage.close();
  });
});

describe('BackgroundRefresh', () => {
  it('pause waits for the batch in flight; watch follows a run to its end; close stops for good', async () => {
    const storage = await openStorage({ factory: new IDBFactory(), name: 'bg' });
    const { treeId } = await memoryMadeWith(gisterA(D), storage);
    const { memory, persistence } = await reopen(storage, treeId, gisterB(D));
    const errors: unknown[] = [];
    const bg = new BackgroundRefresh(
      (signal, onProgress) =>
        refreshStaleGists(memory.tree, memory.gister, persistence, { batch: 64, signal, onProgress }),
      (e) => errors.push(e),
    );
    bg.start();
    await new Promise((r) => setTimeout(r, 0));
    await bg.pause();
    expect(bg.progress).toBeNull();
    const left = staleGistCount(memory.tree, memory.gister);
    expect(left).toBeGreaterThan(0);
    const seen: number[] = [];
    await bg.watch((p) => seen.push(p.gistsDone));
    expect(seen.at(-1)).toBe(left);
    expect(staleGistCount(memory.tree, memory.gister)).toBe(0);
    await bg.close();
    bg.start(); // closed: nothing runs
    expect(bg.progress).toBeNull();
    expect(errors).toEqual([]);
    storage.close();
  });
});
