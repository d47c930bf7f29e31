// Telemetry survives a reload: a conversation's focus telemetry, last turn stats and decode
// history are saved after each turn and restored by a fresh engine on the same database; saved
// telemetry that is corrupt (or of an unknown format) never blocks opening: it starts afresh with
// a warning and is overwritten by the next turn.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';
import {
  REFOCUS_HISTORY_LIMIT,
  budgetUse,
  conversationTelemetryFromJSON,
  conversationTelemetryToJSON,
  pushRefocusPoint,
  type RefocusPoint,
} from '../../../src/runtime/conversation-telemetry';
import { Telemetry } from '../../../src/core/telemetry';
import { TelemetryFormatError } from '../../../src/core/errors';
import type { TurnStats } from '../../../src/runtime/engine-api';

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const doc = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]).join(' ');
const SETTINGS = { wMax: 512, maxNewTokens: 4, protectedTokens: 64 };

async function engineOn(factory: IDBFactory) {
  const host = await nodeEngineHost(TINY_DIR, factory);
  const engine = new MegaContextEngine(host);
  await engine.loadModel('/models/tiny/', 'auto');
  engine.updateSettings(SETTINGS);
  return { engine, host };
}

const stats: TurnStats = {
  promptRows: 500,
  reusedRows: 400,
  computedRows: 100,
  ttftMs: 12.5,
  tokensPerSecond: 33.25,
  generatedTokens: 4,
  stopReason: 'max-tokens',
  refocusActions: 3,
  recomputedTokens: 77,
  swapRate: 0.0625,
};

const point: RefocusPoint = {
  at: 5,
  tokens: 35_000,
  cost: 1900,
  budget: 1920,
  lensRuns: 1,
  actions: 6,
  fillExpansions: 2,
};

describe('conversation telemetry JSON', () => {
  it('round-trips telemetry, last turn, decode and refocus history', () => {
    const telemetry = new Telemetry();
    telemetry.recordRefocus(9);
    const value = conversationTelemetryToJSON({
      telemetry,
      lastTurn: stats,
      decodeHistory: [{ at: 1, tokensPerSecond: 2, ttftMs: 3 }],
      refocusHistory: [point],
    });
    const back = conversationTelemetryFromJSON(JSON.parse(JSON.stringify(value)));
    expect(back.telemetry.snapshot()).toEqual(telemetry.snapshot());
    expect(back.lastTurn).toEqual(stats);
    expect(back.decodeHistory).toEqual([{ at: 1, tokensPerSecond: 2, ttftMs: 3 }]);
    expect(back.refocusHistory).toEqual([point]);
    expect(budgetUse(back.refocusHistory[0]!)).toBeCloseTo(1900 / 1920);
    expect(
      conversationTelemetryFromJSON(
        conversationTelemetryToJSON({ telemetry, lastTurn: null, decodeHistory: [], refocusHistory: [] }),
      ).lastTurn,
    ).toBeNull();
    // the memory check's names (what the stats bar says of the turn) survive a reload
    for (const checked of [
      { ...stats, namesFound: ['Lorcan', 'Mayfield'] },
      { ...stats, notInMemory: ['Hiazom'] },
      { ...stats, namesFound: ['Lorcan'], answerCopied: true as const },
    ]) {
      const json = conversationTelemetryToJSON({ telemetry, lastTurn: checked, decodeHistory: [], refocusHistory: [] });
      expect(conversationTelemetryFromJSON(JSON.parse(JSON.stringify(json))).lastTurn).toEqual(checked);
    }
    // saved before the refocus history existed: reads as an empty one
    const { refocusHistory: _dropped, ...older } = value as Record<string, unknown>;
    expect(conversationTelemetryFromJSON(older).refocusHistory).toEqual([]);
  });

  it('keeps the newest REFOCUS_HISTORY_LIMIT refocus points', () => {
    const history: RefocusPoint[] = [];
    for (let i = 0; i < REFOCUS_HISTORY_LIMIT + 5; i++) pushRefocusPoint(history, { ...point, at: i });
    expect(history).toHaveLength(REFOCUS_HISTORY_LIMIT);
    expect(history[0]!.at).toBe(5);
  });

  it('rejects malformed values with a TelemetryFormatError', () => {
    const good = conversationTelemetryToJSON({
      telemetry: new Telemetry(),
      lastTurn: stats,
      decodeHistory: [],
      refocusHistory: [],
    }) as Record<string, unknown>;
    const bad: unknown[] = [
      null,
      42,
      { ...good, format: 'x' },
      { ...good, version: 99 },
      { ...good, focus: { format: 'megacontext-telemetry' } },
      { ...good, lastTurn: { ...stats, stopReason: 'exploded' } },
      { ...good, lastTurn: { ...stats, ttftMs: -1 } },
      { ...good, lastTurn: [] },
      { ...good, lastTurn: { ...stats, namesFound: 'Lorcan' } },
      { ...good, lastTurn: { ...stats, notInMemory: [3] } },
      { ...good, lastTurn: { ...stats, answerCopied: 'yes' } },
      { ...good, decodeHistory: [{ at: 1, tokensPerSecond: 'fast', ttftMs: 1 }] },
      { ...good, decodeHistory: Array.from({ length: 201 }, () => ({ at: 1, tokensPerSecond: 1, ttftMs: 1 })) },
      { ...good, decodeHistory: {} },
      { ...good, refocusHistory: [{ ...point, budget: 'full' }] },
      { ...good, refocusHistory: [{ ...point, cost: -1 }] },
      { ...good, refocusHistory: Array.from({ length: REFOCUS_HISTORY_LIMIT + 1 }, () => point) },
      { ...good, refocusHistory: 7 },
    ];
    for (const value of bad)
      expect(() => conversationTelemetryFromJSON(value), JSON.stringify(value)?.slice(0, 60)).toThrow(
        TelemetryFormatError,
      );
  });
});

describe('engine telemetry across a reload', () => {
  it('a fresh engine on the same database shows the same counters, last turn and decode history', async () => {
    const factory = new IDBFactory();
    const { engine } = await engineOn(factory);
    const conv = await engine.createConversation('t');
    await engine.ingest(conv.id, doc(3000), 'doc');
    await engine.chat(conv.id, 'first question');
    const r = await engine.chat(conv.id, 'second question');
    expect(r.snapshot.telemetry.refocuses).toBe(2);

    const { engine: again } = await engineOn(factory);
    const opened = await again.openConversation(conv.id);
    expect(opened.warnings).toEqual([]);
    expect(opened.snapshot.telemetry).toEqual(r.snapshot.telemetry);
    expect(opened.snapshot.lastTurn).toEqual(r.stats);
    expect(opened.snapshot.decodeHistory).toEqual(r.snapshot.decodeHistory);
    expect(opened.snapshot.decodeHistory).toHaveLength(2);
    expect(opened.snapshot.refocusHistory).toEqual(r.snapshot.refocusHistory);
    expect(opened.snapshot.refocusHistory).toHaveLength(2);
    // It keeps counting from there, and that is saved too.
    const r3 = await again.chat(conv.id, 'third');
    expect(r3.snapshot.telemetry.refocuses).toBe(3);
    expect(r3.snapshot.decodeHistory).toHaveLength(3);
    const { engine: third } = await engineOn(factory);
    expect((await third.openConversation(conv.id)).snapshot.telemetry).toEqual(r3.snapshot.telemetry);
  });

  it('each turn records the WC right after its refocus: budget use = cost / (W_max − reply reserve)', async () => {
    const { engine } = await engineOn(new IDBFactory());
    const conv = await engine.createConversation('t');
    await engine.ingest(conv.id, doc(3000), 'doc');
    const r = await engine.chat(conv.id, 'gamma delta?');
    expect(r.snapshot.wc.budget).toBe(SETTINGS.wMax - SETTINGS.maxNewTokens);
    expect(r.snapshot.refocusHistory).toHaveLength(1);
    const p = r.snapshot.refocusHistory[0]!;
    expect(p).toMatchObject({ budget: 508, lensRuns: 0, actions: r.stats.refocusActions }); // similarity focus: no LensNet
    expect(p.tokens).toBe(r.snapshot.tokenCount - r.stats.generatedTokens); // the memory at the refocus: larger than the budget
    expect(p.tokens).toBeGreaterThan(p.budget);
    expect(budgetUse(p)).toBeGreaterThanOrEqual(0.95);
    expect(budgetUse(p)).toBeLessThanOrEqual(1);
  });

  it('corrupt saved telemetry opens the conversation with fresh telemetry and a warning', async () => {
    const factory = new IDBFactory();
    const { engine, host } = await engineOn(factory);
    const conv = await engine.createConversation('t');
    await engine.ingest(conv.id, doc(2000), 'doc');
    const r = await engine.chat(conv.id, 'q');
    await host.storage.telemetry.put(conv.id, {
      format: 'megacontext-conversation-telemetry',
      version: 1,
      focus: { format: 'megacontext-telemetry', version: 1, iterations: -5 },
      lastTurn: null,
      decodeHistory: [],
    });

    const { engine: again } = await engineOn(factory);
    const opened = await again.openConversation(conv.id);
    expect(opened.warnings).toHaveLength(1);
    expect(opened.warnings[0]).toMatch(/telemetry .* could not be restored, so it starts afresh: .*malformed/);
    expect(opened.snapshot.telemetry.refocuses).toBe(0);
    expect(opened.snapshot.lastTurn).toBeNull();
    expect(opened.snapshot.tokenCount).toBe(r.snapshot.tokenCount); // the memory itself is intact
    // The next turn replaces the bad record.
    await again.chat(conv.id, 'again');
    const { engine: third } = await engineOn(factory);
    const reopened = await third.openConversation(conv.id);
    expect(reopened.warnings).toEqual([]);
    expect(reopened.snapshot.telemetry.refocuses).toBe(1);
  });

  it('a failing telemetry store never blocks opening', async () => {
    const factory = new IDBFactory();
    const { engine } = await engineOn(factory);
    const conv = await engine.createConversation('t');
    await engine.chat(conv.id, 'q');
    const { engine: again, host } = await engineOn(factory);
    host.storage.telemetry.get = async () => {
      throw new Error('read failed');
    };
    const opened = await again.openConversation(conv.id);
    expect(opened.warnings).toEqual([expect.stringMatching(/could not be restored, so it starts afresh: read failed/)]);
    expect(opened.turns).toHaveLength(2);
  });
});
