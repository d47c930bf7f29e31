// SettingsRepository: small JSON settings by key (seed: MegaContext persistence — a settings
// store). Values must survive a JSON round trip so they can be exported and sent to a worker.

import { allRequests, writeTransaction, type MegaContextDb } from './db.ts';
import { StorageInputError } from './errors.ts';
import type { JsonValue, SettingRecord } from './records.ts';

/** Plain JSON only: finite numbers, strings, booleans, null, arrays and plain objects (no cycles). */
export function plainJsonProblem(value: unknown, path: string): string | null {
  return jsonProblem(value, path, new Set());
}

function jsonProblem(value: unknown, path: string, seen: Set<object>): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} is ${value}`;
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  if (seen.has(value)) return `${path} is a cycle`;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const p = jsonProblem(v, `${path}[${i}]`, seen);
      if (p) return p;
    }
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return `${path} is not a plain object`;
    for (const [k, v] of Object.entries(value)) {
      const p = jsonProblem(v, `${path}.${k}`, seen);
      if (p) return p;
    }
  }
  seen.delete(value);
  return null;
}

function assertJson(key: string, value: JsonValue): void {
  const problem = jsonProblem(value, key, new Set());
  if (problem)
    throw new StorageInputError(`Setting "${key}" is not plain JSON: ${problem}`, { field: key, reason: 'not JSON' });
}

export class SettingsRepository {
  constructor(private readonly db: MegaContextDb) {}

  /** The stored value, or `fallback` when the key was never set. */
  async get<T extends JsonValue>(key: string, fallback: T): Promise<T> {
    const record = await this.db.get('settings', key);
    return record ? (record.value as T) : fallback;
  }

  async set(key: string, value: JsonValue): Promise<void> {
    assertJson(key, value);
    const record: SettingRecord = { key, value, updatedAt: Date.now() };
    await writeTransaction(this.db, ['settings'], `setting "${key}"`, async (tx) => {
      await tx.objectStore('settings').put(record);
    });
  }

  /** Several settings in one transaction (all or nothing). */
  async setMany(values: Record<string, JsonValue>): Promise<void> {
    for (const [key, value] of Object.entries(values)) assertJson(key, value);
    const now = Date.now();
    await writeTransaction(this.db, ['settings'], 'settings', async (tx) => {
      await allRequests(
        Object.entries(values).map(
          ([key, value]) =>
            () =>
              tx.objectStore('settings').put({ key, value, updatedAt: now }),
        ),
      );
    });
  }

  async delete(key: string): Promise<void> {
    await writeTransaction(this.db, ['settings'], `deletion of setting "${key}"`, async (tx) => {
      await tx.objectStore('settings').delete(key);
    });
  }

  async all(): Promise<Record<string, JsonValue>> {
    const records = await this.db.getAll('settings');
    return Object.fromEntries(records.map((r) => [r.key, r.value]));
  }
}
