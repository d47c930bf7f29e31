// Persistent storage request and usage estimate (seed: MegaContext persistence — IndexedDB is
// evictable under storage pressure unless the origin is granted persistent storage). The answer is
// meant to be shown to the user, so every status carries a sentence describing it.

export interface PersistenceStatus {
  /** navigator.storage.persist exists in this context. */
  supported: boolean;
  /** The origin's storage is persistent (will not be evicted without the user's consent). */
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
  /** One sentence for the UI. */
  message: string;
}

/** The subset of StorageManager used here (injectable for tests). */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function defaultManager(): StorageManagerLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

export function describePersistence(s: Omit<PersistenceStatus, 'message'>): string {
  const usage =
    s.usageBytes !== null && s.quotaBytes !== null
      ? ` Using ${formatBytes(s.usageBytes)} of ${formatBytes(s.quotaBytes)} available.`
      : '';
  if (!s.supported)
    return `This browser cannot make storage persistent; it may delete saved MegaContexts when disk space runs low.${usage}`;
  if (s.persisted)
    return `Storage is persistent: the browser will not delete your MegaContexts without asking you.${usage}`;
  return `The browser did not grant persistent storage, so it may delete saved MegaContexts when disk space runs low (export them to keep a copy).${usage}`;
}

/** Usage and quota in bytes, or nulls when the browser does not tell. */
export async function storageEstimate(
  manager: StorageManagerLike | undefined = defaultManager(),
): Promise<{ usageBytes: number | null; quotaBytes: number | null }> {
  if (!manager?.estimate) return { usageBytes: null, quotaBytes: null };
  try {
    const e = await manager.estimate();
    return { usageBytes: e.usage ?? null, quotaBytes: e.quota ?? null };
  } catch {
    return { usageBytes: null, quotaBytes: null };
  }
}

/** Current state without asking the user for anything. */
export async function persistenceStatus(
  manager: StorageManagerLike | undefined = defaultManager(),
): Promise<PersistenceStatus> {
  const supported = typeof manager?.persist === 'function';
  let persisted = false;
  if (manager?.persisted) {
    try {
      persisted = await manager.persisted();
    } catch {
      persisted = false;
    }
  }
  const base = { supported, persisted, ...(await storageEstimate(manager)) };
  return { ...base, message: describePersistence(base) };
}

/**
 * Requests persistent storage (a no-op when already granted) and reports the answer. Chromium
 * grants or denies silently from engagement heuristics; Firefox may show a prompt.
 */
export async function requestPersistence(
  manager: StorageManagerLike | undefined = defaultManager(),
): Promise<PersistenceStatus> {
  const supported = typeof manager?.persist === 'function';
  let persisted = false;
  if (supported && manager?.persist) {
    try {
      persisted = (manager.persisted ? await manager.persisted() : false) || (await manager.persist());
    } catch {
      persisted = false;
    }
  }
  const base = { supported, persisted, ...(await storageEstimate(manager)) };
  return { ...base, message: describePersistence(base) };
}
