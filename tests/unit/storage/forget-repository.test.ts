// Tombstones (schema v4, issue 19 item 3): added over a range of an existing tree, listed per tree,
// undone only from the page session that made them (a record of another session is final),
// refused for bad ranges, deleted with the tree.
import { describe, expect, it } from 'vitest';
import { ForgetRepository } from '../../../src/storage/forget-repository.ts';
import { ConversationRepository } from '../../../src/storage/conversation-repository.ts';
import { TreeRepository } from '../../../src/storage/tree-repository.ts';
import { StorageInputError, StorageNotFoundError } from '../../../src/storage/errors.ts';
import { ForgetError } from '../../../src/core/errors.ts';
import { freshDb, makeSpan } from './helpers.ts';

const newTree = { name: 't', d: 8, dtype: 'f32' as const, vocabSize: 50_000, gisterVersion: 'gist-test@1' };

async function setup() {
  const { db } = await freshDb();
  const conv = await new ConversationRepository(db).create({ title: 'a', newTree });
  await new TreeRepository(db).putSpan(conv.treeId, makeSpan(0, 8));
  return { db, conv, forgets: new ForgetRepository(db) };
}

describe('ForgetRepository', () => {
  it('adds and lists tombstones per tree, oldest first', async () => {
    const { conv, forgets } = await setup();
    const a = await forgets.add(conv.treeId, { start: 0, end: 40, kind: 'document', session: 'page-a' });
    const b = await forgets.add(conv.treeId, { start: 500, end: 1024, kind: 'span', session: 'page-a' });
    expect((await forgets.list(conv.treeId)).map((r) => r.id)).toEqual([a.id, b.id]);
    expect(await forgets.list('tree-other')).toEqual([]);
    expect(a).toMatchObject({ treeId: conv.treeId, start: 0, end: 40, kind: 'document', session: 'page-a' });
  });

  it('undo works from the session that forgot, and is refused (final) from any other', async () => {
    const { conv, forgets } = await setup();
    const a = await forgets.add(conv.treeId, { start: 0, end: 40, kind: 'span', session: 'page-a' });
    const err = await forgets.remove(conv.treeId, a.id, 'page-b').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgetError);
    expect((err as ForgetError).data).toMatchObject({ reason: 'final' });
    expect(await forgets.list(conv.treeId)).toHaveLength(1);
    await forgets.remove(conv.treeId, a.id, 'page-a');
    expect(await forgets.list(conv.treeId)).toEqual([]);
    await expect(forgets.remove(conv.treeId, a.id, 'page-a')).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  it('refuses empty, negative and past-the-end ranges and unknown trees, storing nothing', async () => {
    const { conv, forgets } = await setup();
    await expect(forgets.add(conv.treeId, { start: 5, end: 5, kind: 'span', session: 's' })).rejects.toBeInstanceOf(
      StorageInputError,
    );
    await expect(forgets.add(conv.treeId, { start: -1, end: 5, kind: 'span', session: 's' })).rejects.toBeInstanceOf(
      StorageInputError,
    );
    await expect(forgets.add(conv.treeId, { start: 0, end: 1025, kind: 'span', session: 's' })).rejects.toBeInstanceOf(
      StorageInputError,
    );
    await expect(forgets.add('tree-none', { start: 0, end: 5, kind: 'span', session: 's' })).rejects.toBeInstanceOf(
      StorageNotFoundError,
    );
    expect(await forgets.list(conv.treeId)).toEqual([]);
  });
});
