// Focus heatmap model (seeds: Working Context over the MegaContext Tree; Focus Allocator scores).
// Pure functions: the working context's entries as token spans, and per-pixel-column aggregates
// of the level each span has in the working context and of its focus score, so drawing costs
// O(entries + columns) whatever the history length (1M tokens draw as fast as 1k).

export const BLOCK = 32;

export interface WcView {
  levels: readonly number[];
  indices: readonly number[];
  scores: readonly number[] | null;
  tokenCount: number;
}

export interface EntrySpan {
  /** Position in the working context. */
  position: number;
  level: number;
  index: number;
  start: number;
  end: number;
  score: number | null;
}

/** Token span [start, end) of a WC entry: LOD0 index = 32-token block; LODℓ≥1 covers [i·32^ℓ, (i+1)·32^ℓ). */
export function entrySpan(level: number, index: number, tokenCount: number): { start: number; end: number } {
  const width = level === 0 ? BLOCK : BLOCK ** level;
  const start = index * width;
  return { start, end: Math.min(tokenCount, start + width) };
}

export function entryAt(wc: WcView, position: number): EntrySpan | null {
  const n = wc.levels.length;
  if (n === 0 || position < 0 || position >= wc.tokenCount) return null;
  // Entries tile the timeline in order: binary search on their starts.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (entrySpan(wc.levels[mid]!, wc.indices[mid]!, wc.tokenCount).start <= position) lo = mid;
    else hi = mid - 1;
  }
  const level = wc.levels[lo]!;
  const index = wc.indices[lo]!;
  const { start, end } = entrySpan(level, index, wc.tokenCount);
  return { position: lo, level, index, start, end, score: wc.scores?.[lo] ?? null };
}

export interface ColumnAggregates {
  columns: number;
  levels: number;
  /** share[level * columns + c]: fraction of column c's tokens held at that level. */
  share: Float32Array;
  /** Signed focus score with the largest magnitude in each column (0 where none). */
  score: Float32Array;
  /** Largest |score| over the timeline (for normalising the overlay), 0 when there are none. */
  maxAbsScore: number;
}

/** Aggregates the WC over `columns` equal token ranges of [0, tokenCount). */
export function aggregateColumns(wc: WcView, columns: number, levels = 3): ColumnAggregates {
  const nLevels = Math.max(levels, 1 + Math.max(0, ...wc.levels));
  const share = new Float32Array(nLevels * columns);
  const score = new Float32Array(columns);
  let maxAbsScore = 0;
  const T = wc.tokenCount;
  if (T <= 0 || columns <= 0) return { columns, levels: nLevels, share, score, maxAbsScore };
  const perCol = T / columns;
  for (let p = 0; p < wc.levels.length; p++) {
    const level = wc.levels[p]!;
    const { start, end } = entrySpan(level, wc.indices[p]!, T);
    if (end <= start) continue;
    const s = wc.scores?.[p];
    const c0 = Math.floor(start / perCol);
    const c1 = Math.min(columns - 1, Math.floor((end - 1e-9) / perCol));
    for (let c = c0; c <= c1; c++) {
      const lo = Math.max(start, c * perCol);
      const hi = Math.min(end, (c + 1) * perCol);
      if (hi > lo) share[level * columns + c]! += (hi - lo) / perCol;
      if (s !== undefined && Math.abs(s) > Math.abs(score[c]!)) score[c] = s;
    }
    if (s !== undefined) maxAbsScore = Math.max(maxAbsScore, Math.abs(s));
  }
  return { columns, levels: nLevels, share, score, maxAbsScore };
}

/** Evenly spaced "nice" tick positions (1, 2, 2.5, 5 × 10^k) for an axis of `tokenCount` tokens. */
export function niceTicks(tokenCount: number, maxTicks: number): number[] {
  if (tokenCount <= 0 || maxTicks < 1) return [0];
  const raw = tokenCount / maxTicks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let t = 0; t <= tokenCount + 1e-9; t += step) ticks.push(Math.round(t));
  return ticks;
}

/** Compact token count: 950, 12.5k, 1.2M. */
export function formatTokens(n: number): string {
  if (n < 1000) return String(Math.round(n));
  if (n < 1e6) return `${+(n / 1e3).toFixed(n < 1e4 ? 1 : 0)}k`;
  return `${+(n / 1e6).toFixed(n < 1e7 ? 2 : 1)}M`;
}
