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
  const tree = await storage.trees.createTree({
    name: 't',
    d: 16,
    dtype: 'f32',
    vocabSize: 8192,
    gisterVersion: gister.version,
  });
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
    expect(Array.from(fresh.gistRange(1, 0, fresh.gistedCount(1)))).toEqual(
      Array.from(memory.tree.gistRange(1, 0, memory.tree.gistedCount(1))),
    );
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

  it('rewrites exactly the records whose gists were overwritten since the last flush', async () => {
    const { storage, gister, treeId } = await setup();
    const memory = new ConversationMemory(gister, { config: { wMax: 2048, maxLevel: 3 } });
    const persist = new TreePersistence(storage.trees, treeId, memory.tree);
    await memory.ingest(ids(33 * 1024 + 100, 5)); // 33 spans, one LOD3 gist, a 100-token tail
    await persist.flush();
    const puts: string[] = [];
    const repo = storage.trees;
    const [putSpan, putTail, putUpper] = [
      repo.putSpan.bind(repo),
      repo.putTail.bind(repo),
      repo.putUpperGist.bind(repo),
    ];
    repo.putSpan = async (id, span, tail) => (puts.push(`span ${span.spanIndex}`), putSpan(id, span, tail));
    repo.putTail = async (id, tail) => (puts.push('tail'), putTail(id, tail));
    repo.putUpperGist = async (id, level, index, gist, v) => (
      puts.push(`L${level} ${index}`),
      putUpper(id, level, index, gist, v)
    );
    await persist.flush();
    expect(puts).toEqual([]); // nothing changed
    // Same version, new values (e.g. a refresh by a rebuilt gister that kept its version string).
    memory.tree.overwriteGists(1, 5 * 32 + 3, new Float32Array(16).fill(0.5), gister.version);
    memory.tree.overwriteGists(2, 5, new Float32Array(16).fill(0.25), gister.version);
    memory.tree.overwriteGists(1, 33 * 32 + 1, new Float32Array(16).fill(0.75), gister.version);
    memory.tree.overwriteGists(3, 0, new Float32Array(16).fill(-1), gister.version);
    await persist.flush();
    expect(puts).toEqual(['span 5', 'tail', 'L3 0']);
    const fresh = new MegaContextTree({ gistDim: 16, maxLevel: 3 });
    await new TreePersistence(storage.trees, treeId, fresh).restore();
    expect(Array.from(fresh.gist(1, 5 * 32 + 3))).toEqual(new Array(16).fill(0.5));
    expect(Array.from(fresh.gist(2, 5))).toEqual(new Array(16).fill(0.25));
    expect(Array.from(fresh.gist(1, 33 * 32 + 1))).toEqual(new Array(16).fill(0.75));
    expect(Array.from(fresh.gist(3, 0))).toEqual(new Array(16).fill(-1));
    storage.close();
  });
});
