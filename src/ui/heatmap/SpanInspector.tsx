// The span under the pointer (or pinned) in the focus heatmap: its level in the Working Context,
// token range, focus score and text. Pinning is a view-side request: the engine has no pin API
// yet, so the Focus Allocator remains free to collapse a pinned span — said plainly here.
import type { EntrySpan } from './heatmap-model';
import { levelStyle, css } from './level-style';
import { useSpanText } from './useSpanText';
import { formatCount } from '../common/format';

const SHOW_CHARS = 1500;

export function SpanInspector(props: { conversationId: string | null; entry: EntrySpan | null; pinned: boolean; entries: number; onUnpin: () => void }) {
  const { entry } = props;
  const { text, error } = useSpanText(props.conversationId, entry);
  if (!entry) {
    return (
      <div className="inspector inspector-empty muted small" data-testid="span-inspector">
        Point at the timeline to read that part of the memory; click to pin it.
      </div>
    );
  }
  const st = levelStyle(entry.level);
  const kind = entry.level === 0 ? 'raw tokens' : `LOD${entry.level} gist`;
  return (
    <div className={`inspector ${props.pinned ? 'inspector-pinned' : ''}`} data-testid="span-inspector">
      <div className="inspector-head">
        <span className="swatch" style={{ background: css(st.rgb) }} aria-hidden="true" />
        <strong>{kind}</strong>
        <span>
          tokens {formatCount(entry.start)}–{formatCount(entry.end)}
        </span>
        <span>
          WC entry {entry.position + 1} of {formatCount(props.entries)}
        </span>
        <span>score {entry.score === null ? '—' : (entry.score >= 0 ? '+' : '') + entry.score.toFixed(3)}</span>
        {props.pinned ? (
          <button type="button" className="btn btn-xs" onClick={props.onUnpin} aria-label="Unpin this span">
            Unpin
          </button>
        ) : null}
      </div>
      {props.pinned ? (
        <p className="small warn" data-testid="pin-note">
          Pinned in this view. The engine does not take pins yet, so this span is not held at full detail: the Focus Allocator still decides its level.
        </p>
      ) : null}
      <pre className="inspector-text" data-testid="span-text">
        {error ? `Could not read this span: ${error}` : text === null ? 'reading…' : text.length > SHOW_CHARS ? text.slice(0, SHOW_CHARS) + ' …' : text}
      </pre>
    </div>
  );
}
