// Model package manifest (issue 7 "model packages"): what a package holds — decoder ONNX,
// embedding table, tokenizer, dims, native context, default position policy, provenance — and
// optional GistNet / LensNet trained for this base model. Written by training/export/onnx_export.py.
import type { PositionPolicyKind } from '../core/position-policy';

export interface ManifestFile {
  bytes: number;
  sha256: string;
}

export interface TrainedNetEntry {
  file: string;
  /** The base model it was trained for: `${name}@${version}` of the package; checked at load. */
  base_model: string;
  version: string;
}

export interface ModelManifest {
  name: string;
  version: string;
  description?: string;
  files: Record<string, ManifestFile>;
  decoder: { file: string; inputs?: string[]; outputs?: string[] };
  embeddings: { file: string; dtype: 'float32'; shape: [number, number] };
  model: {
    vocab_size: number;
    hidden_size: number;
    num_layers: number;
    num_heads?: number;
    num_kv_heads: number;
    head_dim: number;
    rope_theta?: number;
    parameters?: number;
  };
  native_context: number;
  position_policy_default?: PositionPolicyKind;
  /**
   * The working-context budget (W_max, reply reserve included) this model answers from memory
   * best with, measured by the package's maker (the demo's: docs/working-context-budget.md). The
   * app's default W_max; without it, min(2048, native_context).
   */
  w_max_default?: number;
  /**
   * Whether the app starts with the memory check on (src/core/memory-check.ts): for a model that
   * answers only from memory and cannot say a fact is absent, like the demo model.
   */
  memory_check?: boolean;
  /**
   * Whether the app starts with the memory quote on (src/core/memory-quote.ts): for a model trained
   * to read the memory's pieces that hold the request's names quoted again before its turn.
   */
  memory_quote?: boolean;
  /**
   * The reply the model was trained to give when a fact is not in memory ("I don't know. It is
   * not in my memory."). While the memory check is on and finds every name a request uses, the
   * answer may not open with it (its first token is masked): absence is the check's call, not the
   * model's (docs/memory-check.md, "When the check finds every name").
   */
  absent_reply?: string;
  /**
   * The frames the model was trained to answer in ("It is {value}.", "They are {value} and
   * {value}."). With them, answer copy is on by default: while the memory check vouches for a
   * request and the memory quote holds its lines, each {value} must be copied from the quote
   * (src/core/answer-copy.ts, docs/memory-check.md "Answer copy").
   */
  answer_frames?: string[];
  special_tokens: Record<string, number>;
  gistnet?: TrainedNetEntry;
  lensnet?: TrainedNetEntry;
  provenance?: unknown;
  training_run_id?: string;
}

/** The smallest W_max a package may default to: the reply reserve and the protected exchange (128 + 128). */
export const MIN_W_MAX = 256;

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    message: string,
    readonly data: { url: string; problems: string[] },
  ) {
    super(message);
  }
}

const POLICIES: readonly PositionPolicyKind[] = ['absolute', 'compacted', 'bounded-gaps'];

/** Checks a parsed manifest; every problem is listed in one error. */
export function validateManifest(raw: unknown, url: string): ModelManifest {
  const problems: string[] = [];
  const m = raw as Partial<ModelManifest> | null;
  const isPosInt = (v: unknown) => Number.isInteger(v) && (v as number) > 0;
  if (!m || typeof m !== 'object')
    throw new ManifestError(`${url} is not a JSON object`, { url, problems: ['not an object'] });
  if (typeof m.name !== 'string' || !m.name) problems.push('"name" must be a non-empty string');
  if (typeof m.version !== 'string' || !m.version) problems.push('"version" must be a non-empty string');
  if (!m.files || typeof m.files !== 'object') problems.push('"files" must map file names to {bytes, sha256}');
  const files = m.files ?? {};
  for (const [f, e] of Object.entries(files)) {
    if (!isPosInt((e as ManifestFile).bytes) || !/^[0-9a-f]{64}$/.test(String((e as ManifestFile).sha256)))
      problems.push(`files["${f}"] needs integer "bytes" and hex "sha256"`);
  }
  const needFile = (what: string, f: unknown) => {
    if (typeof f !== 'string') problems.push(`"${what}.file" is missing`);
    else if (!(f in files)) problems.push(`"${what}.file" (${f}) is not listed in "files"`);
  };
  needFile('decoder', m.decoder?.file);
  needFile('embeddings', m.embeddings?.file);
  for (const f of ['tokenizer.json', 'tokenizer_config.json']) if (!(f in files)) problems.push(`"files" lacks ${f}`);
  const md = m.model;
  if (!md) problems.push('"model" (dims) is missing');
  else {
    for (const k of ['vocab_size', 'hidden_size', 'num_layers', 'num_kv_heads', 'head_dim'] as const)
      if (!isPosInt(md[k])) problems.push(`"model.${k}" must be a positive integer`);
    const shape = m.embeddings?.shape;
    if (!Array.isArray(shape) || shape[0] !== md.vocab_size || shape[1] !== md.hidden_size)
      problems.push(`"embeddings.shape" must be [model.vocab_size, model.hidden_size]`);
  }
  if (m.embeddings && m.embeddings.dtype !== 'float32')
    problems.push(`"embeddings.dtype" ${String(m.embeddings.dtype)} is not supported (float32 only)`);
  if (!isPosInt(m.native_context)) problems.push('"native_context" must be a positive integer');
  if (m.position_policy_default && !POLICIES.includes(m.position_policy_default))
    problems.push(`"position_policy_default" must be one of ${POLICIES.join(', ')}`);
  if (
    m.w_max_default !== undefined &&
    !(isPosInt(m.w_max_default) && m.w_max_default >= MIN_W_MAX && m.w_max_default <= (m.native_context ?? 0))
  )
    problems.push(`"w_max_default" must be an integer from ${MIN_W_MAX} to native_context`);
  if (m.memory_check !== undefined && typeof m.memory_check !== 'boolean')
    problems.push('"memory_check" must be true or false');
  if (m.memory_quote !== undefined && typeof m.memory_quote !== 'boolean')
    problems.push('"memory_quote" must be true or false');
  if (m.absent_reply !== undefined && !(typeof m.absent_reply === 'string' && m.absent_reply.trim() !== ''))
    problems.push('"absent_reply" must be a non-empty string');
  if (
    m.answer_frames !== undefined &&
    !(
      Array.isArray(m.answer_frames) &&
      m.answer_frames.length > 0 &&
      m.answer_frames.every((f) => typeof f === 'string' && f.includes('{value}'))
    )
  )
    problems.push('"answer_frames" must be a non-empty list of strings, each holding {value}');
  if (!m.special_tokens || typeof m.special_tokens !== 'object')
    problems.push('"special_tokens" must map token strings to ids');
  for (const net of ['gistnet', 'lensnet'] as const) {
    const e = m[net];
    if (e === undefined) continue;
    needFile(net, e.file);
    if (typeof e.base_model !== 'string')
      problems.push(`"${net}.base_model" must name the base model it was trained for`);
  }
  if (problems.length > 0)
    throw new ManifestError(`The model manifest ${url} is invalid: ${problems.join('; ')}.`, { url, problems });
  return m as ModelManifest;
}

/** `${name}@${version}`: how GistNet/LensNet refer to the base model they were trained for. */
export function baseModelId(m: Pick<ModelManifest, 'name' | 'version'>): string {
  return `${m.name}@${m.version}`;
}
