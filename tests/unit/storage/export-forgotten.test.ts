// A memory with forgotten spans exports without them (issue 19 item 3): forgotten token ids are
// written as 0, every gist whose span holds a forgotten token is zeroed (LOD1, LOD2, the tail's
// LOD1, LOD3+), turn texts go through the redactor, the file still verifies, and an import keeps
// the ranges forgotten (final). A memory without tombstones exports the same bytes as before.
import { describe, expect, it } from 'vitest';
import { exportMegaContext, importMegaContext, parseExport } from '../../../src/storage/export-import.ts';
import { ForgetRepository } from '../../../src/storage/forget-repository.ts';
import { decodeSpan, decodeTail, decodeUpperGist } from '../../../src/storage/span-codec.ts';
import type { MegaContextDb } from '../../../src/storage/db.ts';
import { freshDb, populateExported } from './helpers.ts';

const D = 8;

async function populate(db: MegaContextDb) {
  const { convs, trees } = await populateExported(
    db,
    D,
    ['g@1', 'g@1'],
    [
      { role: 'system', text: '[notes.txt]\nsecret plans', tokenStart: 0, tokenEnd: 1000 },
      { role: 'user', text: 'hello', tokenStart: 1000, tokenEnd: 2125 },
    ],
  );
  return { convs, trees, forgets: new ForgetRepository(db) };
}

describe('export of a memory with forgotten spans', () => {
  it('zeroes forgotten tokens and every gist covering one, redacts turns, and import keeps them forgotten', async () => {
    const { db } = await freshDb();
    const { trees, forgets } = await populate(db);
    const stored = await trees.loadTree('tree-1');
    await forgets.add('tree-1', { start: 100, end: 1000, kind: 'document', session: 'page-1' });
    const file = await exportMegaContext(db, 'tree-1');
    const parsed = parseExport(file); // verifies every record's checksum and the file CRC
    expect(parsed.header.forgotten).toEqual([{ start: 100, end: 1000, kind: 'document' }]);
    const s0 = decodeSpan('tree-1', parsed.spans[0]!);
    const s1 = decodeSpan('tree-1', parsed.spans[1]!);
    const want = stored.spans[0]!.tokenIds;
    for (let i = 0; i < 1024; i++) expect(s0.tokenIds[i]).toBe(i >= 100 && i < 1000 ? 0 : want[i]);
    expect(Array.from(s1.tokenIds)).toEqual(Array.from(stored.spans[1]!.tokenIds));
    // LOD1 blocks 0..2 (tokens 0..96) and 32..: kept; blocks 3..31 touch [100, 1000): zeroed.
    for (let b = 0; b < 32; b++) {
      const got = Array.from(s0.lod1.subarray(b * D, (b + 1) * D));
      if (b >= 3) expect(got).toEqual(new Array(D).fill(0));
      else expect(got).toEqual(Array.from(stored.spans[0]!.lod1.subarray(b * D, (b + 1) * D)));
    }
    expect(Array.from(s0.lod2)).toEqual(new Array(D).fill(0)); // LOD2 0 mixes kept and forgotten tokens
    expect(Array.from(s1.lod2)).toEqual(Array.from(stored.spans[1]!.lod2)); // LOD2 1 is wholly kept
    expect(Array.from(decodeUpperGist('tree-1', parsed.upperGists[0]!, 2).gist)).toEqual(new Array(D).fill(0)); // LOD3 0 covers it
    expect(Array.from(decodeTail('tree-1', parsed.tail!).tokenIds)).toEqual(Array.from(stored.tail!.tokenIds));
    expect(parsed.header.turns.map((t) => t.text)).toEqual(['', 'hello']); // default: a touched turn loses its text
    expect(new TextDecoder().decode(file).includes('secret plans')).toBe(false);

    const copy = await importMegaContext(db, file, { asCopy: true });
    const imported = await forgets.list(copy.tree.id);
    expect(imported.map((f) => [f.start, f.end, f.kind, f.session])).toEqual([[100, 1000, 'document', 'import']]);
    // Final in the importing browser: no page session can undo it.
    await expect(forgets.remove(copy.tree.id, imported[0]!.id, 'page-1')).rejects.toMatchObject({
      data: { reason: 'final' },
    });
  });

  it("uses the caller's turn text redactor", async () => {
    const { db } = await freshDb();
    const { forgets } = await populate(db);
    await forgets.add('tree-1', { start: 1500, end: 1600, kind: 'span', session: 'p' });
    const file = await exportMegaContext(db, 'tree-1', {
      turnText: (t, set) =>
        set.classify(t.tokenStart, t.tokenEnd) === 'mixed' ? `${t.text} (part forgotten)` : t.text,
    });
    expect(parseExport(file).header.turns.map((t) => t.text)).toEqual([
      '[notes.txt]\nsecret plans',
      'hello (part forgotten)',
    ]);
  });

  it('a memory without tombstones exports the same bytes, and an undone forget leaves no trace', async () => {
    const { db } = await freshDb();
    const { forgets } = await populate(db);
    const before = await exportMegaContext(db, 'tree-1');
    const f = await forgets.add('tree-1', { start: 0, end: 50, kind: 'span', session: 'p' });
    expect(await exportMegaContext(db, 'tree-1')).not.toEqual(before);
    await forgets.remove('tree-1', f.id, 'p');
    expect(await exportMegaContext(db, 'tree-1')).toEqual(before);
  });
});
