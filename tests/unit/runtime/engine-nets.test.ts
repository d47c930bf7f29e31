// A package with trained nets: the engine gists with the learned GistNet (its version recorded
// on every gist), offers learned focus by default, and refocuses with LensNet within budget.
import { beforeAll, describe, expect, it } from 'vitest';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { ensureTinyNets, netsFetcher } from '../nets/tiny-nets';
import { MegaContextEngine } from '../../../src/runtime/engine';

beforeAll(() => {
  ensureTinyNets(); // builds the fixture the fetcher serves
}, 120_000);

const fetcher = netsFetcher();

describe('engine with trained GistNet and LensNet', () => {
  it('uses the learned nets and keeps the working context within budget', async () => {
    const engine = new MegaContextEngine({ ...(await nodeEngineHost(TINY_DIR)), fetcher });
    const info = await engine.loadModel('/models/tiny-with-nets/', 'auto');
    expect(info.gister).toBe('gistnet-tiny-random@step0');
    expect(info.focusModes).toEqual(['learned', 'similarity', 'none']);
    const settings = engine.updateSettings({ wMax: 512, maxNewTokens: 6, protectedTokens: 64 });
    expect(settings.focusMode).toBe('learned');
    const conv = await engine.createConversation('nets');
    await engine.ingest(conv.id, 'a long document about many things '.repeat(200), 'doc');
    const r = await engine.chat(conv.id, 'what was it about?');
    expect(r.snapshot.wc.cost).toBeLessThanOrEqual(512);
    expect(r.snapshot.wc.scores).not.toBeNull();
    expect(r.snapshot.wc.scores!.length).toBe(r.snapshot.wc.levels.length);
    expect(r.stats.generatedTokens).toBeGreaterThan(0);
    // right after the refocus: LensNet ran once, and the WC used its budget (W_max − reply reserve)
    expect(r.snapshot.wc.budget).toBe(512 - 6);
    expect(r.snapshot.tokenCount).toBeGreaterThan(r.snapshot.wc.budget); // the memory is larger than the budget
    const [p] = r.snapshot.refocusHistory;
    expect(p).toMatchObject({ budget: 506, lensRuns: 1 });
    expect(p!.cost).toBeGreaterThanOrEqual(0.95 * 506);
    expect(p!.cost).toBeLessThanOrEqual(506);
    const r2 = await engine.chat(conv.id, 'and then?');
    expect(r2.snapshot.refocusHistory.map((x) => x.lensRuns)).toEqual([1, 1]);
  });
});
