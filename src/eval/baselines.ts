// Baselines with the same token budget as the working context (../shared/EVALUATION.md):
// truncation to the newest W tokens; sink + recent window (StreamingLLM); top-k chunk retrieval
// (RAG) by cosine between the question's pooled embedding and each 32-token chunk's. Each returns
// the token positions the model sees, in timeline order (positions are then compacted).
import type { EmbeddingTable } from '../models/embedding-table';

export type BaselineKind = 'truncation' | 'sink-window' | 'topk-retrieval';

/** Newest `budget` positions of `n`. */
export function truncation(n: number, budget: number): Int32Array {
  const start = Math.max(0, n - budget);
  return Int32Array.from({ length: n - start }, (_, i) => start + i);
}

/** The first `sink` tokens plus the newest budget − sink (StreamingLLM's attention sinks). */
export function sinkWindow(n: number, budget: number, sink = 4): Int32Array {
  if (n <= budget) return truncation(n, budget);
  const recent = budget - sink;
  return Int32Array.from([...Array.from({ length: sink }, (_, i) => i), ...Array.from({ length: recent }, (_, i) => n - recent + i)]);
}

/**
 * Top-k retrieval: a recent window of `recent` tokens always kept (it holds the question), the rest
 * of the budget filled with the 32-token chunks most similar to the query, in timeline order.
 */
export function topkRetrieval(ids: Int32Array, table: EmbeddingTable, queryIds: ArrayLike<number>, budget: number, recent = 128, chunk = 32): Int32Array {
  const n = ids.length;
  if (n <= budget) return truncation(n, budget);
  const recentStart = n - Math.min(recent, budget);
  const q = table.meanOf(queryIds);
  const qn = Math.hypot(...q);
  const chunks = Math.floor(recentStart / chunk);
  const scores: { c: number; s: number }[] = [];
  const v = new Float32Array(table.dim);
  for (let c = 0; c < chunks; c++) {
    table.meanOf(ids.subarray(c * chunk, (c + 1) * chunk), v);
    let dot = 0;
    for (let j = 0; j < v.length; j++) dot += v[j]! * q[j]!;
    scores.push({ c, s: dot / (Math.hypot(...v) * qn || 1) });
  }
  scores.sort((a, b) => b.s - a.s || b.c - a.c);
  const take = Math.floor((budget - (n - recentStart)) / chunk);
  const chosen = scores.slice(0, take).map((x) => x.c).sort((a, b) => a - b);
  const out: number[] = [];
  for (const c of chosen) for (let i = 0; i < chunk; i++) out.push(c * chunk + i);
  for (let p = recentStart; p < n; p++) out.push(p);
  return Int32Array.from(out);
}
