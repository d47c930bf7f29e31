// Scores carried through one refocus (seeds: LensNet scores the WC once per turn; ARCHITECTURE §4
// cost model: focus work must stay small against decoding). A refocus asks for scores at every
// allocator iteration and fill step; a learned scorer (LensNet) runs its network on the first
// request only, and later requests are answered from that run:
//   - an entry that existed at the run keeps its score;
//   - a child made by expanding a scored entry (its nearest scored ancestor A) gets
//       score(A) + rel(child) − rel(A)
//     where rel(span) ∈ [0, 1] is the query relevance of the best block under the span (the same
//     signal as similarity focus and LensNet's match input), so the child over the needle keeps
//     its parent's score and its filler siblings fall — a needle under an LOD2 gist still opens
//     LOD2 → LOD1 → LOD0 within one refocus;
//   - a gist made by collapsing gets the max of its members' scores (it asked for nothing more
//     than its most relevant member did).
// Every answer is remembered, so a chain of actions resolves one step at a time. The network
// runs again only if the history grew (new entries nobody scored) or an entry can be derived
// from nothing (a WC changed outside the allocator). Pure: no DOM / GPU; the network is the
// wrapped scorer.
import { entryUnit } from './addressing.ts';
import type { AsyncScorer } from './focus-allocator.ts';
import type { WorkingContext } from './working-context.ts';

/** Query relevance ∈ [0, 1] of the best block that tokens [start, end) touch. */
export interface QueryRelevance {
  best(start: number, end: number): number;
}

/** Map key of a node: levels are < 16 (config: maxLevel ≤ 8), indices < 2^48. */
const key = (level: number, index: number) => index * 16 + level;

export class CarriedScores {
  /** Times the wrapped scorer (the network) ran. */
  runs = 0;
  private readonly known = new Map<number, number>();
  private tokenCount = -1;

  constructor(
    private readonly network: AsyncScorer,
    private readonly relevance: QueryRelevance | null,
  ) {}

  /** The AsyncScorer to hand to the allocator (one CarriedScores per refocus). */
  readonly scorer: AsyncScorer = async (wc) => {
    if (wc.tokenCount === this.tokenCount) {
      const derived = this.derive(wc);
      if (derived) return derived;
    }
    const scores = await this.network(wc);
    this.runs++;
    this.known.clear();
    this.tokenCount = wc.tokenCount;
    const { level, index, length } = wc.raw();
    for (let i = 0; i < length; i++)
      this.known.set(key(level[i] as number, index[i] as number), +(scores[i] as number));
    return scores;
  };

  /** Scores of every entry from the run's and earlier derivations (n), or null if one can't be derived. */
  private derive(wc: WorkingContext): Float32Array | null {
    const { level, index, length } = wc.raw();
    const out = new Float32Array(length);
    for (let i = 0; i < length; i++) {
      const l = level[i] as number;
      const ix = index[i] as number;
      const s = this.known.get(key(l, ix)) ?? this.fromMembers(wc, l, ix) ?? this.fromAncestor(wc, i, l);
      if (s === null) return null;
      out[i] = s;
    }
    // Remembered only once every entry resolved (a failed derivation leaves nothing half-learnt).
    for (let i = 0; i < length; i++) this.known.set(key(level[i] as number, index[i] as number), out[i] as number);
    return out;
  }

  /** A gist made by collapsing: the max of its members' scores (null if none is known). */
  private fromMembers(wc: WorkingContext, l: number, ix: number): number | null {
    if (l === 0) return null;
    const K = wc.config.blockSize;
    if (l === 1) return this.known.get(key(0, ix)) ?? null;
    let best: number | null = null;
    for (let j = 0; j < K; j++) {
      const s = this.known.get(key(l - 1, ix * K + j));
      if (s !== undefined && (best === null || s > best)) best = s;
    }
    return best;
  }

  /** A child of an expansion: its nearest scored ancestor's score moved by the relevance difference. */
  private fromAncestor(wc: WorkingContext, i: number, l: number): number | null {
    const K = wc.config.blockSize;
    const start = wc.entryStart(i);
    for (let a = Math.max(1, l + 1); a <= wc.config.maxLevel; a++) {
      const unit = entryUnit(K, a);
      const ia = Math.floor(start / unit);
      const s = this.known.get(key(a, ia));
      if (s === undefined) continue;
      if (!this.relevance) return s;
      const end = Math.min(wc.tokenCount, (ia + 1) * unit);
      return s + this.relevance.best(start, wc.entryEnd(i)) - this.relevance.best(ia * unit, end);
    }
    return null;
  }
}
