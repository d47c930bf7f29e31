// CPU reference for shaders/norm.wgsl (RMSNorm / LayerNorm rows, GistNet pre-norms). f64 sums.
import type { NormShape } from './norm';

/** Added to the mean square / variance; 1e-5 (PyTorch's LayerNorm/RMSNorm default) unless a model says otherwise. */
export const DEFAULT_NORM_EPS = 1e-5;

/** x (N, d) → y (N, d), normalised per row, scaled by gain (and shifted by bias for LayerNorm). */
export function normRef(x: Float32Array, gain: Float32Array, shape: NormShape, bias?: Float32Array): Float32Array {
  const { rows, dim, kind } = shape;
  const eps = shape.eps ?? DEFAULT_NORM_EPS;
  if (x.length < rows * dim || gain.length < dim) throw new RangeError('normRef: inputs too small');
  if (kind === 'layer' && (!bias || bias.length < dim)) throw new RangeError('normRef: LayerNorm needs a bias');
  const y = new Float32Array(rows * dim);
  for (let n = 0; n < rows; n++) {
    const o = n * dim;
    let mean = 0;
    if (kind === 'layer') {
      for (let j = 0; j < dim; j++) mean += x[o + j]!;
      mean /= dim;
    }
    let sq = 0;
    for (let j = 0; j < dim; j++) sq += (x[o + j]! - mean) ** 2;
    const inv = 1 / Math.sqrt(sq / dim + eps);
    for (let j = 0; j < dim; j++) {
      y[o + j] = (x[o + j]! - mean) * inv * gain[j]! + (kind === 'layer' ? bias![j]! : 0);
    }
  }
  return y;
}
