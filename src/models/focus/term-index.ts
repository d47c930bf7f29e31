// Positions of every term in a MegaContext tree's tokens: the inverted index behind block
// relevance (block-relevance.ts; ARCHITECTURE §2 "similarity focus"), so a refocus reads only the
// positions of the query's terms instead of every token of the history. At 1M tokens the scan it
// replaces was most of a refocus (3.3 of 4.2 ms, `npm run bench:runtime`, 5 December 2026): the
// question's few terms occur a few thousand times, the history a million.
//
// The tree is append-only (src/core/tree.ts), so the index only grows: each use extends it over
// the tokens appended since (O(new tokens)); positions are kept in order per term. Memory: one
// int32 per token that has a term (≈ the tree's own token ids). One index per tree and term map,
// built on first use.
import type { MegaContextTree } from '../../core/tree';
import type { TermMap } from './term-map';

export class TermIndex {
  private readonly postings: (Int32Array | undefined)[]; // (terms) positions, in order
  private readonly counts: Int32Array; // (terms) how many of postings[t] are used
  private indexed = 0; // tokens [0, indexed) are in the index

  constructor(
    private readonly tree: MegaContextTree,
    readonly terms: TermMap,
  ) {
    this.postings = new Array<Int32Array | undefined>(terms.count);
    this.counts = new Int32Array(terms.count);
  }

  /** Extends the index over the tokens the tree gained since the last call; returns the tree's length. */
  update(): number {
    const T = this.tree.length;
    if (T === this.indexed) return T;
    const ids = this.tree.tokenIds(this.indexed, T);
    const { ofId } = this.terms;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id < 0 || id >= ofId.length) continue;
      const t = ofId[id]!;
      if (t < 0) continue;
      let list = this.postings[t];
      const n = this.counts[t]!;
      if (list === undefined || n === list.length) {
        const grown = new Int32Array(Math.max(8, n * 2));
        if (list !== undefined) grown.set(list);
        this.postings[t] = list = grown;
      }
      list[n] = this.indexed + i;
      this.counts[t] = n + 1;
    }
    this.indexed = T;
    return T;
  }

  /** Positions of term `t`, in order (a view: valid until the next `update`). */
  positions(t: number): Int32Array {
    const list = this.postings[t];
    return list === undefined ? new Int32Array(0) : list.subarray(0, this.counts[t]!);
  }
}

const indexes = new WeakMap<MegaContextTree, TermIndex>();

/** The term index of `tree` under `terms`, up to date with the tree's tokens. */
export function termIndexOf(tree: MegaContextTree, terms: TermMap): TermIndex {
  let index = indexes.get(tree);
  if (index === undefined || index.terms !== terms) {
    index = new TermIndex(tree, terms);
    indexes.set(tree, index);
  }
  index.update();
  return index;
}
