// Shape of one linear-layer dispatch (GistNet projections and MLP, seeds 32→1→32→1), shared by
// the kernel wrapper (linear.ts) and its CPU reference (linear.ref.ts) without the shader import.

export type Activation = 'none' | 'gelu';

export interface LinearShape {
  rows: number; // N
  inDim: number; // in
  outDim: number; // out
  activation?: Activation;
  /** Rows of the residual table: 0/undefined = no residual, N = plain, K = broadcast per block row. */
  residualRows?: number;
  /** Floats between residual rows; default outDim (a dense (R, out) table). */
  residualStride?: number;
  /** Floats before the first residual row; default 0. */
  residualOffset?: number;
}

/** Floats the residual binding must hold: offset + (R − 1)·stride + out (0 without a residual). */
export function residualFloats(shape: LinearShape): number {
  const R = shape.residualRows ?? 0;
  return R > 0 ? (shape.residualOffset ?? 0) + (R - 1) * (shape.residualStride || shape.outDim) + shape.outDim : 0;
}
