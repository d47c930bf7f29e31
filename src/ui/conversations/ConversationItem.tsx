// One conversation in the list: open it, rename it inline, export it (⤓ the whole memory; ¶ its
// transcript as Markdown or OpenAI messages JSON), delete it (two-step confirm).
import { useState } from 'react';
import type { ConversationSummary, ExportFormat } from '../../runtime/engine-api';
import { renameConversation } from '../../store/actions/conversation-actions';
import { formatTokens } from '../heatmap/heatmap-model';

export function ConversationItem(props: {
  conversation: ConversationSummary;
  active: boolean;
  disabled: boolean;
  onOpen: () => void;
  onExport: (format: ExportFormat) => void;
  onDelete: () => void;
}) {
  const c = props.conversation;
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(c.title);
  const [confirming, setConfirming] = useState(false);
  const [transcript, setTranscript] = useState(false);

  const commit = () => {
    setEditing(false);
    if (title.trim() && title.trim() !== c.title) void renameConversation(c.id, title);
    else setTitle(c.title);
  };

  return (
    <li
      className={`conv ${props.active ? 'conv-active' : ''}`}
      data-testid="conversation-item"
      aria-current={props.active ? 'true' : undefined}
    >
      {editing ? (
        <input
          className="conv-rename"
          aria-label={`New title for ${c.title}`}
          value={title}
          autoFocus
          onChange={(e) => setTitle(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setTitle(c.title);
              setEditing(false);
            }
          }}
        />
      ) : (
        <button type="button" className="conv-open" onClick={props.onOpen} disabled={props.disabled && !props.active}>
          <span className="sr-only">Open </span>
          <span className="conv-title">{c.title}</span>
          <span className="conv-meta">
            {formatTokens(c.tokenCount)} tokens · {c.turnCount} turns
          </span>
        </button>
      )}
      <div className="conv-tools">
        {confirming ? (
          <>
            <button
              type="button"
              className="btn btn-danger btn-xs"
              onClick={props.onDelete}
              aria-label={`Confirm delete ${c.title}`}
            >
              Delete
            </button>
            <button type="button" className="btn btn-xs" onClick={() => setConfirming(false)} aria-label="Keep it">
              Keep
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="icon-btn"
              disabled={props.disabled}
              onClick={() => {
                setTitle(c.title);
                setEditing(true);
              }}
              aria-label={`Rename ${c.title}`}
              title="Rename"
            >
              ✎
            </button>
            <button
              type="button"
              className="icon-btn"
              disabled={props.disabled}
              onClick={() => props.onExport('megacontext')}
              aria-label={`Export ${c.title}`}
              title="Export with its memory (.megacontext)"
            >
              ⤓
            </button>
            <button
              type="button"
              className="icon-btn"
              disabled={props.disabled}
              onClick={() => setTranscript((v) => !v)}
              aria-expanded={transcript}
              aria-label={`Transcript of ${c.title}`}
              title="Export the transcript (Markdown or OpenAI messages JSON)"
            >
              ¶
            </button>
            <button
              type="button"
              className="icon-btn"
              disabled={props.disabled}
              onClick={() => setConfirming(true)}
              aria-label={`Delete ${c.title}`}
              title="Delete"
            >
              ✕
            </button>
          </>
        )}
      </div>
      {transcript ? (
        <div className="conv-formats" role="group" aria-label={`Transcript formats for ${c.title}`}>
          <span className="small muted">Transcript:</span>
          <button
            type="button"
            className="btn btn-xs"
            onClick={() => {
              setTranscript(false);
              props.onExport('markdown');
            }}
            aria-label={`Download ${c.title} as Markdown`}
          >
            Markdown
          </button>
          <button
            type="button"
            className="btn btn-xs"
            onClick={() => {
              setTranscript(false);
              props.onExport('openai');
            }}
            aria-label={`Download ${c.title} as OpenAI JSON (messages)`}
          >
            OpenAI JSON
          </button>
        </div>
      ) : null}
    </li>
  );
}
