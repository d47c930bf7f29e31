// The engine on hub fixture repositories (issue 17): each layout loads through the same path the
// app takes for "owner/name" (hub listing, dtype choice, surgery, external data into the session),
// feeds a memory with gists in the working context and answers; the same weights in two layouts
// (fp32 in one file, fp32 in two external data chunks) answer identically.
import { describe, expect, it } from 'vitest';
import { TINY_DIR } from '../../../fixtures/tiny-package';
import { nodeEngineHost } from '../../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../../src/runtime/engine';
import { fakeHubFetcher } from './hub-fixtures';

const HOST = 'https://hub.test';
const DOC =
  'The lighthouse keeper logged every ship that passed the northern cape, and the tide tables hung by the door. '.repeat(
    24,
  );

async function answer(ref: string) {
  const engine = new MegaContextEngine({
    ...(await nodeEngineHost(TINY_DIR)),
    fetcher: fakeHubFetcher(),
    hubHost: HOST,
  });
  const info = await engine.loadModel(ref, 'auto');
  engine.updateSettings({ wMax: 256, maxNewTokens: 5, protectedTokens: 64 }); // greedy by default
  const c = await engine.createConversation('hub');
  await engine.ingest(c.id, DOC, 'doc');
  const r = await engine.chat(c.id, 'Who logged the ships?');
  return { info, text: r.reply.text, stats: r.stats, snapshot: r.snapshot };
}

describe('engine on hub layouts', () => {
  it.each([
    ['fixtures/optimum', 'hub:q4'],
    ['fixtures/builder?dtype=q4f16', 'hub:q4f16'],
    ['fixtures/builder-fused-rope', 'hub:q4'],
    ['fixtures/tied?dtype=fp16', 'hub:fp16'],
    ['fixtures/quantized-embedding', 'hub:q4'],
    ['fixtures/merged', 'hub:fp32'],
    ['fixtures/logits-to-keep', 'hub:fp32'],
  ])('%s loads, remembers with gists in the working context, and answers', async (ref, version) => {
    const { info, stats, snapshot } = await answer(ref);
    expect(info).toMatchObject({ version, hiddenSize: 64, vocabSize: 8192 });
    expect(snapshot.tokenCount).toBeGreaterThan(256); // more than W_max: gists stand in for blocks
    expect(snapshot.wc.levels.some((l) => l > 0)).toBe(true);
    expect(stats.promptRows).toBeGreaterThan(0);
    expect(stats.generatedTokens + (stats.stopReason === 'stop-token' ? 1 : 0)).toBeGreaterThan(0);
  });

  it('answers the same from fp32 in one file and fp32 in two external data chunks', async () => {
    const one = await answer('fixtures/optimum?dtype=fp32');
    const split = await answer('fixtures/external-data');
    expect(split.info.version).toBe('hub:fp32');
    expect(split.text).toBe(one.text);
    expect(split.stats.generatedTokens).toBe(one.stats.generatedTokens);
  });
});
