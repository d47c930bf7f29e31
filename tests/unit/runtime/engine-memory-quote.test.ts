// The memory quote in the engine (src/core/memory-quote.ts, src/runtime/memory-quote-turn.ts), in
// node on the tiny real decoder: with the setting on, the pieces of the memory that hold a
// request's names are ingested right before its user turn, inside the turn's span (the transcript
// shows the message as typed); off — the tiny package's default — the turn is the message alone;
// a forgotten document is not quoted.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const filler = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]).join(' ');
const FACT = 'Lorcan Mayfield keeps badge number 4417 in the east wing.';
// Sentences around the fact: the quote cuts whole sentences from a few dozen tokens around each name.
const DOC = `${filler(300)}.\n${FACT}\n${filler(300)}.`;
const ASK = 'What is the badge number of Lorcan Mayfield?';

async function quotingEngine() {
  const engine = new MegaContextEngine(await nodeEngineHost(TINY_DIR, new IDBFactory()));
  const info = await engine.loadModel('/models/tiny/', 'auto');
  expect(info.memoryQuoteDefault).toBe(false); // the tiny package's manifest does not ask for it
  expect(engine.updateSettings({}).memoryQuote).toBe(false);
  expect(() => engine.updateSettings({ memoryQuote: 'on' as unknown as boolean })).toThrow(
    'memoryQuote must be true or false',
  );
  engine.updateSettings({ wMax: 512, maxNewTokens: 8, protectedTokens: 64, memoryQuote: true });
  return engine;
}

async function lastUserTurn(engine: MegaContextEngine, id: string) {
  const turn = (await engine.openConversation(id)).turns.filter((t) => t.role === 'user').at(-1)!;
  return { turn, tokens: await engine.spanText(id, turn.tokenStart, turn.tokenEnd) };
}

describe('memory quote in the engine', () => {
  it('quotes the named fact right before the request, inside its turn; nothing when off', async () => {
    const engine = await quotingEngine();
    const conv = await engine.createConversation('staff');
    await engine.ingest(conv.id, DOC, 'staff.txt');

    const r = await engine.chat(conv.id, ASK);
    expect(r.stats.generatedTokens).toBeGreaterThan(0);
    const { turn, tokens } = await lastUserTurn(engine, conv.id);
    expect(turn.text).toBe(ASK); // the transcript shows what was typed
    expect(tokens.startsWith(`\n\n${FACT}`)).toBe(true); // the quote opens the turn's span …
    expect(tokens.indexOf(FACT)).toBeLessThan(tokens.indexOf(ASK)); // … before the request
    expect(r.snapshot.wc.cost).toBeLessThanOrEqual(512);

    // A request that names nothing in memory quotes nothing.
    await engine.chat(conv.id, 'What is the badge number of Hiazom Quellbrook?');
    expect((await lastUserTurn(engine, conv.id)).tokens).not.toContain(FACT);

    engine.updateSettings({ memoryQuote: false });
    await engine.chat(conv.id, ASK);
    const off = await lastUserTurn(engine, conv.id);
    expect(off.tokens).not.toContain(FACT);
    expect(off.tokens).toContain(ASK);
  });

  it('does not quote a forgotten document', async () => {
    const engine = await quotingEngine();
    const conv = await engine.createConversation('forget');
    await engine.ingest(conv.id, DOC, 'staff.txt');
    await engine.ingest(conv.id, filler(400), 'other.txt');
    const doc = (await engine.openConversation(conv.id, 'page')).turns.find((t) => t.text.startsWith('[staff.txt]'))!;
    await engine.forget(conv.id, doc.tokenStart, doc.tokenEnd, 'document', 'page');
    await engine.chat(conv.id, ASK);
    expect((await lastUserTurn(engine, conv.id)).tokens).not.toContain('4417');
  });

  it('quotes for a follow-up that names nothing by the request before it', async () => {
    const engine = await quotingEngine();
    const conv = await engine.createConversation('follow-up');
    await engine.ingest(conv.id, DOC, 'staff.txt');
    await engine.chat(conv.id, 'Which wing does Lorcan Mayfield work in?');
    await engine.chat(conv.id, 'And what about it?'); // no name, no rare word: nothing of its own to find
    expect((await lastUserTurn(engine, conv.id)).tokens.startsWith(`\n\n${FACT}`)).toBe(true);
  });
});
