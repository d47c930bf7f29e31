// The documents fed to the open conversation's memory (seed: MegaContext Tree): one row per
// document with its size in tokens and characters and where it lies in the tree; "Show" zooms
// the focus heatmap to it and selects its first span; "Forget" takes it out of what the model sees,
// Find and exports (undo below, in the Forgotten list, until the page closes). Documents attached
// from a shared memory can be detached together: "Detach" forgets the attachment's whole range in
// this conversation only (the shared memory and other conversations keep theirs).
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { revealSpan } from '../../store/actions/reveal-actions';
import { Panel } from '../common/Panel';
import { formatCount } from '../common/format';
import { attachedRuns, fedDocuments } from './documents';
import { forgetRange } from '../../store/actions/forget-actions';
import { ForgottenList } from './ForgottenList';

export function DocumentsPanel() {
  const turns = useAppStore((s) => s.turns);
  const activeId = useAppStore((s) => s.activeId);
  const list = useMemo(() => fedDocuments(turns), [turns]);
  const runs = useMemo(() => attachedRuns(list.documents), [list]);
  const n = list.documents.length;
  return (
    <Panel
      title="Documents"
      testId="documents"
      subtitle={n > 0 ? `${n} in memory · ${formatCount(list.tokens)} tokens` : null}
    >
      {n === 0 ? (
        <p className="muted small" data-testid="documents-empty">
          {activeId ? 'No document fed to this conversation yet.' : 'Open a conversation to see its documents.'}
        </p>
      ) : (
        <ul className="doc-list">
          {list.documents.map((d) => (
            <li key={d.key} className="doc" data-testid="document">
              <div className="doc-main">
                <span className="doc-label" title={d.label}>
                  {d.label}
                </span>
                {d.sharedMemory !== null ? (
                  <span className="doc-from muted" data-testid="document-shared" title={d.sharedMemory}>
                    from shared memory “{d.sharedMemory}”
                  </span>
                ) : null}
                <span className="doc-size muted" data-testid="document-size">
                  {formatCount(d.tokens)} tokens · {formatCount(d.chars)} characters
                  {d.parts > 1 ? ` · ${d.parts} parts` : ''}
                  {d.partlyForgotten ? ' · partly forgotten' : ''}
                </span>
                <span className="doc-where muted">
                  tokens {formatCount(d.tokenStart)}–{formatCount(d.tokenEnd)}
                </span>
              </div>
              <button
                type="button"
                className="btn btn-xs"
                onClick={() => revealSpan({ start: d.tokenStart, end: d.tokenEnd })}
                aria-label={`Show ${d.label} on the heatmap`}
              >
                Show
              </button>
              <button
                type="button"
                className="btn btn-xs"
                onClick={() => void forgetRange({ start: d.tokenStart, end: d.tokenEnd }, 'document')}
                aria-label={`Forget ${d.label}`}
              >
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
      {runs.length > 0 ? (
        <ul className="doc-attachments" aria-label="Shared memories attached to this conversation">
          {runs.map((r) => (
            <li key={`${r.start}-${r.end}`} className="doc-attachment muted small" data-testid="attachment">
              <span>
                “{r.name}”: {r.documents} {r.documents === 1 ? 'document' : 'documents'} attached
              </span>
              <button
                type="button"
                className="btn btn-xs"
                onClick={() => void forgetRange({ start: r.start, end: r.end }, 'document')}
                aria-label={`Detach ${r.name} from this conversation`}
                title="Forget these documents in this conversation only; the shared memory keeps them"
              >
                Detach
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ForgottenList />
    </Panel>
  );
}
