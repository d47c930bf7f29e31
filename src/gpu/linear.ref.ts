// CPU reference for shaders/linear.wgsl (GistNet linear layers). Accumulates in f64.
import { residualFloats, type LinearShape } from './linear-shape';

/** GELU, tanh approximation (PyTorch gelu(approximate='tanh')), as in linear.wgsl. */
export function geluTanh(v: number): number {
  const inner = Math.max(-15, Math.min(15, 0.7978845608028654 * (v + 0.044715 * v * v * v)));
  return 0.5 * v * (1 + Math.tanh(inner));
}

/** y (N, out) = act(x (N, in) · W (out, in)ᵀ + b) + residual[off + (n mod R)·stride …] */
export function linearRef(
  x: Float32Array,
  weight: Float32Array,
  bias: Float32Array,
  shape: LinearShape,
  residual?: Float32Array,
): Float32Array {
  const { rows, inDim, outDim } = shape;
  const R = shape.residualRows ?? 0;
  if (x.length < rows * inDim || weight.length < outDim * inDim || bias.length < outDim) {
    throw new RangeError(`linearRef: inputs too small for ${rows}×${inDim}→${outDim}`);
  }
  if (R > 0 && (!residual || residual.length < residualFloats(shape)))
    throw new RangeError('linearRef: residual too small');
  const stride = shape.residualStride || outDim;
  const off = shape.residualOffset ?? 0;
  const y = new Float32Array(rows * outDim); // (N, out)
  for (let n = 0; n < rows; n++) {
    const xo = n * inDim;
    for (let o = 0; o < outDim; o++) {
      const wo = o * inDim;
      let acc = 0;
      for (let i = 0; i < inDim; i++) acc += x[xo + i]! * weight[wo + i]!;
      let v = acc + bias[o]!;
      if (shape.activation === 'gelu') v = geluTanh(v);
      if (R > 0) v += residual![off + (n % R) * stride + o]!;
      y[n * outDim + o] = v;
    }
  }
  return y;
}
