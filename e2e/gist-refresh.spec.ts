// Stale gists are refreshed when a newer gister arrives, in real Chromium through the engine
// worker: a memory made with the tiny package's training-free gister is opened after the same base
// model with a learned GistNet is loaded; refreshGists streams progress until no gist is stale,
// and after a reload (a new worker, the memory read back from IndexedDB) nothing is stale.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ViteDevServer } from 'vite';
import { TINY_PACKAGE, openEngineHarness, reloadEngineHarness, startDevServer } from './dev-server';
import { ensureTinyNets } from '../tests/unit/nets/tiny-nets';
import { TINY_DIR } from '../tests/fixtures/tiny-package';

let server: ViteDevServer;
let base: string;
const WITH_NETS = 'build/fixtures/tiny-with-nets-e2e/';

test.beforeAll(async () => {
  // The tiny package plus a random GistNet/LensNet for it, as one package folder.
  const { dir } = ensureTinyNets();
  mkdirSync(WITH_NETS, { recursive: true });
  for (const f of readdirSync(TINY_DIR)) cpSync(path.join(TINY_DIR, f), path.join(WITH_NETS, f));
  for (const f of readdirSync(dir)) cpSync(path.join(dir, f), path.join(WITH_NETS, f));
  ({ server, base } = await startDevServer());
});
test.afterAll(async () => server?.close());

test('a training-free memory is refreshed with the learned GistNet and stays refreshed after a reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  await openEngineHarness(page, base, errors);
  const r = await page.evaluate(
    async ({ tiny, nets }) => {
      const e = window.engineHarness.engine;
      const settings = { wMax: 512, maxNewTokens: 4, protectedTokens: 64 };
      const trainingFree = await e.loadModel({ packageUrl: tiny, compute: 'wasm' });
      await e.updateSettings(settings);
      const conv = await e.createConversation({ title: 'made with the training-free gister' });
      const text = Array.from({ length: 5000 }, (_, i) => `word${i % 97}`).join(' ');
      const ing = await e.ingest({ conversationId: conv.id, text, label: 'doc' });
      const gistNet = await e.loadModel({ packageUrl: nets, compute: 'wasm' });
      await e.updateSettings({ ...settings, focusMode: 'similarity' });
      const opened = await e.openConversation({ id: conv.id });
      const progress: { gistsDone: number; gistsTotal: number; version: string }[] = [];
      const done = await e.refreshGists({ conversationId: conv.id }, { onProgress: (p) => progress.push(p) });
      const chat = await e.chat({ conversationId: conv.id, message: 'and now?' });
      return {
        conv: conv.id,
        gisters: [trainingFree.gister, gistNet.gister],
        tokens: ing.snapshot.tokenCount,
        levels: ing.snapshot.levelCounts,
        staleAtOpen: opened.snapshot.staleGists,
        progress,
        done: done.staleGists,
        afterChat: chat.snapshot.staleGists,
      };
    },
    { tiny: base + TINY_PACKAGE, nets: base + WITH_NETS },
  );
  expect(r.gisters[0]).not.toBe(r.gisters[1]);
  expect(r.staleAtOpen).toBeGreaterThan(0);
  expect(r.progress.length).toBeGreaterThan(0);
  expect(r.progress.at(-1)).toEqual({
    gistsDone: r.levels[1]! + r.levels[2]!,
    gistsTotal: r.levels[1]! + r.levels[2]!,
    version: r.gisters[1],
  });
  expect(r.done).toBe(0);
  expect(r.afterChat).toBe(0);

  await reloadEngineHarness(page);
  const again = await page.evaluate(
    async ({ nets, conv }) => {
      const e = window.engineHarness.engine;
      await e.loadModel({ packageUrl: nets, compute: 'wasm' });
      const o = await e.openConversation({ id: conv });
      return { stale: o.snapshot.staleGists, warnings: o.warnings, refresh: o.snapshot.gistRefresh };
    },
    { nets: base + WITH_NETS, conv: r.conv },
  );
  expect(again).toEqual({ stale: 0, warnings: [], refresh: null });
  expect(errors).toEqual([]);
});
