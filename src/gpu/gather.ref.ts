// CPU reference for shaders/gather.wgsl (embedding gather for LOD0 rows).

/** ids (N) → (N, d) rows of table (V, d); an id ≥ V gives a zero row. */
export function gatherRef(ids: Uint32Array, table: Float32Array, dim: number): Float32Array {
  const vocab = Math.floor(table.length / dim);
  const out = new Float32Array(ids.length * dim);
  ids.forEach((id, n) => {
    if (id < vocab) out.set(table.subarray(id * dim, id * dim + dim), n * dim);
  });
  return out;
}
