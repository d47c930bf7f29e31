import { describe, expect, it } from 'vitest';
import { exportMegaContext, importMegaContext, parseExport } from '../../../src/storage/export-import.ts';
import { MalformedExportError, StorageConflictError } from '../../../src/storage/errors.ts';
import { crc32 } from '../../../src/storage/checksum.ts';
import type { MegaContextDb } from '../../../src/storage/db.ts';
import { freshDb, populateExported } from './helpers.ts';

const D = 8;

const populate = (db: MegaContextDb) =>
  populateExported(
    db,
    D,
    ['gistnet@1', 'gistnet@2'],
    [
      { role: 'user', text: 'remember this', tokenStart: 0, tokenEnd: 1000 },
      { role: 'assistant', text: 'ok', tokenStart: 1000, tokenEnd: 2125 },
    ],
  );

async function counts(db: MegaContextDb) {
  const stores = ['trees', 'spans', 'tails', 'upperGists', 'conversations', 'turns'] as const;
  return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await db.count(s)] as const)));
}

/** Rebuilds a file around an edited header, with a valid file CRC, to reach the deeper checks. */
function rebuild(file: Uint8Array, edit: (header: Record<string, unknown>) => void): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const hLen = view.getUint32(12, true);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(16, 16 + hLen))) as Record<string, unknown>;
  edit(header);
  const hBytes = new TextEncoder().encode(JSON.stringify(header));
  const payload = file.subarray(16 + hLen, file.length - 4);
  const out = new Uint8Array(16 + hBytes.length + payload.length + 4);
  out.set(file.subarray(0, 12));
  new DataView(out.buffer).setUint32(12, hBytes.length, true);
  out.set(hBytes, 16);
  out.set(payload, 16 + hBytes.length);
  new DataView(out.buffer).setUint32(out.length - 4, crc32(out.subarray(0, out.length - 4)), true);
  return out;
}

describe('export / import', () => {
  it('round-trips a whole MegaContext bit-for-bit', async () => {
    const { db } = await freshDb();
    const { convs, trees } = await populate(db);
    const before = await trees.loadTree('tree-1');
    const file = await exportMegaContext(db, 'tree-1');
    const parsed = parseExport(file);
    expect(parsed.header.gisters).toEqual(['gist-test@1', 'gistnet@1', 'gistnet@2']);
    expect(parsed.header.conversations.map((c) => c.id)).toEqual(['conv-1']);

    await convs.delete('conv-1');
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
    await importMegaContext(db, file);
    const after = await trees.loadTree('tree-1');
    expect(after.meta).toEqual(before.meta);
    expect(after.spans).toEqual(before.spans);
    expect(after.tail).toEqual(before.tail);
    expect(after.upperGists).toEqual(before.upperGists);
    expect(after.resumeAt).toBe(2 * 1024 + 77);
    expect((await convs.listTurns('conv-1')).map((t) => t.text)).toEqual(['remember this', 'ok']);
    expect(await exportMegaContext(db, 'tree-1')).toEqual(file);
  });

  it('refuses to overwrite, or imports as a copy', async () => {
    const { db } = await freshDb();
    const { convs, trees } = await populate(db);
    const file = await exportMegaContext(db, 'tree-1');
    const before = await counts(db);
    await expect(importMegaContext(db, file)).rejects.toBeInstanceOf(StorageConflictError);
    expect(await counts(db)).toEqual(before);
    const { tree, conversations } = await importMegaContext(db, file, { asCopy: true });
    expect(tree.id).not.toBe('tree-1');
    expect((await trees.loadTree(tree.id)).spans).toEqual((await trees.loadTree('tree-1')).spans);
    expect(await convs.listTurns(conversations[0]!.id)).toHaveLength(2);
  });

  it('rejects every truncation with a MalformedExportError and changes nothing', async () => {
    const { db } = await freshDb();
    await populate(db);
    const file = await exportMegaContext(db, 'tree-1');
    const target = (await freshDb()).db;
    for (const cut of [0, 7, 15, 16, 100, file.length >> 1, file.length - 5, file.length - 1]) {
      const error = await importMegaContext(target, file.subarray(0, cut)).catch((e: unknown) => e);
      expect(error, `cut at ${cut}`).toBeInstanceOf(MalformedExportError);
      expect((error as Error).message).toMatch(/Nothing was imported/);
    }
    const error = await importMegaContext(target, file.subarray(0, file.length - 40)).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/truncated/);
    expect(Object.values(await counts(target)).every((n) => n === 0)).toBe(true);
  });

  it('rejects damaged and malformed files with a reason', async () => {
    const { db } = await freshDb();
    await populate(db);
    const file = await exportMegaContext(db, 'tree-1');
    const target = (await freshDb()).db;
    const expectReason = async (bytes: Uint8Array, pattern: RegExp) => {
      const error = await importMegaContext(target, bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MalformedExportError);
      expect((error as Error).message).toMatch(pattern);
    };
    const flipped = file.slice();
    flipped[file.length - 100] = flipped[file.length - 100]! ^ 1;
    await expectReason(flipped, /checksum does not match/);
    const magic = file.slice();
    magic[0] = 0x58;
    await expectReason(magic, /signature/);
    await expectReason(file.slice().fill(0x20, 16, 20), /not valid JSON/);
    await expectReason(new Uint8Array([...file, 1, 2, 3]), /trailing bytes|checksum/);
    await expectReason(
      rebuild(file, (h) => ((h.spans as { spanIndex: number }[])[1]!.spanIndex = 5)),
      /contiguous/,
    );
    await expectReason(
      rebuild(file, (h) => ((h.tree as { d: number }).d = 9)),
      /layout/,
    );
    await expectReason(
      rebuild(file, (h) => ((h.turns as unknown[]).length = 1)),
      /turnCount/,
    );
    await expectReason(
      rebuild(file, (h) => ((h.spans as { checksum: number }[])[0]!.checksum ^= 1)),
      /span 0 is corrupt/,
    );
    await expectReason(
      rebuild(file, (h) => (h.format = 'zip')),
      /format/,
    );
    expect(Object.values(await counts(target)).every((n) => n === 0)).toBe(true);
  });
});

describe('export of a damaged tree', () => {
  it('refuses with the CorruptSpanError naming the span instead of writing a file import would reject', async () => {
    const { db } = await freshDb();
    await populate(db);
    const rec = await db.get('spans', ['tree-1', 1]);
    const bytes = new Uint8Array(rec!.payload);
    bytes[0] = bytes[0]! ^ 0xff;
    await db.put('spans', rec!);
    await expect(exportMegaContext(db, 'tree-1')).rejects.toThrow(/span 1 is corrupt/);
  });
});
