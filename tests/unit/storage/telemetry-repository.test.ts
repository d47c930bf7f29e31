// The telemetry store (schema v3): one JSON record per conversation, replaced on put, refused for a
// conversation that does not exist, deleted with its conversation in the same transaction.
import { describe, expect, it } from 'vitest';
import { TelemetryRepository } from '../../../src/storage/telemetry-repository.ts';
import { ConversationRepository } from '../../../src/storage/conversation-repository.ts';
import { StorageInputError, StorageNotFoundError } from '../../../src/storage/errors.ts';
import { freshDb } from './helpers.ts';

const newTree = { name: 't', d: 8, dtype: 'f32' as const, vocabSize: 1000, gisterVersion: 'g@1' };

describe('TelemetryRepository', () => {
  it('stores, replaces and reads one JSON value per conversation', async () => {
    const { db } = await freshDb();
    const convs = new ConversationRepository(db);
    const tel = new TelemetryRepository(db);
    const a = await convs.create({ title: 'a', newTree });
    const b = await convs.create({ title: 'b', newTree });
    expect(await tel.get(a.id)).toBeNull();
    await tel.put(a.id, { v: 1, counts: [1, 2, 3] });
    await tel.put(b.id, { v: 1, counts: [] });
    await tel.put(a.id, { v: 1, counts: [4] });
    expect(await tel.get(a.id)).toEqual({ v: 1, counts: [4] });
    expect(await tel.get(b.id)).toEqual({ v: 1, counts: [] });
    await tel.delete(b.id);
    expect(await tel.get(b.id)).toBeNull();
    db.close();
  });

  it('refuses values that are not plain JSON and conversations that do not exist', async () => {
    const { db } = await freshDb();
    const convs = new ConversationRepository(db);
    const tel = new TelemetryRepository(db);
    const a = await convs.create({ title: 'a', newTree });
    await expect(tel.put(a.id, { rate: Number.POSITIVE_INFINITY })).rejects.toBeInstanceOf(StorageInputError);
    await expect(tel.put('conv-missing', { v: 1 })).rejects.toBeInstanceOf(StorageNotFoundError);
    expect(await db.count('telemetry')).toBe(0);
    db.close();
  });

  it('is deleted together with its conversation', async () => {
    const { db } = await freshDb();
    const convs = new ConversationRepository(db);
    const tel = new TelemetryRepository(db);
    const a = await convs.create({ title: 'a', newTree });
    await tel.put(a.id, { v: 1 });
    await convs.delete(a.id);
    expect(await tel.get(a.id)).toBeNull();
    expect(await db.count('telemetry')).toBe(0);
    db.close();
  });
});
