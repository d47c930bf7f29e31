import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openMegaContextDb, SCHEMA_VERSION } from '../../../src/storage/db.ts';
import { wrap } from 'idb';
import { createV1Stores, runMigrations } from '../../../src/storage/migrations.ts';
import { encodeSpan, encodeTail } from '../../../src/storage/span-codec.ts';
import { TreeRepository } from '../../../src/storage/tree-repository.ts';
import { ConversationRepository } from '../../../src/storage/conversation-repository.ts';
import { SettingsRepository } from '../../../src/storage/settings-repository.ts';
import { TelemetryRepository } from '../../../src/storage/telemetry-repository.ts';
import { ForgetRepository } from '../../../src/storage/forget-repository.ts';
import { CollectionRepository } from '../../../src/storage/collection-repository.ts';
import { SchemaError } from '../../../src/storage/errors.ts';
import { makeSpan, makeTail } from './helpers.ts';

const D = 8;

/**
 * A database at schema `version` as that release made it: the real migration steps up to it, then
 * `write` puts that release's records in one readwrite transaction over `stores`.
 */
function oldDatabase(
  factory: IDBFactory,
  name: string,
  version: number,
  stores: string[],
  write: (tx: IDBTransaction, db: IDBDatabase) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const req = factory.open(name, version);
    req.onupgradeneeded = () => {
      runMigrations(wrap(req.result), wrap(req.transaction!), 0, version).catch(reject);
    };
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(stores, 'readwrite');
      try {
        write(tx, db); // a failed expectation here fails the test instead of leaving it waiting
      } catch (e) {
        reject(e);
        return;
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

/** Tree `<tag>-tree` with one span (f32, 16-bit ids) and conversation `<tag>-conv` with `turn`, as schema ≥ 2 wrote them. */
function putConversation(
  tx: IDBTransaction,
  tag: string,
  turn: { role: string; text: string; tokenStart: number; tokenEnd: number },
): void {
  tx.objectStore('trees').put({
    id: `${tag}-tree`,
    name: tag.toUpperCase(),
    d: D,
    dtype: 'f32',
    vocabSize: 1000,
    tokenWidth: 2,
    gisterVersion: 'g@1',
    baseModel: 'm',
    spanCount: 1,
    tokenCount: 1024,
    createdAt: 1,
    updatedAt: 2,
  });
  tx.objectStore('spans').put(encodeSpan(`${tag}-tree`, { d: D, dtype: 'f32', tokenWidth: 2 }, makeSpan(0, D, 1000)));
  tx.objectStore('conversations').put({
    id: `${tag}-conv`,
    title: `${tag.toUpperCase()} chat`,
    treeId: `${tag}-tree`,
    turnCount: 1,
    createdAt: 1,
    updatedAt: 2,
  });
  tx.objectStore('turns').put({ conversationId: `${tag}-conv`, index: 0, ...turn, createdAt: 1 });
}

/** Builds a schema-v1 database with raw IndexedDB (no idb, no current code paths except the codec). */
function createV1Database(factory: IDBFactory, name: string, extra?: (db: IDBDatabase) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      createV1Stores(db);
      const tx = req.transaction!;
      const layout = { d: D, dtype: 'f32' as const, tokenWidth: 4 as const };
      tx.objectStore('trees').put({
        id: 'old-tree',
        name: 'Old',
        d: D,
        dtype: 'f32',
        gisterVersion: 'mean-pool@0',
        createdAt: 1,
        updatedAt: 2,
      });
      tx.objectStore('spans').put(encodeSpan('old-tree', layout, makeSpan(0, D, 200_000)));
      tx.objectStore('spans').put(encodeSpan('old-tree', layout, makeSpan(1, D, 200_000)));
      tx.objectStore('tails').put(encodeTail('old-tree', layout, makeTail(2, 70, D)));
      tx.objectStore('conversations').put({
        id: 'old-conv',
        title: 'Old chat',
        treeId: 'old-tree',
        createdAt: 1,
        updatedAt: 2,
        turns: [
          { role: 'user', text: 'question', tokenStart: 0, tokenEnd: 10, createdAt: 1 },
          { role: 'assistant', text: 'answer', tokenStart: 10, tokenEnd: 2118, createdAt: 2 },
        ],
      });
      extra?.(db);
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

describe('schema migrations', () => {
  it('opens a v1 database and migrates it to the current schema', async () => {
    const factory = new IDBFactory();
    await createV1Database(factory, 'mc-v1');
    const db = await openMegaContextDb({ factory, name: 'mc-v1' });
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'attachments',
      'collectionTexts',
      'collections',
      'conversations',
      'forgets',
      'modelChunks',
      'modelFiles',
      'settings',
      'spans',
      'tails',
      'telemetry',
      'trees',
      'turns',
      'upperGists',
    ]);

    const trees = new TreeRepository(db);
    const meta = await trees.getTree('old-tree');
    expect(meta).toMatchObject({ tokenWidth: 4, spanCount: 2, tokenCount: 2 * 1024 + 70, name: 'Old' });
    const loaded = await trees.loadTree('old-tree');
    expect(loaded.corrupt).toEqual([]);
    expect(loaded.spans.map((s) => s.spanIndex)).toEqual([0, 1]);
    expect(Array.from(loaded.spans[1]!.tokenIds)).toEqual(Array.from(makeSpan(1, D, 200_000).tokenIds));
    expect(loaded.resumeAt).toBe(2 * 1024 + 70);

    const convs = new ConversationRepository(db);
    const conv = await convs.get('old-conv');
    expect(conv).toMatchObject({ turnCount: 2, treeId: 'old-tree' });
    expect('turns' in conv).toBe(false);
    expect((await convs.listTurns('old-conv')).map((t) => t.text)).toEqual(['question', 'answer']);
    expect((await convs.listForTree('old-tree')).map((c) => c.id)).toEqual(['old-conv']);

    // The migrated database is fully usable: new stores work, ingestion resumes.
    await new SettingsRepository(db).set('migrated', true);
    await trees.putSpan('old-tree', makeSpan(2, D, 200_000));
    expect((await trees.loadTree('old-tree')).resumeAt).toBe(3 * 1024);
    db.close();
  });

  it('opens a v2 database and adds the telemetry store, keeping everything else', async () => {
    const factory = new IDBFactory();
    // A v2 database as the previous release made it: the real steps up to v2, then v2 records.
    await oldDatabase(factory, 'mc-v2', 2, ['trees', 'spans', 'conversations', 'turns', 'settings'], (tx, db) => {
      expect([...db.objectStoreNames]).not.toContain('telemetry');
      putConversation(tx, 'v2', { role: 'user', text: 'hi', tokenStart: 0, tokenEnd: 3 });
      tx.objectStore('settings').put({ key: 'pins:v2-conv', value: [{ start: 0, end: 32 }], updatedAt: 1 });
    });
    const db = await openMegaContextDb({ factory, name: 'mc-v2' });
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames]).toContain('telemetry');
    const loaded = await new TreeRepository(db).loadTree('v2-tree');
    expect(loaded.corrupt).toEqual([]);
    expect(Array.from(loaded.spans[0]!.tokenIds)).toEqual(Array.from(makeSpan(0, D, 1000).tokenIds));
    const convs = new ConversationRepository(db);
    expect((await convs.listTurns('v2-conv')).map((t) => t.text)).toEqual(['hi']);
    expect(await new SettingsRepository(db).get('pins:v2-conv', [])).toEqual([{ start: 0, end: 32 }]);
    const telemetry = new TelemetryRepository(db);
    expect(await telemetry.get('v2-conv')).toBeNull();
    await telemetry.put('v2-conv', { version: 1 });
    expect(await telemetry.get('v2-conv')).toEqual({ version: 1 });
    expect(await convs.delete('v2-conv')).toEqual({ treeDeleted: true });
    expect(await telemetry.get('v2-conv')).toBeNull();
    db.close();
  });

  it('opens a v3 database and adds the forgets store (tombstones), keeping everything else', async () => {
    const factory = new IDBFactory();
    await oldDatabase(factory, 'mc-v3', 3, ['trees', 'spans', 'conversations', 'turns', 'telemetry'], (tx, db) => {
      expect([...db.objectStoreNames]).not.toContain('forgets');
      putConversation(tx, 'v3', { role: 'user', text: 'hi', tokenStart: 0, tokenEnd: 3 });
      tx.objectStore('telemetry').put({ conversationId: 'v3-conv', value: { version: 1 }, updatedAt: 1 });
    });
    const db = await openMegaContextDb({ factory, name: 'mc-v3' });
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames]).toContain('forgets');
    // Old records are untouched and nothing is forgotten.
    expect(Array.from((await new TreeRepository(db).loadTree('v3-tree')).spans[0]!.tokenIds)).toEqual(
      Array.from(makeSpan(0, D, 1000).tokenIds),
    );
    expect(await new TelemetryRepository(db).get('v3-conv')).toEqual({ version: 1 });
    const forgets = new ForgetRepository(db);
    expect(await forgets.list('v3-tree')).toEqual([]);
    const f = await forgets.add('v3-tree', { start: 10, end: 100, kind: 'span', session: 'page-1' });
    expect((await forgets.list('v3-tree')).map((r) => [r.id, r.start, r.end])).toEqual([[f.id, 10, 100]]);
    // Deleting the last conversation deletes the tree and its tombstones in one transaction.
    expect(await new ConversationRepository(db).delete('v3-conv')).toEqual({ treeDeleted: true });
    expect(await forgets.list('v3-tree')).toEqual([]);
    db.close();
  });

  it('opens a v4 database and adds the shared-memory stores, keeping trees, turns and tombstones', async () => {
    const factory = new IDBFactory();
    await oldDatabase(factory, 'mc-v4', 4, ['trees', 'spans', 'conversations', 'turns', 'forgets'], (tx, db) => {
      expect([...db.objectStoreNames]).toContain('forgets');
      expect([...db.objectStoreNames]).not.toContain('collections');
      putConversation(tx, 'v4', { role: 'system', text: '[a.txt]\nhello', tokenStart: 0, tokenEnd: 1024 });
      tx.objectStore('forgets').put({
        treeId: 'v4-tree',
        id: 'fgt-1',
        start: 5,
        end: 9,
        kind: 'span',
        session: 'old-page',
        createdAt: 1,
      });
    });
    const db = await openMegaContextDb({ factory, name: 'mc-v4' });
    expect(db.version).toBe(5);
    expect(SCHEMA_VERSION).toBe(5);
    for (const store of ['collections', 'collectionTexts', 'attachments'])
      expect([...db.objectStoreNames]).toContain(store);
    // Old records are untouched; there is no shared memory yet, and one can be made and attached.
    expect(Array.from((await new TreeRepository(db).loadTree('v4-tree')).spans[0]!.tokenIds)).toEqual(
      Array.from(makeSpan(0, D, 1000).tokenIds),
    );
    expect((await new ConversationRepository(db).listTurns('v4-conv')).map((t) => t.text)).toEqual(['[a.txt]\nhello']);
    expect((await new ForgetRepository(db).list('v4-tree')).map((f) => f.id)).toEqual(['fgt-1']);
    const collections = new CollectionRepository(db);
    expect(await collections.list()).toEqual([]);
    const trees = new TreeRepository(db);
    const tree = await trees.createTree({ name: 'shared', d: D, dtype: 'f32', vocabSize: 1000, gisterVersion: 'g@1' });
    await trees.putSpan(tree.id, makeSpan(0, D, 1000));
    const c = await collections.create({
      name: 'kb',
      treeId: tree.id,
      bosTokens: 1,
      documents: [{ label: 'x', text: 'x text', chars: 6, tokenStart: 0, tokenEnd: 1024 }],
    });
    await collections.attach({ collectionId: c.id, conversationId: 'v4-conv', tokenStart: 1024, tokenEnd: 2048 });
    expect((await collections.attachments(c.id)).map((a) => a.conversationId)).toEqual(['v4-conv']);
    db.close();
  });

  it('a failing migration aborts the upgrade and leaves the v1 database as it was', async () => {
    const factory = new IDBFactory();
    await createV1Database(factory, 'mc-bad');
    // A v1 tree record without its width cannot be migrated: the step throws.
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('mc-bad', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('trees', 'readwrite');
        tx.objectStore('trees').put({ id: 'old-tree', name: 'Old' });
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const error = await openMegaContextDb({ factory, name: 'mc-bad' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).message).toMatch(
      new RegExp(`from schema v1 to v${SCHEMA_VERSION} failed; nothing was changed`),
    );
    const version = await new Promise<number>((resolve) => {
      const req = factory.open('mc-bad');
      req.onsuccess = () => {
        const v = req.result.version;
        const stores = [...req.result.objectStoreNames];
        req.result.close();
        expect(stores).not.toContain('settings');
        resolve(v);
      };
    });
    expect(version).toBe(1);
  });

  it('a database from a newer app version is refused with a SchemaError', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const req = factory.open('mc-new', SCHEMA_VERSION + 1);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    const error = await openMegaContextDb({ factory, name: 'mc-new' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).data.reason).toBe('newer schema on disk');
  });
});
