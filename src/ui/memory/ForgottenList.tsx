// What was forgotten from the open conversation's memory (issue 19 item 3): one row per tombstone
// with its token range; those made on this page can be undone until it closes, older ones are
// final. Forgotten text is not shown anywhere: not in the chat, the documents, Find or exports.
import { useAppStore } from '../../store/app-store';
import { undoForget } from '../../store/actions/forget-actions';
import { formatCount } from '../common/format';

export function ForgottenList() {
  const forgets = useAppStore((s) => s.forgets);
  const error = useAppStore((s) => s.forgetError);
  if (forgets.length === 0 && !error) return null;
  return (
    <div className="forgotten" data-testid="forgotten">
      {forgets.length > 0 ? (
        <>
          <h3 className="small forgotten-title">Forgotten</h3>
          <ul className="doc-list">
            {forgets.map((f) => (
              <li key={f.id} className="doc doc-forgotten" data-testid="forgotten-item">
                <div className="doc-main">
                  <span className="doc-label" title={f.label}>
                    {f.label ?? (f.kind === 'document' ? 'A document' : 'A span')}
                  </span>
                  <span className="doc-size muted">
                    {formatCount(f.end - f.start)} tokens · tokens {formatCount(f.start)}–{formatCount(f.end)}
                  </span>
                  <span className="doc-where muted">
                    {f.undoable
                      ? 'the model no longer sees it; undo until this page closes'
                      : 'final (forgotten on an earlier visit)'}
                  </span>
                </div>
                {f.undoable ? (
                  <button
                    type="button"
                    className="btn btn-xs"
                    onClick={() => void undoForget(f.id)}
                    aria-label={`Undo forgetting tokens ${f.start} to ${f.end}`}
                  >
                    Undo
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {error ? (
        <p className="error small" role="alert" data-testid="forget-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
