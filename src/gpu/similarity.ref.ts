// CPU reference for shaders/similarity.wgsl (similarity focus: cosine of query vs pooled entry).
/** Floor for |m|·|q|, so a zero vector scores 0 instead of NaN. */
export const DEFAULT_SIMILARITY_EPS = 1e-12;

/**
 * rows (W, d), rowOffsets (E) ascending, query (d) → scores (E): cos(query, mean of the entry's
 * rows [rowOffsets[e], rowOffsets[e+1] or W)).
 */
export function similarityRef(
  rows: Float32Array,
  rowOffsets: readonly number[],
  query: Float32Array,
  dim: number,
  eps = DEFAULT_SIMILARITY_EPS,
): Float32Array {
  const W = rows.length / dim;
  const E = rowOffsets.length;
  const scores = new Float32Array(E);
  let qq = 0;
  for (let j = 0; j < dim; j++) qq += query[j]! * query[j]!;
  for (let e = 0; e < E; e++) {
    const first = rowOffsets[e]!;
    const end = e + 1 < E ? rowOffsets[e + 1]! : W;
    const count = Math.max(1, end - first);
    let dot = 0;
    let mm = 0;
    for (let j = 0; j < dim; j++) {
      let m = 0;
      for (let r = first; r < end; r++) m += rows[r * dim + j]!;
      m /= count;
      dot += m * query[j]!;
      mm += m * m;
    }
    scores[e] = dot / Math.max(Math.sqrt(mm) * Math.sqrt(qq), eps);
  }
  return scores;
}
