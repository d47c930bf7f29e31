// GistNet weight layout of the WGSL runtime (seeds: 32→1→32→1; gistnet-wgsl.ts): one flat
// little-endian f32 buffer plus a manifest of named tensors with shapes and offsets. The training
// export (training/gistnet/layout.py) writes the same layout; GistNetGpu uploads it as ONE GPU
// buffer and binds each tensor as a sub-range. (The app runs it on WebGPU; on WASM the ONNX export.)
//
// The contract (version 1):
//  - Tensors appear in exactly the order of `gistNetTensorSpecs(config)` below.
//  - Every tensor starts at a multiple of ALIGN_FLOATS = 64 floats (256 bytes, WebGPU's maximum
//    minStorageBufferOffsetAlignment); the gap before it is zero-filled.
//  - Linear weights are PyTorch nn.Linear layout (out, in), row-major; biases (out).
//  - Norms are RMSNorm with a gain (no bias), eps = config.normEps.
//  - GELU is the tanh approximation (torch: gelu(approximate='tanh')).
//  - Attention: heads split the width contiguously (head h = columns h·dh … h·dh+dh−1),
//    scale 1/√dh, no mask (GistNet sees the whole block).
//  - The file is `totalFloats` f32 values; the manifest travels as JSON next to it and is checked
//    against the layout recomputed from its config (`checkGistNetManifest`).
//
// Forward (per block, batched over B blocks; x: (K, d) token embeddings or LOD(n−1) gists):
//   t0 = in_proj(x) + pos_emb                                  (K, h)
//   t1 = t0 + self_attn.o(Attn(q,k,v of rms(t0; self_attn.norm)))          self-attention block
//   t2 = t1 + mlp.fc2(gelu(mlp.fc1(rms(t1; mlp.norm))))                     MLP
//   g1 = slots + CA_pool(queries: slots, keys/values: t2)      (S, h)       32 → 1
//   t3 = t2 + CA_expand(queries: t2, keys/values: g1)          (K, h)       1 → 32
//   g2 = g1 + CA_refine(queries: g1, keys/values: t3)          (S, h)       32 → 1 (refine)
//   gist = out_proj(rms(mean_S(g2); out.norm)) [+ x[K−1]]      (d)
//   (the last-row skip, config.lastSkip: the block's last input row plus a learned residual; no
//   tensors of its own. For this base model the last token alone halves mean-pooling's ΔNLL@64.)
// where CA_x(a, c) = x.o(Attn(x.q(rms(a; x.q_norm)), x.k(rms(c; x.kv_norm)), x.v(rms(c; x.kv_norm)))).

export const GISTNET_FORMAT = 'megacontext-gistnet-f32';
export const GISTNET_LAYOUT_VERSION = 1;
export const ALIGN_FLOATS = 64;

export interface GistNetConfig {
  dModel: number; // d: the base model's embedding width (input rows and output gist)
  width: number; // h: GistNet's internal width
  heads: number; // H, divides h
  mlpHidden: number; // m
  slots: number; // S learned slot queries
  blockSize: number; // K rows per block (32; LOD2 reads 32 LOD1 gists)
  normEps: number; // RMSNorm eps
  lastSkip?: boolean; // gist = x[K−1] + out_proj(…) (default false)
}

export interface TensorEntry {
  name: string;
  shape: number[];
  offset: number; // in floats, a multiple of ALIGN_FLOATS
  size: number; // product of shape
}

export interface GistNetManifest {
  format: typeof GISTNET_FORMAT;
  version: typeof GISTNET_LAYOUT_VERSION;
  alignFloats: number;
  config: GistNetConfig;
  tensors: TensorEntry[];
  totalFloats: number;
}

export class GistNetWeightsError extends Error {
  override readonly name = 'GistNetWeightsError';
  constructor(
    message: string,
    readonly data: { field: string },
  ) {
    super(message);
  }
}

/** A small but real configuration (d = 512 base model, h = 256): ≈ 1.5M parameters. */
export function exampleGistNetConfig(dModel = 512): GistNetConfig {
  return { dModel, width: 256, heads: 4, mlpHidden: 512, slots: 2, blockSize: 32, normEps: 1e-5 };
}

export function validateGistNetConfig(c: GistNetConfig): void {
  for (const field of ['dModel', 'width', 'heads', 'mlpHidden', 'slots', 'blockSize'] as const) {
    if (!Number.isInteger(c[field]) || c[field] < 1)
      throw new GistNetWeightsError(`GistNet config: ${field} must be a positive integer`, { field });
  }
  if (c.width % c.heads !== 0)
    throw new GistNetWeightsError(`GistNet config: width ${c.width} is not divisible by heads ${c.heads}`, {
      field: 'heads',
    });
  if (c.blockSize > 256 || c.slots > 256)
    throw new GistNetWeightsError('GistNet config: blockSize and slots must be ≤ 256 (attention key limit)', {
      field: 'blockSize',
    });
  if (!(c.normEps > 0)) throw new GistNetWeightsError('GistNet config: normEps must be > 0', { field: 'normEps' });
  if (c.lastSkip !== undefined && typeof c.lastSkip !== 'boolean')
    throw new GistNetWeightsError('GistNet config: lastSkip must be a boolean', { field: 'lastSkip' });
}

/**
 * The last-row skip as the out-proj's residual: x (B, K, d) read from x[0, K−1] on, K·d floats
 * between blocks, so row b of the residual is x[b, K−1, :].
 */
export function lastRowResidual(c: GistNetConfig): { residualStride: number; residualOffset: number } {
  return { residualStride: c.blockSize * c.dModel, residualOffset: (c.blockSize - 1) * c.dModel };
}

export const CROSS_STAGES = ['pool', 'expand', 'refine'] as const;
export type CrossStage = (typeof CROSS_STAGES)[number];

/** The tensors in file order: [name, shape]. This order is the contract with the exporter. */
export function gistNetTensorSpecs(c: GistNetConfig): Array<[string, number[]]> {
  const { dModel: d, width: h, mlpHidden: m, slots: S, blockSize: K } = c;
  const linear = (name: string, out: number, inp: number): Array<[string, number[]]> => [
    [`${name}.weight`, [out, inp]],
    [`${name}.bias`, [out]],
  ];
  const specs: Array<[string, number[]]> = [
    ...linear('in_proj', h, d),
    ['pos_emb', [K, h]],
    ['self_attn.norm.gain', [h]],
    ...(['q', 'k', 'v', 'o'] as const).flatMap((p) => linear(`self_attn.${p}`, h, h)),
    ['mlp.norm.gain', [h]],
    ...linear('mlp.fc1', m, h),
    ...linear('mlp.fc2', h, m),
    ['slots', [S, h]],
  ];
  for (const stage of CROSS_STAGES) {
    specs.push([`${stage}.q_norm.gain`, [h]], [`${stage}.kv_norm.gain`, [h]]);
    for (const p of ['q', 'k', 'v', 'o'] as const) specs.push(...linear(`${stage}.${p}`, h, h));
  }
  specs.push(['out.norm.gain', [h]], ...linear('out_proj', d, h));
  return specs;
}

const alignUp = (n: number) => Math.ceil(n / ALIGN_FLOATS) * ALIGN_FLOATS;

export function gistNetLayout(config: GistNetConfig): GistNetManifest {
  validateGistNetConfig(config);
  let offset = 0;
  const tensors = gistNetTensorSpecs(config).map(([name, shape]) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const entry = { name, shape, offset, size };
    offset = alignUp(offset + size);
    return entry;
  });
  return {
    format: GISTNET_FORMAT,
    version: GISTNET_LAYOUT_VERSION,
    alignFloats: ALIGN_FLOATS,
    config: { ...config },
    tensors,
    totalFloats: offset,
  };
}

/** Number of trainable parameters (padding excluded). */
export function gistNetParamCount(m: GistNetManifest): number {
  return m.tensors.reduce((a, t) => a + t.size, 0);
}

/** Throws unless `m` (e.g. parsed from the exporter's JSON) equals the layout of its own config. */
export function checkGistNetManifest(m: GistNetManifest): void {
  if (m.format !== GISTNET_FORMAT || m.version !== GISTNET_LAYOUT_VERSION) {
    throw new GistNetWeightsError(`GistNet manifest: unsupported format ${m.format} v${m.version}`, {
      field: 'format',
    });
  }
  const want = gistNetLayout(m.config);
  if (m.totalFloats !== want.totalFloats || m.tensors.length !== want.tensors.length) {
    throw new GistNetWeightsError(
      `GistNet manifest: ${m.tensors.length} tensors / ${m.totalFloats} floats, layout says ${want.tensors.length} / ${want.totalFloats}`,
      { field: 'tensors' },
    );
  }
  want.tensors.forEach((t, i) => {
    const got = m.tensors[i]!;
    if (got.name !== t.name || got.offset !== t.offset || got.shape.join('x') !== t.shape.join('x')) {
      throw new GistNetWeightsError(
        `GistNet manifest: tensor ${i} is ${got.name}${JSON.stringify(got.shape)}@${got.offset}, expected ${t.name}${JSON.stringify(t.shape)}@${t.offset}`,
        { field: t.name },
      );
    }
  });
}

export function tensorEntry(m: GistNetManifest, name: string): TensorEntry {
  const t = m.tensors.find((e) => e.name === name);
  if (!t) throw new GistNetWeightsError(`GistNet manifest has no tensor ${name}`, { field: name });
  return t;
}

/** The values of one named tensor inside the flat weight array (a view, no copy). */
export function tensorView(weights: Float32Array, m: GistNetManifest, name: string): Float32Array {
  const t = tensorEntry(m, name);
  if (weights.length < m.totalFloats)
    throw new GistNetWeightsError(`GistNet weights: ${weights.length} floats, manifest needs ${m.totalFloats}`, {
      field: 'totalFloats',
    });
  return weights.subarray(t.offset, t.offset + t.size);
}

/**
 * Random weights in the layout (tests, benchmarks): linear weights ~ U(±1/√fan_in), biases small,
 * gains ≈ 1, slots/positions ~ U(±1). `rand` returns values in [0, 1).
 */
export function randomGistNetWeights(m: GistNetManifest, rand: () => number = Math.random): Float32Array {
  const w = new Float32Array(m.totalFloats);
  for (const t of m.tensors) {
    const view = w.subarray(t.offset, t.offset + t.size);
    const u = () => rand() * 2 - 1;
    if (t.name.endsWith('.gain')) view.forEach((_, i) => (view[i] = 1 + 0.1 * u()));
    else if (t.name.endsWith('.bias')) view.forEach((_, i) => (view[i] = 0.05 * u()));
    else if (t.name.endsWith('.weight')) {
      const bound = 1 / Math.sqrt(t.shape[1]!);
      view.forEach((_, i) => (view[i] = bound * u()));
    } else view.forEach((_, i) => (view[i] = u()));
  }
  return w;
}
