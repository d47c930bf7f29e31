// Forgetting (issue 19 item 3; seed: MegaContext Tree is append-only). A forget never rewrites
// the tree: it is a tombstone over a token range [start, end), and every reader of the memory
// honours the tombstones. This file holds the pure rules:
//
//   ForgetSet         the tombstones of one tree, sorted and merged; counts, classification
//                     ('kept' / 'forgotten' / 'mixed') of any token span, kept runs.
//   forgetHolds       the blocks the working context must hold at LOD0 so no mixed gist is fed.
//   scoreForgotten    lowers a scorer's scores of wholly forgotten entries below every other.
//
// THE RULE for gists (LOD1, LOD2, …) — exclude, never regenerate:
//   - a gist whose span holds no forgotten token is fed as it is;
//   - a gist wholly inside forgotten tokens is never fed (its entry stays in the working context,
//     tiling the timeline, but contributes no row);
//   - a gist covering both forgotten and kept tokens ("mixed") is never fed either. It is not
//     regenerated from the kept tokens (gists are append-only and versioned by the gister that made
//     them, and a regenerated gist would be a different summary under the same address); instead
//     the working context never holds a mixed gist: the block around each edge of a forgotten range
//     is *held* at LOD0 (like a pin: expanded now, never collapsed), so every ancestor of that block
//     stays expanded and every gist left in the working context is wholly kept or wholly forgotten;
//   - in an LOD0 block, forgotten tokens are dropped row by row (row-plan.ts), so the kept tokens
//     next to a forgotten span stay visible at full detail.
// A hold costs at most K + (K−1)·(levels−1) token-equivalents per edge (the edge's block at LOD0
// and its ancestors expanded one level each). Rows after a forgotten span keep their position ids
// (the gap is not closed), so kept text keeps the positions it had.
//
// Wholly forgotten entries still cost their budget (a gist 1, an LOD0 block its tokens) because the
// working context's contiguity invariant is unchanged; scoreForgotten ranks them below every other
// entry so the allocator collapses them first and expands them last. LensNet does not read
// forgotten tokens either (src/models/lensnet/lensnet-inputs.ts: zero rows, match 0, kept-token
// means); similarity focus still scores blocks by their own tokens, then scoreForgotten overrides
// the wholly forgotten ones.

import { ForgetError } from './errors.ts';

export interface TokenRange {
  start: number;
  end: number;
}

export type SpanVisibility = 'kept' | 'forgotten' | 'mixed';

/** Sorted, merged copy of `ranges` (empty ranges dropped; touching ranges joined). Throws ForgetError on a bad range. */
export function mergeRanges(ranges: readonly TokenRange[]): TokenRange[] {
  for (const r of ranges) {
    if (!Number.isSafeInteger(r.start) || !Number.isSafeInteger(r.end) || r.start < 0 || r.end < r.start) {
      throw new ForgetError(
        `Token range [${r.start}, ${r.end}) is not a range of token positions; nothing was forgotten.`,
        { start: r.start, end: r.end, reason: 'bad range' },
      );
    }
  }
  const sorted = ranges
    .filter((r) => r.end > r.start)
    .map((r) => ({ start: r.start, end: r.end }))
    .sort((a, b) => a.start - b.start);
  const out: TokenRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push(r);
  }
  return out;
}

/** The tombstones of one tree. Immutable; queries are binary searches over the merged ranges. */
export class ForgetSet {
  readonly ranges: readonly TokenRange[];

  constructor(ranges: readonly TokenRange[] = []) {
    this.ranges = mergeRanges(ranges);
  }

  static readonly EMPTY = new ForgetSet();

  get isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  /** Forgotten tokens in total. */
  get tokens(): number {
    return this.ranges.reduce((n, r) => n + r.end - r.start, 0);
  }

  /** Index of the first range whose end is after `pos`. */
  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  isForgotten(pos: number): boolean {
    const r = this.ranges[this.firstEndingAfter(pos)];
    return r !== undefined && r.start <= pos;
  }

  /** Forgotten tokens inside [start, end). */
  forgottenIn(start: number, end: number): number {
    let n = 0;
    for (let i = this.firstEndingAfter(start); i < this.ranges.length; i++) {
      const r = this.ranges[i]!;
      if (r.start >= end) break;
      n += Math.min(end, r.end) - Math.max(start, r.start);
    }
    return n;
  }

  /** Whether span [start, end) is wholly kept, wholly forgotten or both (an empty span is kept). */
  classify(start: number, end: number): SpanVisibility {
    if (end <= start) return 'kept';
    const n = this.forgottenIn(start, end);
    return n === 0 ? 'kept' : n === end - start ? 'forgotten' : 'mixed';
  }

  /** The kept parts of [start, end), in order. */
  keptRuns(start: number, end: number): TokenRange[] {
    const out: TokenRange[] = [];
    let at = start;
    for (let i = this.firstEndingAfter(start); i < this.ranges.length && at < end; i++) {
      const r = this.ranges[i]!;
      if (r.start >= end) break;
      if (r.start > at) out.push({ start: at, end: r.start });
      at = Math.max(at, r.end);
    }
    if (at < end) out.push({ start: at, end });
    return out;
  }

  /** A new set with `range` added (the receiver is unchanged). */
  with(range: TokenRange): ForgetSet {
    return new ForgetSet([...this.ranges, range]);
  }
}

/**
 * Blocks [bK, (b+1)K) the working context must hold at LOD0 so that no gist in it covers both
 * forgotten and kept tokens: for each range edge, the block holding the kept token next to it —
 * block ⌊(start−1)/K⌋ for a start (none when start = 0), block ⌊end/K⌋ for an end. Any gist that
 * straddles an edge is aligned to blocks, so it contains that block, and holding the block keeps
 * the gist expanded (see the header). Holding the kept side means a block-aligned edge never holds
 * a wholly forgotten block at full cost.
 */
export function forgetHolds(set: ForgetSet, K: number): TokenRange[] {
  const blocks = new Set<number>();
  for (const r of set.ranges) {
    if (r.start > 0) blocks.add(Math.floor((r.start - 1) / K));
    blocks.add(Math.floor(r.end / K));
  }
  return [...blocks].sort((a, b) => a - b).map((b) => ({ start: b * K, end: (b + 1) * K }));
}

/**
 * Scores of a working context with every wholly forgotten entry set below all the others (the
 * lowest other score minus 1, or −1 when all are forgotten): collapsed first, expanded last.
 * `spans(i)` is entry i's token span. Returns a new array; the input is not changed.
 */
export function scoreForgotten(
  scores: ArrayLike<number>,
  spans: (i: number) => TokenRange,
  set: ForgetSet,
): Float64Array {
  const out = Float64Array.from(scores as ArrayLike<number>);
  if (set.isEmpty) return out;
  const forgotten: number[] = [];
  let lowest = Infinity;
  for (let i = 0; i < out.length; i++) {
    const s = spans(i);
    if (set.classify(s.start, s.end) === 'forgotten') forgotten.push(i);
    else lowest = Math.min(lowest, out[i]!);
  }
  const floor = Number.isFinite(lowest) ? lowest - 1 : -1;
  for (const i of forgotten) out[i] = floor;
  return out;
}
