// Typed storage errors (seed: MegaContext persistence — "losing or corrupting the tree is the worst
// failure"). Every error carries a `name` and JSON-able `data` so it crosses the worker boundary
// through the project's one error registry (src/protocol/error-registry.ts) as the same class.

/** The browser refused a write because the origin's storage quota is exhausted. */
export class StorageQuotaError extends Error {
  override readonly name = 'StorageQuotaError';
  constructor(
    message: string,
    readonly data: {
      /** What was being written, e.g. "span 12 of tree abc" or "import of tree abc". */
      operation: string;
      /** A sentence that can be shown to the user as is. */
      userMessage: string;
      /** The browser's own error message, when there was one. */
      cause: string;
    },
  ) {
    super(message);
  }
}

/** A stored record failed its checksum or its layout check; the rest of the tree is still readable. */
export class CorruptSpanError extends Error {
  override readonly name = 'CorruptSpanError';
  constructor(
    message: string,
    readonly data: {
      treeId: string;
      /** 'span' = one LOD2 span record, 'tail' = the incomplete newest span, 'upper' = a LOD3+ gist. */
      kind: 'span' | 'tail' | 'upper';
      level: number;
      index: number;
      reason: string;
    },
  ) {
    super(message);
  }
}

/** An export file was truncated, malformed or internally inconsistent; nothing was written. */
export class MalformedExportError extends Error {
  override readonly name = 'MalformedExportError';
  constructor(
    message: string,
    readonly data: { reason: string; offset?: number },
  ) {
    super(message);
  }
}

/** The database could not be opened or migrated (newer schema on disk, failed migration, ...). */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  constructor(
    message: string,
    readonly data: { reason: string; foundVersion?: number; expectedVersion?: number },
  ) {
    super(message);
  }
}

/** A lookup or a write referred to something that does not exist or already exists. */
export class StorageNotFoundError extends Error {
  override readonly name = 'StorageNotFoundError';
  constructor(
    message: string,
    readonly data: { kind: string; id: string },
  ) {
    super(message);
  }
}

export class StorageConflictError extends Error {
  override readonly name = 'StorageConflictError';
  constructor(
    message: string,
    readonly data: { kind: string; id: string; reason: string },
  ) {
    super(message);
  }
}

/** A caller passed data that does not fit the tree's layout (wrong length, wrong d, ...). */
export class StorageInputError extends Error {
  override readonly name = 'StorageInputError';
  constructor(
    message: string,
    readonly data: { field: string; reason: string },
  ) {
    super(message);
  }
}

/** True for the DOMException browsers raise when the quota is exhausted (name or legacy code 22). */
export function isQuotaExceeded(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const e = error as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.code === 22 || e.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export const QUOTA_USER_MESSAGE =
  'Your browser has run out of storage space for MegaContext. Nothing saved before was lost. ' +
  'Free some space (delete old conversations or cached model files, or clear other site data) and ' +
  'resume: ingestion continues from the last saved span.';

/**
 * Maps a failed write to a typed error: quota exhaustion becomes StorageQuotaError with a user
 * message; our own typed errors pass through; anything else is returned unchanged.
 */
export function mapWriteError(error: unknown, operation: string): unknown {
  if (isQuotaExceeded(error)) {
    const raw = error instanceof Error ? error.message : String(error);
    const cause = raw.trim() === '' ? 'the browser refused the write (QuotaExceededError)' : raw;
    return new StorageQuotaError(`Storage quota exceeded while writing ${operation}: ${cause}`, {
      operation,
      userMessage: QUOTA_USER_MESSAGE,
      cause,
    });
  }
  return error;
}
