// Training-free focus fallback (ARCHITECTURE §2 "similarity focus"): each working-context entry
// is scored by how well the query matches the text under it — the best lexical relevance
// (focus/block-relevance.ts: IDF-weighted share of the query's terms found in a block's window)
// of any 32-token block the entry covers (an LOD0 block: its own block; a gist: every block of its
// span, max-pooled). Scores are standardised over the scorable entries and squashed to a signed
// score in (−1, 1): + expand, − collapse.
//
// Why blocks and not the gist vector: a learned gist lives wherever GistNet put it to stand in for
// its span in the base model, not where a match with the query means anything; and a coarse
// gist's mean is dominated by its filler, so a one-sentence needle under an LOD2 gist would never
// stand out. The best block under a span does stand out, whatever the gister and level, so the
// needle's ancestors open level by level (LOD2 → LOD1 → LOD0). Why lexical and not a cosine of
// mean embeddings: see block-relevance.ts. Cost per refocus: the query terms' positions, read from
// the tree's term index (focus/term-index.ts).
import type { WorkingContext } from '../core/working-context';
import type { MegaContextTree } from '../core/tree';
import type { RefocusOptions, Scorer } from '../core/focus-allocator';
import { BlockRelevance } from './focus/block-relevance';
import type { TermMap } from './focus/term-map';

export interface SimilarityFocusOptions {
  /** z-score that maps to tanh(1) ≈ 0.76; with τ = 0.3 an entry needs z ≳ 0.31·zScale to move. */
  zScale: number;
}

export const DEFAULT_SIMILARITY_FOCUS: SimilarityFocusOptions = { zScale: 1.5 };

/** Relevance of every WC entry (its best block's, from `blocks`); protected entries get NaN (not scored). */
export function entryRelevance(wc: WorkingContext, blocks: BlockRelevance, tokenCount: number): Float64Array {
  const n = wc.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++)
    out[i] = wc.isProtected(i) ? Number.NaN : blocks.best(wc.entryStart(i), Math.min(wc.entryEnd(i), tokenCount));
  return out;
}

/** Standardises relevances to signed focus scores (NaN → 0: leave alone; no spread → all 0). */
export function relevanceToScores(
  rel: Float64Array,
  opts: SimilarityFocusOptions = DEFAULT_SIMILARITY_FOCUS,
): Float32Array {
  let count = 0;
  let mean = 0;
  for (const s of rel) {
    if (Number.isNaN(s)) continue;
    count++;
    mean += s;
  }
  const scores = new Float32Array(rel.length);
  if (count < 2) return scores;
  mean /= count;
  let varSum = 0;
  for (const s of rel) if (!Number.isNaN(s)) varSum += (s - mean) ** 2;
  const std = Math.sqrt(varSum / count);
  if (std < 1e-9) return scores; // nothing stands out: no actions
  for (let i = 0; i < rel.length; i++) {
    const s = rel[i]!;
    scores[i] = Number.isNaN(s) ? 0 : Math.tanh((s - mean) / std / opts.zScale);
  }
  return scores;
}

/**
 * How the allocator uses these scores: a low relevance is no evidence that dropping detail is
 * harmless, so collapses only pay for expansions (a WC with budget to spare keeps its detail).
 * Any entry may pay (collapseThreshold 1: scores are in (−1, 1)) for one that outscores it by more
 * than τ_expand (swapMargin 0.3). A fixed threshold of 0 failed on small budgets: the raw blocks
 * before the question share its function words ("what is"), score above the average, and so could
 * never pay — at W_max 512 a pass key under an LOD1 gist stayed there while those blocks kept
 * the budget (the sample memory: 0 of 80 answers; docs/working-context-budget.md).
 */
export const SIMILARITY_REFOCUS_OPTIONS: RefocusOptions = Object.freeze({ collapseThreshold: 1, swapMargin: 0.3 });

/** A Scorer for the Focus Allocator that ranks entries by their blocks' relevance to the query tokens. */
export function similarityScorer(
  tree: MegaContextTree,
  terms: TermMap,
  queryIds: ArrayLike<number>,
  opts?: SimilarityFocusOptions,
): Scorer {
  const blocks = new BlockRelevance(tree, terms, queryIds);
  return (wc) => relevanceToScores(entryRelevance(wc, blocks, tree.length), opts);
}
