// Hub models (issue 7 "from a URL / hub repository (online)"): a repository in the layout
// transformers.js uses — config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx —
// becomes a model package: the decoder that takes `input_ids` is rewritten by graph surgery to
// take `inputs_embeds`, its embedding table is cut out, and a manifest is derived from config.json.
// Files are cached like package files; there are no published hashes, so sizes are not pinned.
import { fetchModelFile, type ModelFileCache } from './model-file-fetch';
import { graphInputNames, rewriteInputIdsToInputsEmbeds } from './onnx/embedding-surgery';
import { EmbeddingTable } from './embedding-table';
import type { LoadedModelPackage, LoadPackageOptions, PackageProgress } from './model-package';
import type { ModelManifest } from './model-manifest';

export class HubModelError extends Error {
  override readonly name = 'HubModelError';
  constructor(message: string, readonly data: { repo: string; problem: string }) {
    super(message);
  }
}

/** "owner/name" (optionally "hf:owner/name") → the repository's file base URL. */
export function hubBaseUrl(ref: string, host = 'https://huggingface.co'): string | null {
  const m = /^(?:hf:)?([\w.-]+\/[\w.-]+)$/.exec(ref.trim());
  return m ? `${host}/${m[1]}/resolve/main/` : null;
}

export const HUB_DECODER_FILE = 'onnx/model.onnx';

interface HfConfig {
  vocab_size?: number;
  hidden_size?: number;
  num_hidden_layers?: number;
  num_attention_heads?: number;
  num_key_value_heads?: number;
  head_dim?: number;
  max_position_embeddings?: number;
  rope_theta?: number;
}

export async function loadHubPackage(base: string, name: string, opts: LoadPackageOptions & { cache?: ModelFileCache | null } = {}): Promise<LoadedModelPackage> {
  const fail = (problem: string, message: string): never => {
    throw new HubModelError(message, { repo: name, problem });
  };
  const files = ['config.json', 'tokenizer.json', 'tokenizer_config.json', HUB_DECODER_FILE];
  const loaded = new Map<string, number>();
  const bytes = new Map<string, Uint8Array>();
  for (const f of files) {
    bytes.set(
      f,
      await fetchModelFile(base + f, {
        fetcher: opts.fetcher,
        cache: opts.cache,
        signal: opts.signal,
        onProgress: (p) => {
          loaded.set(f, p.loaded);
          const packageLoaded = [...loaded.values()].reduce((a, b) => a + b, 0);
          opts.onProgress?.({ ...p, packageLoaded, packageTotal: Math.max(packageLoaded, p.total ?? 0) } satisfies PackageProgress);
        },
      }),
    );
  }
  const text = new TextDecoder();
  const json = (f: string) => {
    try {
      return JSON.parse(text.decode(bytes.get(f)!)) as Record<string, unknown>;
    } catch (e) {
      return fail('invalid-json', `${base}${f} is not valid JSON: ${(e as Error).message}`);
    }
  };
  const config = json('config.json') as HfConfig;
  const tokenizerJson = json('tokenizer.json') as { added_tokens?: { id: number; content: string }[] };
  const tokenizerConfig = json('tokenizer_config.json');
  const layers = config.num_hidden_layers;
  const heads = config.num_attention_heads;
  const hidden = config.hidden_size;
  if (!layers || !heads || !hidden || !config.vocab_size) fail('config', `${name}: config.json lacks num_hidden_layers / num_attention_heads / hidden_size / vocab_size.`);
  const decoderIn = bytes.get(HUB_DECODER_FILE)!;
  if (graphInputNames(decoderIn).includes('inputs_embeds')) {
    fail('needs-table', `${name}: the decoder already takes inputs_embeds but the repository has no embedding table file; use a package with a manifest.`);
  }
  const surgery = rewriteInputIdsToInputsEmbeds(decoderIn);
  if (surgery.hiddenSize !== hidden) fail('dims', `${name}: the embedding table is ${surgery.vocabSize}×${surgery.hiddenSize} but config.json says hidden_size ${hidden}.`);
  const decoderBytes = surgery.model;
  const table = new EmbeddingTable(surgery.embeddings, surgery.vocabSize, surgery.hiddenSize);
  const special: Record<string, number> = {};
  for (const t of tokenizerJson.added_tokens ?? []) special[t.content] = t.id;
  const manifest: ModelManifest = {
    name,
    version: 'hub',
    description: `${name} from ${base} (graph surgery: input_ids → inputs_embeds)`,
    files: {},
    decoder: { file: HUB_DECODER_FILE },
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
    baseUrl: base,
    manifest,
    dims: { numLayers: layers!, numKvHeads: manifest.model.num_kv_heads, headDim: manifest.model.head_dim, hiddenSize: hidden!, vocabSize: table.vocabSize },
    decoderBytes,
    table,
    tokenizerJson,
    tokenizerConfig,
    nets: {},
  };
}
