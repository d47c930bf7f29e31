// Query relevance of each 32-token block (ARCHITECTURE §2 "similarity focus: each entry scored
// by its best-matching block against the query"): the one signal behind similarity focus
// (../similarity-focus.ts), LensNet's `match` input (../lensnet/lensnet-inputs.ts; Python twin
// training/lensnet/wc.py `block_relevance`) and top-k retrieval (src/eval/baselines.ts).
//
// Why lexical: recall that does not care about wording needs the rare words a question shares
// with the fact — entity names, attribute words ("north cellar", "access code") — and IDF weighting
// finds those whatever the sentence's shape. The previous signal, the cosine between the query's
// mean token embedding and a block's, was dominated by filler: one fact sentence inside a block of
// prose barely moved the block's mean, so a fact asked in other words was not found.
//
// Terms (term-map.ts): query terms Q = the distinct terms of the query ids. Over the n blocks of
// the history (complete ones and the incomplete tail), df(t) = blocks containing t and
//   idf(t) = ln(1 + (n − df(t) + 0.5) / (df(t) + 0.5))            (BM25's idf, always > 0)
// A block b is read through a window reaching K/2 tokens into each neighbour, tokens
// [K·b − K/2, K·b + K + K/2) clipped to the history, so a fact cut by a block boundary scores in
// both blocks:
//   relevance(b) = Σ_{t ∈ Q, t in b's window} idf(t) / Σ_{t ∈ Q} idf(t)   ∈ [0, 1]
// (0 everywhere when the query has no term). Over a tree, the tree's term index (term-index.ts)
// gives the query terms' positions, so a refocus reads those, not every token; over plain ids
// (top-k retrieval's chunks) one O(T) pass collects them.
import type { MegaContextTree } from '../../core/tree';
import type { TermMap } from './term-map';
import { termIndexOf } from './term-index';

/** The distinct terms of the query ids, in order of first appearance. */
function queryTerms(terms: TermMap, queryIds: ArrayLike<number>): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < queryIds.length; i++) {
    const t = terms.of(queryIds[i]!);
    if (t >= 0 && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}

/** (ceil(T / K)) relevance of every K-token block of `ids` to the query (one pass over `ids`). */
export function blockRelevance(ids: Int32Array, K: number, terms: TermMap, queryIds: ArrayLike<number>): Float64Array {
  const query = queryTerms(terms, queryIds);
  if (query.length === 0) return new Float64Array(Math.ceil(ids.length / K));
  // Query term index per token id, so the pass reads one table per token.
  const qOf = new Int32Array(terms.count).fill(-1);
  query.forEach((t, q) => (qOf[t] = q));
  const { ofId } = terms;
  const qOfId = Int32Array.from(ofId, (t) => (t < 0 ? -1 : qOf[t]!));
  // The hits in order (position, query term), then each term's positions.
  let hitPos = new Int32Array(1024);
  let hitQ = new Int32Array(1024);
  let hits = 0;
  const count = new Int32Array(query.length);
  for (let p = 0; p < ids.length; p++) {
    const id = ids[p]!;
    if (id < 0 || id >= qOfId.length) continue;
    const q = qOfId[id]!;
    if (q < 0) continue;
    if (hits === hitPos.length) {
      const grownPos = new Int32Array(hits * 2);
      const grownQ = new Int32Array(hits * 2);
      grownPos.set(hitPos);
      grownQ.set(hitQ);
      [hitPos, hitQ] = [grownPos, grownQ];
    }
    hitPos[hits] = p;
    hitQ[hits++] = q;
    count[q]!++;
  }
  const positions = query.map((_, q) => new Int32Array(count[q]!));
  count.fill(0);
  for (let i = 0; i < hits; i++) {
    const q = hitQ[i]!;
    positions[q]![count[q]!++] = hitPos[i]!;
  }
  return relevanceOfPositions(positions, ids.length, K);
}

/**
 * (ceil(T / K)) relevance of every K-token block of a tree's T tokens to the query, from the
 * tree's term index (term-index.ts): only the query terms' positions are read.
 */
export function treeBlockRelevance(tree: MegaContextTree, terms: TermMap, queryIds: ArrayLike<number>): Float64Array {
  const index = termIndexOf(tree, terms);
  return relevanceOfPositions(
    queryTerms(terms, queryIds).map((t) => index.positions(t)),
    tree.length,
    tree.blockSize,
  );
}

/**
 * (ceil(T / K)) block relevances from the positions of each query term (each list in order, all
 * < T). Term by term: df from the blocks its positions fall in, then its idf credited once to
 * every block whose window holds one of them. A position p lies in the windows of blocks
 * ⌈(p − K − h + 1) / K⌉ … ⌊(p + h) / K⌋; in position order these ranges never move backwards, so
 * "already credited" is the last block credited.
 */
function relevanceOfPositions(positions: readonly Int32Array[], T: number, K: number): Float64Array {
  const nBlocks = Math.ceil(T / K);
  const rel = new Float64Array(nBlocks);
  if (positions.length === 0 || nBlocks === 0) return rel;
  const idf = positions.map((ps) => {
    let df = 0;
    let last = -1;
    for (let i = 0; i < ps.length; i++) {
      const b = (ps[i]! / K) | 0;
      if (b !== last) {
        last = b;
        df++;
      }
    }
    return Math.log1p((nBlocks - df + 0.5) / (df + 0.5));
  });
  const h = K >> 1;
  positions.forEach((ps, q) => {
    const w = idf[q]!;
    let last = -1;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      const hi = Math.min(nBlocks - 1, Math.floor((p + h) / K));
      for (let b = Math.max(0, Math.ceil((p - K - h + 1) / K), last + 1); b <= hi; b++) rel[b]! += w;
      if (hi > last) last = hi;
    }
  });
  const total = idf.reduce((a, b) => a + b, 0);
  for (let b = 0; b < nBlocks; b++) rel[b]! /= total;
  return rel;
}

/**
 * Block relevances of one query over a tree, computed once per refocus (an allocator refocus
 * re-scores every iteration and neither the query nor the history changes within it) and again
 * only if the tree has grown since (the tail block and every idf may change).
 */
export class BlockRelevance {
  private rel: Float64Array = new Float64Array(0); // (ceil(T / K))
  private length = -1; // tree length `rel` was computed for
  private readonly queryIds: Int32Array;

  constructor(
    private readonly tree: MegaContextTree,
    private readonly terms: TermMap,
    queryIds: ArrayLike<number>,
  ) {
    this.queryIds = Int32Array.from(queryIds); // the caller's array may change after this
  }

  private blocks(): Float64Array {
    const T = this.tree.length;
    if (T !== this.length) {
      this.rel = treeBlockRelevance(this.tree, this.terms, this.queryIds);
      this.length = T;
    }
    return this.rel;
  }

  /** Relevance ∈ [0, 1] of block b (0 outside the tree). */
  block(b: number): number {
    return this.blocks()[b] ?? 0;
  }

  /** Best block relevance ∈ [0, 1] over the blocks that tokens [start, end) touch (0 if none). */
  best(start: number, end: number): number {
    const rel = this.blocks();
    const K = this.tree.blockSize;
    const last = Math.min(rel.length, Math.ceil(end / K));
    let best = 0;
    for (let b = Math.max(0, Math.floor(start / K)); b < last; b++) if (rel[b]! > best) best = rel[b]!;
    return best;
  }
}
