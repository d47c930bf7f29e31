// Model package loading (issue 7): manifest → every file fetched with byte-level progress,
// checked against the manifest's sizes and SHA-256, cached for offline use; clear errors for
// missing files, wrong dims, or a GistNet/LensNet trained for another base model.
import { fetchModelFile, ModelFileError, type ByteProgress, type ModelFileCache } from './model-file-fetch';
import { baseModelId, ManifestError, validateManifest, type ModelManifest } from './model-manifest';
import { EmbeddingTable } from './embedding-table';
import type { DecoderDims } from './decoder/decoder-spec';

export interface LoadedModelPackage {
  baseUrl: string;
  manifest: ModelManifest;
  dims: DecoderDims;
  decoderBytes: Uint8Array;
  /** External data files the decoder graph reads (hub models over 2 GB), for the session options. */
  decoderExternalData?: { path: string; data: Uint8Array }[];
  table: EmbeddingTable;
  tokenizerJson: unknown;
  tokenizerConfig: Record<string, unknown>;
  /** Raw files of trained nets present in the package (keyed 'gistnet' / 'lensnet'). */
  nets: Partial<Record<'gistnet' | 'lensnet', Uint8Array>>;
}

export interface PackageProgress extends ByteProgress {
  /** Bytes of the whole package loaded so far / in all. */
  packageLoaded: number;
  packageTotal: number;
}

export interface LoadPackageOptions {
  fetcher?: typeof fetch;
  cache?: ModelFileCache | null;
  onProgress?: (p: PackageProgress) => void;
  signal?: AbortSignal;
}

export class ModelPackageError extends Error {
  override readonly name = 'ModelPackageError';
  constructor(
    message: string,
    readonly data: { baseUrl: string; problem: string },
  ) {
    super(message);
  }
}

const decoder = new TextDecoder();

export async function loadModelPackage(baseUrl: string, opts: LoadPackageOptions = {}): Promise<LoadedModelPackage> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const manifestUrl = `${base}manifest.json`;
  // The manifest is always revalidated from the network when reachable (it names the hashes).
  let manifestBytes: Uint8Array;
  try {
    manifestBytes = await fetchModelFile(manifestUrl, { fetcher: opts.fetcher, signal: opts.signal, cache: null });
    await opts.cache?.put(manifestUrl, manifestBytes);
  } catch (e) {
    const cached =
      e instanceof ModelFileError && e.data.problem === 'network' ? await opts.cache?.get(manifestUrl) : null;
    if (!cached) throw e;
    manifestBytes = cached; // offline: the cached manifest pins the cached files' hashes
  }
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(manifestBytes));
  } catch (e) {
    throw new ManifestError(`${manifestUrl} is not valid JSON: ${(e as Error).message}`, {
      url: manifestUrl,
      problems: ['invalid JSON'],
    });
  }
  const manifest = validateManifest(raw, manifestUrl);
  const dims: DecoderDims = {
    numLayers: manifest.model.num_layers,
    numKvHeads: manifest.model.num_kv_heads,
    headDim: manifest.model.head_dim,
    hiddenSize: manifest.model.hidden_size,
    vocabSize: manifest.model.vocab_size,
  };

  const wanted = [manifest.decoder.file, manifest.embeddings.file, 'tokenizer.json', 'tokenizer_config.json'];
  const embeddingsSha = manifest.files[manifest.embeddings.file]!.sha256;
  for (const net of ['gistnet', 'lensnet'] as const) {
    const e = manifest[net];
    if (!e) continue;
    if (e.base_model !== baseModelId(manifest) && e.base_model !== embeddingsSha) {
      throw new ModelPackageError(
        `The package's ${net} was trained for base model "${e.base_model}", not for ${baseModelId(manifest)}; retrain it or remove it from the manifest.`,
        { baseUrl: base, problem: `${net}-base-mismatch` },
      );
    }
    wanted.push(e.file);
  }
  const packageTotal = wanted.reduce((n, f) => n + manifest.files[f]!.bytes, 0);
  const loaded = new Map<string, number>();
  const bytes = new Map<string, Uint8Array>();
  for (const f of wanted) {
    const entry = manifest.files[f]!;
    const data = await fetchModelFile(base + f, {
      fetcher: opts.fetcher,
      cache: opts.cache,
      signal: opts.signal,
      expectedBytes: entry.bytes,
      expectedSha256: entry.sha256,
      onProgress: (p) => {
        loaded.set(f, p.loaded);
        const packageLoaded = [...loaded.values()].reduce((a, b) => a + b, 0);
        opts.onProgress?.({ ...p, packageLoaded, packageTotal });
      },
    });
    bytes.set(f, data);
  }
  const json = (f: string) => {
    try {
      return JSON.parse(decoder.decode(bytes.get(f)!)) as Record<string, unknown>;
    } catch (e) {
      throw new ModelPackageError(`${base}${f} is not valid JSON: ${(e as Error).message}`, {
        baseUrl: base,
        problem: 'invalid-json',
      });
    }
  };
  return {
    baseUrl: base,
    manifest,
    dims,
    decoderBytes: bytes.get(manifest.decoder.file)!,
    table: EmbeddingTable.fromBytes(bytes.get(manifest.embeddings.file)!, dims.vocabSize, dims.hiddenSize),
    tokenizerJson: json('tokenizer.json'),
    tokenizerConfig: json('tokenizer_config.json'),
    nets: Object.fromEntries(
      (['gistnet', 'lensnet'] as const).filter((n) => manifest[n]).map((n) => [n, bytes.get(manifest[n]!.file)!]),
    ),
  };
}
