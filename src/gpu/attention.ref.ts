// CPU reference for shaders/attention.wgsl (GistNet multi-head attention, non-causal). f64 sums.
import type { AttentionShape } from './attention';

/** q (B|1, Lq, H·dh), k/v (B, Lk, H·dh) → out (B, Lq, H·dh) = softmax(q·kᵀ/√dh)·v per head. */
export function attentionRef(q: Float32Array, k: Float32Array, v: Float32Array, shape: AttentionShape): Float32Array {
  const { batches: B, queries: Lq, keys: Lk, heads: H, headDim: dh } = shape;
  const width = H * dh;
  const qStride = shape.sharedQueries ? 0 : Lq * width;
  if (k.length < B * Lk * width || v.length < B * Lk * width) throw new RangeError('attentionRef: k/v too small');
  if (q.length < (shape.sharedQueries ? 1 : B) * Lq * width) throw new RangeError('attentionRef: q too small');
  const out = new Float32Array(B * Lq * width);
  const scale = 1 / Math.sqrt(dh);
  const p = new Float64Array(Lk);
  for (let b = 0; b < B; b++) {
    for (let i = 0; i < Lq; i++) {
      for (let h = 0; h < H; h++) {
        const qo = b * qStride + i * width + h * dh;
        let m = -Infinity;
        for (let t = 0; t < Lk; t++) {
          const ko = (b * Lk + t) * width + h * dh;
          let s = 0;
          for (let j = 0; j < dh; j++) s += q[qo + j]! * k[ko + j]!;
          p[t] = s * scale;
          m = Math.max(m, p[t]!);
        }
        let sum = 0;
        for (let t = 0; t < Lk; t++) {
          p[t] = Math.exp(p[t]! - m);
          sum += p[t]!;
        }
        const oo = (b * Lq + i) * width + h * dh;
        for (let j = 0; j < dh; j++) {
          let acc = 0;
          for (let t = 0; t < Lk; t++) acc += p[t]! * v[(b * Lk + t) * width + h * dh + j]!;
          out[oo + j] = acc / sum;
        }
      }
    }
  }
  return out;
}
