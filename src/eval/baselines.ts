// Baselines with the same token budget as the working context (../shared/EVALUATION.md):
// truncation to the newest W tokens; sink + recent window (StreamingLLM); top-k chunk retrieval
// (RAG) ranking 32-token chunks by the same lexical query relevance as similarity focus
// (src/models/focus/block-relevance.ts). Each returns the token positions the model sees, in
// timeline order (positions are then compacted).
import { blockRelevance } from '../models/focus/block-relevance';
import type { TermMap } from '../models/focus/term-map';

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
  return Int32Array.from([
    ...Array.from({ length: sink }, (_, i) => i),
    ...Array.from({ length: recent }, (_, i) => n - recent + i),
  ]);
}

/**
 * Top-k retrieval: a recent window of `recent` tokens always kept (it holds the question), the rest
 * of the budget filled with the 32-token chunks most relevant to the query (ties: the newer), in
 * timeline order.
 */
export function topkRetrieval(
  ids: Int32Array,
  terms: TermMap,
  queryIds: ArrayLike<number>,
  budget: number,
  recent = 128,
  chunk = 32,
): Int32Array {
  const n = ids.length;
  if (n <= budget) return truncation(n, budget);
  const recentStart = n - Math.min(recent, budget);
  const rel = blockRelevance(ids, chunk, terms, queryIds); // (ceil(n / chunk)), idf over the whole history
  const chunks = Math.floor(recentStart / chunk);
  const scores: { c: number; s: number }[] = [];
  for (let c = 0; c < chunks; c++) scores.push({ c, s: rel[c]! });
  scores.sort((a, b) => b.s - a.s || b.c - a.c);
  const take = Math.floor((budget - (n - recentStart)) / chunk);
  const chosen = scores
    .slice(0, take)
    .map((x) => x.c)
    .sort((a, b) => a - b);
  const out: number[] = [];
  for (const c of chosen) for (let i = 0; i < chunk; i++) out.push(c * chunk + i);
  for (let p = recentStart; p < n; p++) out.push(p);
  return Int32Array.from(out);
}
