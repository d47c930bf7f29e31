// The focus heatmap canvas (seeds: Working Context, Focus Allocator): the whole MegaContext as a
// timeline, coloured by the level each span has in the working context, with the focus scores
// overlaid; it morphs when focus changes. Hover (or arrow keys) picks an entry, click (or Enter)
// pins it to full detail or unpins it, Escape clears the selection.
import { useEffect, useMemo, useRef, useState } from 'react';
import { aggregateSpans, entrySpan, spanIndexAt, timelineSpans, tokenRangeOnAxis, workingContextSpans, type ColumnAggregates, type EntrySpan, type WcView } from './heatmap-model';
import { drawHeatmap, LAYOUT, plotWidth } from './heatmap-draw';

const MORPH_MS = 450;

function lerpAgg(a: ColumnAggregates, b: ColumnAggregates, t: number): ColumnAggregates {
  if (a.columns !== b.columns || a.levels !== b.levels) return b;
  const share = new Float32Array(b.share.length);
  for (let i = 0; i < share.length; i++) share[i] = a.share[i]! + (b.share[i]! - a.share[i]!) * t;
  const score = new Float32Array(b.score.length);
  for (let i = 0; i < score.length; i++) score[i] = a.score[i]! + (b.score[i]! - a.score[i]!) * t;
  return { ...b, share, score, maxAbsScore: a.maxAbsScore + (b.maxAbsScore - a.maxAbsScore) * t || b.maxAbsScore };
}

/** 'timeline': the whole history by token position; 'wc': the working context as the model sees it. */
export type HeatmapMode = 'timeline' | 'wc';

export interface FocusHeatmapProps {
  wc: WcView;
  wMax: number;
  mode: HeatmapMode;
  scoreNote: string | null;
  hover: EntrySpan | null;
  /** Token ranges pinned to full detail (from the engine's snapshot). */
  pins: { start: number; end: number }[];
  selected: EntrySpan | null;
  onHover: (e: EntrySpan | null) => void;
  /** Click / Enter on an entry: select it and toggle its pin. Escape: null. */
  onActivate: (e: EntrySpan | null) => void;
}

export function FocusHeatmap(props: FocusHeatmapProps) {
  const { wc, hover, selected, pins, onHover, onActivate } = props;
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 800, dpr: 1 });
  const shown = useRef<ColumnAggregates | null>(null);

  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ width: Math.max(200, Math.floor(el.clientWidth)), dpr: window.devicePixelRatio || 1 }));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const columns = Math.max(1, Math.floor(plotWidth(size.width) * size.dpr));
  const spans = useMemo(() => (props.mode === 'wc' ? workingContextSpans(wc) : timelineSpans(wc)), [wc, props.mode]);
  const total = props.mode === 'wc' ? Math.max(spans.at(-1)?.end ?? 0, props.wMax) : wc.tokenCount;
  const target = useMemo(() => aggregateSpans(spans, total, columns), [spans, total, columns]);
  const onAxis = (e: EntrySpan | null) => (e ? (spans[e.position] ?? null) : null);
  const hoverAxis = onAxis(hover);
  const selectedAxis = onAxis(selected);
  const boundaries = useMemo(() => spans.map((sp) => sp.start), [spans]);
  const pinsAxis = useMemo(() => pins.map((p) => tokenRangeOnAxis(wc, spans, p)).filter((p): p is { start: number; end: number } => p !== null), [pins, wc, spans]);
  const axisLabel = props.mode === 'wc' ? 'cost' : 'tokens';
  const marker = props.mode === 'wc' ? { at: props.wMax, label: 'W_max' } : null;

  // Morph from what is on screen to the new aggregates, then keep redrawing on hover/pin changes.
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    c.width = Math.floor(size.width * size.dpr);
    c.height = Math.floor(LAYOUT.height * size.dpr);
    const from = shown.current;
    const draw = (agg: ColumnAggregates) =>
      drawHeatmap(ctx, { agg, total, axisLabel, marker, width: size.width, dpr: size.dpr, hover: hoverAxis, pins: pinsAxis, selected: selectedAxis, boundaries, scoreNote: props.scoreNote });
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (!from || from === target || reduced || from.columns !== target.columns) {
      shown.current = target;
      draw(target);
      return;
    }
    const t0 = performance.now();
    let raf = 0;
    const frame = (now: number) => {
      const t = Math.min(1, (now - t0) / MORPH_MS);
      const eased = 1 - (1 - t) ** 3;
      const agg = t >= 1 ? target : lerpAgg(from, target, eased);
      shown.current = agg;
      draw(agg);
      if (t < 1) raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
    // hoverAxis/selectedAxis/marker derive from (spans, hover, selected, mode, wMax)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, size, hover, selected, pinsAxis, boundaries, spans, total, props.scoreNote, props.mode, props.wMax]);

  const entryFromX = (clientX: number): EntrySpan | null => {
    const el = canvas.current;
    if (!el || total === 0) return null;
    const x = clientX - el.getBoundingClientRect().left - LAYOUT.gutter;
    const pw = plotWidth(size.width);
    if (x < 0 || x >= pw) return null;
    const p = spanIndexAt(spans, (x / pw) * total);
    return p < 0 ? null : entryOf(p);
  };

  const entryOf = (p: number): EntrySpan => {
    const level = wc.levels[p]!;
    const index = wc.indices[p]!;
    return { position: p, level, index, ...entrySpan(level, index, wc.tokenCount), score: wc.scores?.[p] ?? null };
  };

  const step = (delta: number) => {
    const n = wc.levels.length;
    if (n === 0) return;
    const from = hover?.position ?? selected?.position ?? (delta > 0 ? -1 : n);
    onHover(entryOf(Math.max(0, Math.min(n - 1, from + delta))));
  };

  return (
    <div
      ref={wrap}
      className="heatmap-canvas-wrap"
      tabIndex={0}
      role="group"
      aria-label="Focus heatmap of the whole memory. Left and right arrows move between working-context entries, Enter pins or unpins the entry, Escape clears the selection."
      data-testid="heatmap"
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') step(e.shiftKey ? 10 : 1);
        else if (e.key === 'ArrowLeft') step(e.shiftKey ? -10 : -1);
        else if (e.key === 'Home') step(-Infinity);
        else if (e.key === 'End') step(Infinity);
        else if ((e.key === 'Enter' || e.key === ' ') && hover) onActivate(hover);
        else if (e.key === 'Escape') {
          onHover(null);
          onActivate(null);
        }
        else return;
        e.preventDefault();
      }}
    >
      <canvas
        ref={canvas}
        style={{ width: `${size.width}px`, height: `${LAYOUT.height}px` }}
        onMouseMove={(e) => {
          const hit = entryFromX(e.clientX);
          if (hit?.position !== hover?.position) onHover(hit);
        }}
        onMouseLeave={() => onHover(null)}
        onClick={(e) => {
          const hit = entryFromX(e.clientX);
          if (hit) onActivate(hit);
        }}
      />
    </div>
  );
}
