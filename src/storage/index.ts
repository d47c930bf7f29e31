// Public surface of the storage layer (seed: MegaContext persistence — storage behind repositories
// so the core never touches IndexedDB). `openStorage` opens the database once and hands out one
// repository per entity; nothing outside src/storage should import idb or db.ts directly.

import { openMegaContextDb, type MegaContextDb, type OpenOptions } from './db.ts';
import { ConversationRepository } from './conversation-repository.ts';
import { CollectionRepository } from './collection-repository.ts';
import { exportMegaContext, importMegaContext, type ExportOptions, type ImportOptions } from './export-import.ts';
import { ForgetRepository } from './forget-repository.ts';
import { ModelFileCache } from './model-file-cache.ts';
import { SettingsRepository } from './settings-repository.ts';
import { TelemetryRepository } from './telemetry-repository.ts';
import { TreeRepository, type TreeRepositoryOptions } from './tree-repository.ts';

export interface MegaContextStorage {
  trees: TreeRepository;
  conversations: ConversationRepository;
  settings: SettingsRepository;
  telemetry: TelemetryRepository;
  forgets: ForgetRepository;
  /** Shared memories: collections fed once, attached to several conversations (v5). */
  collections: CollectionRepository;
  modelFiles: ModelFileCache;
  exportTree(treeId: string, options?: ExportOptions): Promise<Uint8Array>;
  importFile(file: ArrayBuffer | ArrayBufferView, options?: ImportOptions): ReturnType<typeof importMegaContext>;
  close(): void;
  /** For tests and tooling inside src/storage only. */
  readonly db: MegaContextDb;
}

export async function openStorage(options: OpenOptions & TreeRepositoryOptions = {}): Promise<MegaContextStorage> {
  const db = await openMegaContextDb(options);
  return {
    db,
    trees: new TreeRepository(db, options),
    conversations: new ConversationRepository(db, options.durability ? { durability: options.durability } : {}),
    settings: new SettingsRepository(db),
    telemetry: new TelemetryRepository(db),
    forgets: new ForgetRepository(db),
    collections: new CollectionRepository(db),
    modelFiles: new ModelFileCache(db),
    exportTree: (treeId, exportOptions) => exportMegaContext(db, treeId, exportOptions),
    importFile: (file, importOptions) => importMegaContext(db, file, importOptions),
    close: () => db.close(),
  };
}

export { DEFAULT_DB_NAME, SCHEMA_VERSION, deleteMegaContextDb, openMegaContextDb } from './db.ts';
export type { MegaContextDb, OpenOptions } from './db.ts';
export * from './errors.ts';
export * from './records.ts';
export { TreeRepository } from './tree-repository.ts';
export type { LoadedTree, NewTreeInput, TreeRepositoryOptions } from './tree-repository.ts';
export { ConversationRepository } from './conversation-repository.ts';
export type { NewConversationInput, NewTurnInput } from './conversation-repository.ts';
export { SettingsRepository } from './settings-repository.ts';
export { TelemetryRepository } from './telemetry-repository.ts';
export { ForgetRepository } from './forget-repository.ts';
export type { NewForgetInput } from './forget-repository.ts';
export { CollectionRepository } from './collection-repository.ts';
export type { NewCollectionInput } from './collection-repository.ts';
export type {
  AttachmentRecord,
  CollectionDocument,
  CollectionRecord,
  CollectionTextRecord,
} from './collection-records.ts';
export { ModelFileCache } from './model-file-cache.ts';
export { exportMegaContext, importMegaContext, parseExport, EXPORT_MAGIC } from './export-import.ts';
export type { ExportOptions, ImportOptions, ParsedExport } from './export-import.ts';
export type { TurnTextRedactor } from './export-redaction.ts';
export {
  persistenceStatus,
  requestPersistence,
  storageEstimate,
  describePersistence,
  formatBytes,
} from './storage-persistence.ts';
export type { PersistenceStatus, StorageManagerLike } from './storage-persistence.ts';
export type { SpanInput, TailInput } from './span-codec.ts';
export { spanPayloadBytes } from './span-codec.ts';
