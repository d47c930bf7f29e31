// Turn meta (issue 19): system-prompt turns and edits / regenerations of earlier turns are stored
// with the turn, checked on append, and carried by the .megacontext export (validated on import).
import { describe, expect, it } from 'vitest';
import { exportMegaContext, importMegaContext, parseExport } from '../../../src/storage/export-import.ts';
import { validateHeader } from '../../../src/storage/export-header.ts';
import { ConversationRepository } from '../../../src/storage/conversation-repository.ts';
import { MalformedExportError, StorageInputError } from '../../../src/storage/errors.ts';
import { freshDb } from './helpers.ts';

async function populate() {
  const { db } = await freshDb();
  const convs = new ConversationRepository(db);
  const conv = await convs.create({
    id: 'conv-1',
    title: 'Chat',
    newTree: { id: 'tree-1', name: 'Memory', d: 8, dtype: 'f32', vocabSize: 300, gisterVersion: 'g@1' },
  });
  await convs.appendTurn(conv.id, {
    role: 'system',
    text: 'Be brief.',
    tokenStart: 0,
    tokenEnd: 0,
    meta: { kind: 'system-prompt' },
  });
  await convs.appendTurn(conv.id, { role: 'user', text: 'q', tokenStart: 0, tokenEnd: 0 });
  await convs.appendTurn(conv.id, { role: 'assistant', text: 'a', tokenStart: 0, tokenEnd: 0 });
  await convs.appendTurn(conv.id, {
    role: 'user',
    text: 'q!',
    tokenStart: 0,
    tokenEnd: 0,
    meta: { kind: 'edit', of: 1 },
  });
  return { db, convs };
}

describe('turn meta', () => {
  it('is stored with the turn; a plain turn has none', async () => {
    const { convs } = await populate();
    const turns = await convs.listTurns('conv-1');
    expect(turns.map((t) => t.meta ?? null)).toEqual([{ kind: 'system-prompt' }, null, null, { kind: 'edit', of: 1 }]);
    expect('meta' in turns[1]!).toBe(false);
  });

  it('must name an earlier turn of the conversation', async () => {
    const { convs } = await populate();
    await expect(
      convs.appendTurn('conv-1', {
        role: 'user',
        text: 'x',
        tokenStart: 0,
        tokenEnd: 0,
        meta: { kind: 'regenerate', of: 4 },
      }),
    ).rejects.toBeInstanceOf(StorageInputError);
    await expect(
      convs.appendTurn('conv-1', {
        role: 'user',
        text: 'x',
        tokenStart: 0,
        tokenEnd: 0,
        meta: { kind: 'regenerate', of: -1 },
      }),
    ).rejects.toBeInstanceOf(StorageInputError);
  });

  it('survives export and import, and a malformed meta is rejected', async () => {
    const { db, convs } = await populate();
    const file = await exportMegaContext(db, 'tree-1');
    const { header } = parseExport(file);
    expect(header.turns.map((t) => t.meta ?? null)).toEqual([
      { kind: 'system-prompt' },
      null,
      null,
      { kind: 'edit', of: 1 },
    ]);
    await convs.delete('conv-1');
    await importMegaContext(db, file);
    expect((await convs.listTurns('conv-1')).map((t) => t.meta ?? null)).toEqual([
      { kind: 'system-prompt' },
      null,
      null,
      { kind: 'edit', of: 1 },
    ]);

    const raw = JSON.parse(JSON.stringify(header)) as { turns: { meta?: unknown }[] };
    raw.turns[3]!.meta = { kind: 'edit', of: 3 }; // not an earlier turn
    expect(() => validateHeader(raw)).toThrow(MalformedExportError);
    raw.turns[3]!.meta = { kind: 'forget' };
    expect(() => validateHeader(raw)).toThrow(/system-prompt\/edit\/regenerate/);
  });
});
