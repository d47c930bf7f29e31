// Drawing the focus heatmap (Working Context over the MegaContext Tree timeline) on a 2-D canvas:
// a "detail skyline" (colour and height = the level each span has in the working context), the
// focus-score track (+ expand above the line, − collapse below), the hovered and pinned spans,
// search hits (ticks under the skyline) and a token axis. One fillRect per device-pixel column:
// cost does not depend on history length.
import type { ColumnAggregates } from './heatmap-model';
import { formatTick, niceTicksRange } from './heatmap-model';
import { COLLAPSE_RGB, EXPAND_RGB, css, levelStyle } from './level-style';

export const LAYOUT = {
  height: 176,
  gutter: 58,
  right: 10,
  bandTop: 10,
  bandBottom: 100,
  trackTop: 110,
  trackBottom: 148,
  axisY: 152,
} as const;

export interface DrawInput {
  agg: ColumnAggregates;
  /** Visible axis length: tokens (timeline) or token-equivalents (working context order). */
  total: number;
  /** Axis position of the left edge (zoomed views); every other position here is relative to it. */
  axisOffset: number;
  axisLabel: string;
  /** A vertical marker on the axis (e.g. W_max in working-context order). */
  marker: { at: number; label: string } | null;
  /** CSS pixels. */
  width: number;
  dpr: number;
  hover: { start: number; end: number } | null;
  /** Spans pinned to full detail (axis units). */
  pins: { start: number; end: number }[];
  /** Axis positions where entries start: drawn as seams where entries are wide enough to tell apart. */
  boundaries: readonly number[];
  /** The entry last clicked or chosen with the keyboard (axis units). */
  selected: { start: number; end: number } | null;
  /** "Find in memory" hits: the entries holding them (axis units), ticked under the skyline. */
  marks: { start: number; end: number }[];
  /** Forgotten spans (axis units): shaded and hatched over the band (the model never sees them). */
  forgotten?: { start: number; end: number }[];
  scoreNote: string | null;
}

/** Colour of the search-hit ticks (distinct from the level, score and pin colours). */
export const MARK_RGB = [255, 92, 205] as const;

export function plotWidth(width: number): number {
  return Math.max(1, width - LAYOUT.gutter - LAYOUT.right);
}

export function drawHeatmap(ctx: CanvasRenderingContext2D, d: DrawInput): void {
  const { agg, dpr } = d;
  const W = d.width;
  const L = LAYOUT;
  const pw = plotWidth(W);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, W, L.height);

  // Row labels in the gutter.
  ctx.fillStyle = 'rgba(200,208,230,0.55)';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  ctx.fillText('detail', 6, (L.bandTop + L.bandBottom) / 2);
  ctx.fillText('focus', 6, (L.trackTop + L.trackBottom) / 2);

  // Plot backgrounds.
  ctx.fillStyle = 'rgba(255,255,255,0.025)';
  ctx.fillRect(L.gutter, L.bandTop, pw, L.bandBottom - L.bandTop);
  ctx.fillRect(L.gutter, L.trackTop, pw, L.trackBottom - L.trackTop);

  const bandH = L.bandBottom - L.bandTop;
  const mid = (L.trackTop + L.trackBottom) / 2;
  const half = (L.trackBottom - L.trackTop) / 2 - 2;
  const colW = pw / Math.max(1, agg.columns);
  for (let c = 0; c < agg.columns; c++) {
    let h = 0;
    let r = 0;
    let g = 0;
    let b = 0;
    let total = 0;
    for (let l = 0; l < agg.levels; l++) {
      const s = agg.share[l * agg.columns + c]!;
      if (s <= 0) continue;
      const st = levelStyle(l);
      h += s * st.height;
      r += s * st.rgb[0];
      g += s * st.rgb[1];
      b += s * st.rgb[2];
      total += s;
    }
    const x = L.gutter + c * colW;
    if (total > 0) {
      const k = 1 / total;
      ctx.fillStyle = `rgb(${(r * k) | 0},${(g * k) | 0},${(b * k) | 0})`;
      const hh = Math.max(1.5, (h / total) * bandH * Math.min(1, total));
      ctx.fillRect(x, L.bandBottom - hh, colW + 0.5 / dpr, hh);
    }
    const s = agg.score[c]!;
    if (s !== 0 && agg.maxAbsScore > 0) {
      const v = s / agg.maxAbsScore;
      const a = 0.3 + 0.7 * Math.abs(v);
      ctx.fillStyle = css(v > 0 ? EXPAND_RGB : COLLAPSE_RGB, a);
      const hh = Math.max(1, Math.abs(v) * half);
      ctx.fillRect(x, v > 0 ? mid - hh : mid, colW + 0.5 / dpr, hh);
    }
  }

  // Sheen over the skyline: light from above.
  const sheen = ctx.createLinearGradient(0, L.bandTop, 0, L.bandBottom);
  sheen.addColorStop(0, 'rgba(255,255,255,0.16)');
  sheen.addColorStop(1, 'rgba(0,0,0,0.18)');
  ctx.globalCompositeOperation = 'source-atop';
  ctx.fillStyle = sheen;
  ctx.fillRect(L.gutter, L.bandTop, pw, bandH);
  ctx.globalCompositeOperation = 'source-over';

  // Seams between entries that are at least 6 px wide: each gist reads as its own tile.
  ctx.fillStyle = 'rgba(11,14,19,0.55)';
  let lastX = -Infinity;
  for (let i = 0; i < d.boundaries.length; i++) {
    const x = L.gutter + (d.total > 0 ? (d.boundaries[i]! / d.total) * pw : 0);
    const next = i + 1 < d.boundaries.length ? L.gutter + (d.boundaries[i + 1]! / d.total) * pw : Infinity;
    if (i > 0 && x - lastX >= 6 && next - x >= 6) ctx.fillRect(Math.round(x) - 0.5, L.bandTop, 1, bandH);
    lastX = x;
  }

  // Score centre line, and a note when there are no scores.
  ctx.strokeStyle = 'rgba(255,255,255,0.14)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(L.gutter, Math.round(mid) + 0.5);
  ctx.lineTo(L.gutter + pw, Math.round(mid) + 0.5);
  ctx.stroke();
  if (d.scoreNote) {
    ctx.fillStyle = 'rgba(200,208,230,0.5)';
    ctx.textAlign = 'center';
    ctx.fillText(d.scoreNote, L.gutter + pw / 2, mid - 9);
    ctx.textAlign = 'left';
  }

  const xOf = (t: number) => L.gutter + (d.total > 0 ? (t / d.total) * pw : 0);
  const spanRect = (s: { start: number; end: number }) => {
    const x0 = xOf(s.start);
    return { x: x0, w: Math.max(2, xOf(s.end) - x0) };
  };
  if (d.hover) {
    const { x, w } = spanRect(d.hover);
    ctx.fillStyle = 'rgba(255,255,255,0.16)';
    ctx.fillRect(x, L.bandTop, w, L.trackBottom - L.bandTop);
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(x, L.bandTop - 4, w, 2);
  }
  for (const f of d.forgotten ?? []) {
    const { x, w } = spanRect(f);
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, L.bandTop, w, L.bandBottom - L.bandTop);
    ctx.clip();
    ctx.fillStyle = 'rgba(10,12,20,0.72)';
    ctx.fillRect(x, L.bandTop, w, L.bandBottom - L.bandTop);
    ctx.strokeStyle = 'rgba(200,208,230,0.35)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let hx = x - (L.bandBottom - L.bandTop); hx < x + w; hx += 6) {
      ctx.moveTo(hx, L.bandBottom);
      ctx.lineTo(hx + (L.bandBottom - L.bandTop), L.bandTop);
    }
    ctx.stroke();
    ctx.restore();
  }
  for (const pin of d.pins) {
    const { x, w } = spanRect(pin);
    ctx.setLineDash([4, 3]);
    ctx.strokeStyle = 'rgba(255,255,255,0.95)';
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x - 0.75, L.bandTop - 1, w + 1.5, L.trackBottom - L.bandTop + 2);
    ctx.setLineDash([]);
    // Pin head above the band.
    ctx.fillStyle = 'rgba(255,255,255,0.95)';
    ctx.beginPath();
    ctx.arc(x + w / 2, 3.5, 3.5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillRect(x + w / 2 - 0.75, 3.5, 1.5, L.bandTop - 3.5);
  }
  ctx.fillStyle = css(MARK_RGB);
  for (const m of d.marks) {
    const { x, w } = spanRect(m);
    ctx.fillRect(x, L.bandBottom + 2, w, L.trackTop - L.bandBottom - 4);
  }
  if (d.selected) {
    const { x, w } = spanRect(d.selected);
    ctx.fillStyle = 'rgba(255,255,255,0.9)';
    ctx.beginPath();
    ctx.moveTo(x + w / 2 - 5, L.trackBottom + 8);
    ctx.lineTo(x + w / 2 + 5, L.trackBottom + 8);
    ctx.lineTo(x + w / 2, L.trackBottom + 2);
    ctx.fill();
  }

  if (d.marker) {
    const x = Math.round(xOf(d.marker.at)) - 0.5;
    ctx.strokeStyle = 'rgba(255,255,255,0.6)';
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(x, L.bandTop);
    ctx.lineTo(x, L.trackBottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = 'rgba(255,255,255,0.8)';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'top';
    ctx.fillText(d.marker.label, x - 4, L.bandTop + 2);
    ctx.textAlign = 'left';
  }

  // Axis.
  ctx.strokeStyle = 'rgba(200,208,230,0.35)';
  ctx.fillStyle = 'rgba(200,208,230,0.75)';
  ctx.textBaseline = 'top';
  ctx.beginPath();
  ctx.moveTo(L.gutter, L.axisY + 0.5);
  ctx.lineTo(L.gutter + pw, L.axisY + 0.5);
  ctx.stroke();
  const ticks = niceTicksRange(d.axisOffset, d.axisOffset + d.total, Math.max(2, Math.floor(pw / 90)));
  ctx.fillText(d.axisLabel, 6, L.axisY + 6);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : d.total;
  ticks.forEach((t) => {
    const x = Math.round(xOf(t - d.axisOffset)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, L.axisY);
    ctx.lineTo(x, L.axisY + 4);
    ctx.stroke();
    const label = formatTick(t, step);
    const tw = ctx.measureText(label).width;
    ctx.fillText(label, Math.min(Math.max(L.gutter, x - tw / 2), L.gutter + pw - tw), L.axisY + 6);
  });
}
