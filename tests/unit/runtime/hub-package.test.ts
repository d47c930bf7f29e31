// A hub repository in the transformers.js layout (config.json, tokenizer files, onnx/model.onnx
// taking input_ids) loads through graph surgery and answers exactly like the project's package.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';
import { hubBaseUrl } from '../../../src/models/hub-package';

const HOST = 'https://hub.test';

/** Serves the tiny package as if it were the hub repository "tests/tiny": onnx/model.onnx is the input_ids export. */
function hubFetcher(served: string[]): typeof fetch {
  return (async (url: string | URL | Request) => {
    const u = String(url);
    served.push(u);
    const m = /^https:\/\/hub\.test\/tests\/tiny\/resolve\/main\/(.+)$/.exec(u);
    const file = m?.[1] === 'onnx/model.onnx' ? 'decoder.input_ids.onnx' : m?.[1];
    if (!file || !['config.json', 'tokenizer.json', 'tokenizer_config.json', 'decoder.input_ids.onnx'].includes(file))
      return new Response('nope', { status: 404 });
    const bytes = readFileSync(path.join(TINY_DIR, file));
    return new Response(bytes as unknown as Uint8Array<ArrayBuffer>, {
      headers: { 'content-length': String(bytes.length) },
    });
  }) as typeof fetch;
}

describe('hub models', () => {
  it('recognises hub references', () => {
    expect(hubBaseUrl('onnx-community/Qwen2.5-0.5B-Instruct')).toBe(
      'https://huggingface.co/onnx-community/Qwen2.5-0.5B-Instruct/resolve/main/',
    );
    expect(hubBaseUrl('hf:a/b', HOST)).toBe('https://hub.test/a/b/resolve/main/');
    expect(hubBaseUrl('/models/demo/')).toBeNull();
    expect(hubBaseUrl('http://x/y/')).toBeNull();
  });

  it('loads an input_ids-only export via graph surgery and decodes like the package', async () => {
    const served: string[] = [];
    const host = await nodeEngineHost(TINY_DIR);
    const viaPackage = new MegaContextEngine(host);
    await viaPackage.loadModel('/tiny/', 'auto');
    viaPackage.updateSettings({ wMax: 512, maxNewTokens: 6, protectedTokens: 64 });

    const viaHub = new MegaContextEngine({
      ...(await nodeEngineHost(TINY_DIR)),
      fetcher: hubFetcher(served),
      hubHost: HOST,
    });
    const info = await viaHub.loadModel('tests/tiny', 'auto');
    expect(info).toMatchObject({ name: 'tests/tiny', version: 'hub:fp32', hiddenSize: 32, vocabSize: 8192 });
    expect(served.some((u) => u.endsWith('onnx/model.onnx'))).toBe(true);
    viaHub.updateSettings({ wMax: 512, maxNewTokens: 6, protectedTokens: 64 });

    const answer = async (e: MegaContextEngine) => {
      const c = await e.createConversation('same');
      await e.ingest(c.id, 'the same document for both engines '.repeat(40), 'doc');
      return (await e.chat(c.id, 'same question')).reply.text;
    };
    expect(await answer(viaHub)).toBe(await answer(viaPackage));
  });

  it('names a missing repository file', async () => {
    const host = await nodeEngineHost(TINY_DIR);
    const engine = new MegaContextEngine({ ...host, fetcher: hubFetcher([]), hubHost: HOST });
    const err = await engine.loadModel('tests/other', 'auto').catch((e: unknown) => e);
    expect((err as Error).message).toContain('https://hub.test/tests/other/resolve/main/config.json');
  });
});
