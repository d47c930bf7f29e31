// Stale gists are refreshed when a newer gister arrives: a conversation made with the tiny
// package (training-free fallback gister) is opened after the package with a learned GistNet is
// loaded; the engine refreshes its gists in the background (progress through refreshGists, paused
// by a chat turn, stopped by a settings change), and storage ends with only GistNet gists.
import { beforeAll, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { ensureTinyNets, netsFetcher } from '../nets/tiny-nets';
import { MegaContextEngine } from '../../../src/runtime/engine';
import type { GistRefreshProgress } from '../../../src/runtime/gist-refresh-runner';
import { TRAINING_FREE_GISTER_NAME, TRAINING_FREE_GISTER_VERSION } from '../../../src/models/training-free-gister';

beforeAll(() => {
  ensureTinyNets();
}, 120_000);

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const doc = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]).join(' ');
const SETTINGS = { wMax: 512, maxNewTokens: 4, protectedTokens: 64 };

async function trainingFreeEngine(factory: IDBFactory) {
  const engine = new MegaContextEngine(await nodeEngineHost(TINY_DIR, factory));
  const info = await engine.loadModel('/models/tiny/', 'auto'); // no GistNet in the package
  expect([info.gister, info.gisterName]).toEqual([TRAINING_FREE_GISTER_VERSION, TRAINING_FREE_GISTER_NAME]);
  engine.updateSettings(SETTINGS);
  return engine;
}

async function gistNetEngine(factory: IDBFactory) {
  const host = { ...(await nodeEngineHost(TINY_DIR, factory)), fetcher: netsFetcher() };
  const engine = new MegaContextEngine(host);
  const info = await engine.loadModel('/models/tiny-with-nets/', 'auto');
  expect(info.gisterName).toBe('GistNet, trained for this base model');
  engine.updateSettings({ ...SETTINGS, focusMode: 'similarity' });
  return { engine, host, version: info.gister };
}

describe('lazy gist refresh in the engine', () => {
  it('refreshes a training-free memory with the learned GistNet, keeps the tokens, and stores only GistNet gists', async () => {
    const factory = new IDBFactory();
    const old = await trainingFreeEngine(factory);
    const conv = await old.createConversation('made with the training-free gister');
    const ing = await old.ingest(conv.id, doc(4000), 'doc');
    expect(ing.snapshot.staleGists).toBe(0);
    const text = await old.spanText(conv.id, 0, 4096);

    const { engine, host, version } = await gistNetEngine(factory);
    const opened = await engine.openConversation(conv.id);
    expect(opened.warnings).toEqual([]);
    // Opening started the refresh: every gist is stale, some may already be done.
    const levels = opened.snapshot.levelCounts;
    expect(opened.snapshot.staleGists).toBeGreaterThan(0);
    expect(opened.snapshot.gistRefresh).toMatchObject({ gistsTotal: levels[1]! + levels[2]!, version });
    const progress: GistRefreshProgress[] = [];
    const done = await engine.refreshGists(conv.id, {
      progress: (p) => progress.push(p),
      signal: new AbortController().signal,
    });
    expect(done.staleGists).toBe(0);
    expect(done.snapshot.staleGists).toBe(0);
    expect(done.snapshot.gistRefresh).toBeNull();
    expect(progress.at(-1)).toEqual({
      gistsDone: levels[1]! + levels[2]!,
      gistsTotal: levels[1]! + levels[2]!,
      version,
    });
    expect(done.snapshot.tokenCount).toBe(ing.snapshot.tokenCount);
    expect(await engine.spanText(conv.id, 0, 4096)).toBe(text);

    const loaded = await host.storage.trees.loadTree((await host.storage.conversations.get(conv.id)).treeId);
    expect(loaded.corrupt).toEqual([]);
    expect(new Set(loaded.spans.map((s) => s.gisterVersion))).toEqual(new Set([version]));
    if (loaded.tail && loaded.tail.lod1.length > 0) expect(loaded.tail.gisterVersion).toBe(version);
    expect(loaded.resumeAt).toBe(ing.snapshot.tokenCount);

    // A reload with the GistNet package finds nothing stale; chat works on the refreshed memory.
    const again = (await gistNetEngine(factory)).engine;
    const reopened = await again.openConversation(conv.id);
    expect(reopened.snapshot.staleGists).toBe(0);
    const r = await again.chat(conv.id, 'what came first?');
    expect(r.stats.generatedTokens).toBeGreaterThan(0);
    expect(r.snapshot.staleGists).toBe(0);
  });

  it('a chat turn pauses the refresh, which resumes after it; a settings change stops it cleanly', async () => {
    const factory = new IDBFactory();
    const old = await trainingFreeEngine(factory);
    const conv = await old.createConversation('c');
    await old.ingest(conv.id, doc(20_000), 'doc');

    const { engine, host, version } = await gistNetEngine(factory);
    const opened = await engine.openConversation(conv.id); // the refresh starts in the background
    expect(opened.snapshot.staleGists).toBeGreaterThan(0);
    const r = await engine.chat(conv.id, 'hello'); // pauses it while the turn appends
    expect(r.stats.generatedTokens).toBeGreaterThan(0);
    engine.updateSettings({ wMax: 640 }); // closes the state mid-refresh
    const reopened = await engine.openConversation(conv.id);
    expect(reopened.snapshot.tokenCount).toBe(r.snapshot.tokenCount);
    const done = await engine.refreshGists(conv.id);
    expect(done.staleGists).toBe(0);
    const treeId = (await host.storage.conversations.get(conv.id)).treeId;
    const loaded = await host.storage.trees.loadTree(treeId);
    expect(loaded.corrupt).toEqual([]);
    expect(new Set(loaded.spans.map((s) => s.gisterVersion))).toEqual(new Set([version]));
    expect(loaded.resumeAt).toBe(r.snapshot.tokenCount);
  });
});
