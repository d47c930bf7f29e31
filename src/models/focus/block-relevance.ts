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
// (0 everywhere when the query has no term). One O(T) pass over the token ids computes every block.
import type { MegaContextTree } from '../../core/tree';
import type { TermMap } from './term-map';

/** (ceil(T / K)) relevance of every K-token block of `ids` to the query. */
export function blockRelevance(ids: Int32Array, K: number, terms: TermMap, queryIds: ArrayLike<number>): Float64Array {
  const T = ids.length;
  const nBlocks = Math.ceil(T / K);
  const rel = new Float64Array(nBlocks);
  // Query term index per term id (−1: not in the query).
  const qOf = new Int32Array(terms.count).fill(-1);
  let nq = 0;
  for (let i = 0; i < queryIds.length; i++) {
    const t = terms.of(queryIds[i]!);
    if (t >= 0 && qOf[t] === -1) qOf[t] = nq++;
  }
  if (nq === 0 || nBlocks === 0) return rel;
  // Query term index per token id, so the pass reads one table per token.
  const ofId = terms.ofId;
  const vocab = ofId.length;
  const qOfId = new Int32Array(vocab);
  for (let v = 0; v < vocab; v++) qOfId[v] = ofId[v]! < 0 ? -1 : qOf[ofId[v]!]!;
  // Pass 1: positions of query terms (in order) and their document frequencies over blocks.
  let hitPos = new Int32Array(1024);
  let hitQ = new Int32Array(1024);
  let hits = 0;
  const df = new Int32Array(nq);
  const last = new Int32Array(nq).fill(-1); // last block counted per query term
  for (let p = 0; p < T; p++) {
    const id = ids[p]!;
    if (id >= vocab) continue;
    const q = qOfId[id]!;
    if (q < 0) continue;
    if (hits === hitPos.length) {
      const grownPos = new Int32Array(hits * 2);
      const grownQ = new Int32Array(hits * 2);
      grownPos.set(hitPos);
      grownQ.set(hitQ);
      hitPos = grownPos;
      hitQ = grownQ;
    }
    hitPos[hits] = p;
    hitQ[hits++] = q;
    const b = (p / K) | 0;
    if (last[q] !== b) {
      last[q] = b;
      df[q]!++;
    }
  }
  const idf = new Float64Array(nq);
  let total = 0;
  for (let q = 0; q < nq; q++) {
    idf[q] = Math.log1p((nBlocks - df[q]! + 0.5) / (df[q]! + 0.5));
    total += idf[q]!;
  }
  // Pass 2: credit each query term once to every block whose window holds it. A hit at p lies in
  // the windows of blocks ⌈(p − K − h + 1) / K⌉ … ⌊(p + h) / K⌋; in position order these ranges
  // never move backwards, so "already credited" is the last block credited per term.
  const h = K >> 1;
  last.fill(-1);
  for (let i = 0; i < hits; i++) {
    const p = hitPos[i]!;
    const q = hitQ[i]!;
    const hi = Math.min(nBlocks - 1, Math.floor((p + h) / K));
    for (let b = Math.max(0, Math.ceil((p - K - h + 1) / K), last[q]! + 1); b <= hi; b++) rel[b]! += idf[q]!;
    if (hi > last[q]!) last[q] = hi;
  }
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
      this.rel = blockRelevance(this.tree.tokenIds(0, T), this.tree.blockSize, this.terms, this.queryIds);
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
