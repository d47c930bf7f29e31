import { describe, expect, it } from 'vitest';
import { TreeRepository } from '../../../src/storage/tree-repository.ts';
import { CorruptSpanError, StorageConflictError, StorageInputError } from '../../../src/storage/errors.ts';
import { freshDb, makeSpan, makeTail } from './helpers.ts';

const D = 16;
const newTree = { name: 'test', d: D, dtype: 'f32' as const, vocabSize: 50_000, gisterVersion: 'gist-test@1' };

describe('TreeRepository', () => {
  it('round-trips spans and the tail exactly (f32, u16 ids)', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    const tree = await repo.createTree(newTree);
    expect(tree.tokenWidth).toBe(2);
    const spans = [makeSpan(0, D), makeSpan(1, D)];
    await repo.putSpan(tree.id, spans[0]!);
    await repo.putSpan(tree.id, spans[1]!, makeTail(2, 100, D));
    const loaded = await repo.loadTree(tree.id);
    expect(loaded.corrupt).toEqual([]);
    expect(loaded.spans.length).toBe(2);
    for (const [i, s] of loaded.spans.entries()) {
      expect(Array.from(s.tokenIds)).toEqual(Array.from(spans[i]!.tokenIds));
      expect(Array.from(s.lod1)).toEqual(Array.from(spans[i]!.lod1));
      expect(Array.from(s.lod2)).toEqual(Array.from(spans[i]!.lod2));
    }
    expect(loaded.tail?.tokenIds.length).toBe(100);
    expect(loaded.tail?.lod1.length).toBe(3 * D);
    expect(loaded.committedSpans).toBe(2);
    expect(loaded.resumeAt).toBe(2 * 1024 + 100);
    expect(loaded.meta.tokenCount).toBe(2 * 1024 + 100);
  });

  it('f16 gists come back as the nearest half values', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    const tree = await repo.createTree({ ...newTree, dtype: 'f16', vocabSize: 200_000 });
    expect(tree.tokenWidth).toBe(4);
    const span = makeSpan(0, D, 200_000);
    await repo.putSpan(tree.id, span);
    const back = await repo.loadSpan(tree.id, 0);
    expect(Array.from(back.tokenIds)).toEqual(Array.from(span.tokenIds));
    for (let i = 0; i < span.lod1.length; i++)
      expect(Math.abs(back.lod1[i]! - span.lod1[i]!)).toBeLessThanOrEqual(2 ** -11);
  });

  it('putSpan clears the tail it completes, in the same transaction', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    const tree = await repo.createTree(newTree);
    await repo.putTail(tree.id, makeTail(0, 999, D));
    expect((await repo.loadTree(tree.id)).resumeAt).toBe(999);
    await repo.putSpan(tree.id, makeSpan(0, D));
    const loaded = await repo.loadTree(tree.id);
    expect(loaded.tail).toBeNull();
    expect(loaded.resumeAt).toBe(1024);
  });

  it('refuses gaps and tails that do not follow the last span', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    const tree = await repo.createTree(newTree);
    await expect(repo.putSpan(tree.id, makeSpan(1, D))).rejects.toBeInstanceOf(StorageConflictError);
    await repo.putSpan(tree.id, makeSpan(0, D));
    await expect(repo.putTail(tree.id, makeTail(0, 10, D))).rejects.toBeInstanceOf(StorageConflictError);
    await expect(repo.putTail(tree.id, makeTail(2, 10, D))).rejects.toBeInstanceOf(StorageConflictError);
    await expect(repo.putTail(tree.id, makeTail(1, 1024, D, 0))).rejects.toBeInstanceOf(StorageInputError);
    await expect(repo.putSpan(tree.id, { ...makeSpan(1, D), lod2: new Float32Array(3) })).rejects.toBeInstanceOf(
      StorageInputError,
    );
    expect((await repo.loadTree(tree.id)).resumeAt).toBe(1024);
  });

  it('a transaction aborted mid-write (crash) leaves exactly the committed spans and the old tail', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    const tree = await repo.createTree(newTree);
    await repo.putSpan(tree.id, makeSpan(0, D), makeTail(1, 1000, D));
    const crashing = new TreeRepository(db, { beforeCommit: (tx) => tx.abort() });
    await expect(crashing.putSpan(tree.id, makeSpan(1, D), makeTail(2, 5, D))).rejects.toThrow();
    const loaded = await repo.loadTree(tree.id);
    expect(loaded.spans.map((s) => s.spanIndex)).toEqual([0]);
    expect(loaded.tail?.tokenIds.length).toBe(1000);
    expect(loaded.resumeAt).toBe(1024 + 1000);
    expect(loaded.meta.tokenCount).toBe(1024 + 1000);
    // and ingestion resumes from there
    await repo.putSpan(tree.id, makeSpan(1, D));
    expect((await repo.loadTree(tree.id)).resumeAt).toBe(2048);
  });

  it('a corrupted record gives a CorruptSpanError naming the span; the rest loads', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    const tree = await repo.createTree(newTree);
    for (let s = 0; s < 3; s++) await repo.putSpan(tree.id, makeSpan(s, D));
    const rec = await db.get('spans', [tree.id, 1]);
    const bytes = new Uint8Array(rec!.payload);
    bytes[500] = bytes[500]! ^ 0x10;
    await db.put('spans', rec!);
    const loaded = await repo.loadTree(tree.id);
    expect(loaded.spans.map((s) => s.spanIndex)).toEqual([0, 2]);
    expect(loaded.corrupt).toHaveLength(1);
    expect(loaded.corrupt[0]).toBeInstanceOf(CorruptSpanError);
    expect(loaded.corrupt[0]!.data).toMatchObject({ treeId: tree.id, kind: 'span', index: 1 });
    expect(loaded.corrupt[0]!.message).toContain('span 1');
    expect(loaded.committedSpans).toBe(3);
    await expect(repo.loadSpan(tree.id, 1)).rejects.toBeInstanceOf(CorruptSpanError);
  });

  it('trees can be listed, renamed and deleted independently', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    const a = await repo.createTree({ ...newTree, id: 'tree-a' });
    const b = await repo.createTree({ ...newTree, id: 'tree-b' });
    await repo.putSpan(a.id, makeSpan(0, D));
    await repo.putSpan(b.id, makeSpan(0, D), makeTail(1, 40, D));
    await repo.putUpperGist(b.id, 3, 0, new Float32Array(D).fill(0.5), 'gist-test@1');
    await expect(repo.createTree({ ...newTree, id: 'tree-a' })).rejects.toBeInstanceOf(StorageConflictError);
    await repo.renameTree(a.id, 'renamed');
    expect((await repo.listTrees()).map((t) => t.name).sort()).toEqual(['renamed', 'test']);
    expect((await repo.loadTree(b.id)).upperGists[0]!.gist[0]).toBe(0.5);
    await repo.deleteTree(b.id);
    expect((await repo.listTrees()).map((t) => t.id)).toEqual(['tree-a']);
    expect(await db.count('spans')).toBe(1);
    expect(await db.count('tails')).toBe(0);
    expect(await db.count('upperGists')).toBe(0);
    expect((await repo.loadTree(a.id)).spans).toHaveLength(1);
  });

  it('loads in batches across many spans', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    const tree = await repo.createTree({ ...newTree, d: 4 });
    for (let s = 0; s < 7; s++) await repo.putSpan(tree.id, makeSpan(s, 4));
    const loaded = await repo.loadTree(tree.id, { batch: 3 });
    expect(loaded.spans.map((s) => s.spanIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(loaded.resumeAt).toBe(7 * 1024);
  });
});

describe('TreeRepository: lazy gist refresh and facade', () => {
  it('rewriting a committed span with a newer gister keeps counters and the tail', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    const tree = await repo.createTree(newTree);
    await repo.putSpan(tree.id, makeSpan(0, D));
    await repo.putSpan(tree.id, makeSpan(1, D), makeTail(2, 64, D));
    await repo.putSpan(tree.id, makeSpan(0, D, 50_000, 'gist-test@2'));
    const loaded = await repo.loadTree(tree.id);
    expect(loaded.spans.map((s) => s.gisterVersion)).toEqual(['gist-test@2', 'gist-test@1']);
    expect(loaded.tail?.tokenIds.length).toBe(64);
    expect(loaded.meta).toMatchObject({ spanCount: 2, tokenCount: 2 * 1024 + 64 });
    // a tail can only follow the newest span
    await expect(repo.putSpan(tree.id, makeSpan(0, D), makeTail(1, 10, D))).rejects.toBeInstanceOf(
      StorageConflictError,
    );
  });

  it('rewritten span, tail and upper records (new gists, same tokens) reload as rewritten', async () => {
    for (const dtype of ['f32', 'f16'] as const) {
      const { db } = await freshDb(`rewrite-${dtype}`);
      const repo = new TreeRepository(db);
      const tree = await repo.createTree({ ...newTree, dtype });
      const old = [makeSpan(0, D), makeSpan(1, D)];
      const oldTail = makeTail(2, 100, D);
      await repo.putSpan(tree.id, old[0]!);
      await repo.putSpan(tree.id, old[1]!, oldTail);
      await repo.putUpperGist(tree.id, 3, 0, new Float32Array(D).fill(0.25), 'gist-test@1');
      // A refresh: the same tokens, gists of another gister (halved, so f16 stays exact).
      const fresh = {
        ...old[1]!,
        gisterVersion: 'gist-test@2',
        lod1: old[1]!.lod1.map((v) => Math.round(v * 64) / 128),
        lod2: new Float32Array(D).fill(-0.5),
      };
      const freshTail = { ...oldTail, gisterVersion: 'gist-test@2', lod1: oldTail.lod1.map(() => 0.125) };
      await repo.putSpan(tree.id, fresh);
      await repo.putTail(tree.id, freshTail);
      await repo.putUpperGist(tree.id, 3, 0, new Float32Array(D).fill(0.75), 'gist-test@2');
      const loaded = await repo.loadTree(tree.id);
      expect(loaded.corrupt).toEqual([]);
      expect(loaded.spans.map((sp) => sp.gisterVersion)).toEqual(['gist-test@1', 'gist-test@2']);
      expect(Array.from(loaded.spans[1]!.tokenIds)).toEqual(Array.from(old[1]!.tokenIds));
      expect(Array.from(loaded.spans[1]!.lod1)).toEqual(Array.from(fresh.lod1));
      expect(Array.from(loaded.spans[1]!.lod2)).toEqual(Array.from(fresh.lod2));
      expect(loaded.tail).toMatchObject({ spanIndex: 2, gisterVersion: 'gist-test@2' });
      expect(Array.from(loaded.tail!.tokenIds)).toEqual(Array.from(oldTail.tokenIds));
      expect(Array.from(loaded.tail!.lod1)).toEqual(Array.from(freshTail.lod1));
      expect(loaded.upperGists).toHaveLength(1);
      expect(loaded.upperGists[0]).toMatchObject({ level: 3, index: 0, gisterVersion: 'gist-test@2' });
      expect(Array.from(loaded.upperGists[0]!.gist)).toEqual(new Array(D).fill(0.75));
      expect(loaded.resumeAt).toBe(2 * 1024 + 100);
      expect(loaded.meta).toMatchObject({ spanCount: 2, tokenCount: 2 * 1024 + 100 });
      db.close();
    }
  });
});
