// The span under the pointer (or selected) in the focus heatmap: its level in the Working
// Context, token range, focus score and text, and its pin: a pinned span is held at full detail
// by the engine (the Focus Allocator never collapses it) until it is unpinned. "Forget" takes the
// span out of what the model sees, Find and exports (undo in the Documents panel).
import type { EntrySpan } from './heatmap-model';
import { levelStyle, css } from './level-style';
import { useSpanText } from './useSpanText';
import { formatCount } from '../common/format';
import { forgetRange } from '../../store/actions/forget-actions';

const SHOW_CHARS = 1500;

export function SpanInspector(props: {
  conversationId: string | null;
  entry: EntrySpan | null;
  pin: { start: number; end: number } | null;
  pinError: string | null;
  entries: number;
  onTogglePin: (span: { start: number; end: number }) => void;
}) {
  const { entry } = props;
  const { text, error } = useSpanText(props.conversationId, entry);
  if (!entry) {
    return (
      <div className="inspector inspector-empty muted small" data-testid="span-inspector">
        Point at the timeline to read that part of the memory; click to pin it to full detail. Wheel or + / − zooms,
        drag pans, double-click shows everything.
        {props.pinError ? (
          <span className="error" role="alert" data-testid="pin-error">
            {' '}
            {props.pinError}
          </span>
        ) : null}
      </div>
    );
  }
  const st = levelStyle(entry.level);
  const kind = entry.level === 0 ? 'raw tokens' : `LOD${entry.level} gist`;
  return (
    <div className={`inspector ${props.pin ? 'inspector-pinned' : ''}`} data-testid="span-inspector">
      <div className="inspector-head" aria-live="polite">
        <span className="swatch" style={{ background: css(st.rgb) }} aria-hidden="true" />
        <strong>{kind}</strong>
        <span>
          tokens {formatCount(entry.start)}–{formatCount(entry.end)}
        </span>
        <span>
          WC entry {entry.position + 1} of {formatCount(props.entries)}
        </span>
        <span>score {entry.score === null ? '—' : (entry.score >= 0 ? '+' : '') + entry.score.toFixed(3)}</span>
        <button
          type="button"
          className="btn btn-xs"
          onClick={() => props.onTogglePin(props.pin ?? entry)}
          aria-label={
            props.pin
              ? `Unpin tokens ${props.pin.start} to ${props.pin.end}`
              : `Pin tokens ${entry.start} to ${entry.end} to full detail`
          }
        >
          {props.pin ? 'Unpin' : '◆ Pin to full detail'}
        </button>
        <button
          type="button"
          className="btn btn-xs"
          onClick={() => void forgetRange({ start: entry.start, end: entry.end }, 'span')}
          aria-label={`Forget tokens ${entry.start} to ${entry.end}`}
        >
          Forget
        </button>
      </div>
      {props.pin ? (
        <p className="small ok" data-testid="pin-note">
          Pinned: tokens {formatCount(props.pin.start)}–{formatCount(props.pin.end)} stay at full detail (LOD0); the
          Focus Allocator will not collapse them.
        </p>
      ) : null}
      {props.pinError ? (
        <p className="error small" role="alert" data-testid="pin-error">
          {props.pinError}
        </p>
      ) : null}
      <pre className="inspector-text" data-testid="span-text">
        {error
          ? `Could not read this span: ${error}`
          : text === null
            ? 'reading…'
            : text.length > SHOW_CHARS
              ? text.slice(0, SHOW_CHARS) + ' …'
              : text}
      </pre>
    </div>
  );
}
