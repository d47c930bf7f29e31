// CollectionRepository (schema v5, shared memories): a collection over a tree of its own, its
// documents' texts, attachments by conversations (only existing ones count), and deletion that
// removes the collection's records and tree in one transaction while conversations that attached
// it keep theirs.
import { describe, expect, it } from 'vitest';
import { freshDb, makeSpan, makeTail } from './helpers.ts';
import { TreeRepository } from '../../../src/storage/tree-repository.ts';
import { ConversationRepository } from '../../../src/storage/conversation-repository.ts';
import { CollectionRepository } from '../../../src/storage/collection-repository.ts';
import { StorageInputError, StorageNotFoundError } from '../../../src/storage/errors.ts';

const D = 8;

async function setup() {
  const { db } = await freshDb();
  const trees = new TreeRepository(db);
  const conversations = new ConversationRepository(db);
  const collections = new CollectionRepository(db);
  // The collection's tree: one span and a 70-token tail = 1,094 tokens.
  const tree = await trees.createTree({ name: 'shared', d: D, dtype: 'f32', vocabSize: 1000, gisterVersion: 'g@1' });
  await trees.putSpan(tree.id, makeSpan(0, D, 1000, 'g@1'), makeTail(1, 70, D));
  const documents = [
    { label: 'a.txt', text: 'first document', chars: 14, tokenStart: 0, tokenEnd: 600 },
    { label: 'b.md', text: 'second document', chars: 15, tokenStart: 600, tokenEnd: 1094 },
  ];
  return { db, trees, conversations, collections, tree, documents };
}

describe('CollectionRepository', () => {
  it('creates, lists and reads back a collection with its texts', async () => {
    const { collections, tree, documents } = await setup();
    const c = await collections.create({ name: ' Handbook ', treeId: tree.id, documents, bosTokens: 1 });
    expect(c).toMatchObject({ name: 'Handbook', treeId: tree.id, tokenCount: 1094, bosTokens: 1 });
    expect(c.documents).toEqual(documents.map(({ text: _t, ...d }) => d));
    expect((await collections.list()).map((x) => x.id)).toEqual([c.id]);
    expect(await collections.get(c.id)).toEqual(c);
    expect(await collections.texts(c.id)).toEqual(['first document', 'second document']);
  });

  it('refuses a collection whose documents do not cover its tree, or that has none', async () => {
    const { collections, tree, documents } = await setup();
    await expect(
      collections.create({ name: 'x', treeId: tree.id, documents: documents.slice(0, 1), bosTokens: 1 }),
    ).rejects.toMatchObject({ name: 'StorageInputError', data: { reason: 'token count' } });
    await expect(
      collections.create({ name: 'x', treeId: tree.id, documents: [documents[1]!], bosTokens: 1 }),
    ).rejects.toBeInstanceOf(StorageInputError);
    await expect(collections.create({ name: 'x', treeId: tree.id, documents: [], bosTokens: 1 })).rejects.toMatchObject(
      { data: { field: 'documents' } },
    );
    await expect(
      collections.create({ name: 'x', treeId: 'tree-missing', documents, bosTokens: 1 }),
    ).rejects.toBeInstanceOf(StorageNotFoundError);
    expect(await collections.list()).toEqual([]);
  });

  it('counts attachments by conversations that still exist', async () => {
    const { collections, conversations, tree, documents } = await setup();
    const c = await collections.create({ name: 'kb', treeId: tree.id, documents, bosTokens: 1 });
    const a = await conversations.create({
      title: 'a',
      newTree: { name: 'a', d: D, dtype: 'f32', vocabSize: 1000, gisterVersion: 'g@1' },
    });
    const b = await conversations.create({
      title: 'b',
      newTree: { name: 'b', d: D, dtype: 'f32', vocabSize: 1000, gisterVersion: 'g@1' },
    });
    await collections.attach({ collectionId: c.id, conversationId: a.id, tokenStart: 0, tokenEnd: 1094 });
    await collections.attach({ collectionId: c.id, conversationId: b.id, tokenStart: 40, tokenEnd: 1133 });
    expect((await collections.attachments(c.id)).map((x) => x.conversationId).sort()).toEqual([a.id, b.id].sort());
    await conversations.delete(a.id);
    expect((await collections.attachments(c.id)).map((x) => x.conversationId)).toEqual([b.id]);
    await expect(
      collections.attach({ collectionId: c.id, conversationId: 'conv-gone', tokenStart: 0, tokenEnd: 5 }),
    ).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(
      collections.attach({ collectionId: 'col-gone', conversationId: b.id, tokenStart: 0, tokenEnd: 5 }),
    ).rejects.toMatchObject({ data: { kind: 'collection' } });
  });

  it('deletes the collection, its texts, attachments and tree; conversations keep theirs', async () => {
    const { db, collections, conversations, trees, tree, documents } = await setup();
    const c = await collections.create({ name: 'kb', treeId: tree.id, documents, bosTokens: 1 });
    const a = await conversations.create({
      title: 'a',
      newTree: { name: 'a', d: D, dtype: 'f32', vocabSize: 1000, gisterVersion: 'g@1' },
    });
    await trees.putSpan(a.treeId, makeSpan(0, D, 1000, 'g@1'));
    await conversations.appendTurn(a.id, {
      role: 'system',
      text: '[a.txt]\nfirst document',
      tokenStart: 0,
      tokenEnd: 600,
      meta: { kind: 'shared-memory', collection: c.id, name: 'kb' },
    });
    await collections.attach({ collectionId: c.id, conversationId: a.id, tokenStart: 0, tokenEnd: 1024 });
    await collections.delete(c.id);
    expect(await collections.list()).toEqual([]);
    await expect(collections.get(c.id)).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(trees.getTree(tree.id)).rejects.toBeInstanceOf(StorageNotFoundError);
    expect(await db.count('spans')).toBe(1); // the conversation's span, not the collection's
    expect(await db.count('tails')).toBe(0);
    expect(await db.count('collectionTexts')).toBe(0);
    expect(await db.count('attachments')).toBe(0);
    expect((await trees.loadTree(a.treeId)).spans.length).toBe(1);
    expect((await conversations.listTurns(a.id)).map((t) => t.meta)).toEqual([
      { kind: 'shared-memory', collection: c.id, name: 'kb' },
    ]);
    await expect(collections.delete(c.id)).rejects.toBeInstanceOf(StorageNotFoundError);
  });
});
