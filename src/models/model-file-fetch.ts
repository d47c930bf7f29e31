// Model file loading with byte-level progress, integrity checks (size, SHA-256) and a cache so the
// second load needs no network (model packages, ARCHITECTURE §2; issue 7 "model packages").
// Large files (hub decoders of several GB, issue 17) are cached in parts as they arrive, so a
// download cut by a reload or a lost connection resumes with an HTTP Range request from the last
// complete part; the file is assembled in one buffer of its final size (never held twice).

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
  constructor(
    message: string,
    readonly data: { url: string; problem: ModelFileProblem; detail: string },
  ) {
    super(message);
  }
}

/** Where fetched files are kept between sessions (Cache Storage in browsers; a Map in tests). */
export interface ModelFileCache {
  get(url: string): Promise<Uint8Array | null>;
  put(url: string, bytes: Uint8Array): Promise<void>;
  delete?(url: string): Promise<void>;
}

export interface FetchModelFileOptions {
  onProgress?: (p: ByteProgress) => void;
  signal?: AbortSignal;
  cache?: ModelFileCache | null;
  expectedBytes?: number;
  /** Lower-case hex SHA-256; verified after download and on every cache hit. */
  expectedSha256?: string;
  fetcher?: typeof fetch;
  /** Files of at least this many bytes are cached in resumable parts (default RESUMABLE_BYTES). */
  resumableBytes?: number;
  /** Size of one cached part (default PART_BYTES). */
  partBytes?: number;
}

/** Files this large (and larger) download in resumable parts. */
export const RESUMABLE_BYTES = 64 * 1024 * 1024;
export const PART_BYTES = 32 * 1024 * 1024;

/** What the cache knows of a file stored in parts: `${url}#parts` (JSON). */
interface PartsMeta {
  total: number;
  partBytes: number;
  /** Complete parts, stored as `${url}#part-<i>`, i < parts. */
  parts: number;
  sha256: string | null;
}

const partsKey = (url: string) => `${url}#parts`;
const partKey = (url: string, i: number) => `${url}#part-${i}`;

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function verify(url: string, bytes: Uint8Array, opts: FetchModelFileOptions): Promise<void> {
  if (opts.expectedBytes !== undefined && bytes.length !== opts.expectedBytes) {
    throw new ModelFileError(
      `${url}: got ${bytes.length} bytes, the manifest says ${opts.expectedBytes} (truncated or wrong file).`,
      {
        url,
        problem: 'size',
        detail: `${bytes.length} ≠ ${opts.expectedBytes}`,
      },
    );
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
  const resumable = opts.cache && (opts.expectedBytes ?? 0) >= (opts.resumableBytes ?? RESUMABLE_BYTES);
  if (resumable)
    return fetchInParts(url, file, opts as FetchModelFileOptions & { cache: ModelFileCache; expectedBytes: number });
  const res = await request(url, opts);
  const header = Number(res.headers.get('content-length'));
  const total = opts.expectedBytes ?? (Number.isFinite(header) && header > 0 ? header : null);
  const bytes = await readWithProgress(res, file, total, opts.onProgress);
  await verify(url, bytes, opts);
  await opts.cache?.put(url, bytes);
  return bytes;
}

async function request(url: string, opts: FetchModelFileOptions, from = 0): Promise<Response> {
  let res: Response;
  const init: RequestInit = {
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(from > 0 ? { headers: { Range: `bytes=${from}-` } } : {}),
  };
  try {
    res = await (opts.fetcher ?? fetch)(url, init);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ModelFileError(`Could not download ${url}: ${(e as Error).message}`, {
      url,
      problem: 'network',
      detail: String(e),
    });
  }
  if (res.status === 404)
    throw new ModelFileError(`Model file not found: ${url}`, { url, problem: 'missing', detail: '404' });
  if (!res.ok)
    throw new ModelFileError(`Downloading ${url} failed: HTTP ${res.status}`, {
      url,
      problem: 'http',
      detail: String(res.status),
    });
  if ((res.headers.get('content-type') ?? '').includes('text/html') && !url.endsWith('.html')) {
    throw new ModelFileError(`Model file not found: ${url} (the server answered with an HTML page)`, {
      url,
      problem: 'html-fallback',
      detail: 'text/html',
    });
  }
  return res;
}

async function readMeta(cache: ModelFileCache, url: string): Promise<PartsMeta | null> {
  const raw = await cache.get(partsKey(url));
  if (!raw) return null;
  try {
    return JSON.parse(new TextDecoder().decode(raw)) as PartsMeta;
  } catch {
    return null;
  }
}

async function writeMeta(cache: ModelFileCache, url: string, meta: PartsMeta): Promise<void> {
  await cache.put(partsKey(url), new TextEncoder().encode(JSON.stringify(meta)));
}

/**
 * A large file: the parts already cached (same size and sha256) are read into the final buffer,
 * the rest is requested from there with a Range header (a server that answers 200 instead of 206
 * sends it all again), and every part is cached as soon as it is complete.
 */
async function fetchInParts(
  url: string,
  file: string,
  opts: FetchModelFileOptions & { cache: ModelFileCache; expectedBytes: number },
): Promise<Uint8Array> {
  const { cache, expectedBytes: total } = opts;
  const sha = opts.expectedSha256?.toLowerCase() ?? null;
  let meta = await readMeta(cache, url);
  if (!meta || meta.total !== total || meta.sha256 !== sha)
    meta = { total, partBytes: opts.partBytes ?? PART_BYTES, parts: 0, sha256: sha };
  const partCount = Math.ceil(total / meta.partBytes);
  const out = new Uint8Array(total);
  let have = 0; // bytes [0, have) are in `out`
  let read = 0; // complete parts read back from the cache
  while (read < Math.min(meta.parts, partCount)) {
    const part = await cache.get(partKey(url, read));
    const want = Math.min(meta.partBytes, total - read * meta.partBytes);
    if (!part || part.length !== want) break;
    out.set(part, have);
    have += want;
    read++;
  }
  meta.parts = read;
  if (have > 0) opts.onProgress?.({ file, loaded: have, total, fromCache: true });
  if (have < total) {
    const res = await request(url, opts, have);
    if (have > 0 && res.status !== 206) {
      have = 0; // no range support: the whole file again
      meta.parts = 0;
    } else if (have > 0) {
      const start = /^bytes (\d+)-/.exec(res.headers.get('content-range') ?? '')?.[1];
      if (start !== undefined && Number(start) !== have) {
        throw new ModelFileError(`${url}: asked for bytes from ${have}, the server sent a range from ${start}.`, {
          url,
          problem: 'http',
          detail: res.headers.get('content-range') ?? '',
        });
      }
    }
    const reader = res.body?.getReader() ?? null;
    if (!reader) {
      out.set(new Uint8Array(await res.arrayBuffer()).subarray(0, total - have), have);
      have = total;
    } else {
      opts.onProgress?.({ file, loaded: have, total, fromCache: false });
      let cachedUpTo = meta.parts * meta.partBytes;
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (have + value.length > total)
            throw new ModelFileError(
              `${url}: the server sent more than the ${total} bytes the listing gives (wrong file?).`,
              { url, problem: 'size', detail: `> ${total}` },
            );
          out.set(value, have);
          have += value.length;
          opts.onProgress?.({ file, loaded: have, total, fromCache: false });
          // Cache every part completed by this chunk (the last part may be short).
          while (cachedUpTo < have && (have - cachedUpTo >= meta.partBytes || have === total)) {
            const end = Math.min(cachedUpTo + meta.partBytes, total);
            await cache.put(partKey(url, meta.parts), out.subarray(cachedUpTo, end)); // bytes before `have` never change
            meta.parts++;
            cachedUpTo = end;
            await writeMeta(cache, url, meta);
          }
        }
      } catch (e) {
        if ((e as Error).name === 'AbortError' || e instanceof ModelFileError) throw e;
        throw new ModelFileError(
          `Downloading ${url} was interrupted at ${have} of ${total} bytes (${(e as Error).message}); loading it again resumes from ${meta.parts * meta.partBytes}.`,
          {
            url,
            problem: 'network',
            detail: String(e),
          },
        );
      }
    }
    if (have < total) {
      throw new ModelFileError(
        `Downloading ${url} stopped at ${have} of ${total} bytes; loading it again resumes from ${meta.parts * meta.partBytes}.`,
        { url, problem: 'network', detail: `${have} < ${total}` },
      );
    }
  }
  try {
    await verify(url, out, opts);
  } catch (e) {
    // A damaged file must not be resumed from: drop its parts.
    for (let i = 0; i < partCount; i++) await cache.delete?.(partKey(url, i));
    await writeMeta(cache, url, { ...meta, parts: 0 });
    throw e;
  }
  return out;
}

async function readWithProgress(
  res: Response,
  file: string,
  total: number | null,
  onProgress?: (p: ByteProgress) => void,
): Promise<Uint8Array> {
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
      await cache.put(
        url,
        new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-length': String(bytes.length) } }),
      );
    },
    async delete(url) {
      await cache.delete(url);
    },
  };
}
