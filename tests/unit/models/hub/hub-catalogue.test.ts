// The picker's hub catalogue facts (issue 17 item 3): download size per dtype (decoder + external
// data, from the hub API listing), context length, licence and shape — read from the fixture
// repositories served as a fake hub; nothing is invented when the hub does not say.
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import path from 'node:path';
import { describeHubRepo, dtypeSizes, HUB_CATALOGUE, speedClass } from '../../../../src/models/hub/hub-catalogue';
import { parseHubRef } from '../../../../src/models/hub/hub-ref';
import { fakeHubFetcher, HUB_DIR } from './hub-fixtures';

const size = (repo: string, f: string) => statSync(path.join(HUB_DIR, repo, f)).size;

describe('hub catalogue', () => {
  it('lists hub repositories by owner/name, each a valid hub reference', () => {
    expect(HUB_CATALOGUE.length).toBeGreaterThanOrEqual(5);
    for (const e of HUB_CATALOGUE) expect(parseHubRef(e.repo)?.repo).toBe(e.repo);
  });

  it('reads sizes per dtype, context length, licence and shape from the hub', async () => {
    const facts = await describeHubRepo(
      parseHubRef('fixtures/optimum', 'https://hub.test')!,
      fakeHubFetcher({ licence: 'apache-2.0' }),
    );
    expect(facts.sizes.map((s) => s.dtype)).toEqual(['fp32', 'fp16', 'int8', 'uint8', 'q4', 'q4f16']);
    expect(facts.sizes.find((s) => s.dtype === 'q4')).toMatchObject({
      file: 'onnx/model_q4.onnx',
      bytes: size('optimum', 'onnx/model_q4.onnx'),
      speed: 'fast',
    });
    expect(facts).toMatchObject({
      repo: 'fixtures/optimum',
      cardUrl: 'https://hub.test/fixtures/optimum',
      contextLength: 2048,
      licence: 'apache-2.0',
      parameters: { layers: 2, hidden: 64, vocab: 8192 },
    });
  });

  it("counts external data in a dtype's size and names merged decoders", async () => {
    const ext = await describeHubRepo(parseHubRef('fixtures/external-data', 'https://hub.test')!, fakeHubFetcher());
    expect(ext.sizes).toEqual([
      {
        dtype: 'fp32',
        file: 'onnx/model.onnx',
        bytes: ['onnx/model.onnx', 'onnx/model.onnx_data', 'onnx/model.onnx_data_1'].reduce(
          (n, f) => n + size('external-data', f),
          0,
        ),
        speed: 'fast',
      },
    ]);
    expect(ext.licence).toBeNull(); // the hub gave none: unknown, not guessed
    const merged = await describeHubRepo(parseHubRef('fixtures/merged', 'https://hub.test')!, fakeHubFetcher());
    expect(merged.sizes.map((s) => s.file)).toEqual(['onnx/decoder_model_merged.onnx']);
  });

  it('says unknown when the hub API does not answer', async () => {
    const facts = await describeHubRepo(
      parseHubRef('fixtures/tied', 'https://hub.test')!,
      fakeHubFetcher({ api: false }),
    );
    expect(facts.sizes).toEqual([]);
    expect(facts.contextLength).toBe(2048); // config.json is a plain file
  });

  it('classes speed by download size', () => {
    expect([speedClass(135e6), speedClass(300e6), speedClass(700e6), speedClass(1.2e9)]).toEqual([
      'fast',
      'fast',
      'medium',
      'slow',
    ]);
    expect(
      dtypeSizes(
        new Map([
          ['onnx/model_q4f16.onnx', { size: 5 }],
          ['onnx/model_q4f16.onnx_data', { size: 7 }],
        ]),
      ),
    ).toEqual([{ dtype: 'q4f16', file: 'onnx/model_q4f16.onnx', bytes: 12, speed: 'fast' }]);
  });
});
