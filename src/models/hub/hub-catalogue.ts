// The model catalogue of the picker (issue 17 item 3): a curated list of hub repositories in the
// transformers.js layout, and the facts the picker shows for one — download size per dtype (the
// decoder file plus its external data, from the hub API listing), context length (config.json),
// licence (the hub's model info), a speed class by download size, and the model card's address.
// Facts are fetched when the user asks (nothing leaves the machine before), and nothing here is a
// number typed from memory: what the hub does not say is shown as unknown.
import { DTYPE_SUFFIX, HUB_DTYPES, externalDataChunks, type HubDtype } from './hub-dtype';
import { listHubOnnxFiles } from './hub-listing';
import type { HubRef } from './hub-ref';
import { TRAINING_FREE_GISTER_NAME } from '../training-free-gister';

export interface CatalogueEntry {
  repo: string;
  name: string;
  /** Why it is in the list (size class, what it is good for). */
  note: string;
}

/**
 * Repositories people use with transformers.js for small chat models. Which embedding layout each
 * ships is detected when it loads (src/models/onnx/embedding-recovery.ts); every layout the loader
 * knows has a fixture test (tests/unit/models/hub/).
 */
export const HUB_CATALOGUE: readonly CatalogueEntry[] = [
  {
    repo: 'HuggingFaceTB/SmolLM2-135M-Instruct',
    name: 'SmolLM2 135M Instruct',
    note: 'the smallest: fast on WASM, weak answers',
  },
  { repo: 'HuggingFaceTB/SmolLM2-360M-Instruct', name: 'SmolLM2 360M Instruct', note: 'small, better answers' },
  {
    repo: 'onnx-community/Qwen2.5-0.5B-Instruct',
    name: 'Qwen2.5 0.5B Instruct',
    note: 'multilingual, long native context',
  },
  { repo: 'onnx-community/Qwen3-0.6B-ONNX', name: 'Qwen3 0.6B', note: 'recent small model' },
  { repo: 'onnx-community/Llama-3.2-1B-Instruct', name: 'Llama 3.2 1B Instruct', note: 'larger: WebGPU recommended' },
  { repo: 'onnx-community/gemma-3-1b-it-ONNX', name: 'Gemma 3 1B IT', note: 'larger: WebGPU recommended' },
];

/** What the memory uses for a hub model: no GistNet / LensNet is trained for it. */
export const HUB_MEMORY_NOTE = `gists: the ${TRAINING_FREE_GISTER_NAME}; focus: similarity (no GistNet / LensNet is trained for this model)`;

export type SpeedClass = 'fast' | 'medium' | 'slow';

/** By download size, a proxy for the bytes each decoded token reads: ≤ 300 MB fast, ≤ 1 GB medium. */
export function speedClass(bytes: number): SpeedClass {
  return bytes <= 300e6 ? 'fast' : bytes <= 1e9 ? 'medium' : 'slow';
}

export interface DtypeSize {
  dtype: HubDtype;
  file: string;
  /** The decoder file plus its external data chunks. */
  bytes: number;
  speed: SpeedClass;
}

/** Download size per dtype from a listing of onnx/ (model* first, else decoder_model_merged*). */
export function dtypeSizes(listing: ReadonlyMap<string, { size: number }>): DtypeSize[] {
  const out: DtypeSize[] = [];
  for (const dtype of HUB_DTYPES) {
    const file = ['model', 'decoder_model_merged']
      .map((b) => `onnx/${b}${DTYPE_SUFFIX[dtype]}.onnx`)
      .find((f) => listing.has(f));
    if (!file) continue;
    const bytes = [file, ...externalDataChunks(file, listing.keys())].reduce((n, f) => n + listing.get(f)!.size, 0);
    out.push({ dtype, file, bytes, speed: speedClass(bytes) });
  }
  return out;
}

export interface HubRepoFacts {
  repo: string;
  cardUrl: string;
  /** Empty when the hub API did not list onnx/. */
  sizes: DtypeSize[];
  contextLength: number | null;
  licence: string | null;
  parameters: { layers: number; hidden: number; vocab: number } | null;
}

async function json(fetcher: typeof fetch, url: string): Promise<Record<string, unknown> | null> {
  try {
    const res = await fetcher(url);
    return res.ok ? ((await res.json()) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function describeHubRepo(ref: HubRef, fetcher: typeof fetch = fetch): Promise<HubRepoFacts> {
  const [listing, config, info] = await Promise.all([
    listHubOnnxFiles(ref, fetcher),
    json(fetcher, `${ref.base}config.json`),
    json(fetcher, `${ref.host}/api/models/${ref.repo}`),
  ]);
  const card = info?.cardData as { license?: unknown } | undefined;
  const tag = ((info?.tags as unknown[] | undefined) ?? []).find(
    (t): t is string => typeof t === 'string' && t.startsWith('license:'),
  );
  const num = (k: string) => (typeof config?.[k] === 'number' ? (config[k] as number) : null);
  const layers = num('num_hidden_layers');
  const hidden = num('hidden_size');
  const vocab = num('vocab_size');
  return {
    repo: ref.repo,
    cardUrl: `${ref.host}/${ref.repo}`,
    sizes: listing ? dtypeSizes(listing) : [],
    contextLength: num('max_position_embeddings'),
    licence: typeof card?.license === 'string' ? card.license : tag ? tag.slice('license:'.length) : null,
    parameters: layers && hidden && vocab ? { layers, hidden, vocab } : null,
  };
}
