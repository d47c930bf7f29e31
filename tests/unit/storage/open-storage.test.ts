import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { deleteMegaContextDb, openStorage } from '../../../src/storage/index.ts';
import { makeSpan } from './helpers.ts';

describe('openStorage', () => {
  it('opens one database with a repository per entity, persists across reopen, and deletes', async () => {
    const factory = new IDBFactory();
    const a = await openStorage({ factory, name: 'facade' });
    const conv = await a.conversations.create({
      title: 'c',
      newTree: { id: 't', name: 't', d: 4, dtype: 'f32', vocabSize: 100, gisterVersion: 'g' },
    });
    await a.trees.putSpan('t', makeSpan(0, 4, 100));
    await a.settings.set('k', 'v');
    const file = await a.exportTree('t');
    a.close();

    const b = await openStorage({ factory, name: 'facade' });
    expect((await b.trees.loadTree('t')).resumeAt).toBe(1024);
    expect(await b.settings.get('k', '')).toBe('v');
    expect((await b.conversations.list()).map((c) => c.id)).toEqual([conv.id]);
    await b.conversations.delete(conv.id);
    await b.importFile(file);
    expect((await b.trees.loadTree('t')).spans).toHaveLength(1);
    b.close();

    await deleteMegaContextDb({ factory, name: 'facade' });
    const c = await openStorage({ factory, name: 'facade' });
    expect(await c.trees.listTrees()).toEqual([]);
    c.close();
  });

  it('closes itself when another tab upgrades the schema', async () => {
    const factory = new IDBFactory();
    let notified = false;
    const s = await openStorage({ factory, name: 'vc', onVersionChange: () => (notified = true) });
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('vc', 99);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    expect(notified).toBe(true);
    s.close();
  });
});
