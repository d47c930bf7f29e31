// Test helpers for the storage layer: a fresh fake-indexeddb factory per test and deterministic
// span/tail data (seed: MegaContext tree — 1,024-token spans of 32 blocks of 32 tokens).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openMegaContextDb, type MegaContextDb } from '../../../src/storage/db.ts';
import { BLOCKS_PER_SPAN, SPAN_TOKENS } from '../../../src/storage/records.ts';
import type { SpanInput, TailInput } from '../../../src/storage/span-codec.ts';
import { ConversationRepository, type NewTurnInput } from '../../../src/storage/conversation-repository.ts';
import { TreeRepository } from '../../../src/storage/tree-repository.ts';

export interface FreshDb {
  db: MegaContextDb;
  factory: IDBFactory;
  name: string;
}

export async function freshDb(name = 'mc-test'): Promise<FreshDb> {
  const factory = new IDBFactory();
  const db = await openMegaContextDb({ factory, name });
  return { db, factory, name };
}

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
export { makeRng as rng } from '../../../src/models/sampling';
import { makeRng as rng } from '../../../src/models/sampling';

export function makeSpan(spanIndex: number, d: number, vocab = 50_000, gisterVersion = 'gist-test@1'): SpanInput {
  const r = rng(spanIndex + 1);
  const tokenIds = new Uint32Array(SPAN_TOKENS);
  for (let i = 0; i < SPAN_TOKENS; i++) tokenIds[i] = Math.floor(r() * vocab);
  const lod1 = new Float32Array(BLOCKS_PER_SPAN * d);
  for (let i = 0; i < lod1.length; i++) lod1[i] = r() * 2 - 1;
  const lod2 = new Float32Array(d);
  for (let i = 0; i < d; i++) lod2[i] = r() * 2 - 1;
  return { spanIndex, gisterVersion, tokenIds, lod1, lod2 };
}

export function makeTail(
  spanIndex: number,
  tokenCount: number,
  d: number,
  blocks = Math.floor(tokenCount / 32),
): TailInput {
  const r = rng(1000 + spanIndex * 7 + tokenCount);
  const tokenIds = new Uint32Array(tokenCount);
  for (let i = 0; i < tokenCount; i++) tokenIds[i] = Math.floor(r() * 50_000);
  const lod1 = new Float32Array(blocks * d);
  for (let i = 0; i < lod1.length; i++) lod1[i] = r();
  return { spanIndex, gisterVersion: 'gist-test@1', tokenIds, lod1 };
}

/**
 * The exported conversation of the export tests: 'conv-1' over tree 'tree-1' (d = `d`, f16,
 * vocab 30,000) holding two spans gisted by `versions[0]` and `versions[1]` (the tree's own
 * version), a 77-token tail, one LOD3 gist, and `turns` over tokens [0, 2,125).
 */
export async function populateExported(
  db: MegaContextDb,
  d: number,
  versions: readonly [string, string],
  turns: readonly NewTurnInput[],
): Promise<{ convs: ConversationRepository; trees: TreeRepository }> {
  const convs = new ConversationRepository(db);
  const trees = new TreeRepository(db);
  const conv = await convs.create({
    id: 'conv-1',
    title: 'Chat',
    newTree: { id: 'tree-1', name: 'Memory', d, dtype: 'f16', vocabSize: 30_000, gisterVersion: versions[1] },
  });
  await trees.putSpan('tree-1', makeSpan(0, d, 30_000, versions[0]));
  await trees.putSpan('tree-1', makeSpan(1, d, 30_000, versions[1]), makeTail(2, 77, d));
  await trees.putUpperGist('tree-1', 3, 0, new Float32Array(d).fill(0.25), versions[1]);
  for (const t of turns) await convs.appendTurn(conv.id, t);
  return { convs, trees };
}
