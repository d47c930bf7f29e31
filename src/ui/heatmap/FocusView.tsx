// The signature view (seeds: MegaContext Tree, Working Context, Focus Allocator): the whole
// memory as a timeline with the level each span has in the working context and the latest focus
// scores, a legend, a summary of the budget, pins to full detail (engine.setPins), and an
// inspector for the hovered or selected span. A range revealed from elsewhere (a fed document in
// the documents list or a "find in memory" hit) switches to the whole-memory axis, zooms to it and
// selects the span holding its token of interest; search hits are ticked on the heatmap; forgotten
// spans are shaded (the model never sees them).
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { ForgetSet } from '../../core/forgetting';
import { entryAt, formatTokens, type EntrySpan, type WcView } from './heatmap-model';
import { COLLAPSE_RGB, EXPAND_RGB, LEVEL_STYLES, css } from './level-style';
import { FocusHeatmap, type HeatmapMode } from './FocusHeatmap';
import { MARK_RGB } from './heatmap-draw';
import { SpanInspector } from './SpanInspector';
import { PinList } from './PinList';
import { togglePin } from '../../store/actions/pin-actions';
import { Panel } from '../common/Panel';
import { formatCount, formatPercent } from '../common/format';

const NO_PINS: { start: number; end: number }[] = [];
const NO_MARKS: number[] = [];

export function FocusView() {
  const snapshot = useAppStore((s) => s.snapshot);
  const focusMode = useAppStore((s) => s.settings?.focusMode ?? null);
  const [hover, setHover] = useState<EntrySpan | null>(null);
  const [mode, setMode] = useState<HeatmapMode>('timeline');
  const [picked, setPicked] = useState<{ conversationId: string; start: number } | null>(null);
  const pinError = useAppStore((s) => s.pinError);
  const pins = snapshot?.pins ?? NO_PINS;
  const findMarks = useAppStore((s) => s.findMarks);
  const marks =
    findMarks && snapshot && findMarks.conversationId === snapshot.conversationId ? findMarks.tokens : NO_MARKS;
  const forgets = useAppStore((s) => s.forgets);
  const forgotten = useMemo(() => new ForgetSet(forgets.map((f) => ({ start: f.start, end: f.end }))), [forgets]);
  const reveal = useAppStore((s) => s.reveal);
  const revealHere =
    reveal && snapshot && reveal.conversationId === snapshot.conversationId && reveal.at < snapshot.tokenCount
      ? reveal
      : null;
  // A new reveal request: whole-memory axis, the span holding `at` selected (state adjusted while rendering).
  const [revealSeen, setRevealSeen] = useState(0);
  if (revealHere && revealHere.seq !== revealSeen) {
    setRevealSeen(revealHere.seq);
    setMode('timeline');
    setHover(null);
    setPicked({ conversationId: revealHere.conversationId, start: revealHere.at });
  }
  useEffect(() => {
    if (revealSeen > 0) document.querySelector('[data-testid="focus-view"]')?.scrollIntoView({ block: 'nearest' });
  }, [revealSeen]);

  const wc: WcView | null = useMemo(
    () =>
      snapshot
        ? {
            levels: snapshot.wc.levels,
            indices: snapshot.wc.indices,
            scores: snapshot.wc.scores,
            tokenCount: snapshot.tokenCount,
          }
        : null,
    [snapshot],
  );
  const counts = useMemo(() => {
    const c = [0, 0, 0, 0];
    for (const l of snapshot?.wc.levels ?? []) c[Math.min(l, 3)]!++;
    return c;
  }, [snapshot]);

  const pickedHere = picked && snapshot && picked.conversationId === snapshot.conversationId ? picked : null;
  const selected = wc && pickedHere ? entryAt(wc, pickedHere.start) : null;
  const shown = hover ?? selected;
  const pinOf = (e: EntrySpan | null) => (e ? (pins.find((p) => p.start < e.end && e.start < p.end) ?? null) : null);
  const scoreNote =
    !snapshot || snapshot.tokenCount === 0 || snapshot.wc.scores
      ? null
      : focusMode === 'none'
        ? 'focus mode “none”: no scores'
        : snapshot.telemetry.refocuses > 0
          ? 'the last refocus scored an earlier layout (the working context changed since); new scores come with the next turn'
          : 'no focus scores yet — the allocator scores at each chat turn';

  return (
    <Panel
      title="Focus heatmap"
      testId="focus-view"
      className="focus-panel"
      actions={
        <div className="segmented" role="group" aria-label="Heatmap axis">
          <button
            type="button"
            aria-pressed={mode === 'timeline'}
            onClick={() => setMode('timeline')}
            title="The whole history, by token position"
          >
            Whole memory
          </button>
          <button
            type="button"
            aria-pressed={mode === 'wc'}
            onClick={() => setMode('wc')}
            title="The working context in order, each entry as wide as its cost (a block its tokens, a gist 1)"
          >
            As the model sees it
          </button>
        </div>
      }
      subtitle={
        snapshot ? (
          <span data-testid="heatmap-summary">
            {formatCount(snapshot.tokenCount)} tokens in memory · working context {formatCount(snapshot.wc.cost)} /{' '}
            {formatCount(snapshot.wc.wMax)} ({formatPercent(snapshot.wc.cost / Math.max(1, snapshot.wc.wMax))}) ·{' '}
            {formatCount(snapshot.wc.levels.length)} entries
          </span>
        ) : null
      }
    >
      <div className="legend" aria-label="Legend">
        {LEVEL_STYLES.slice(0, counts[3]! > 0 ? 4 : 3).map((s, l) => (
          <span key={s.name} className="legend-item">
            <span
              className="swatch"
              style={{ background: css(s.rgb), height: `${6 + 8 * s.height}px` }}
              aria-hidden="true"
            />
            {s.name} <span className="muted">{s.description}</span> <b>{formatCount(counts[l]!)}</b>
          </span>
        ))}
        <span className="legend-item">
          <span className="swatch" style={{ background: css(EXPAND_RGB) }} aria-hidden="true" />+ expand
        </span>
        <span className="legend-item">
          <span className="swatch" style={{ background: css(COLLAPSE_RGB) }} aria-hidden="true" />− collapse
        </span>
        {!forgotten.isEmpty ? (
          <span className="legend-item" data-testid="forgotten-legend">
            <span className="swatch swatch-forgotten" aria-hidden="true" />
            forgotten <b>{formatCount(forgotten.tokens)}</b> tokens
          </span>
        ) : null}
        {marks.length > 0 ? (
          <span className="legend-item" data-testid="find-legend">
            <span className="swatch" style={{ background: css(MARK_RGB) }} aria-hidden="true" />
            find hits <b>{formatCount(marks.length)}</b>
          </span>
        ) : null}
      </div>
      <PinList pins={pins} />
      {wc && wc.tokenCount > 0 ? (
        <FocusHeatmap
          wc={wc}
          wMax={snapshot?.wc.wMax ?? 0}
          mode={mode}
          scoreNote={scoreNote}
          hover={hover}
          pins={pins}
          selected={selected}
          marks={marks}
          forgotten={forgotten.ranges}
          reveal={revealHere}
          onHover={setHover}
          onActivate={(e) => {
            setPicked(e && snapshot ? { conversationId: snapshot.conversationId, start: e.start } : null);
            if (e) void togglePin(e);
          }}
        />
      ) : (
        <div className="heatmap-empty muted" data-testid="heatmap-empty">
          {snapshot
            ? 'This memory is empty: feed it a document or send a message.'
            : 'Open a conversation to see its memory.'}
        </div>
      )}
      {wc && wc.tokenCount > 0 ? (
        <SpanInspector
          conversationId={snapshot?.conversationId ?? null}
          entry={shown}
          pin={pinOf(shown)}
          pinError={pinError}
          entries={wc.levels.length}
          onTogglePin={(e) => void togglePin(e)}
        />
      ) : null}
      {snapshot && snapshot.tokenCount > 0 ? (
        <p className="sr-only">
          Memory of {formatTokens(snapshot.tokenCount)} tokens: {counts[0]} raw blocks, {counts[1]} LOD1 gists and{' '}
          {counts[2]} LOD2 gists in the working context.
        </p>
      ) : null}
    </Panel>
  );
}
