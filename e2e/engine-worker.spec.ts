// The runtime loop in real Chromium: the engine worker loads a real (tiny, random) model package,
// ingests a document, refocuses and decodes — on WASM and on WebGPU (SwiftShader here) — and a
// reload restores the conversation from IndexedDB.
import { expect, test } from '@playwright/test';
import type { ViteDevServer } from 'vite';
import { TINY_PACKAGE, openEngineHarness, reloadEngineHarness, startDevServer } from './dev-server';

let server: ViteDevServer;
let base: string;

test.beforeAll(async () => {
  ({ server, base } = await startDevServer());
});
test.afterAll(async () => server?.close());

for (const compute of ['wasm', 'webgpu'] as const) {
  test(`the worker runs ingest → refocus → decode on ${compute}`, async ({ page }) => {
    const errors: string[] = [];
    await openEngineHarness(page, base, errors);
    const result = await page.evaluate(
      async ({ url, compute }) => {
        const e = window.engineHarness.engine;
        const stages: string[] = [];
        const info = await e.loadModel({ packageUrl: url, compute }, { onProgress: (p) => stages.push(p.stage) });
        await e.updateSettings({ wMax: 512, maxNewTokens: 6, protectedTokens: 64 });
        const conv = await e.createConversation({ title: `run on ${compute}` });
        const text = Array.from({ length: 1500 }, (_, i) => `word${i % 97}`).join(' ');
        const ing = await e.ingest({ conversationId: conv.id, text, label: 'doc' });
        const tokens: string[] = [];
        const chat = await e.chat(
          { conversationId: conv.id, message: 'What was the first word?' },
          { onProgress: (ev) => ev.kind === 'token' && tokens.push(ev.text) },
        );
        return {
          info,
          stages: [...new Set(stages)],
          ing: ing.tokens,
          stats: chat.stats,
          cost: chat.snapshot.wc.cost,
          conv: conv.id,
          persisted: chat.snapshot.persistedTokens,
          total: chat.snapshot.tokenCount,
        };
      },
      { url: base + TINY_PACKAGE, compute },
    );
    expect(result.info.computePath).toBe(compute);
    expect(result.stages).toEqual(['download', 'session']);
    expect(result.ing).toBeGreaterThan(1500);
    expect(result.stats.generatedTokens).toBeGreaterThan(0);
    expect(result.cost).toBeLessThanOrEqual(512);
    expect(result.persisted).toBe(result.total);

    // Reload: a new worker restores the conversation and its memory from IndexedDB.
    await reloadEngineHarness(page);
    const reopened = await page.evaluate(
      async ({ url, conv }) => {
        const e = window.engineHarness.engine;
        await e.loadModel({ packageUrl: url, compute: 'wasm' });
        await e.updateSettings({ wMax: 512, maxNewTokens: 6, protectedTokens: 64 });
        const o = await e.openConversation({ id: conv });
        return { roles: o.turns.map((t) => t.role), tokens: o.snapshot.tokenCount };
      },
      { url: base + TINY_PACKAGE, conv: result.conv },
    );
    expect(reopened.roles).toEqual(['system', 'user', 'assistant']);
    expect(reopened.tokens).toBe(result.total);
    expect(errors).toEqual([]);
  });
}

test('a crashed worker is replaced, the model reloaded, and no memory is lost', async ({ page }) => {
  const errors: string[] = [];
  await openEngineHarness(page, base, errors);
  const r = await page.evaluate(async (url) => {
    const h = window.engineHarness;
    const e = h.engine;
    await e.loadModel({ packageUrl: url, compute: 'wasm' });
    await e.updateSettings({ wMax: 512, maxNewTokens: 4, protectedTokens: 64 });
    const conv = await e.createConversation({ title: 'before the crash' });
    const ing = await e.ingest({
      conversationId: conv.id,
      text: 'remember this sentence well. '.repeat(300),
      label: 'doc',
    });
    // A call in flight when the worker dies fails with WorkerCrashedError …
    const inflight = e.chat({ conversationId: conv.id, message: 'hello?' }).then(
      () => 'resolved',
      (err: Error) => err.name,
    );
    h.crash();
    const failed = await inflight;
    // … and the next calls go to a fresh worker that reloaded the model by itself.
    await e.updateSettings({ wMax: 512, maxNewTokens: 4, protectedTokens: 64 });
    const opened = await e.openConversation({ id: conv.id });
    return {
      failed,
      spawned: h.spawned,
      crashes: h.crashes.length,
      before: ing.snapshot.tokenCount,
      after: opened.snapshot.tokenCount,
    };
  }, base + TINY_PACKAGE);
  expect(r.failed).toBe('WorkerCrashedError');
  expect(r.spawned).toBe(2);
  expect(r.crashes).toBe(1);
  expect(r.after).toBeGreaterThanOrEqual(r.before);
  expect(errors).toEqual([]);
});

test('Stop reaches the worker while it decodes (the decode loop yields between tokens)', async ({ page }) => {
  const errors: string[] = [];
  await openEngineHarness(page, base, errors);
  const r = await page.evaluate(async (url) => {
    const e = window.engineHarness.engine;
    await e.loadModel({ packageUrl: url, compute: 'wasm' });
    await e.updateSettings({ wMax: 1024, maxNewTokens: 400, protectedTokens: 64 });
    const conv = await e.createConversation({ title: 'stop' });
    const ac = new AbortController();
    let tokens = 0;
    const res = await e.chat(
      { conversationId: conv.id, message: 'Tell me a long story.' },
      { signal: ac.signal, onProgress: (ev) => ev.kind === 'token' && ++tokens === 3 && ac.abort() },
    );
    return { stop: res.stats.stopReason, generated: res.stats.generatedTokens };
  }, base + TINY_PACKAGE);
  expect(r.stop).toBe('cancelled');
  expect(r.generated).toBeLessThan(20); // measured: 3 (the cancel lands before the next token)
  expect(errors).toEqual([]);
});
