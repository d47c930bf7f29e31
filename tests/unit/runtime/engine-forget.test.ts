// Forgetting in the engine (issue 19 item 3), in node on the tiny real decoder: a forgotten
// document or span leaves what the model is fed (no LOD0 row of a forgotten token, no gist row
// over one, no mixed gist in the working context), the turns as shown and the .megacontext export;
// it survives a reload; it can be undone from the page session that made it and is final after.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';
import { planRows } from '../../../src/runtime/row-plan';
import { FORGOTTEN_MARK } from '../../../src/runtime/conversation-forgetting';
import type { ConversationState } from '../../../src/runtime/engine-snapshot';
import type { OpenConversations } from '../../../src/runtime/open-conversations';
import type { EngineSettings } from '../../../src/runtime/engine-api';
import { parseExport } from '../../../src/storage/export-import';
import { decodeSpan } from '../../../src/storage/span-codec';
import { ForgetError } from '../../../src/core/errors';

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const doc = (n: number, shift = 0) =>
  Array.from({ length: n }, (_, i) => words[(i * 7 + shift) % words.length]).join(' ');

async function tinyEngine(factory = new IDBFactory()) {
  const engine = new MegaContextEngine(await nodeEngineHost(TINY_DIR, factory));
  await engine.loadModel('/models/tiny/', 'auto');
  engine.updateSettings({ wMax: 512, maxNewTokens: 8, protectedTokens: 64 });
  return engine;
}

const stateOf = (engine: MegaContextEngine, id: string): Promise<ConversationState> =>
  (engine as unknown as { conversations: OpenConversations }).conversations.get(id);

/** What the decoder is fed now: every row of the plan must be kept; no gist in the WC may mix. */
async function expectNothingForgottenFed(engine: MegaContextEngine, id: string, range: { start: number; end: number }) {
  const st = await stateOf(engine, id);
  const { memory } = st;
  const plan = planRows(
    memory.wc,
    (engine as unknown as { settings: EngineSettings }).settings.positionPolicy,
    32,
    memory.tree.length,
    memory.forgotten,
  );
  let lod0 = 0;
  for (let r = 0; r < plan.rows; r++) {
    const level = plan.level[r]!;
    const unit = 32 ** level;
    const start = level === 0 ? plan.key[r]! : plan.key[r]! * unit;
    const end = level === 0 ? start + 1 : start + unit;
    expect(start >= range.end || end <= range.start).toBe(true);
    if (level === 0) lod0++;
  }
  for (let i = 0; i < memory.wc.length; i++) {
    if (memory.wc.level(i) > 0)
      expect(memory.forgotten.classify(memory.wc.entryStart(i), memory.wc.entryEnd(i))).not.toBe('mixed');
  }
  return { plan, lod0 };
}

describe('forgetting in the engine', () => {
  it('a forgotten document leaves the context, the turns and the export; it survives a reload and is final on a new page', async () => {
    const factory = new IDBFactory();
    const engine = await tinyEngine(factory);
    const conv = await engine.createConversation('forget');
    await engine.ingest(conv.id, doc(3000), 'first.txt');
    await engine.ingest(conv.id, doc(3000, 3), 'secret.txt');
    await engine.ingest(conv.id, doc(1500, 5), 'last.txt');
    const open = await engine.openConversation(conv.id, 'page-1');
    const secret = open.turns.find((t) => t.text.startsWith('[secret.txt]'))!;
    const range = { start: secret.tokenStart, end: secret.tokenEnd };
    expect(open.forgets).toEqual([]);

    const r = await engine.forget(conv.id, range.start, range.end, 'document', 'page-1');
    expect(r.forgets).toMatchObject([
      { start: range.start, end: range.end, kind: 'document', undoable: true, label: 'secret.txt' },
    ]);
    expect(r.turns[secret.index]).toMatchObject({ text: '', forgotten: 'all' });
    expect(r.turns.filter((t) => t.forgotten).length).toBe(1);
    // Pin the secret too: a pin never brings forgotten tokens back.
    await engine.setPins(conv.id, [{ start: range.start + 40, end: range.start + 80 }]);
    await expectNothingForgottenFed(engine, conv.id, range);
    const chat = await engine.chat(conv.id, 'alpha beta?');
    expect(chat.stats.promptRows).toBeGreaterThan(0);
    await expectNothingForgottenFed(engine, conv.id, range);

    // The export carries neither its text nor its tokens.
    const file = parseExport(
      await engine.handlers().exportConversation({ conversationId: conv.id }, undefined as never),
    );
    expect(file.header.forgotten).toEqual([{ start: range.start, end: range.end, kind: 'document' }]);
    expect(file.header.turns[secret.index]!.text).toBe('');
    const tokens = file.spans.flatMap((s) => Array.from(decodeSpan(file.header.tree.id, s).tokenIds));
    expect(tokens.slice(range.start, Math.min(range.end, tokens.length)).every((id) => id === 0)).toBe(true);
    expect(tokens.slice(0, range.start).some((id) => id !== 0)).toBe(true);

    // A new page (new engine, new session) on the same database: still forgotten, and final.
    const again = await tinyEngine(factory);
    const reopened = await again.openConversation(conv.id, 'page-2');
    expect(reopened.forgets).toMatchObject([{ start: range.start, end: range.end, undoable: false }]);
    expect(reopened.turns[secret.index]).toMatchObject({ text: '', forgotten: 'all' });
    await expectNothingForgottenFed(again, conv.id, range);
    await expect(again.unforget(conv.id, reopened.forgets[0]!.id, 'page-2')).rejects.toBeInstanceOf(ForgetError);
  }, 120_000);

  it('a forgotten span inside a document keeps the rest; undo on the same page brings it back', async () => {
    const engine = await tinyEngine();
    const conv = await engine.createConversation('span');
    await engine.ingest(conv.id, doc(4000), 'notes.txt');
    const before = await engine.openConversation(conv.id, 'p');
    const notes = before.turns[0]!;
    const shownBefore = await expectNothingForgottenFed(engine, conv.id, { start: 0, end: 0 });
    const range = { start: notes.tokenStart + 1000 + 7, end: notes.tokenStart + 2500 + 13 }; // not block-aligned
    const r = await engine.forget(conv.id, range.start, range.end, 'span', 'p');
    const shown = r.turns[0]!;
    expect(shown.forgotten).toBe('part');
    expect(shown.text.startsWith('[notes.txt]\n')).toBe(true);
    expect(shown.text).toContain(FORGOTTEN_MARK);
    expect(shown.text.length).toBeLessThan(notes.text.length);
    const after = await expectNothingForgottenFed(engine, conv.id, range);
    // The kept tokens next to both edges are fed at full detail (the held blocks).
    const fedTokens = new Set<number>();
    for (let i = 0; i < after.plan.rows; i++) if (after.plan.level[i] === 0) fedTokens.add(after.plan.key[i]!);
    expect(fedTokens.has(range.start - 1)).toBe(true);
    expect(fedTokens.has(range.end)).toBe(true);

    const undone = await engine.unforget(conv.id, r.forgets[0]!.id, 'p');
    expect(undone.forgets).toEqual([]);
    expect(undone.turns[0]).toEqual(notes);
    const back = await expectNothingForgottenFed(engine, conv.id, { start: 0, end: 0 });
    expect(back.plan.forgottenRows).toBe(0);
    expect(shownBefore.plan.forgottenRows).toBe(0);
  }, 120_000);
});
