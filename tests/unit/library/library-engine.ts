// The library tests' engine: the real MegaContextEngine in node (onnxruntime-node, fake-indexeddb)
// on the tiny random model package, behind the `Engine` interface the adapters take — the same
// interface the worker proxy offers in the browser.
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { inProcessEngine } from '../../../src/library/in-process-engine';
import type { Engine } from '../../../src/runtime/engine-api';

export async function tinyEngine(settings: { maxNewTokens?: number; wMax?: number } = {}): Promise<Engine> {
  const engine = inProcessEngine(await nodeEngineHost(TINY_DIR));
  await engine.loadModel({ packageUrl: '/models/tiny/', compute: 'auto' });
  await engine.updateSettings({
    wMax: settings.wMax ?? 512,
    maxNewTokens: settings.maxNewTokens ?? 8,
    protectedTokens: 64,
  });
  return engine;
}
