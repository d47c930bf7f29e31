import { describe, expect, it } from 'vitest';
import { fetchModelFile, ModelFileError, sha256Hex, type ByteProgress, type ModelFileCache } from '../../src/models/model-file-fetch';

function streamingFetcher(body: Uint8Array, chunk: number, headers: Record<string, string> = {}, status = 200): typeof fetch {
  return (async () => {
    let pos = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (pos >= body.length) return c.close();
        c.enqueue(body.slice(pos, pos + chunk));
        pos += chunk;
      },
    });
    return new Response(status === 200 ? stream : null, { status, headers });
  }) as typeof fetch;
}

function memoryCache(): ModelFileCache & { map: Map<string, Uint8Array> } {
  const map = new Map<string, Uint8Array>();
  return { map, get: async (u) => map.get(u) ?? null, put: async (u, b) => void map.set(u, b) };
}

const body = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 31) & 255);

describe('fetchModelFile', () => {
  it('streams with byte progress, verifies sha256 and caches', async () => {
    const sha = await sha256Hex(body);
    const cache = memoryCache();
    const seen: ByteProgress[] = [];
    const got = await fetchModelFile('/m/decoder.onnx', {
      fetcher: streamingFetcher(body, 999, { 'content-length': '10000' }),
      onProgress: (p) => seen.push(p),
      cache,
      expectedSha256: sha,
      expectedBytes: body.length,
    });
    expect(got).toEqual(body);
    expect(seen[0]).toMatchObject({ loaded: 0, total: 10_000, fromCache: false });
    expect(seen.at(-1)).toMatchObject({ loaded: 10_000, total: 10_000 });
    expect(seen.map((p) => p.loaded)).toEqual([...seen.map((p) => p.loaded)].sort((a, b) => a - b));

    // Second load: from the cache, no network at all.
    const failing = (async () => {
      throw new Error('network is off');
    }) as typeof fetch;
    const again: ByteProgress[] = [];
    expect(await fetchModelFile('/m/decoder.onnx', { fetcher: failing, cache, expectedSha256: sha, onProgress: (p) => again.push(p) })).toEqual(body);
    expect(again).toEqual([{ file: 'decoder.onnx', loaded: 10_000, total: 10_000, fromCache: true }]);
  });

  it('refetches a corrupted cache entry instead of trusting it', async () => {
    const cache = memoryCache();
    cache.map.set('/m/x.bin', new Uint8Array([1, 2, 3]));
    const got = await fetchModelFile('/m/x.bin', { fetcher: streamingFetcher(body, 4096), cache, expectedSha256: await sha256Hex(body) });
    expect(got).toEqual(body);
    expect(cache.map.get('/m/x.bin')).toEqual(body);
  });

  it.each([
    ['missing', streamingFetcher(new Uint8Array(), 1, {}, 404), {}],
    ['http', streamingFetcher(new Uint8Array(), 1, {}, 500), {}],
    ['html-fallback', streamingFetcher(new TextEncoder().encode('<html>'), 10, { 'content-type': 'text/html' }), {}],
    ['size', streamingFetcher(body.slice(0, 5000), 1000), { expectedBytes: 10_000 }],
    ['checksum', streamingFetcher(body, 1000), { expectedSha256: '00'.repeat(32) }],
  ] as const)('reports %s clearly and caches nothing', async (problem, fetcher, extra) => {
    const cache = memoryCache();
    const err = await fetchModelFile('/m/f.bin', { fetcher, cache, ...extra }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelFileError);
    expect((err as ModelFileError).data.problem).toBe(problem);
    expect((err as Error).message).toContain('/m/f.bin');
    expect(cache.map.size).toBe(0);
  });
});
