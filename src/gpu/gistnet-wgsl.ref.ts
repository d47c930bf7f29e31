// CPU reference of the whole GistNet forward (seeds: 32→1→32→1), composed of the per-kernel CPU
// references, batched over B blocks: x (B, K, d) → gists (B, d). The layout and the forward are
// specified in gistnet-weights.ts; GistNetGpu (gistnet-wgsl.ts) runs the same graph with the kernels.
import { attentionRef } from './attention.ref';
import { linearRef } from './linear.ref';
import { meanPoolRef } from './mean-pool.ref';
import { normRef } from './norm.ref';
import { lastRowResidual, tensorView, type CrossStage, type GistNetManifest } from './gistnet-weights';

export function gistNetRef(m: GistNetManifest, weights: Float32Array, x: Float32Array, blocks: number): Float32Array {
  const { dModel: d, width: h, heads: H, mlpHidden: hidden, slots: S, blockSize: K, normEps: eps } = m.config;
  if (x.length !== blocks * K * d)
    throw new RangeError(`gistNetRef: x has ${x.length} values, expected ${blocks}×${K}×${d}`);
  const W = (name: string) => tensorView(weights, m, name);
  const N = blocks * K; // token rows
  const rms = (a: Float32Array, rows: number, gain: string) => normRef(a, W(gain), { rows, dim: h, kind: 'rms', eps });
  const lin = (
    a: Float32Array,
    rows: number,
    name: string,
    outDim: number,
    inDim: number,
    residual?: Float32Array,
    residualRows = 0,
    act: 'none' | 'gelu' = 'none',
    strided: { residualStride?: number; residualOffset?: number } = {},
  ) =>
    linearRef(
      a,
      W(`${name}.weight`),
      W(`${name}.bias`),
      { rows, inDim, outDim, activation: act, residualRows, ...strided },
      residual,
    );
  const attn = (
    q: Float32Array,
    k: Float32Array,
    v: Float32Array,
    queries: number,
    keys: number,
    sharedQueries = false,
  ) => attentionRef(q, k, v, { batches: blocks, queries, keys, heads: H, headDim: h / H, sharedQueries });

  const t0 = lin(x, N, 'in_proj', h, d, W('pos_emb'), K); // (B, K, h)
  const a0 = rms(t0, N, 'self_attn.norm.gain');
  const sa = attn(
    lin(a0, N, 'self_attn.q', h, h),
    lin(a0, N, 'self_attn.k', h, h),
    lin(a0, N, 'self_attn.v', h, h),
    K,
    K,
  );
  const t1 = lin(sa, N, 'self_attn.o', h, h, t0, N);
  const hid = lin(rms(t1, N, 'mlp.norm.gain'), N, 'mlp.fc1', hidden, h, undefined, 0, 'gelu'); // (B, K, m)
  const t2 = lin(hid, N, 'mlp.fc2', h, hidden, t1, N);

  // Cross-attention stage: queries from `a` (aRows rows; shared over blocks when aShared), keys and
  // values from `c` (B·cPer rows); residual = a.
  const cross = (
    stage: CrossStage,
    a: Float32Array,
    aRows: number,
    aShared: boolean,
    c: Float32Array,
    cPer: number,
  ) => {
    const qn = rms(a, aRows, `${stage}.q_norm.gain`);
    const cn = rms(c, blocks * cPer, `${stage}.kv_norm.gain`);
    const q = lin(qn, aRows, `${stage}.q`, h, h);
    const o = attn(
      q,
      lin(cn, blocks * cPer, `${stage}.k`, h, h),
      lin(cn, blocks * cPer, `${stage}.v`, h, h),
      aShared ? aRows : aRows / blocks,
      cPer,
      aShared,
    );
    const rows = aShared ? blocks * aRows : aRows;
    return lin(o, rows, `${stage}.o`, h, h, a, aRows);
  };
  const g1 = cross('pool', W('slots'), S, true, t2, K); // (B, S, h)
  const t3 = cross('expand', t2, N, false, g1, S); // (B, K, h)
  const g2 = cross('refine', g1, blocks * S, false, t3, K); // (B, S, h)
  const pooled = meanPoolRef(g2, blocks, S, h); // (B, h)
  const pooledNorm = rms(pooled, blocks, 'out.norm.gain');
  if (!m.config.lastSkip) return lin(pooledNorm, blocks, 'out_proj', d, h); // (B, d)
  return lin(pooledNorm, blocks, 'out_proj', d, h, x, blocks, 'none', lastRowResidual(m.config)); // + x[b, K−1, :]
}
