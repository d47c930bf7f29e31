import { describe, expect, it } from 'vitest';
import { SettingsRepository } from '../../../src/storage/settings-repository.ts';
import { ModelFileCache } from '../../../src/storage/model-file-cache.ts';
import { StorageInputError } from '../../../src/storage/errors.ts';
import { freshDb } from './helpers.ts';

describe('SettingsRepository', () => {
  it('stores JSON values with fallbacks', async () => {
    const { db } = await freshDb();
    const s = new SettingsRepository(db);
    expect(await s.get('wMax', 2048)).toBe(2048);
    await s.set('wMax', 4096);
    await s.setMany({ theme: 'dark', focus: { tauExpand: 0.2, nDiff: 4 } });
    expect(await s.get('wMax', 0)).toBe(4096);
    expect(await s.all()).toEqual({ wMax: 4096, theme: 'dark', focus: { tauExpand: 0.2, nDiff: 4 } });
    await s.delete('theme');
    expect(await s.get('theme', 'light')).toBe('light');
    await expect(s.set('bad', Number.NaN)).rejects.toBeInstanceOf(StorageInputError);
  });
});

describe('ModelFileCache', () => {
  const file = new Uint8Array(10_000).map((_, i) => (i * 31) & 0xff);

  it('stores files in chunks and returns them verified', async () => {
    const { db } = await freshDb();
    const cache = new ModelFileCache(db);
    await cache.put('models/demo/decoder.onnx', file, { chunkBytes: 3000, source: '/models/demo/decoder.onnx' });
    expect(await db.count('modelChunks')).toBe(4);
    expect(await cache.get('models/demo/decoder.onnx')).toEqual(file);
    expect((await cache.list())[0]).toMatchObject({ size: 10_000, chunkCount: 4 });
    expect(await cache.totalBytes()).toBe(10_000);
    await cache.put('models/demo/decoder.onnx', file.subarray(0, 100), { chunkBytes: 3000 });
    expect(await db.count('modelChunks')).toBe(1);
    await cache.delete('models/demo/decoder.onnx');
    expect(await cache.has('models/demo/decoder.onnx')).toBe(false);
    expect(await cache.get('models/demo/decoder.onnx')).toBeNull();
  });

  it('a corrupt chunk is a miss: the file is dropped and reported', async () => {
    const { db } = await freshDb();
    const reports: string[] = [];
    const cache = new ModelFileCache(db, (key, reason) => reports.push(`${key}: ${reason}`));
    await cache.put('w.bin', file, { chunkBytes: 4096 });
    const chunk = await db.get('modelChunks', ['w.bin', 1]);
    new Uint8Array(chunk!.bytes).fill(0, 0, 10);
    await db.put('modelChunks', chunk!);
    expect(await cache.get('w.bin')).toBeNull();
    expect(reports).toEqual(['w.bin: chunk 1 checksum mismatch']);
    expect(await db.count('modelChunks')).toBe(0);
  });
});
