// A GPU failure in the middle of an answer: the engine keeps and saves what was generated,
// recreates the decoder on WASM, reports GpuDeviceLostError, and the next message works.
import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';
import { GpuDeviceLostError } from '../../../src/gpu/errors';

describe('engine recovery from a lost GPU device', () => {
  it('switches to WASM without losing the conversation', async () => {
    const host = await nodeEngineHost(TINY_DIR);
    const paths: string[] = [];
    let runs = 0;
    host.chooseComputePath = async () => ({ path: 'webgpu', note: 'pretend GPU' });
    host.createSession = async (bytes, path) => {
      paths.push(path);
      const s = await ort.InferenceSession.create(bytes);
      if (path !== 'webgpu') return s;
      // The "GPU" session dies on its 4th run, as a lost device would.
      const run = s.run.bind(s);
      (s as { run: typeof s.run }).run = ((feeds: Record<string, ort.Tensor>) => {
        if (++runs === 4) return Promise.reject(new Error('Device was lost (simulated)'));
        return run(feeds);
      }) as typeof s.run;
      return s;
    };
    const engine = new MegaContextEngine(host);
    await engine.loadModel('/m/', 'auto');
    engine.updateSettings({ wMax: 512, maxNewTokens: 8, protectedTokens: 64 });
    const conv = await engine.createConversation('gpu');
    await engine.ingest(conv.id, 'some words to remember '.repeat(100), 'doc');
    const err = await engine.chat(conv.id, 'go on').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GpuDeviceLostError);
    expect((err as Error).message).toContain('Switched to WASM');
    expect(paths).toEqual(['webgpu', 'wasm']);

    const opened = await engine.openConversation(conv.id);
    expect(opened.turns.map((t) => t.role)).toEqual(['system', 'user', 'assistant']); // the partial answer is kept
    expect(opened.snapshot.persistedTokens).toBe(opened.snapshot.tokenCount);
    const next = await engine.chat(conv.id, 'again');
    expect(next.stats.generatedTokens).toBeGreaterThan(0);
  });
});
