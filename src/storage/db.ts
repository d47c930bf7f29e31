// The MegaContext IndexedDB database: schema, stores and opening (seed: MegaContext persistence —
// "keep storage behind repositories so the core never touches IndexedDB"). Only src/storage
// imports this; the rest of the app uses the repositories. The IDBFactory is injectable so each
// unit test gets a fresh fake-indexeddb instance.

import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { SchemaError, mapWriteError } from './errors.ts';
import { runMigrations, SCHEMA_VERSION } from './migrations.ts';
import type {
  ConversationRecord,
  ForgetRecord,
  ModelChunkRecord,
  ModelFileRecord,
  SettingRecord,
  SpanRecord,
  TailRecord,
  TelemetryRecord,
  TreeRecord,
  TurnRecord,
  UpperGistRecord,
} from './records.ts';
import type { AttachmentRecord, CollectionRecord, CollectionTextRecord } from './collection-records.ts';

export { SCHEMA_VERSION };
export const DEFAULT_DB_NAME = 'megacontext';

/** Current (v5) schema. Keys are deterministic: nothing uses autoIncrement. */
export interface MegaContextSchema extends DBSchema {
  trees: { key: string; value: TreeRecord };
  /** key [treeId, spanIndex] */
  spans: { key: [string, number]; value: SpanRecord };
  /** key treeId: at most one tail per tree */
  tails: { key: string; value: TailRecord };
  /** key [treeId, level, index], level ≥ 3 */
  upperGists: { key: [string, number, number]; value: UpperGistRecord };
  conversations: { key: string; value: ConversationRecord; indexes: { byTree: string; byUpdated: number } };
  /** key [conversationId, index] */
  turns: { key: [string, number]; value: TurnRecord };
  settings: { key: string; value: SettingRecord };
  /** key conversationId: the conversation's runtime telemetry (v3) */
  telemetry: { key: string; value: TelemetryRecord };
  /** key [treeId, id]: tombstones over token ranges of the tree (v4) */
  forgets: { key: [string, string]; value: ForgetRecord };
  /** key id: shared memories (v5); their tokens and gists are a tree of the tree stores */
  collections: { key: string; value: CollectionRecord };
  /** key [collectionId, index]: the documents' texts (v5) */
  collectionTexts: { key: [string, number]; value: CollectionTextRecord };
  /** key [collectionId, conversationId, tokenStart]: where conversations attached a collection (v5) */
  attachments: { key: [string, string, number]; value: AttachmentRecord };
  modelFiles: { key: string; value: ModelFileRecord };
  /** key [fileKey, chunkIndex] */
  modelChunks: { key: [string, number]; value: ModelChunkRecord };
}

export type MegaContextDb = IDBPDatabase<MegaContextSchema>;
export type StoreName = StoreNames<MegaContextSchema>;
export type WriteTx<S extends StoreName[]> = IDBPTransaction<MegaContextSchema, S, 'readwrite'>;

export const TREE_STORES = ['trees', 'spans', 'tails', 'upperGists', 'forgets'] as const satisfies StoreName[];

export interface OpenOptions {
  /** Database name (default "megacontext"). */
  name?: string;
  /** IndexedDB factory (default: globalThis.indexedDB). Tests pass a fresh fake-indexeddb one. */
  factory?: IDBFactory;
  /** Called when another tab needs to upgrade the schema; this connection has already closed. */
  onVersionChange?: () => void;
  /** Called while an older connection (another tab) blocks this upgrade. */
  onBlocked?: () => void;
}

/** Opens (creating or migrating as needed) the database at SCHEMA_VERSION. */
export async function openMegaContextDb(options: OpenOptions = {}): Promise<MegaContextDb> {
  const factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) {
    throw new SchemaError('IndexedDB is not available in this browser context, so nothing can be saved.', {
      reason: 'no IndexedDB',
    });
  }
  const name = options.name ?? DEFAULT_DB_NAME;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, SCHEMA_VERSION);
  } catch (error) {
    throw new SchemaError(`Could not open the database "${name}": ${String(error)}`, { reason: 'open threw' });
  }
  let migrationError: unknown = null;
  let fromVersion = 0;
  request.addEventListener('upgradeneeded', (event) => {
    fromVersion = event.oldVersion;
    const db = wrap(request.result) as unknown as MegaContextDb;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<
      MegaContextSchema,
      StoreName[],
      'versionchange'
    >;
    tx.done.catch(() => undefined); // an aborted upgrade is reported through the open request below
    runMigrations(db, tx, event.oldVersion).catch((error: unknown) => {
      migrationError = error;
      try {
        tx.abort();
      } catch {
        // already finished
      }
    });
  });
  if (options.onBlocked) {
    const onBlocked = options.onBlocked;
    request.addEventListener('blocked', () => onBlocked());
  }
  let db: MegaContextDb;
  try {
    db = (await wrap(request)) as unknown as MegaContextDb;
  } catch (error) {
    if (migrationError !== null) {
      const why = migrationError instanceof Error ? migrationError.message : String(migrationError);
      throw new SchemaError(
        `Migrating the database "${name}" from schema v${fromVersion} to v${SCHEMA_VERSION} failed; nothing was changed: ${why}`,
        {
          reason: 'migration failed',
          foundVersion: fromVersion,
          expectedVersion: SCHEMA_VERSION,
        },
      );
    }
    if ((error as { name?: string } | null)?.name === 'VersionError') {
      throw new SchemaError(
        `The database "${name}" was written by a newer version of MegaContext (schema newer than v${SCHEMA_VERSION}); update the app to open it.`,
        {
          reason: 'newer schema on disk',
          expectedVersion: SCHEMA_VERSION,
        },
      );
    }
    const mapped = mapWriteError(error, `opening database "${name}"`);
    if (mapped !== error) throw mapped;
    throw new SchemaError(`Could not open the database "${name}": ${String(error)}`, { reason: 'open failed' });
  }
  db.addEventListener('versionchange', () => {
    db.close();
    options.onVersionChange?.();
  });
  return db;
}

/** Deletes the whole database (all MegaContexts, settings and cached model files). */
export async function deleteMegaContextDb(options: { name?: string; factory?: IDBFactory } = {}): Promise<void> {
  const factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) return;
  await wrap(factory.deleteDatabase(options.name ?? DEFAULT_DB_NAME));
}

/**
 * Issues requests one after another and waits for all of them. Each request's promise gets a
 * handler as soon as it exists, so when a later request throws synchronously (a quota error, a
 * DataError) the earlier ones, which the abort then fails, never become unhandled rejections.
 */
export async function allRequests(issue: Array<() => Promise<unknown>>): Promise<void> {
  const issued: Promise<unknown>[] = [];
  for (const request of issue) {
    const p = request();
    p.catch(() => undefined);
    issued.push(p);
  }
  await Promise.all(issued);
}

/**
 * Runs `fill` in one readwrite transaction and waits for it to commit. If `fill` throws or a
 * request fails, the transaction is aborted (nothing of it is stored) and the error is rethrown,
 * QuotaExceededError mapped to StorageQuotaError. `beforeCommit` is a fault-injection hook for
 * crash tests: it may abort the transaction after every request has been issued.
 */
export async function writeTransaction<S extends StoreName[], T>(
  db: MegaContextDb,
  stores: S,
  operation: string,
  fill: (tx: WriteTx<S>) => Promise<T>,
  options: {
    durability?: IDBTransactionDurability;
    beforeCommit?: (tx: IDBTransaction, operation: string) => void;
  } = {},
): Promise<T> {
  let tx: WriteTx<S> | null = null;
  try {
    tx = db.transaction(stores, 'readwrite', { durability: options.durability ?? 'default' });
    const done = tx.done;
    done.catch(() => undefined); // observed below; avoids an unhandled rejection if fill throws first
    const result = await fill(tx);
    options.beforeCommit?.(tx as unknown as IDBTransaction, operation);
    await done;
    return result;
  } catch (error) {
    if (tx) {
      try {
        tx.abort();
      } catch {
        // already committed or aborted
      }
      const txError = (tx as unknown as IDBTransaction).error;
      if (txError && (error as { name?: string } | null)?.name === 'AbortError')
        throw mapWriteError(txError, operation);
    }
    throw mapWriteError(error, operation);
  }
}
