// Which decoder file of a hub repository to load (issue 17 "dtype chosen sensibly"): the dtype
// names and file suffixes are transformers.js's (DEFAULT_DTYPE_SUFFIX_MAPPING in
// @huggingface/transformers 4.3: fp32 "", fp16 "_fp16", q8 "_quantized", int8 "_int8",
// uint8 "_uint8", q4 "_q4", q4f16 "_q4f16", bnb4 "_bnb4"; external data chunks
// "<file>_data", "<file>_data_1", …). The order per compute path is the app's: 4-bit first
// (the smallest download that runs well), float16 only where the GPU has `shader-f16`.
export const HUB_DTYPES = ['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4', 'q4f16', 'bnb4'] as const;
export type HubDtype = (typeof HUB_DTYPES)[number];

export const DTYPE_SUFFIX: Record<HubDtype, string> = {
  fp32: '',
  fp16: '_fp16',
  q8: '_quantized',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
  q4f16: '_q4f16',
  bnb4: '_bnb4',
};

/** Decoder base names, newest layout first (older transformers.js repositories ship a merged decoder). */
export const DECODER_BASENAMES = ['model', 'decoder_model_merged'] as const;

export interface DtypeContext {
  /** Where the decoder will run: 'webgpu', 'wasm' (browser CPU) or 'cpu' (node). */
  path: string;
  /** The WebGPU adapter offers `shader-f16` (half-precision graphs can run on it). */
  shaderF16?: boolean;
}

export function isHubDtype(s: string): s is HubDtype {
  return (HUB_DTYPES as readonly string[]).includes(s);
}

/** Dtypes to try, best first, for where the decoder runs. */
export function dtypePreference(ctx: DtypeContext): HubDtype[] {
  if (ctx.path === 'webgpu') return ctx.shaderF16 ? ['q4f16', 'fp16', 'q4', 'fp32'] : ['q4', 'fp32'];
  return ['q4', 'q8', 'int8', 'uint8', 'fp32'];
}

export function decoderFile(dtype: HubDtype, base: string = DECODER_BASENAMES[0]): string {
  return `onnx/${base}${DTYPE_SUFFIX[dtype]}.onnx`;
}

/** Every (dtype, file) to try, in order: the user's choice alone, else the preference list. */
export function variantCandidates(
  ctx: DtypeContext,
  override?: HubDtype,
  recommended?: string,
): { dtype: HubDtype; file: string; base: string }[] {
  let order = override ? [override] : dtypePreference(ctx);
  // A repository may name its dtype (config["transformers.js_config"].dtype): first, if it runs here.
  if (!override && recommended && isHubDtype(recommended) && order.includes(recommended))
    order = [recommended, ...order.filter((d) => d !== recommended)];
  return DECODER_BASENAMES.flatMap((base) =>
    order.map((dtype) => ({ dtype, file: decoderFile(dtype, base), base })),
  ).sort((a, b) => order.indexOf(a.dtype) - order.indexOf(b.dtype));
}

/** External data chunk names of `file` that a listing holds, in chunk order (`_data`, `_data_1`, …). */
export function externalDataChunks(file: string, listed: Iterable<string>): string[] {
  const chunks: { path: string; n: number }[] = [];
  for (const p of listed) {
    if (!p.startsWith(`${file}_data`)) continue;
    const rest = p.slice(file.length + '_data'.length);
    const m = /^(?:_(\d+))?$/.exec(rest);
    if (m) chunks.push({ path: p, n: m[1] ? Number(m[1]) : 0 });
  }
  return chunks.sort((a, b) => a.n - b.n).map((c) => c.path);
}

/**
 * Chunk names from config["transformers.js_config"].use_external_data_format: a count, true, or
 * per file — keyed by the full name ("model_q4.onnx") or the base name ("model"), as
 * transformers.js resolves it.
 */
export function externalDataFromConfig(file: string, baseName: string, setting: unknown): string[] {
  const full = file.split('/').pop()!;
  let n = 0;
  if (typeof setting === 'number' || typeof setting === 'boolean') n = Number(setting);
  else if (setting && typeof setting === 'object') {
    const s = setting as Record<string, unknown>;
    n = Number(s[full] ?? s[baseName] ?? 0);
  }
  return Array.from({ length: n }, (_, i) => `${file}_data${i === 0 ? '' : `_${i}`}`);
}
