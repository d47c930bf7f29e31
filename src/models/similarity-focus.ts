// Training-free focus fallback (ARCHITECTURE §2 "similarity focus"): each working-context entry
// is scored by the cosine between the query's pooled embedding and the entry's pooled vector
// (mean token embedding for an LOD0 block, the gist itself above), standardised over the
// scorable entries and squashed to a signed score in (−1, 1): + expand, − collapse.
import type { WorkingContext } from '../core/working-context';
import type { MegaContextTree } from '../core/tree';
import type { RefocusOptions, Scorer } from '../core/focus-allocator';
import type { EmbeddingTable } from './embedding-table';

export interface SimilarityFocusOptions {
  /** z-score that maps to tanh(1) ≈ 0.76; with τ = 0.3 an entry needs z ≳ 0.31·zScale to move. */
  zScale: number;
}

export const DEFAULT_SIMILARITY_FOCUS: SimilarityFocusOptions = { zScale: 1.5 };

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let j = 0; j < a.length; j++) {
    dot += a[j]! * b[j]!;
    na += a[j]! * a[j]!;
    nb += b[j]! * b[j]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** Cosine of every WC entry with `query` (d); protected entries get NaN (not scored). */
export function entrySimilarities(wc: WorkingContext, tree: MegaContextTree, table: EmbeddingTable, query: Float32Array): Float64Array {
  const n = wc.length;
  const out = new Float64Array(n);
  const K = tree.blockSize;
  const scratch = new Float32Array(table.dim);
  for (let i = 0; i < n; i++) {
    if (wc.isProtected(i)) {
      out[i] = Number.NaN;
      continue;
    }
    const level = wc.level(i);
    const index = wc.index(i);
    let v: Float32Array;
    if (level === 0) {
      const start = index * K;
      v = table.meanOf(tree.tokenIds(start, Math.min(start + K, tree.length)), scratch);
    } else {
      v = tree.gist(level, index);
    }
    out[i] = cosine(v, query);
  }
  return out;
}

/** Standardises similarities to signed focus scores (NaN → 0: leave alone). */
export function similaritiesToScores(sim: Float64Array, opts: SimilarityFocusOptions = DEFAULT_SIMILARITY_FOCUS): Float32Array {
  let count = 0;
  let mean = 0;
  for (const s of sim) {
    if (Number.isNaN(s)) continue;
    count++;
    mean += s;
  }
  const scores = new Float32Array(sim.length);
  if (count < 2) return scores;
  mean /= count;
  let varSum = 0;
  for (const s of sim) if (!Number.isNaN(s)) varSum += (s - mean) ** 2;
  const std = Math.sqrt(varSum / count);
  if (std < 1e-9) return scores; // nothing stands out: no actions
  for (let i = 0; i < sim.length; i++) {
    const s = sim[i]!;
    scores[i] = Number.isNaN(s) ? 0 : Math.tanh((s - mean) / std / opts.zScale);
  }
  return scores;
}

/**
 * How the allocator uses these scores: a low similarity is no evidence that dropping detail is
 * harmless, so collapses only pay for expansions (a WC with budget to spare keeps its detail).
 */
export const SIMILARITY_REFOCUS_OPTIONS: RefocusOptions = Object.freeze({ collapseOnlyToPay: true });

/** A Scorer for the Focus Allocator that ranks entries by similarity to the query tokens. */
export function similarityScorer(tree: MegaContextTree, table: EmbeddingTable, queryIds: ArrayLike<number>, opts?: SimilarityFocusOptions): Scorer {
  const query = table.meanOf(queryIds);
  return (wc) => similaritiesToScores(entrySimilarities(wc, tree, table, query), opts);
}
