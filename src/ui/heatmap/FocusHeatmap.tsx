// The focus heatmap canvas (seeds: Working Context, Focus Allocator): the whole MegaContext as a
// timeline, coloured by the level each span has in the working context, with the focus scores
// overlaid; it morphs when focus changes. Hover (or arrow keys) picks an entry, click (or Enter)
// pins it to full detail or unpins it, Escape clears the selection. The wheel (or + / −) zooms
// around the pointer, dragging pans, double-click (or 0) shows the whole axis again. A revealed
// token range is zoomed to on the timeline.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  aggregateSpans,
  entrySpan,
  panWindow,
  revealWindow,
  spanIndexAt,
  timelineSpans,
  tokenRangeOnAxis,
  windowSpans,
  workingContextSpans,
  zoomWindow,
  type AxisWindow,
  type ColumnAggregates,
  type EntrySpan,
  type WcView,
} from './heatmap-model';
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
  /** Token positions of "find in memory" hits (ticked under the skyline). */
  marks: readonly number[];
  /** Forgotten token ranges (shaded over the band). */
  forgotten: readonly { start: number; end: number }[];
  /** A token range to zoom to on the timeline (a new `seq` zooms again). */
  reveal: { start: number; end: number; seq: number } | null;
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
    const ro = new ResizeObserver(() =>
      setSize({ width: Math.max(200, Math.floor(el.clientWidth)), dpr: window.devicePixelRatio || 1 }),
    );
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const columns = Math.max(1, Math.floor(plotWidth(size.width) * size.dpr));
  const spans = useMemo(() => (props.mode === 'wc' ? workingContextSpans(wc) : timelineSpans(wc)), [wc, props.mode]);
  const fullTotal = props.mode === 'wc' ? Math.max(spans.at(-1)?.end ?? 0, props.wMax) : wc.tokenCount;
  // Zoom window over the axis (null: the whole axis); reset when the axis changes meaning.
  const [zoom, setZoom] = useState<{ mode: HeatmapMode; win: AxisWindow } | null>(null);
  const win: AxisWindow =
    zoom && zoom.mode === props.mode && zoom.win.to <= fullTotal ? zoom.win : { from: 0, to: fullTotal };
  const [revealSeen, setRevealSeen] = useState(0);
  if (props.reveal && props.reveal.seq !== revealSeen && props.mode === 'timeline') {
    setRevealSeen(props.reveal.seq);
    setZoom({ mode: 'timeline', win: revealWindow(props.reveal, fullTotal) });
  }
  const zoomed = win.from > 0 || win.to < fullTotal;
  const total = win.to - win.from;
  const local = useMemo(() => windowSpans(spans, win), [spans, win.from, win.to]); // eslint-disable-line react-hooks/exhaustive-deps
  const target = useMemo(() => aggregateSpans(local, total, columns), [local, total, columns]);
  const clip = (r: { start: number; end: number } | null | undefined) =>
    r && r.end > win.from && r.start < win.to
      ? { start: Math.max(r.start, win.from) - win.from, end: Math.min(r.end, win.to) - win.from }
      : null;
  const onAxis = (e: EntrySpan | null) => (e ? clip(spans[e.position]) : null);
  const hoverAxis = onAxis(hover);
  const selectedAxis = onAxis(selected);
  const boundaries = useMemo(() => local.map((sp) => sp.start), [local]);
  const pinsAxis = useMemo(
    () =>
      pins
        .map((p) => clip(tokenRangeOnAxis(wc, spans, p)))
        .filter((p): p is { start: number; end: number } => p !== null),
    [pins, wc, spans, win.from, win.to], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const marksAxis = useMemo(
    () =>
      props.marks
        .map((t) => clip(tokenRangeOnAxis(wc, spans, { start: t, end: t + 1 })))
        .filter((p): p is { start: number; end: number } => p !== null),
    [props.marks, wc, spans, win.from, win.to], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const forgottenAxis = useMemo(
    () =>
      props.forgotten
        .map((f) => clip(tokenRangeOnAxis(wc, spans, f)))
        .filter((p): p is { start: number; end: number } => p !== null),
    [props.forgotten, wc, spans, win.from, win.to], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const axisLabel = props.mode === 'wc' ? 'cost' : 'tokens';
  const marker =
    props.mode === 'wc' && props.wMax >= win.from && props.wMax <= win.to
      ? { at: props.wMax - win.from, label: 'W_max' }
      : null;
  const lastWc = useRef(wc);

  const axisAt = (clientX: number): number | null => {
    const el = canvas.current;
    if (!el || total <= 0) return null;
    const x = clientX - el.getBoundingClientRect().left - LAYOUT.gutter;
    const pw = plotWidth(size.width);
    if (x < 0 || x >= pw) return null;
    return win.from + (x / pw) * total;
  };
  const zoomAt = (at: number, factor: number) =>
    setZoom({ mode: props.mode, win: zoomWindow(win, at, factor, fullTotal) });

  // Wheel zoom needs a non-passive listener (to keep the page from scrolling).
  const zoomRef = useRef(zoomAt);
  const axisRef = useRef(axisAt);
  zoomRef.current = zoomAt;
  axisRef.current = axisAt;
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const at = axisRef.current(e.clientX);
      if (at === null) return;
      e.preventDefault();
      zoomRef.current(at, Math.exp(Math.max(-1, Math.min(1, e.deltaY * 0.002))));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);
  const drag = useRef<{ x: number; win: AxisWindow; moved: boolean } | null>(null);

  // Morph from what is on screen to the new aggregates, then keep redrawing on hover/pin changes.
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    c.width = Math.floor(size.width * size.dpr);
    c.height = Math.floor(LAYOUT.height * size.dpr);
    // Morph only when the memory changed; zooming, panning and resizing redraw at once.
    const from = lastWc.current === wc ? null : shown.current;
    lastWc.current = wc;
    const draw = (agg: ColumnAggregates) =>
      drawHeatmap(ctx, {
        agg,
        total,
        axisOffset: win.from,
        axisLabel,
        marker,
        width: size.width,
        dpr: size.dpr,
        hover: hoverAxis,
        pins: pinsAxis,
        selected: selectedAxis,
        marks: marksAxis,
        forgotten: forgottenAxis,
        boundaries,
        scoreNote: props.scoreNote,
      });
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (!from || from === target || reduced || from.columns !== target.columns || zoomed) {
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
  }, [
    target,
    size,
    hover,
    selected,
    pinsAxis,
    marksAxis,
    forgottenAxis,
    boundaries,
    spans,
    total,
    win.from,
    props.scoreNote,
    props.mode,
    props.wMax,
  ]);

  const entryFromX = (clientX: number): EntrySpan | null => {
    const at = axisAt(clientX);
    if (at === null) return null;
    const p = spanIndexAt(spans, at);
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
      aria-label="Focus heatmap of the whole memory. Left and right arrows move between working-context entries, Enter pins or unpins the entry, Escape clears the selection, plus and minus zoom, 0 shows the whole axis."
      data-testid="heatmap"
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') step(e.shiftKey ? 10 : 1);
        else if (e.key === 'ArrowLeft') step(e.shiftKey ? -10 : -1);
        else if (e.key === 'Home') step(-Infinity);
        else if (e.key === 'End') step(Infinity);
        else if ((e.key === 'Enter' || e.key === ' ') && hover) onActivate(hover);
        else if (e.key === '+' || e.key === '=')
          zoomAt(
            hover ? (spans[hover.position]!.start + spans[hover.position]!.end) / 2 : (win.from + win.to) / 2,
            0.5,
          );
        else if (e.key === '-') zoomAt((win.from + win.to) / 2, 2);
        else if (e.key === '0') setZoom(null);
        else if (e.key === 'Escape') {
          onHover(null);
          onActivate(null);
        } else return;
        e.preventDefault();
      }}
    >
      <canvas
        ref={canvas}
        style={{ width: `${size.width}px`, height: `${LAYOUT.height}px` }}
        onMouseDown={(e) => {
          drag.current = { x: e.clientX, win, moved: false };
        }}
        onMouseUp={() => {
          setTimeout(() => (drag.current = null), 0);
        }}
        onMouseMove={(e) => {
          const d = drag.current;
          if (d && e.buttons === 1 && zoomed) {
            const dx = e.clientX - d.x;
            if (Math.abs(dx) > 3) d.moved = true;
            if (d.moved) {
              setZoom({
                mode: props.mode,
                win: panWindow(d.win, (-dx / plotWidth(size.width)) * (d.win.to - d.win.from), fullTotal),
              });
              return;
            }
          }
          const hit = entryFromX(e.clientX);
          if (hit?.position !== hover?.position) onHover(hit);
        }}
        onMouseLeave={() => {
          drag.current = null;
          onHover(null);
        }}
        onDoubleClick={() => setZoom(null)}
        onClick={(e) => {
          if (drag.current?.moved) return;
          const hit = entryFromX(e.clientX);
          if (hit) onActivate(hit);
        }}
      />
      {zoomed ? (
        <button
          type="button"
          className="btn btn-xs zoom-reset"
          onClick={() => setZoom(null)}
          aria-label="Show the whole axis"
        >
          Whole axis
        </button>
      ) : null}
    </div>
  );
}
