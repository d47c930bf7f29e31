// CPU reference for shaders/mean-pool.wgsl (mean-pooled gist, the training-free GistNet fallback).

/** x: (B, K, d) row-major → (B, d): mean over the K rows of each block. */
export function meanPoolRef(x: Float32Array, blocks: number, rows: number, dim: number): Float32Array {
  if (x.length !== blocks * rows * dim) {
    throw new RangeError(`meanPoolRef: x has ${x.length} values, expected ${blocks}×${rows}×${dim}`);
  }
  const out = new Float32Array(blocks * dim); // (B, d)
  for (let b = 0; b < blocks; b++) {
    const o = b * dim;
    for (let k = 0; k < rows; k++) {
      const r = (b * rows + k) * dim;
      for (let j = 0; j < dim; j++) out[o + j]! += x[r + j]!;
    }
    for (let j = 0; j < dim; j++) out[o + j]! /= rows;
  }
  return out;
}
