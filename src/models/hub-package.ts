// Hub models (issue 7 "from a hub repository", issue 17 "real models from the hub"): a repository
// in the layout transformers.js uses — config.json, tokenizer.json, tokenizer_config.json,
// onnx/model{_fp16,_q4,_q4f16,_quantized,_int8,…}.onnx with its external data chunks — becomes a
// model package. The decoder variant is chosen for the compute path (hub/hub-dtype.ts) unless the
// reference names one ("owner/name?dtype=q4"); sizes and LFS sha256 come from the hub API listing
// when it answers; the decoder is rewritten by graph surgery to take `inputs_embeds`, its embedding
// table recovered from whichever layout the exporter wrote (src/models/onnx/), and a manifest is
// derived from config.json. Every error names the repository file and the problem.
import { fetchModelFile, ModelFileError, type ModelFileCache } from './model-file-fetch';
import { rewriteInputIdsToInputsEmbeds, type EmbeddingSurgeryResult } from './onnx/embedding-surgery';
import type { LoadedModelPackage, LoadPackageOptions, PackageProgress } from './model-package';
import type { ModelManifest } from './model-manifest';
import {
  externalDataChunks,
  externalDataFromConfig,
  variantCandidates,
  type DtypeContext,
  type HubDtype,
} from './hub/hub-dtype';
import { HubModelError } from './hub/hub-errors';
import { listHubOnnxFiles, type HubFileInfo } from './hub/hub-listing';
import type { HubRef } from './hub/hub-ref';

export { HubModelError } from './hub/hub-errors';
export { hubBaseUrl, parseHubRef, type HubRef } from './hub/hub-ref';

interface HfConfig {
  vocab_size?: number;
  hidden_size?: number;
  num_hidden_layers?: number;
  num_attention_heads?: number;
  num_key_value_heads?: number;
  head_dim?: number;
  max_position_embeddings?: number;
  rope_theta?: number;
  'transformers.js_config'?: { dtype?: unknown; use_external_data_format?: unknown };
}

/** What was loaded from the hub, for the UI and the tests. */
export interface HubVariant {
  dtype: HubDtype;
  file: string;
  externalData: string[];
  /** Bytes downloaded (or read from the cache) for the decoder and its data. */
  bytes: number;
  /** The embedding layout the surgery found (e.g. "gather-block-quantized") and where. */
  pattern: EmbeddingSurgeryResult['pattern'];
  tableSource: string;
  /** Graph I/O that was float16 and is cast to float32 now. */
  castToFloat32: string[];
  /** How the embedding table is kept in memory, and whether f16 storage rounded an f32 table. */
  tableStorage: 'f32' | 'f16';
  tableRoundedToF16: boolean;
  /** True when the sizes (and sha256) of the files were checked against the hub's listing. */
  verified: boolean;
}

export type LoadedHubPackage = LoadedModelPackage & { hub: HubVariant };

export interface HubLoadOptions extends LoadPackageOptions {
  cache?: ModelFileCache | null;
  /** Where the decoder will run (picks the dtype); default: the WASM order. */
  compute?: DtypeContext;
}

const LFS_POINTER = new TextEncoder().encode('version https://git-lfs');

function isLfsPointer(bytes: Uint8Array): boolean {
  return bytes.length < 1024 && LFS_POINTER.every((b, i) => bytes[i] === b);
}

export async function loadHubPackage(ref: HubRef, opts: HubLoadOptions = {}): Promise<LoadedHubPackage> {
  const repo = ref.repo;
  const fail = (problem: string, message: string, file?: string): never => {
    throw new HubModelError(message, { repo, problem, ...(file ? { file } : {}) });
  };
  const listing = await listHubOnnxFiles(ref, opts.fetcher, opts.signal);
  const loaded = new Map<string, number>();
  let expectedTotal = 0;
  const fetchFile = (f: string, info?: HubFileInfo): Promise<Uint8Array> =>
    fetchModelFile(ref.base + f, {
      fetcher: opts.fetcher,
      cache: opts.cache,
      signal: opts.signal,
      ...(info ? { expectedBytes: info.size, ...(info.sha256 ? { expectedSha256: info.sha256 } : {}) } : {}),
      onProgress: (p) => {
        loaded.set(f, p.loaded);
        const packageLoaded = [...loaded.values()].reduce((a, b) => a + b, 0);
        opts.onProgress?.({
          ...p,
          file: f,
          packageLoaded,
          packageTotal: Math.max(packageLoaded, expectedTotal),
        } satisfies PackageProgress);
      },
    });

  const text = new TextDecoder();
  const json = async (f: string) => {
    const bytes = await fetchFile(f);
    try {
      return JSON.parse(text.decode(bytes)) as Record<string, unknown>;
    } catch (e) {
      return fail('invalid-json', `${repo}/${f} is not valid JSON: ${(e as Error).message}`, f);
    }
  };
  const config = (await json('config.json')) as HfConfig;
  const tokenizerJson = (await json('tokenizer.json')) as { added_tokens?: { id: number; content: string }[] };
  const tokenizerConfig = await json('tokenizer_config.json');
  const layers = config.num_hidden_layers;
  const heads = config.num_attention_heads;
  const hidden = config.hidden_size;
  if (!layers || !heads || !hidden || !config.vocab_size)
    fail(
      'config',
      `${repo}/config.json lacks num_hidden_layers / num_attention_heads / hidden_size / vocab_size.`,
      'config.json',
    );
  const jsConfig = config['transformers.js_config'] ?? {};

  // The decoder variant: the first candidate the listing has, or (no listing) the first that downloads.
  const compute = opts.compute ?? { path: 'wasm' };
  const candidates = variantCandidates(
    compute,
    ref.dtype,
    typeof jsConfig.dtype === 'string' ? jsConfig.dtype : undefined,
  );
  let variant: (typeof candidates)[number] | undefined;
  let decoderIn: Uint8Array | undefined;
  let dataFiles: string[] = [];
  if (listing) {
    variant = candidates.find((c) => listing.has(c.file));
    if (!variant) {
      const have = [...listing.keys()].filter((p) => p.endsWith('.onnx'));
      fail(
        'no-variant',
        `${repo}: no decoder for ${compute.path}${ref.dtype ? ` with dtype ${ref.dtype}` : ''}: looked for ${candidates.map((c) => c.file).join(', ')}; onnx/ holds ${have.join(', ') || 'no .onnx files'}.`,
      );
    }
    dataFiles = externalDataChunks(variant!.file, listing.keys());
    expectedTotal = [variant!.file, ...dataFiles].reduce((n, f) => n + listing.get(f)!.size, 0);
  } else {
    for (const c of candidates) {
      try {
        decoderIn = await fetchFile(c.file);
      } catch (e) {
        if (e instanceof ModelFileError && e.data.problem === 'missing') continue;
        throw e;
      }
      variant = c;
      dataFiles = externalDataFromConfig(c.file, c.base, jsConfig.use_external_data_format);
      break;
    }
    if (!variant)
      fail(
        'no-variant',
        `${repo}: none of ${candidates.map((c) => c.file).join(', ')} exists (the hub API listing was not available).`,
      );
  }
  const { dtype, file } = variant!;
  decoderIn ??= await fetchFile(file, listing?.get(file));
  const external = new Map<string, Uint8Array>();
  for (const f of dataFiles) external.set(f.split('/').pop()!, await fetchFile(f, listing?.get(f)));

  if (isLfsPointer(decoderIn))
    fail(
      'lfs-pointer',
      `${repo}/${file} is a Git LFS pointer, not the model: the server did not resolve the LFS file.`,
      file,
    );
  let surgery: EmbeddingSurgeryResult;
  try {
    surgery = rewriteInputIdsToInputsEmbeds(decoderIn, { externalData: external });
  } catch (e) {
    const reason = (e as { data?: { reason?: string } }).data?.reason ?? 'surgery';
    if (reason === 'already-has-embeds')
      fail(
        'needs-table',
        `${repo}/${file} already takes inputs_embeds but the repository has no embedding table file; use a package with a manifest.`,
        file,
      );
    return fail(reason, `${repo}/${file}: ${(e as Error).message}`, file);
  }
  if (surgery.hiddenSize !== hidden)
    fail(
      'dims',
      `${repo}/${file}: the embedding table is ${surgery.vocabSize}×${surgery.hiddenSize} but config.json says hidden_size ${hidden}.`,
      file,
    );
  const missingData = surgery.externalDataFiles.filter((f) => !external.has(f));
  if (missingData.length > 0)
    fail(
      'external-data',
      `${repo}/${file} reads external data ${missingData.join(', ')}, which the repository does not list.`,
      file,
    );
  const table = surgery.table;
  const special: Record<string, number> = {};
  for (const t of tokenizerJson.added_tokens ?? []) special[t.content] = t.id;
  const manifest: ModelManifest = {
    name: repo,
    version: `hub:${dtype}`,
    description: `${repo} (${file}${dataFiles.length ? ` + ${dataFiles.length} data file${dataFiles.length > 1 ? 's' : ''}` : ''}) from ${ref.base}; graph surgery: ${surgery.tableSource} → inputs_embeds`,
    files: {},
    decoder: { file },
    embeddings: { file: '(from the decoder graph)', dtype: 'float32', shape: [table.vocabSize, table.dim] },
    model: {
      vocab_size: table.vocabSize,
      hidden_size: hidden!,
      num_layers: layers!,
      num_heads: heads!,
      num_kv_heads: config.num_key_value_heads ?? heads!,
      head_dim: config.head_dim ?? hidden! / heads!,
      ...(config.rope_theta ? { rope_theta: config.rope_theta } : {}),
    },
    native_context: config.max_position_embeddings ?? 2048,
    position_policy_default: 'compacted',
    special_tokens: special,
  };
  return {
    baseUrl: ref.base,
    manifest,
    dims: {
      numLayers: layers!,
      numKvHeads: manifest.model.num_kv_heads,
      headDim: manifest.model.head_dim,
      hiddenSize: hidden!,
      vocabSize: table.vocabSize,
    },
    decoderBytes: surgery.model,
    decoderExternalData: surgery.externalDataFiles.map((path) => ({ path, data: external.get(path)! })),
    table,
    tokenizerJson,
    tokenizerConfig,
    nets: {},
    hub: {
      dtype,
      file,
      externalData: dataFiles,
      bytes: [file, ...dataFiles].reduce((n, f) => n + (loaded.get(f) ?? 0), 0),
      pattern: surgery.pattern,
      tableSource: surgery.tableSource,
      castToFloat32: surgery.castToFloat32,
      tableStorage: table.storage,
      tableRoundedToF16: surgery.tableRoundedToF16,
      verified: listing !== null,
    },
  };
}
