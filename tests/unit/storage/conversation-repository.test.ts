import { describe, expect, it } from 'vitest';
import { ConversationRepository } from '../../../src/storage/conversation-repository.ts';
import { TreeRepository } from '../../../src/storage/tree-repository.ts';
import { StorageConflictError, StorageInputError, StorageNotFoundError } from '../../../src/storage/errors.ts';
import { freshDb, makeSpan } from './helpers.ts';

const D = 8;
const tree = { name: 'mc', d: D, dtype: 'f16' as const, vocabSize: 32_000, gisterVersion: 'mean-pool@1' };

describe('ConversationRepository', () => {
  it('creates a conversation with its own tree, appends and lists turns', async () => {
    const { db } = await freshDb();
    const convs = new ConversationRepository(db);
    const trees = new TreeRepository(db);
    const c = await convs.create({ title: 'first', newTree: tree });
    expect((await trees.getTree(c.treeId)).name).toBe('mc');
    await convs.appendTurn(c.id, { role: 'user', text: 'hi', tokenStart: 0, tokenEnd: 2 });
    await convs.appendTurn(c.id, { role: 'assistant', text: 'hello', tokenStart: 2, tokenEnd: 5 });
    const turns = await convs.listTurns(c.id);
    expect(turns.map((t) => [t.index, t.role, t.text])).toEqual([
      [0, 'user', 'hi'],
      [1, 'assistant', 'hello'],
    ]);
    expect((await convs.get(c.id)).turnCount).toBe(2);
    await expect(
      convs.appendTurn(c.id, { role: 'user', text: 'x', tokenStart: 5, tokenEnd: 4 }),
    ).rejects.toBeInstanceOf(StorageInputError);
    await expect(
      convs.appendTurn('nope', { role: 'user', text: 'x', tokenStart: 0, tokenEnd: 1 }),
    ).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  it('lists most recent first and renames', async () => {
    const { db } = await freshDb();
    const convs = new ConversationRepository(db);
    const a = await convs.create({ id: 'a', title: 'A', newTree: tree });
    await new Promise((r) => setTimeout(r, 2));
    await convs.create({ id: 'b', title: 'B', newTree: tree });
    await new Promise((r) => setTimeout(r, 2));
    await convs.rename(a.id, 'A2');
    expect((await convs.list()).map((c) => c.title)).toEqual(['A2', 'B']);
  });

  it('shared trees survive until their last conversation is deleted', async () => {
    const { db } = await freshDb();
    const convs = new ConversationRepository(db);
    const trees = new TreeRepository(db);
    const a = await convs.create({ title: 'A', newTree: { ...tree, id: 'shared' } });
    const b = await convs.create({ title: 'B', treeId: 'shared' });
    await trees.putSpan('shared', makeSpan(0, D, 32_000));
    await convs.appendTurn(a.id, { role: 'user', text: 'q', tokenStart: 0, tokenEnd: 1 });
    await expect(trees.deleteTree('shared')).rejects.toBeInstanceOf(StorageConflictError);
    expect(await convs.delete(a.id)).toEqual({ treeDeleted: false });
    expect(await convs.listTurns(a.id)).toEqual([]);
    expect((await trees.loadTree('shared')).spans).toHaveLength(1);
    expect(await convs.delete(b.id)).toEqual({ treeDeleted: true });
    await expect(trees.getTree('shared')).rejects.toBeInstanceOf(StorageNotFoundError);
    expect(await db.count('spans')).toBe(0);
  });

  it('validates its input and refuses unknown trees without writing anything', async () => {
    const { db } = await freshDb();
    const convs = new ConversationRepository(db);
    await expect(convs.create({ title: 'x' })).rejects.toBeInstanceOf(StorageInputError);
    await expect(convs.create({ title: 'x', treeId: 'missing' })).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(convs.create({ title: 'x', newTree: { ...tree, d: 0 } })).rejects.toBeInstanceOf(StorageInputError);
    await convs.create({ id: 'c1', title: 'x', newTree: { ...tree, id: 't1' } });
    await expect(convs.create({ id: 'c2', title: 'y', newTree: { ...tree, id: 't1' } })).rejects.toBeInstanceOf(
      StorageConflictError,
    );
    await expect(convs.create({ id: 'c1', title: 'y', treeId: 't1' })).rejects.toBeInstanceOf(StorageConflictError);
    expect(await convs.list()).toHaveLength(1);
  });
});
