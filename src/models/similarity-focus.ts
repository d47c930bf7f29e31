// Training-free focus fallback (ARCHITECTURE §2 "similarity focus"): each working-context entry
// is scored by how well the query matches the text under it — the best cosine between the query's
// pooled embedding and the mean token embedding of any 32-token block the entry covers (an LOD0
// block: its own block; a gist: every block of its span, max-pooled). Scores are standardised over
// the scorable entries and squashed to a signed score in (−1, 1): + expand, − collapse.
//
// Why blocks and not the gist vector: a learned gist lives wherever GistNet put it to stand in for
// its span in the base model, not where a cosine with the query means anything; and a coarse
// gist's mean is dominated by its filler, so a one-sentence needle under an LOD2 gist would never
// stand out. The best block under a span does stand out, whatever the gister and level, so the
// needle's ancestors open level by level (LOD2 → LOD1 → LOD0). A max over more blocks is higher
// by chance, so on text with no clear match the coarsest gists score best and open first — more
// unseen text under them. Cost per refocus: one pass over the token embeddings of the spans under
// gists, O(T·d) — the same as a top-k retrieval scan.
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

/**
 * Cosine of one query with each K-token block's mean embedding, each block computed once: a
 * refocus re-scores every iteration (up to maxIterationsPerTurn), and neither the query nor a
 * complete block changes within it. The incomplete tail block is recomputed (it may grow).
 */
export class BlockSimilarities {
  private cache = new Float64Array(0); // per complete block; NaN = not computed yet
  private readonly scratch: Float32Array<ArrayBuffer>;

  constructor(
    private readonly tree: MegaContextTree,
    private readonly table: EmbeddingTable,
    private readonly query: Float32Array,
  ) {
    this.scratch = new Float32Array(table.dim);
  }

  block(b: number): number {
    const K = this.tree.blockSize;
    const start = b * K;
    const end = Math.min(start + K, this.tree.length);
    if (end - start < K) return cosine(this.table.meanOf(this.tree.tokenIds(start, end), this.scratch), this.query);
    if (b >= this.cache.length) {
      const grown = new Float64Array(Math.max(b + 1, Math.floor(this.tree.length / K))).fill(Number.NaN);
      grown.set(this.cache);
      this.cache = grown;
    }
    let s = this.cache[b]!;
    if (Number.isNaN(s)) s = this.cache[b] = cosine(this.table.meanOf(this.tree.tokenIds(start, end), this.scratch), this.query);
    return s;
  }

  /** Best block cosine over tokens [start, end) (block-aligned start). */
  best(start: number, end: number): number {
    const K = this.tree.blockSize;
    let best = Number.NEGATIVE_INFINITY;
    for (let b = Math.floor(start / K); b * K < end; b++) best = Math.max(best, this.block(b));
    return best === Number.NEGATIVE_INFINITY ? 0 : best;
  }
}

/** Best cosine of `query` with the mean embedding of any K-token block in tokens [start, end). */
export function bestBlockSimilarity(tree: MegaContextTree, table: EmbeddingTable, query: Float32Array, start: number, end: number): number {
  return new BlockSimilarities(tree, table, query).best(start, Math.min(end, tree.length));
}

/** Similarity of every WC entry (its best block's cosine, from `blocks`); protected entries get NaN (not scored). */
export function entrySimilarities(wc: WorkingContext, blocks: BlockSimilarities, tokenCount: number): Float64Array {
  const n = wc.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = wc.isProtected(i) ? Number.NaN : blocks.best(wc.entryStart(i), Math.min(wc.entryEnd(i), tokenCount));
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
export const SIMILARITY_REFOCUS_OPTIONS: RefocusOptions = Object.freeze({ collapseOnlyToPay: true, collapseThreshold: 0 });

/** A Scorer for the Focus Allocator that ranks entries by similarity to the query tokens. */
export function similarityScorer(tree: MegaContextTree, table: EmbeddingTable, queryIds: ArrayLike<number>, opts?: SimilarityFocusOptions): Scorer {
  const blocks = new BlockSimilarities(tree, table, table.meanOf(queryIds));
  return (wc) => similaritiesToScores(entrySimilarities(wc, blocks, tree.length), opts);
}
