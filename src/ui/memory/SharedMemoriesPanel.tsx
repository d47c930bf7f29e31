// Shared memories (issue 19; seed: MegaContext Tree, fed once): make a collection from files and
// a pasted text — tokenized and gisted once, with a progress bar — list the collections with their
// sizes and how many conversations use them, attach one to the open conversation (its documents
// join this conversation's memory and its Documents list, marked as from the shared memory), or
// delete one (conversations that attached it keep their copy).
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectModelReady } from '../../store/selectors';
import {
  attachCollection,
  cancelCreateCollection,
  createCollection,
  deleteCollection,
  refreshCollections,
  useSharedMemories,
} from '../../store/actions/shared-memory-actions';
import { fromFile } from '../feed/file-intake';
import { Panel } from '../common/Panel';
import { JobProgress } from '../common/JobProgress';
import { ProgressBar } from '../common/ProgressBar';
import { formatCount, formatDuration, formatRate } from '../common/format';
import './shared-memories.css';

function CreateProgress() {
  const creating = useSharedMemories((s) => s.creating);
  if (!creating) return null;
  const p = creating.progress;
  return (
    <JobProgress
      testId="shared-memory-progress"
      verb="Gisting"
      name={creating.name}
      onCancel={cancelCreateCollection}
      cancelLabel="Cancel making the shared memory"
      value={p ? p.tokensDone / Math.max(1, p.tokensTotal) : null}
      barLabel="Making the shared memory"
      stats={
        p
          ? `document ${Math.min(p.documents, p.documentsDone + 1)} of ${p.documents} · ${formatCount(p.tokensDone)} of ${formatCount(p.tokensTotal)} tokens · ${formatRate(p.tokensPerSecond)} · ${formatDuration(p.secondsLeft)} left`
          : 'Tokenizing…'
      }
    />
  );
}

export function SharedMemoriesPanel() {
  const ready = useAppStore(selectModelReady);
  const busy = useAppStore((s) => s.feedJob !== null || s.live !== null);
  const activeId = useAppStore((s) => s.activeId);
  const { collections, creating, attaching, result, error } = useSharedMemories();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const filesInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (ready) void refreshCollections();
  }, [ready]);

  const create = async () => {
    const ok = await createCollection(
      name,
      files.map((f) => fromFile(f)),
      text,
    );
    if (ok) {
      setName('');
      setText('');
      setFiles([]);
      if (filesInput.current) filesInput.current.value = '';
    }
  };

  return (
    <Panel
      title="Shared memories"
      testId="shared-memories"
      subtitle={collections.length > 0 ? `${collections.length} saved` : null}
    >
      <p className="small muted">
        Documents read once and kept apart; attach them to any conversation without reading them again.
      </p>
      <div className="shared-create">
        <input
          type="text"
          className="input"
          placeholder="Name (e.g. Project handbook)"
          aria-label="Shared memory name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          disabled={!ready || creating !== null}
        />
        <textarea
          className="input"
          rows={3}
          placeholder="Paste text for the shared memory…"
          aria-label="Shared memory text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          disabled={!ready || creating !== null}
        />
        <div className="row">
          <input
            ref={filesInput}
            type="file"
            multiple
            aria-label="Files for the shared memory"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
            disabled={!ready || creating !== null}
          />
          <button
            type="button"
            className="btn btn-primary btn-xs"
            onClick={() => void create()}
            disabled={!ready || creating !== null || (text.trim() === '' && files.length === 0)}
          >
            Create shared memory
          </button>
        </div>
      </div>
      <CreateProgress />
      {result ? (
        <p className="ok small" role="status" data-testid="shared-memory-result">
          {result}
        </p>
      ) : null}
      {error ? (
        <p className="small error" role="alert" data-testid="shared-memory-error">
          {error}
        </p>
      ) : null}
      {collections.length === 0 ? (
        <p className="muted small" data-testid="shared-memories-empty">
          No shared memory yet.
        </p>
      ) : (
        <ul className="doc-list">
          {collections.map((c) => (
            <li key={c.id} className="doc" data-testid="shared-memory">
              <div className="doc-main">
                <span className="doc-label" title={c.documents.map((d) => d.label).join(', ')}>
                  {c.name}
                </span>
                <span className="doc-size muted" data-testid="shared-memory-size">
                  {c.documents.length} document{c.documents.length === 1 ? '' : 's'} · {formatCount(c.tokenCount)}{' '}
                  tokens · {formatCount(c.chars)} characters
                </span>
                <span className="doc-where muted" data-testid="shared-memory-used">
                  used by {c.usedBy} conversation{c.usedBy === 1 ? '' : 's'}
                </span>
                {attaching?.collectionId === c.id ? (
                  <ProgressBar
                    value={attaching.progress ? attaching.progress.tokensDone / attaching.progress.tokensTotal : null}
                    label={`Attaching ${c.name}`}
                  />
                ) : null}
              </div>
              <button
                type="button"
                className="btn btn-xs"
                onClick={() => void attachCollection(c)}
                disabled={!ready || busy || attaching !== null}
                aria-label={`Attach ${c.name} to ${activeId ? 'this conversation' : 'a new conversation'}`}
              >
                Attach
              </button>
              <button
                type="button"
                className="btn btn-xs"
                onClick={() => void deleteCollection(c)}
                disabled={attaching !== null}
                aria-label={`Delete ${c.name}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
