// Feeding the MegaContext Tree: type or paste text, drop files or a whole folder (a codebase), or
// pick them. A large paste is held outside the page (never rendered) and streamed to the engine;
// binary and oversized files are skipped with a notice; long ingests show progress and can be
// cancelled.
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectModelReady } from '../../store/selectors';
import { feedFiles, feedText, holdPaste } from '../../store/actions/feed-actions';
import { collectDropped, formatSize, fromFile, partitionVendored } from './file-intake';
import { Panel } from '../common/Panel';
import { IngestProgressView } from './IngestProgressView';
import { SkippedFiles } from './SkippedFiles';

/** Pastes longer than this are held outside the DOM instead of being inserted in the text box. */
export const LARGE_PASTE_CHARS = 20_000;

export function FeedPanel() {
  const ready = useAppStore(selectModelReady);
  const job = useAppStore((s) => s.feedJob);
  const chatting = useAppStore((s) => s.live !== null);
  const pending = useAppStore((s) => s.pendingText);
  const result = useAppStore((s) => s.feedResult);
  const error = useAppStore((s) => s.feedError);
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const disabled = !ready || job !== null || chatting;

  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const remember = async () => {
    if (pending) {
      await feedText(pending.text, pending.label);
      return;
    }
    const t = text;
    const firstLine = t.trim().split('\n')[0]!.slice(0, 40);
    if (await feedText(t, `note: ${firstLine}${t.trim().length > 40 ? '…' : ''}`)) setText('');
  };

  const onPicked = async (list: FileList | null, input: HTMLInputElement | null) => {
    const { keep, skippedDirs } = partitionVendored(Array.from(list ?? []).map((f) => fromFile(f)));
    if (input) input.value = '';
    if (keep.length > 0 || skippedDirs.length > 0) await feedFiles(keep, skippedDirs);
  };

  return (
    <Panel title="Feed memory" testId="feed" className={`feed-panel ${dragging ? 'dragging' : ''}`}>
      <div
        className="dropzone"
        data-testid="dropzone"
        onDragOver={(e) => {
          if (disabled) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={async (e) => {
          e.preventDefault();
          setDragging(false);
          if (disabled) return;
          const { files, skippedDirs } = await collectDropped(e.dataTransfer.items);
          await feedFiles(files, skippedDirs);
        }}
      >
        {pending ? (
          <div className="pending" data-testid="pending-paste">
            <p>
              <strong>Pasted {pending.text.length.toLocaleString()} characters</strong> (
              {formatSize(new Blob([pending.text]).size)}), held outside the page until you feed it.
            </p>
            <button
              type="button"
              className="btn btn-xs"
              onClick={() => useAppStore.setState({ pendingText: null })}
              aria-label="Discard the pasted text"
              disabled={job !== null}
            >
              Discard
            </button>
          </div>
        ) : (
          <textarea
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onPaste={(e) => {
              const pasted = e.clipboardData.getData('text/plain');
              if (pasted.length > LARGE_PASTE_CHARS) {
                e.preventDefault();
                holdPaste(pasted);
              }
            }}
            rows={3}
            placeholder="Type or paste text to remember — or drop files or a folder here"
            aria-label="Text to remember"
            disabled={!ready}
          />
        )}
        <div className="row feed-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={disabled || (!pending && text.trim() === '')}
            onClick={() => void remember()}
            aria-label="Remember: feed this text to memory"
          >
            Remember
          </button>
          <button
            type="button"
            className="btn"
            disabled={disabled}
            onClick={() => filesInput.current?.click()}
            aria-label="Choose files to remember"
          >
            Files…
          </button>
          <button
            type="button"
            className="btn"
            disabled={disabled}
            onClick={() => folderInput.current?.click()}
            aria-label="Choose a folder to remember"
          >
            Folder…
          </button>
          <input
            ref={filesInput}
            type="file"
            multiple
            hidden
            data-testid="files-input"
            aria-label="Files to remember"
            onChange={(e) => void onPicked(e.currentTarget.files, filesInput.current)}
          />
          <input
            ref={folderInput}
            type="file"
            hidden
            data-testid="folder-input"
            aria-label="Folder to remember"
            onChange={(e) => void onPicked(e.currentTarget.files, folderInput.current)}
          />
          <span className="muted small drop-hint">or drop files (text, PDF, .docx) / a folder</span>
        </div>
      </div>
      <IngestProgressView />
      {result && !job ? (
        <p className="ok small" role="status" data-testid="feed-result">
          {result}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert" data-testid="feed-error">
          {error}
        </p>
      ) : null}
      <SkippedFiles />
    </Panel>
  );
}
