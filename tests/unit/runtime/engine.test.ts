// The engine end to end in node on the tiny real decoder: load → conversation → ingest → chat
// (streamed) → snapshot → a new engine on the same storage restores everything.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';
import { SettingsError, EngineStateError } from '../../../src/runtime/engine-settings';
import type { ChatEvent } from '../../../src/runtime/engine-api';

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const doc = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]).join(' ');

describe('MegaContextEngine (node, tiny model)', () => {
  it('runs a full conversation within budget and restores it in a fresh engine', async () => {
    const factory = new IDBFactory();
    const engine = new MegaContextEngine(await nodeEngineHost(TINY_DIR, factory));
    await expect(engine.createConversation('x')).rejects.toBeInstanceOf(EngineStateError);
    const info = await engine.loadModel('/models/tiny/', 'auto');
    expect(info).toMatchObject({ name: 'megacontext-demo', hiddenSize: 32, computePath: 'cpu' });
    engine.updateSettings({ wMax: 1024, maxNewTokens: 12, protectedTokens: 64 });
    expect(() => engine.updateSettings({ wMax: 100_000 })).toThrow(SettingsError);

    const conv = await engine.createConversation('Notes');
    const progress: number[] = [];
    const ingest = await engine.ingest(conv.id, doc(6000), 'words.txt', {
      progress: (p) => progress.push(p.tokensDone),
      signal: new AbortController().signal,
    });
    expect(ingest.tokens).toBeGreaterThan(5000);
    expect(progress.at(-1)).toBe(ingest.tokens);
    expect(ingest.snapshot.wc.cost).toBeLessThanOrEqual(1024 - 12);
    expect(ingest.snapshot.persistedTokens).toBe(ingest.tokens);

    const events: ChatEvent[] = [];
    const r = await engine.chat(conv.id, 'What came first?', {
      progress: (e) => events.push(e),
      signal: new AbortController().signal,
    });
    expect(events.map((e) => e.kind)).toContain('refocus');
    expect(r.stats.generatedTokens).toBeGreaterThan(0);
    expect(r.stats.promptRows).toBeLessThanOrEqual(1024 - 12);
    expect(r.snapshot.wc.cost).toBeLessThanOrEqual(1024);
    expect(r.snapshot.persistedTokens).toBe(r.snapshot.tokenCount);
    const streamed = events
      .filter((e) => e.kind === 'token')
      .map((e) => (e as { text: string }).text)
      .join('');
    expect(streamed).toBe(r.reply.text.slice(0, streamed.length));

    // A second turn reuses the KV prefix unless the refocus changed something early.
    const r2 = await engine.chat(conv.id, 'And then?');
    expect(r2.stats.reusedRows + r2.stats.computedRows).toBe(r2.stats.promptRows);

    // A fresh engine (page reload) on the same database restores conversation and memory.
    const again = new MegaContextEngine(await nodeEngineHost(TINY_DIR, factory));
    await again.loadModel('/models/tiny/', 'auto');
    again.updateSettings({ wMax: 1024, maxNewTokens: 12, protectedTokens: 64 });
    const list = await again.listConversations();
    expect(list.map((c) => c.title)).toEqual(['Notes']);
    const opened = await again.openConversation(conv.id);
    expect(opened.turns.map((t) => t.role)).toEqual(['system', 'user', 'assistant', 'user', 'assistant']);
    expect(opened.snapshot.tokenCount).toBe(r2.snapshot.tokenCount);
    expect(opened.warnings).toEqual([]);
    expect(await again.spanText(conv.id, 0, 9)).toBe(await engine.spanText(conv.id, 0, 9));
  });
});

describe('pinning a span', () => {
  it('brings it to full detail, keeps it through chat, and restores it after a reload', async () => {
    const factory = new IDBFactory();
    const engine = new MegaContextEngine(await nodeEngineHost(TINY_DIR, factory));
    await engine.loadModel('/models/tiny/', 'auto');
    engine.updateSettings({ wMax: 512, maxNewTokens: 8, protectedTokens: 64 });
    const conv = await engine.createConversation('pins');
    const ing = await engine.ingest(conv.id, doc(20_000), 'long.txt');
    const span = { start: 3000, end: 3040 };
    const levelAt = (s: { wc: { levels: number[]; indices: number[] } }, tok: number) => {
      // LOD0 entries are blocks of 32 tokens; LODℓ gists cover 32^ℓ tokens.
      const i = s.wc.levels.findIndex((l, j) => {
        const unit = l === 0 ? 32 : 32 ** l;
        return s.wc.indices[j]! * unit <= tok && tok < (s.wc.indices[j]! + 1) * unit;
      });
      return s.wc.levels[i];
    };
    expect(levelAt(ing.snapshot, 3000)).toBeGreaterThan(0);
    const pinned = await engine.setPins(conv.id, [span]);
    expect(pinned.pins).toEqual([span]);
    expect(levelAt(pinned, 3000)).toBe(0);
    expect(levelAt(pinned, 3039)).toBe(0);
    expect(pinned.wc.cost).toBeLessThanOrEqual(512 - 8);
    const r = await engine.chat(conv.id, 'anything');
    expect(levelAt(r.snapshot, 3000)).toBe(0);
    await expect(engine.setPins(conv.id, [{ start: 0, end: 19_000 }])).rejects.toThrow(/do not fit/);
    expect((await engine.snapshot(conv.id)).pins).toEqual([span]);

    const again = new MegaContextEngine(await nodeEngineHost(TINY_DIR, factory));
    await again.loadModel('/models/tiny/', 'auto');
    again.updateSettings({ wMax: 512, maxNewTokens: 8, protectedTokens: 64 });
    const opened = await again.openConversation(conv.id);
    expect(opened.snapshot.pins).toEqual([span]);
    expect(levelAt(opened.snapshot, 3000)).toBe(0);
  });
});

describe('model loading', () => {
  it('serialises overlapping loads; the last one wins and the engine works', async () => {
    const engine = new MegaContextEngine(await nodeEngineHost(TINY_DIR));
    const [a, b] = await Promise.all([
      engine.loadModel('/models/tiny/', 'auto'),
      engine.loadModel('/models/tiny/', 'auto'),
    ]);
    expect(a.name).toBe(b.name);
    engine.updateSettings({ wMax: 512, maxNewTokens: 4, protectedTokens: 64 });
    const conv = await engine.createConversation('after two loads');
    const r = await engine.chat(conv.id, 'hello');
    expect(r.stats.generatedTokens).toBeGreaterThan(0);
  });
});

describe('telemetry across a settings change', () => {
  it('keeps the decode history and counters of an open conversation', async () => {
    const engine = new MegaContextEngine(await nodeEngineHost(TINY_DIR));
    await engine.loadModel('/models/tiny/', 'auto');
    engine.updateSettings({ wMax: 512, maxNewTokens: 4, protectedTokens: 64 });
    const conv = await engine.createConversation('t');
    await engine.ingest(conv.id, doc(3000), 'doc');
    const r = await engine.chat(conv.id, 'q');
    expect(r.snapshot.decodeHistory).toHaveLength(1);
    engine.updateSettings({ wMax: 640 });
    const s = await engine.snapshot(conv.id);
    expect(s.decodeHistory).toHaveLength(1);
    expect(s.lastTurn).toEqual(r.stats);
    expect(s.telemetry.refocuses).toBe(r.snapshot.telemetry.refocuses);
  });
});
