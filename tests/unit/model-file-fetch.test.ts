import { describe, expect, it } from 'vitest';
import {
  fetchModelFile,
  ModelFileError,
  sha256Hex,
  type ByteProgress,
  type ModelFileCache,
} from '../../src/models/model-file-fetch';

function streamingFetcher(
  body: Uint8Array,
  chunk: number,
  headers: Record<string, string> = {},
  status = 200,
): typeof fetch {
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
  return {
    map,
    get: async (u) => map.get(u) ?? null,
    put: async (u, b) => void map.set(u, b.slice()),
    delete: async (u) => void map.delete(u),
  };
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
    expect(
      await fetchModelFile('/m/decoder.onnx', {
        fetcher: failing,
        cache,
        expectedSha256: sha,
        onProgress: (p) => again.push(p),
      }),
    ).toEqual(body);
    expect(again).toEqual([{ file: 'decoder.onnx', loaded: 10_000, total: 10_000, fromCache: true }]);
  });

  it('refetches a corrupted cache entry instead of trusting it', async () => {
    const cache = memoryCache();
    cache.map.set('/m/x.bin', new Uint8Array([1, 2, 3]));
    const got = await fetchModelFile('/m/x.bin', {
      fetcher: streamingFetcher(body, 4096),
      cache,
      expectedSha256: await sha256Hex(body),
    });
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

/**
 * A server for `body` that honours Range requests (206 + Content-Range) unless `ranges` is false,
 * records each request's Range header, and breaks the stream after `breakAt` bytes when given.
 */
function rangeServer(
  body: Uint8Array,
  log: (string | null)[],
  opts: { ranges?: boolean; breakAt?: number; chunk?: number } = {},
): typeof fetch {
  return (async (_url: string, init?: RequestInit) => {
    const range = (init?.headers as Record<string, string> | undefined)?.Range ?? null;
    log.push(range);
    const from = range && opts.ranges !== false ? Number(/bytes=(\d+)-/.exec(range)![1]) : 0;
    let pos = from;
    const chunk = opts.chunk ?? 700;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (opts.breakAt !== undefined && pos >= opts.breakAt) return c.error(new TypeError('network connection lost'));
        if (pos >= body.length) return c.close();
        const end = Math.min(pos + chunk, body.length, opts.breakAt ?? Infinity);
        c.enqueue(body.slice(pos, end));
        pos = end;
      },
    });
    const headers: Record<string, string> = { 'content-length': String(body.length - from) };
    if (from > 0) headers['content-range'] = `bytes ${from}-${body.length - 1}/${body.length}`;
    return new Response(stream, { status: from > 0 ? 206 : 200, headers });
  }) as typeof fetch;
}

describe('fetchModelFile: large files in resumable parts', () => {
  const big = Uint8Array.from({ length: 10_500 }, (_, i) => (i * 131 + 7) & 255);
  const small = { resumableBytes: 4_000, partBytes: 2_000, expectedBytes: big.length };

  it('caches complete parts as they arrive and resumes a cut download with a Range request', async () => {
    const sha = await sha256Hex(big);
    const cache = memoryCache();
    const log: (string | null)[] = [];
    const cut = await fetchModelFile('/hub/model.onnx_data', {
      ...small,
      cache,
      expectedSha256: sha,
      fetcher: rangeServer(big, log, { breakAt: 6_500 }),
    }).catch((e: unknown) => e);
    expect(cut).toBeInstanceOf(ModelFileError);
    expect((cut as ModelFileError).data.problem).toBe('network');
    expect((cut as Error).message).toContain('resumes from 6000');
    expect([...cache.map.keys()].sort()).toEqual([
      '/hub/model.onnx_data#part-0',
      '/hub/model.onnx_data#part-1',
      '/hub/model.onnx_data#part-2',
      '/hub/model.onnx_data#parts',
    ]);

    const seen: ByteProgress[] = [];
    const got = await fetchModelFile('/hub/model.onnx_data', {
      ...small,
      cache,
      expectedSha256: sha,
      fetcher: rangeServer(big, log),
      onProgress: (p) => seen.push(p),
    });
    expect(got).toEqual(big);
    expect(log).toEqual([null, 'bytes=6000-']);
    expect(seen[0]).toEqual({ file: 'model.onnx_data', loaded: 6_000, total: big.length, fromCache: true });
    expect(seen.at(-1)).toMatchObject({ loaded: big.length, fromCache: false });
    expect(cache.map.get('/hub/model.onnx_data')).toBeUndefined(); // stored once, as parts

    // Third load: every part from the cache, no network.
    const offline = (async () => {
      throw new Error('network is off');
    }) as typeof fetch;
    expect(
      await fetchModelFile('/hub/model.onnx_data', { ...small, cache, expectedSha256: sha, fetcher: offline }),
    ).toEqual(big);
  });

  it('starts over when the server ignores the Range header', async () => {
    const cache = memoryCache();
    const log: (string | null)[] = [];
    await fetchModelFile('/f', { ...small, cache, fetcher: rangeServer(big, log, { breakAt: 4_100 }) }).catch(
      () => undefined,
    );
    expect(await fetchModelFile('/f', { ...small, cache, fetcher: rangeServer(big, log, { ranges: false }) })).toEqual(
      big,
    );
    expect(log).toEqual([null, 'bytes=4000-']);
  });

  it('drops the parts of a file whose sha256 does not match, so it is not resumed from', async () => {
    const cache = memoryCache();
    const err = await fetchModelFile('/g', {
      ...small,
      cache,
      expectedSha256: '00'.repeat(32),
      fetcher: rangeServer(big, []),
    }).catch((e: unknown) => e);
    expect((err as ModelFileError).data.problem).toBe('checksum');
    expect([...cache.map.keys()].filter((k) => k.includes('#part-'))).toEqual([]);
  });
});
