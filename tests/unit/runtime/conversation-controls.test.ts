// Conversation controls in the engine (issue 19), in node on the tiny real decoder: a system
// prompt framed by the chat template, pinned to full detail through ingest, chat, the UI's own
// pin changes, a change of prompt and a reload; edited / regenerated messages recorded as such.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR, readTinyTokenizer } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';
import { EngineStateError } from '../../../src/runtime/engine-settings';
import { activeSystemPrompt, withSystemPin } from '../../../src/runtime/system-prompt';
import type { MemorySnapshot } from '../../../src/runtime/engine-api';

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const doc = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]).join(' ');

/** The level of the WC entry that covers token `tok`. */
function levelAt(s: MemorySnapshot, tok: number): number {
  const i = s.wc.levels.findIndex((l, j) => {
    const unit = 32 ** Math.max(1, l);
    return s.wc.indices[j]! * unit <= tok && tok < (s.wc.indices[j]! + 1) * unit;
  });
  return s.wc.levels[i]!;
}

async function tinyEngine(factory = new IDBFactory()) {
  const engine = new MegaContextEngine(await nodeEngineHost(TINY_DIR, factory));
  await engine.loadModel('/models/tiny/', 'auto');
  engine.updateSettings({ wMax: 512, maxNewTokens: 8, protectedTokens: 64 });
  return engine;
}

describe('system prompt framing', () => {
  it('frames a prompt with the template, ending after its end-of-turn token, first or later', () => {
    const tok = readTinyTokenizer();
    expect(tok.systemTurn('Be brief.', true)).toEqual(tok.encode('<|bos|><|system|>\nBe brief.<|end|>'));
    // Later it follows an answer (whose end token generation produced), like a user turn does.
    expect(tok.systemTurn('Be brief.', false)).toEqual(tok.encode('\n<|system|>\nBe brief.<|end|>'));
    // The next user turn then continues exactly as after an answer.
    expect(tok.userTurn('Hi', false)).toEqual(tok.encode('\n<|user|>\nHi<|end|>\n<|assistant|>\n'));
  });

  it('finds the prompt in force and merges its pin', () => {
    const sp = (start: number, end: number) => ({
      tokenStart: start,
      tokenEnd: end,
      meta: { kind: 'system-prompt' as const },
    });
    const plain = { tokenStart: 9, tokenEnd: 20 };
    expect(activeSystemPrompt([plain])).toBeNull();
    expect(activeSystemPrompt([sp(0, 9), plain])).toEqual({ start: 0, end: 9 });
    expect(activeSystemPrompt([sp(0, 9), plain, sp(20, 30)])).toEqual({ start: 20, end: 30 });
    expect(activeSystemPrompt([sp(0, 9), sp(20, 20)])).toBeNull(); // cleared
    expect(withSystemPin([{ start: 50, end: 60 }], { start: 0, end: 9 })).toEqual([
      { start: 50, end: 60 },
      { start: 0, end: 9 },
    ]);
    expect(withSystemPin([{ start: 0, end: 40 }], { start: 0, end: 9 })).toEqual([{ start: 0, end: 40 }]);
  });
});

describe('system prompt in the engine', () => {
  it('is memory at the start, pinned at full detail through ingest, chat, pin changes, a new prompt and a reload', async () => {
    const factory = new IDBFactory();
    const engine = await tinyEngine(factory);
    const conv = await engine.createConversation('sys');
    const set = await engine.setSystemPrompt(conv.id, '  You answer in one short sentence.  ');
    expect(set.turn).toMatchObject({
      role: 'system',
      text: 'You answer in one short sentence.',
      tokenStart: 0,
      meta: { kind: 'system-prompt' },
    });
    const prompt = { start: 0, end: set.turn.tokenEnd };
    expect(set.snapshot.pins).toEqual([prompt]);
    expect(await engine.spanText(conv.id, 0, prompt.end)).toBe('\nYou answer in one short sentence.'); // the template's tokens are not text

    // 20k tokens later, with a 504-token budget, the prompt is still at full detail.
    const ing = await engine.ingest(conv.id, doc(20_000), 'long.txt');
    expect(ing.snapshot.pins).toEqual([prompt]);
    expect(levelAt(ing.snapshot, 0)).toBe(0);
    expect(levelAt(ing.snapshot, 5000)).toBeGreaterThan(0); // while the rest collapsed
    const r = await engine.chat(conv.id, 'Hello?');
    expect(levelAt(r.snapshot, prompt.end - 1)).toBe(0);
    // The UI replacing its pins (e.g. unpinning everything) cannot unpin the system prompt.
    expect((await engine.setPins(conv.id, [])).pins).toEqual([prompt]);
    expect((await engine.setPins(conv.id, [{ start: 3000, end: 3040 }])).pins).toEqual([
      prompt,
      { start: 3000, end: 3040 },
    ]);

    // A new prompt is appended (memory is append-only) and takes the pin; the old one stays in memory.
    const before = r.snapshot.tokenCount;
    const next = await engine.setSystemPrompt(conv.id, 'Answer in French.');
    expect(next.turn.tokenStart).toBe(before);
    const newer = { start: before, end: next.snapshot.tokenCount };
    expect(next.snapshot.pins).toEqual([{ start: 3000, end: 3040 }, newer]);
    expect(await engine.spanText(conv.id, 0, prompt.end)).toBe('\nYou answer in one short sentence.');

    // After a reload the prompt in force is found again and stays pinned.
    const again = await tinyEngine(factory);
    const opened = await again.openConversation(conv.id);
    expect(opened.snapshot.pins).toEqual([{ start: 3000, end: 3040 }, newer]);
    expect(opened.turns.filter((t) => t.meta?.kind === 'system-prompt').map((t) => t.text)).toEqual([
      'You answer in one short sentence.',
      'Answer in French.',
    ]);
    expect((await again.setPins(conv.id, [])).pins).toEqual([newer]);

    // Clearing removes only the pin.
    const cleared = await again.setSystemPrompt(conv.id, '');
    expect(cleared.turn).toMatchObject({ text: '', tokenStart: newer.end, tokenEnd: newer.end });
    expect(cleared.snapshot.pins).toEqual([]);
    expect(cleared.snapshot.tokenCount).toBe(newer.end);
  });

  it('refuses a prompt too long to keep at full detail and leaves the memory as it was', async () => {
    const engine = await tinyEngine();
    const conv = await engine.createConversation('long prompt');
    const err = await engine.setSystemPrompt(conv.id, doc(400)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineStateError);
    expect((err as Error).message).toMatch(/at most 252/);
    const opened = await engine.openConversation(conv.id);
    expect(opened.snapshot.tokenCount).toBe(0);
    expect(opened.turns).toEqual([]);
  });
});

describe('edited and regenerated messages', () => {
  it('are new turns that name the turn they revise; the earlier exchange stays in memory', async () => {
    const engine = await tinyEngine();
    const conv = await engine.createConversation('edits');
    const first = await engine.chat(conv.id, 'What is a gist?');
    const edited = await engine.chat(conv.id, 'What is a LOD1 gist?', undefined, { kind: 'edit', of: 0 });
    await engine.chat(conv.id, 'What is a LOD1 gist?', undefined, { kind: 'regenerate', of: 2 });
    expect(edited.snapshot.tokenCount).toBeGreaterThan(first.snapshot.tokenCount);
    const { turns } = await engine.openConversation(conv.id);
    expect(turns.map((t) => [t.role, t.meta ?? null])).toEqual([
      ['user', null],
      ['assistant', null],
      ['user', { kind: 'edit', of: 0 }],
      ['assistant', null],
      ['user', { kind: 'regenerate', of: 2 }],
      ['assistant', null],
    ]);
    // A revision must name a turn the conversation has.
    await expect(engine.chat(conv.id, 'x', undefined, { kind: 'edit', of: 99 })).rejects.toThrow(/does not have/);
  });
});
