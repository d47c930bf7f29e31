import { afterEach, describe, expect, it, vi } from 'vitest';
import { TreeRepository } from '../../../src/storage/tree-repository.ts';
import { importMegaContext, exportMegaContext } from '../../../src/storage/export-import.ts';
import {
  CorruptSpanError,
  MalformedExportError,
  QUOTA_USER_MESSAGE,
  SchemaError,
  StorageQuotaError,
} from '../../../src/storage/errors.ts';
import { registerProjectErrors } from '../../../src/protocol/error-registry.ts';
import { deserializeError, serializeError } from '../../../src/protocol/serializable-error.ts';
import { freshDb, makeSpan, makeTail } from './helpers.ts';

const D = 8;
const tree = { id: 'q', name: 'q', d: D, dtype: 'f32' as const, vocabSize: 1000, gisterVersion: 'g@1' };
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => vi.restoreAllMocks());

describe('quota exhaustion', () => {
  it('a put that throws QuotaExceededError becomes StorageQuotaError; nothing stored is lost; ingest resumes', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    await repo.createTree(tree);
    await repo.putSpan('q', makeSpan(0, D, 1000), makeTail(1, 500, D));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    const error = await repo.putSpan('q', makeSpan(1, D, 1000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect((error as StorageQuotaError).data.userMessage).toBe(QUOTA_USER_MESSAGE);
    expect((error as StorageQuotaError).data.operation).toBe('span 1 of tree "q"');
    put.mockRestore();
    const loaded = await repo.loadTree('q');
    expect(loaded.spans.map((s) => s.spanIndex)).toEqual([0]);
    expect(loaded.tail?.tokenIds.length).toBe(500);
    expect(loaded.resumeAt).toBe(1024 + 500);
    await repo.putSpan('q', makeSpan(1, D, 1000)); // space freed: resume
    expect((await repo.loadTree('q')).resumeAt).toBe(2048);
  });

  it('a transaction aborted at commit with QuotaExceededError (as Chromium does) is mapped too', async () => {
    const { db } = await freshDb();
    const ok = new TreeRepository(db);
    await ok.createTree(tree);
    await ok.putSpan('q', makeSpan(0, D, 1000));
    const full = new TreeRepository(db, {
      beforeCommit: (tx) => (tx as unknown as { _abort(name: string): void })._abort('QuotaExceededError'),
    });
    const error = await full.putTail('q', makeTail(1, 10, D)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect((await ok.loadTree('q')).resumeAt).toBe(1024);
  });

  it('an import that hits the quota writes nothing', async () => {
    const { db } = await freshDb();
    const repo = new TreeRepository(db);
    await repo.createTree(tree);
    await repo.putSpan('q', makeSpan(0, D, 1000));
    const file = await exportMegaContext(db, 'q');
    const target = (await freshDb()).db;
    let puts = 0;
    const original = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 2) throw quota();
      return original.apply(this, args);
    });
    await expect(importMegaContext(target, file)).rejects.toBeInstanceOf(StorageQuotaError);
    expect(await target.count('trees')).toBe(0);
    expect(await target.count('spans')).toBe(0);
  });
});

describe('errors cross a worker boundary', () => {
  it('serialise to {name, message, data} and rebuild as the same class (the project registry)', () => {
    registerProjectErrors();
    const errors = [
      new CorruptSpanError('bad', { treeId: 't', kind: 'span', level: 2, index: 4, reason: 'crc' }),
      new MalformedExportError('bad file', { reason: 'truncated', offset: 10 }),
      new SchemaError('old', { reason: 'x' }),
    ];
    for (const e of errors) {
      const wire = JSON.parse(JSON.stringify(serializeError(e)));
      const back = deserializeError(wire);
      expect(back).toBeInstanceOf(e.constructor);
      expect(back?.name).toBe(e.name);
      expect(back?.message).toBe(e.message);
      expect((back as CorruptSpanError).data).toEqual(e.data);
    }
  });
});
