// The runtime's tree survives a reload: ingest → flush to IndexedDB (fake-indexeddb) → restore
// into a fresh tree gives the same tokens, gists and gister versions; flushes are incremental.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../../../src/storage/index';
import { MegaContextTree } from '../../../src/core/tree';
import { FakeGister } from '../../../src/core/gister';
import { ConversationMemory } from '../../../src/runtime/conversation-memory';
import { TreePersistence } from '../../../src/runtime/tree-persistence';

const ids = (n: number, seed: number) => Array.from({ length: n }, (_, i) => (i * 7919 + seed) % 5000);

async function setup() {
  const storage = await openStorage({ factory: new IDBFactory(), name: `t${Math.random()}` });
  const gister = new FakeGister(16);
  const tree = await storage.trees.createTree({ name: 't', d: 16, dtype: 'f32', vocabSize: 8192, gisterVersion: gister.version });
  return { storage, gister, treeId: tree.id };
}

describe('tree persistence', () => {
  it('round-trips tokens and gists through IndexedDB, incrementally', async () => {
    const { storage, gister, treeId } = await setup();
    const memory = new ConversationMemory(gister, { config: { wMax: 2048 } });
    const persist = new TreePersistence(storage.trees, treeId, memory.tree);
    await memory.ingest(ids(2500, 1)); // 2 spans + 452-token tail
    await persist.flush();
    expect(persist.persistedTokens).toBe(2500);
    await memory.ingest(ids(1700, 2)); // crosses into span 3 (4,200 tokens: 4 spans + 104)
    await persist.flush();
    expect(persist.persistedTokens).toBe(4200);

    const fresh = new MegaContextTree({ gistDim: 16 });
    const report = await new TreePersistence(storage.trees, treeId, fresh).restore();
    expect(report).toMatchObject({ tokens: 4200, spans: 4, corrupt: [], unreachableTokens: 0 });
    expect(Array.from(fresh.tokenIds(0, 4200))).toEqual(Array.from(memory.tree.tokenIds(0, 4200)));
    expect(fresh.gistedCount(1)).toBe(memory.tree.gistedCount(1));
    expect(fresh.gistedCount(2)).toBe(4);
    expect(Array.from(fresh.gistRange(1, 0, fresh.gistedCount(1)))).toEqual(Array.from(memory.tree.gistRange(1, 0, memory.tree.gistedCount(1))));
    expect(Array.from(fresh.gist(2, 3))).toEqual(Array.from(memory.tree.gist(2, 3)));
    expect(fresh.gistVersionOf(1, 0)).toBe(gister.version);
    storage.close();
  });

  it('keeps what committed when a later write fails, and resumes', async () => {
    const { storage, gister, treeId } = await setup();
    const memory = new ConversationMemory(gister, { config: { wMax: 2048 } });
    const persist = new TreePersistence(storage.trees, treeId, memory.tree);
    await memory.ingest(ids(3000, 3));
    const realPut = storage.trees.putSpan.bind(storage.trees);
    let calls = 0;
    storage.trees.putSpan = async (...args) => {
      if (++calls === 2) throw new DOMException('quota', 'QuotaExceededError');
      return realPut(...args);
    };
    await expect(persist.flush()).rejects.toThrow();
    expect(persist.persistedTokens).toBe(1024);
    storage.trees.putSpan = realPut;
    await persist.flush(); // resumes after space is freed
    expect(persist.persistedTokens).toBe(3000);
    const fresh = new MegaContextTree({ gistDim: 16 });
    expect((await new TreePersistence(storage.trees, treeId, fresh).restore()).tokens).toBe(3000);
    storage.close();
  });
});
