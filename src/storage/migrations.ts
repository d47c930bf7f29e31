// Schema versions and migrations of the MegaContext database (seed: MegaContext persistence —
// "a schema version with migrations"). Every install runs the same ordered steps from its version
// to SCHEMA_VERSION inside the single versionchange transaction, so a failed step aborts the whole
// upgrade and leaves the old database untouched (openMegaContextDb reports a SchemaError).
//
// Honesty note: v1 was never shipped to users. It is the layout of the first development builds,
// kept as the "previous schema" so that the migration path is real and tested from day one:
//   v1: trees {id, name, d, dtype, gisterVersion, createdAt, updatedAt} — token ids always u32,
//       no vocabulary size, no counts; spans [treeId, spanIndex] (same record layout as v2, with
//       tokenWidth 4); tails [treeId]; conversations {id, title, treeId, createdAt, updatedAt,
//       turns: [{role, text, tokenStart, tokenEnd, createdAt}]} with the turns inline.
//   v2: trees gain vocabSize, tokenWidth, baseModel, spanCount, tokenCount; turns move to their own
//       store [conversationId, index] (a long chat no longer rewrites one growing record per turn);
//       conversations gain turnCount and byTree/byUpdated indexes; new stores upperGists (LOD3+),
//       settings, modelFiles, modelChunks.
//   v3: new store telemetry [conversationId] — a conversation's focus telemetry, last turn stats
//       and decode history, so they survive a reload (nothing to convert: older databases have none).
//   v4: new store forgets [treeId, id] — tombstones over token ranges (forgetting a document or a
//       span; the tree stays append-only). Nothing to convert: older databases forgot nothing.
//   v5: new stores collections [id], collectionTexts [collectionId, index] and attachments
//       [collectionId, conversationId, tokenStart] — shared memories fed once and attached to
//       several conversations (their tokens and gists are trees of the tree stores). Nothing to
//       convert: older databases have no shared memory.

import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { SchemaError } from './errors.ts';
import { SPAN_TOKENS, UNKNOWN_VOCAB_SIZE, type TreeRecord, type TurnRecord, type TurnRole } from './records.ts';

export const SCHEMA_VERSION = 5;

// Migrations work on records of several versions, so they use idb's untyped handles.
type AnyDb = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** v1 layout: also used by tests to build a "previous schema" database with raw IndexedDB. */
export function createV1Stores(db: IDBDatabase | AnyDb): void {
  db.createObjectStore('trees', { keyPath: 'id' });
  db.createObjectStore('spans', { keyPath: ['treeId', 'spanIndex'] });
  db.createObjectStore('tails', { keyPath: 'treeId' });
  db.createObjectStore('conversations', { keyPath: 'id' });
}

interface V1Turn {
  role: TurnRole;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  createdAt: number;
}

async function migrateV1toV2(db: AnyDb, tx: AnyTx): Promise<void> {
  db.createObjectStore('turns', { keyPath: ['conversationId', 'index'] });
  db.createObjectStore('upperGists', { keyPath: ['treeId', 'level', 'index'] });
  db.createObjectStore('settings', { keyPath: 'key' });
  db.createObjectStore('modelFiles', { keyPath: 'key' });
  db.createObjectStore('modelChunks', { keyPath: ['fileKey', 'index'] });
  const conversations = tx.objectStore('conversations');
  conversations.createIndex('byTree', 'treeId');
  conversations.createIndex('byUpdated', 'updatedAt');

  // Trees: record what v1 implied (u32 ids) and derive the counts from the stored records.
  const spans = tx.objectStore('spans');
  const tails = tx.objectStore('tails');
  const trees = tx.objectStore('trees');
  for (let cursor = await trees.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as Partial<TreeRecord> & { id: string };
    const spanCount = await spans.count(IDBKeyRange.bound([old.id, 0], [old.id, Number.POSITIVE_INFINITY]));
    const tail = (await tails.get(old.id)) as { tokenCount?: number } | undefined;
    const upgraded: TreeRecord = {
      id: old.id,
      name: old.name ?? old.id,
      d: requireNumber(old.d, `tree ${old.id}: d`),
      dtype: old.dtype === 'f16' ? 'f16' : 'f32',
      vocabSize: UNKNOWN_VOCAB_SIZE,
      tokenWidth: 4,
      gisterVersion: old.gisterVersion ?? 'unknown',
      baseModel: 'unknown (migrated from schema v1)',
      spanCount,
      tokenCount: spanCount * SPAN_TOKENS + (tail?.tokenCount ?? 0),
      createdAt: old.createdAt ?? 0,
      updatedAt: old.updatedAt ?? old.createdAt ?? 0,
    };
    await cursor.update(upgraded);
  }

  // Conversations: move inline turns into the turns store.
  const turns = tx.objectStore('turns');
  for (let cursor = await conversations.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as { id: string; turns?: V1Turn[] } & Record<string, unknown>;
    const inline = Array.isArray(old.turns) ? old.turns : [];
    for (const [index, t] of inline.entries()) {
      const turn: TurnRecord = {
        conversationId: old.id,
        index,
        role: t.role,
        text: t.text,
        tokenStart: t.tokenStart,
        tokenEnd: t.tokenEnd,
        createdAt: t.createdAt,
      };
      await turns.put(turn);
    }
    const { turns: _dropped, ...rest } = old;
    await cursor.update({ ...rest, turnCount: inline.length });
  }
}

function migrateV2toV3(db: AnyDb): void {
  db.createObjectStore('telemetry', { keyPath: 'conversationId' });
}

function migrateV3toV4(db: AnyDb): void {
  db.createObjectStore('forgets', { keyPath: ['treeId', 'id'] });
}

function migrateV4toV5(db: AnyDb): void {
  db.createObjectStore('collections', { keyPath: 'id' });
  db.createObjectStore('collectionTexts', { keyPath: ['collectionId', 'index'] });
  db.createObjectStore('attachments', { keyPath: ['collectionId', 'conversationId', 'tokenStart'] });
}

function requireNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new SchemaError(`${what} is missing or not a number`, { reason: 'bad v1 record' });
  return value;
}

interface Step {
  to: number;
  run(db: AnyDb, tx: AnyTx): Promise<void> | void;
}

const STEPS: Step[] = [
  { to: 1, run: (db) => createV1Stores(db) },
  { to: 2, run: migrateV1toV2 },
  { to: 3, run: (db) => migrateV2toV3(db) },
  { to: 4, run: (db) => migrateV3toV4(db) },
  { to: 5, run: (db) => migrateV4toV5(db) },
];

/**
 * Applies every step after `oldVersion`, in order, inside the versionchange transaction.
 * `targetVersion` (default SCHEMA_VERSION) lets tests build a database of an older schema.
 */
export async function runMigrations(
  db: unknown,
  tx: unknown,
  oldVersion: number,
  targetVersion = SCHEMA_VERSION,
): Promise<void> {
  if (oldVersion > SCHEMA_VERSION) {
    throw new SchemaError(`Database schema v${oldVersion} is newer than this app (v${SCHEMA_VERSION})`, {
      reason: 'newer schema',
      foundVersion: oldVersion,
      expectedVersion: SCHEMA_VERSION,
    });
  }
  for (const step of STEPS) {
    if (step.to > oldVersion && step.to <= Math.min(targetVersion, SCHEMA_VERSION))
      await step.run(db as AnyDb, tx as AnyTx);
  }
}
