// Model file loading with byte-level progress, integrity checks (size, SHA-256) and a cache so the
// second load needs no network (model packages, ARCHITECTURE §2; issue 7 "model packages").

export interface ByteProgress {
  file: string;
  loaded: number;
  /** null when the server sent no Content-Length and the manifest gave no size. */
  total: number | null;
  fromCache: boolean;
}

export type ModelFileProblem = 'missing' | 'http' | 'network' | 'size' | 'checksum' | 'html-fallback';

export class ModelFileError extends Error {
  override readonly name = 'ModelFileError';
  constructor(message: string, readonly data: { url: string; problem: ModelFileProblem; detail: string }) {
    super(message);
  }
}

/** Where fetched files are kept between sessions (Cache Storage in browsers; a Map in tests). */
export interface ModelFileCache {
  get(url: string): Promise<Uint8Array | null>;
  put(url: string, bytes: Uint8Array): Promise<void>;
}

export interface FetchModelFileOptions {
  onProgress?: (p: ByteProgress) => void;
  signal?: AbortSignal;
  cache?: ModelFileCache | null;
  expectedBytes?: number;
  /** Lower-case hex SHA-256; verified after download and on every cache hit. */
  expectedSha256?: string;
  fetcher?: typeof fetch;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function verify(url: string, bytes: Uint8Array, opts: FetchModelFileOptions): Promise<void> {
  if (opts.expectedBytes !== undefined && bytes.length !== opts.expectedBytes) {
    throw new ModelFileError(`${url}: got ${bytes.length} bytes, the manifest says ${opts.expectedBytes} (truncated or wrong file).`, {
      url,
      problem: 'size',
      detail: `${bytes.length} ≠ ${opts.expectedBytes}`,
    });
  }
  if (opts.expectedSha256) {
    const got = await sha256Hex(bytes);
    if (got !== opts.expectedSha256.toLowerCase()) {
      throw new ModelFileError(`${url}: SHA-256 mismatch (the file is corrupted or from another model version).`, {
        url,
        problem: 'checksum',
        detail: `${got} ≠ ${opts.expectedSha256}`,
      });
    }
  }
}

/** Fetches one file (streamed, with progress) or takes it from the cache when it is valid there. */
export async function fetchModelFile(url: string, opts: FetchModelFileOptions = {}): Promise<Uint8Array> {
  const file = url.split('/').pop() ?? url;
  const cached = await opts.cache?.get(url);
  if (cached) {
    try {
      await verify(url, cached, opts);
      opts.onProgress?.({ file, loaded: cached.length, total: cached.length, fromCache: true });
      return cached;
    } catch {
      // A stale or damaged cache entry is refetched rather than trusted.
    }
  }
  let res: Response;
  try {
    res = await (opts.fetcher ?? fetch)(url, opts.signal ? { signal: opts.signal } : {});
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ModelFileError(`Could not download ${url}: ${(e as Error).message}`, { url, problem: 'network', detail: String(e) });
  }
  if (res.status === 404) throw new ModelFileError(`Model file not found: ${url}`, { url, problem: 'missing', detail: '404' });
  if (!res.ok) throw new ModelFileError(`Downloading ${url} failed: HTTP ${res.status}`, { url, problem: 'http', detail: String(res.status) });
  if ((res.headers.get('content-type') ?? '').includes('text/html') && !url.endsWith('.html')) {
    throw new ModelFileError(`Model file not found: ${url} (the server answered with an HTML page)`, { url, problem: 'html-fallback', detail: 'text/html' });
  }
  const header = Number(res.headers.get('content-length'));
  const total = opts.expectedBytes ?? (Number.isFinite(header) && header > 0 ? header : null);
  const bytes = await readWithProgress(res, file, total, opts.onProgress);
  await verify(url, bytes, opts);
  await opts.cache?.put(url, bytes);
  return bytes;
}

async function readWithProgress(res: Response, file: string, total: number | null, onProgress?: (p: ByteProgress) => void): Promise<Uint8Array> {
  if (!res.body) {
    const b = new Uint8Array(await res.arrayBuffer());
    onProgress?.({ file, loaded: b.length, total: total ?? b.length, fromCache: false });
    return b;
  }
  const reader = res.body.getReader();
  let buf = new Uint8Array(total ?? 1 << 20);
  let loaded = 0;
  onProgress?.({ file, loaded: 0, total, fromCache: false });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > buf.length) {
      const grown = new Uint8Array(Math.max(buf.length * 2, loaded + value.length));
      grown.set(buf.subarray(0, loaded));
      buf = grown;
    }
    buf.set(value, loaded);
    loaded += value.length;
    onProgress?.({ file, loaded, total, fromCache: false });
  }
  return buf.length === loaded ? buf : buf.slice(0, loaded);
}

/** Cache Storage backed cache (browsers and workers). Returns null where Cache Storage is absent. */
export async function openCacheStorageModelCache(name = 'megacontext-model-files-v1'): Promise<ModelFileCache | null> {
  if (typeof caches === 'undefined') return null;
  const cache = await caches.open(name);
  return {
    async get(url) {
      const hit = await cache.match(url);
      return hit ? new Uint8Array(await hit.arrayBuffer()) : null;
    },
    async put(url, bytes) {
      await cache.put(url, new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-length': String(bytes.length) } }));
    },
  };
}
