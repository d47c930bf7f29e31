// The hub loader on the fixture repositories served as if from the hub (issue 17): the variant it
// picks per compute path and override, sizes / sha256 checked against the hub API listing,
// external data fetched and attached, and errors that name the file and the problem.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { loadHubPackage, HubModelError } from '../../../../src/models/hub-package';
import { parseHubRef } from '../../../../src/models/hub/hub-ref';
import { ModelFileError, type ModelFileCache } from '../../../../src/models/model-file-fetch';
import type { DtypeContext } from '../../../../src/models/hub/hub-dtype';
import { fakeHubFetcher, HUB_DIR, readIndex } from './hub-fixtures';

const HOST = 'https://hub.test';
const index = readIndex();

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

function ref(s: string) {
  return parseHubRef(s, HOST)!;
}

async function load(
  s: string,
  compute: DtypeContext,
  opts: { api?: boolean; log?: string[]; fetcher?: typeof fetch; cache?: ModelFileCache } = {},
) {
  return loadHubPackage(ref(s), {
    fetcher: opts.fetcher ?? fakeHubFetcher({ api: opts.api, log: opts.log }),
    compute,
    cache: opts.cache ?? null,
  });
}

/** Serves `replace` instead of the fixture file at `file` (everything else as the fake hub). */
function tampered(file: string, replace: (bytes: Uint8Array) => Uint8Array, api = true): typeof fetch {
  const inner = fakeHubFetcher({ api });
  return (async (input: string | URL | Request) => {
    const url = String(input);
    if (url.endsWith(`/resolve/main/${file}`)) {
      const m = /hub\.test\/[^/]+\/([^/]+)\/resolve/.exec(url)!;
      const bytes = replace(readFileSync(path.join(HUB_DIR, m[1]!, file)));
      return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-length': String(bytes.length) } });
    }
    return inner(input);
  }) as typeof fetch;
}

describe('hub loader: variant choice', () => {
  it.each([
    [{ path: 'webgpu', shaderF16: true }, 'onnx/model_q4f16.onnx', 'q4f16'],
    [{ path: 'webgpu', shaderF16: false }, 'onnx/model_q4.onnx', 'q4'],
    [{ path: 'wasm' }, 'onnx/model_q4.onnx', 'q4'],
  ] as const)('%o loads %s from a repository with every dtype', async (compute, file, dtype) => {
    const log: string[] = [];
    const pkg = await load('fixtures/optimum', compute, { log });
    expect(pkg.hub).toMatchObject({ dtype, file, verified: true, externalData: [] });
    expect(pkg.manifest.version).toBe(`hub:${dtype}`);
    // Only the chosen decoder is downloaded, not the others.
    expect(log.filter((u) => u.endsWith('.onnx'))).toEqual([`${HOST}/fixtures/optimum/resolve/main/${file}`]);
    expect(pkg.hub.bytes).toBe(readFileSync(path.join(HUB_DIR, 'optimum', file)).length);
  });

  it('honours the dtype in the reference, and names what the repository has when it is missing', async () => {
    const pkg = await load('fixtures/optimum?dtype=int8', { path: 'webgpu', shaderF16: true });
    expect(pkg.hub).toMatchObject({ dtype: 'int8', file: 'onnx/model_int8.onnx', pattern: 'gather-dequantize-linear' });
    const err = await load('fixtures/builder?dtype=fp16', { path: 'wasm' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HubModelError);
    expect((err as HubModelError).data.problem).toBe('no-variant');
    expect((err as Error).message).toContain('onnx/model_fp16.onnx');
    expect((err as Error).message).toContain('onnx/model_q4.onnx, onnx/model_q4f16.onnx');
  });

  it('without the hub API, probes the files in order and reads the chunk count from config.json', async () => {
    const log: string[] = [];
    const pkg = await load('fixtures/external-data', { path: 'wasm' }, { api: false, log });
    expect(pkg.hub).toMatchObject({
      dtype: 'fp32',
      file: 'onnx/model.onnx',
      externalData: ['onnx/model.onnx_data', 'onnx/model.onnx_data_1'],
      verified: false,
    });
    const tried = log.filter((u) => u.includes('/onnx/')).map((u) => u.split('/resolve/main/')[1]);
    expect(tried).toEqual([
      'onnx/model_q4.onnx',
      'onnx/decoder_model_merged_q4.onnx',
      'onnx/model_quantized.onnx',
      'onnx/decoder_model_merged_quantized.onnx',
      'onnx/model_int8.onnx',
      'onnx/decoder_model_merged_int8.onnx',
      'onnx/model_uint8.onnx',
      'onnx/decoder_model_merged_uint8.onnx',
      'onnx/model.onnx',
      'onnx/model.onnx_data',
      'onnx/model.onnx_data_1',
    ]);
  });
});

describe('hub loader: external data', () => {
  it('attaches the chunks the rewritten graph still reads, and the session runs with them', async () => {
    const pkg = await load('fixtures/external-data', { path: 'wasm' });
    expect(pkg.hub.externalData).toEqual(['onnx/model.onnx_data', 'onnx/model.onnx_data_1']);
    expect(pkg.decoderExternalData!.map((e) => e.path)).toEqual(['model.onnx_data', 'model.onnx_data_1']);
    expect(pkg.decoderBytes.length).toBeLessThan(64 * 1024); // the weights stay outside the graph
    const session = await ort.InferenceSession.create(pkg.decoderBytes, { externalData: pkg.decoderExternalData });
    expect(session.inputNames).toContain('inputs_embeds');
    await session.release();
    // The table came out of the second chunk, where the fixture put it at a non-zero offset.
    const fp32 = await load('fixtures/optimum?dtype=fp32', { path: 'wasm' });
    expect(maxAbsDiff(pkg.table.data, fp32.table.data)).toBe(0);
  });
});

describe('hub loader: integrity and errors', () => {
  it('checks sizes and sha256 against the hub listing', async () => {
    const cut = tampered('onnx/model_q4.onnx', (b) => b.subarray(0, b.length - 100));
    const err = await load('fixtures/builder', { path: 'wasm' }, { fetcher: cut }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelFileError);
    expect((err as ModelFileError).data.problem).toBe('size');
    expect((err as Error).message).toContain('onnx/model_q4.onnx');
    const flipped = tampered('onnx/model_q4.onnx', (b) => {
      const c = new Uint8Array(b);
      c[c.length - 1] = c[c.length - 1]! ^ 1;
      return c;
    });
    const err2 = await load('fixtures/builder', { path: 'wasm' }, { fetcher: flipped }).catch((e: unknown) => e);
    expect((err2 as ModelFileError).data.problem).toBe('checksum');
  });

  it('names the file when it is not ONNX, truncated, or a Git LFS pointer', async () => {
    const cases: [(b: Uint8Array) => Uint8Array, string, RegExp][] = [
      [() => new TextEncoder().encode('<!doctype html><title>hi</title>'), 'not-onnx', /Not an ONNX model/],
      [(b) => b.subarray(0, Math.floor(b.length / 2)), 'not-onnx', /truncated/],
      [
        () => new TextEncoder().encode('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12\n'),
        'lfs-pointer',
        /Git LFS pointer/,
      ],
    ];
    for (const [replace, problem, message] of cases) {
      const err = await load(
        'fixtures/builder',
        { path: 'wasm' },
        { fetcher: tampered('onnx/model_q4.onnx', replace, false) },
      ).catch((e: unknown) => e);
      expect(err, problem).toBeInstanceOf(HubModelError);
      expect((err as HubModelError).data).toMatchObject({
        repo: 'fixtures/builder',
        problem,
        file: 'onnx/model_q4.onnx',
      });
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).toContain('fixtures/builder/onnx/model_q4.onnx');
    }
  });

  it('names a missing external data chunk', async () => {
    const noChunk = tampered(
      'config.json',
      (b) => {
        const c = JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>;
        c['transformers.js_config'] = {};
        return new TextEncoder().encode(JSON.stringify(c));
      },
      false,
    );
    const err = await load('fixtures/external-data', { path: 'wasm' }, { fetcher: noChunk }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HubModelError);
    expect((err as HubModelError).data.file).toBe('onnx/model.onnx');
    expect((err as Error).message).toMatch(/external data file "model\.onnx_data(_1)?"/);
  });

  it('recovers the same table from every layout of the same weights', async () => {
    // optimum fp32 / q4 / int8 share the untied weights: float tables equal, the int8 one within its step.
    const fp32 = (await load('fixtures/optimum?dtype=fp32', { path: 'wasm' })).table.data;
    const q4 = (await load('fixtures/optimum?dtype=q4', { path: 'wasm' })).table.data;
    const int8 = (await load('fixtures/optimum?dtype=int8', { path: 'wasm' })).table.data;
    expect(maxAbsDiff(q4, fp32)).toBe(0);
    const maxAbs = fp32.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(maxAbsDiff(int8, fp32)).toBeLessThanOrEqual(maxAbs / 127 / 2 + 1e-6);
    // The tied fp32 table is the transposed LM head; the block-quantized one its 4-bit version.
    const tied = (await load('fixtures/tied', { path: 'wasm' })).table.data;
    const gbq = (await load('fixtures/quantized-embedding', { path: 'wasm' })).table.data;
    const err = maxAbsDiff(gbq, tied);
    expect(err).toBeGreaterThan(0);
    expect(err).toBeLessThan(tied.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / 7); // one 4-bit step of the largest block
    expect(index.repos['tied']!.tied && index.repos['quantized-embedding']!.tied).toBe(true);
  });
});
