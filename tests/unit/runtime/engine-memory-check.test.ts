// The memory check in the engine (src/core/memory-check.ts, src/runtime/memory-check-turn.ts), in
// node on the tiny real decoder: a request naming something the memory lacks is answered "not in
// memory" without running the model, the answer enters the memory and the transcript like a
// generated one and survives a reload; a number the lines holding the names do not state is
// answered absent too; a request about what the memory holds, a forgotten
// document's name, and the setting turned off behave as they must.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';
import { notInMemoryReply } from '../../../src/core/memory-check';
import { saysAbsent } from '../../../src/eval/answer-check';
import type { ChatEvent } from '../../../src/runtime/engine-api';

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const filler = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]).join(' ');
const STAFF = `${filler(300)} Lorcan Mayfield keeps badge number 4417 in the east wing. ${filler(300)}`;

async function checkedEngine(factory = new IDBFactory()) {
  const engine = new MegaContextEngine(await nodeEngineHost(TINY_DIR, factory));
  const info = await engine.loadModel('/models/tiny/', 'auto');
  expect(info.memoryCheckDefault).toBe(false); // the tiny package's manifest does not ask for it
  expect(engine.updateSettings({}).memoryCheck).toBe(false);
  expect(() => engine.updateSettings({ memoryCheck: 'yes' as unknown as boolean })).toThrow(
    'memoryCheck must be true or false',
  );
  engine.updateSettings({ wMax: 512, maxNewTokens: 8, protectedTokens: 64, memoryCheck: true });
  return engine;
}

describe('memory check in the engine', () => {
  it('answers "not in memory" without the model, keeps the answer in memory, and asks the model otherwise', async () => {
    const factory = new IDBFactory();
    const engine = await checkedEngine(factory);
    const conv = await engine.createConversation('staff');
    await engine.ingest(conv.id, STAFF, 'staff.txt');

    const events: ChatEvent[] = [];
    const before = (await engine.snapshot(conv.id)).tokenCount;
    const r = await engine.chat(conv.id, 'What is the badge number of Hiazom Quellbrook?', {
      progress: (e) => events.push(e),
      signal: new AbortController().signal,
    });
    expect(r.stats.notInMemory).toEqual(['Hiazom', 'Quellbrook']);
    expect(r.reply.text).toBe(notInMemoryReply(['Hiazom', 'Quellbrook']));
    expect(saysAbsent(r.reply.text)).toBe(true);
    expect(r.stats.generatedTokens).toBe(0); // the model did not run
    expect(events.filter((e) => e.kind === 'token').map((e) => (e as { text: string }).text)).toEqual([r.reply.text]);
    // The question and the answer are in memory, persisted, within budget.
    expect(r.snapshot.tokenCount).toBeGreaterThan(before + 10);
    expect(r.snapshot.persistedTokens).toBe(r.snapshot.tokenCount);
    expect(r.snapshot.wc.cost).toBeLessThanOrEqual(512);

    // A name the memory holds (any case): the model answers.
    const r2 = await engine.chat(conv.id, 'Tell me the badge number of LORCAN MAYFIELD.');
    expect(r2.stats.notInMemory).toBeUndefined();
    expect(r2.stats.generatedTokens).toBeGreaterThan(0);

    // A statement is not checked.
    const r3 = await engine.chat(conv.id, 'Note that Oriel Vance joined today.');
    expect(r3.stats.notInMemory).toBeUndefined();

    // Off: the model answers whatever is asked.
    engine.updateSettings({ memoryCheck: false });
    const r4 = await engine.chat(conv.id, 'What is the badge number of Hiazom Quellbrook?');
    expect(r4.stats.notInMemory).toBeUndefined();
    expect(r4.stats.generatedTokens).toBeGreaterThan(0);

    // A reload shows the engine's answer as the turn it was.
    const again = new MegaContextEngine(await nodeEngineHost(TINY_DIR, factory));
    await again.loadModel('/models/tiny/', 'auto');
    const open = await again.openConversation(conv.id);
    expect(open.turns.map((t) => t.text)).toContain(r.reply.text);
  });

  it('answers absent without the model when a number is asked that the lines holding the names do not state', async () => {
    const engine = await checkedEngine();
    engine.updateSettings({ memoryQuote: true }); // the lines holding the names are what it reads
    const conv = await engine.createConversation('archive');
    await engine.ingest(conv.id, `${filler(300)}. Oriel Vance leads the east wing archive. ${STAFF}`, 'archive.txt');
    const r = await engine.chat(conv.id, 'What budget has Oriel Vance been given?');
    expect(r.stats.quantityUnstated).toEqual(['Oriel', 'Vance']);
    expect(r.stats.notInMemory).toBeUndefined();
    expect(r.stats.generatedTokens).toBe(0); // the model did not run
    expect(saysAbsent(r.reply.text)).toBe(true);
    // a number the lines state: the model answers
    const r2 = await engine.chat(conv.id, 'How many badges does Lorcan Mayfield keep?');
    expect(r2.stats.quantityUnstated).toBeUndefined();
    expect(r2.stats.generatedTokens).toBeGreaterThan(0);
  });

  it("with every name found, the reply may not open with the package's absent reply (manifest absent_reply)", async () => {
    const q = 'Tell me the badge number of Lorcan Mayfield.';
    const found: (string[] | undefined)[] = [];
    const ask = async (dir: string, question: string) => {
      const engine = new MegaContextEngine(await nodeEngineHost(dir, new IDBFactory()));
      await engine.loadModel('/models/tiny/', 'auto');
      engine.updateSettings({ wMax: 512, maxNewTokens: 8, protectedTokens: 64, memoryCheck: true });
      const conv = await engine.createConversation('staff');
      await engine.ingest(conv.id, STAFF, 'staff.txt');
      const r = await engine.chat(conv.id, question);
      found.push(r.stats.namesFound);
      return r.reply.text;
    };
    const free = await ask(TINY_DIR, q);
    const unnamed = await ask(TINY_DIR, 'What is the badge number?');
    // The same package, but its absent reply opens as the tiny model's free reply does (a newline).
    expect(free).toMatch(/^\n/);
    const dir = mkdtempSync(path.join(tmpdir(), 'absent-reply-'));
    cpSync(TINY_DIR, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, absent_reply: "\nI don't know." }));
    try {
      expect(await ask(dir, q)).not.toBe(free);
      expect(await ask(dir, 'What is the badge number?')).toBe(unnamed); // no name: nothing vouched for
      // The turn's stats name what was found only where the reply was constrained.
      expect(found).toEqual([undefined, undefined, ['Lorcan', 'Mayfield'], undefined]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a name only a forgotten document held is not in memory', async () => {
    const engine = await checkedEngine();
    const conv = await engine.createConversation('forget');
    await engine.ingest(conv.id, STAFF, 'staff.txt');
    await engine.ingest(conv.id, filler(400), 'other.txt');
    const q = 'What is the badge number of Lorcan Mayfield?';
    expect((await engine.chat(conv.id, q)).stats.notInMemory).toBeUndefined();
    const open = await engine.openConversation(conv.id, 'page');
    const staff = open.turns.find((t) => t.text.startsWith('[staff.txt]'))!;
    await engine.forget(conv.id, staff.tokenStart, staff.tokenEnd, 'document', 'page');
    // The earlier question and answer still name Lorcan Mayfield: forget them too.
    const asked = open.turns.filter((t) => t.text.includes('Lorcan') || t.role === 'assistant');
    for (const t of asked) await engine.forget(conv.id, t.tokenStart, t.tokenEnd, 'span', 'page');
    const r = await engine.chat(conv.id, q);
    expect(r.stats.notInMemory).toEqual(['Lorcan', 'Mayfield']);
  });
});
