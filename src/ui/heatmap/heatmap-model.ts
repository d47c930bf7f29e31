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

/** A WC entry placed on an axis: token positions (timeline) or token-equivalents (WC order). */
export interface ViewSpan {
  start: number;
  end: number;
  level: number;
  score: number | undefined;
}

/** Entries on the token timeline of the whole MegaContext. */
export function timelineSpans(wc: WcView): ViewSpan[] {
  return wc.levels.map((level, p) => ({
    ...entrySpan(level, wc.indices[p]!, wc.tokenCount),
    level,
    score: wc.scores?.[p],
  }));
}

/** Entries as the model sees them: in order, each as wide as its cost (a block its tokens, a gist 1). */
export function workingContextSpans(wc: WcView): ViewSpan[] {
  let at = 0;
  return wc.levels.map((level, p) => {
    const { start, end } = entrySpan(level, wc.indices[p]!, wc.tokenCount);
    const cost = level === 0 ? end - start : 1;
    const s = { start: at, end: at + cost, level, score: wc.scores?.[p] };
    at += cost;
    return s;
  });
}

/** Index of the span containing axis position `x` (spans are sorted and contiguous), or −1. */
export function spanIndexAt(spans: readonly ViewSpan[], x: number): number {
  if (spans.length === 0 || x < spans[0]!.start || x >= spans[spans.length - 1]!.end) return -1;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Aggregates spans over `columns` equal ranges of the axis [0, total). */
export function aggregateSpans(
  spans: readonly ViewSpan[],
  total: number,
  columns: number,
  levels = 3,
): ColumnAggregates {
  const nLevels = Math.max(levels, 1 + spans.reduce((m, s) => Math.max(m, s.level), 0));
  const share = new Float32Array(nLevels * columns);
  const score = new Float32Array(columns);
  let maxAbsScore = 0;
  if (total <= 0 || columns <= 0) return { columns, levels: nLevels, share, score, maxAbsScore };
  const perCol = total / columns;
  for (const { start, end, level, score: s } of spans) {
    if (end <= start) continue;
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

/** Aggregates the WC over `columns` equal token ranges of [0, tokenCount). */
export function aggregateColumns(wc: WcView, columns: number, levels = 3): ColumnAggregates {
  return aggregateSpans(timelineSpans(wc), wc.tokenCount, columns, levels);
}

/** A token range placed on the axis of `spans` (the entries it overlaps, first to last). */
export function tokenRangeOnAxis(
  wc: WcView,
  spans: readonly ViewSpan[],
  range: { start: number; end: number },
): { start: number; end: number } | null {
  const a = entryAt(wc, Math.max(0, range.start));
  const b = entryAt(wc, Math.min(wc.tokenCount, range.end) - 1);
  if (!a || !b) return null;
  return { start: spans[a.position]!.start, end: spans[b.position]!.end };
}

/** An axis window [from, to) (zoom); the full axis is [0, total). */
export interface AxisWindow {
  from: number;
  to: number;
}

/** The spans inside a window, shifted so the window starts at 0 (clipped at its edges). */
export function windowSpans(spans: readonly ViewSpan[], w: AxisWindow): ViewSpan[] {
  const out: ViewSpan[] = [];
  for (const s of spans) {
    if (s.end <= w.from || s.start >= w.to) continue;
    out.push({ ...s, start: Math.max(s.start, w.from) - w.from, end: Math.min(s.end, w.to) - w.from });
  }
  return out;
}

/**
 * Zooms a window by `factor` (< 1 zooms in) around axis position `at`, within [0, total] and no
 * narrower than `minWidth`.
 */
export function zoomWindow(w: AxisWindow, at: number, factor: number, total: number, minWidth = 32): AxisWindow {
  const width = Math.min(total, Math.max(Math.min(minWidth, total), (w.to - w.from) * factor));
  const rel = w.to > w.from ? (at - w.from) / (w.to - w.from) : 0.5;
  let from = at - rel * width;
  from = Math.max(0, Math.min(total - width, from));
  return { from, to: from + width };
}

/**
 * The window that shows token range [start, end) on the timeline axis: centred on it, a quarter
 * wider than it and at least `minWidth` wide, within [0, total] (the whole axis when it is wider).
 */
export function revealWindow(range: { start: number; end: number }, total: number, minWidth = 64): AxisWindow {
  const width = Math.min(total, Math.max(minWidth, (range.end - range.start) * 1.25));
  const centre = (range.start + range.end) / 2;
  const from = Math.max(0, Math.min(total - width, centre - width / 2));
  return { from, to: from + width };
}

/** Moves a window by `delta` axis units, within [0, total]. */
export function panWindow(w: AxisWindow, delta: number, total: number): AxisWindow {
  const width = w.to - w.from;
  const from = Math.max(0, Math.min(total - width, w.from + delta));
  return { from, to: from + width };
}

/** Nice ticks inside [from, to). */
export function niceTicksRange(from: number, to: number, maxTicks: number): number[] {
  const span = to - from;
  if (span <= 0) return [from];
  const raw = span / Math.max(1, maxTicks);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to + 1e-9; t += step) ticks.push(Math.round(t));
  return ticks;
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

/** A tick label precise enough for the tick spacing: 250k at coarse steps, 623,450 at fine ones. */
export function formatTick(t: number, step: number): string {
  if (t === 0) return '0';
  if (step >= 1e6 || (step >= 1e5 && t >= 1e6)) return formatTokens(t);
  if (step >= 1000 && t % 1000 === 0) return `${(t / 1000).toLocaleString('en-US')}k`;
  return Math.round(t).toLocaleString('en-US');
}
