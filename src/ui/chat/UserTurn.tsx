// A sent message: its text, how it revised an earlier one (edit / regenerate), whether a later
// turn superseded it, and "Edit" — which sends the edited text as a new turn: memory is
// append-only, so the original message and its answer stay in memory.
import { useState } from 'react';
import type { TurnRevision, TurnView } from '../../runtime/engine-api';
import { resendEdited } from '../../store/actions/chat-actions';

export const REVISION_LABEL: Record<TurnRevision['kind'], string> = {
  edit: '✎ Edited and sent again — the original exchange stays in memory',
  regenerate: '↻ Asked again — the earlier answer stays in memory',
};

/** What a superseded turn says, by its role and how it was revised. */
export const SUPERSEDED_LABEL: Record<'user' | 'assistant', Record<TurnRevision['kind'], string>> = {
  user: { edit: 'Earlier version (edited below) — still in memory', regenerate: 'Asked again below — still in memory' },
  assistant: {
    edit: 'Answer to the earlier version — still in memory',
    regenerate: 'Earlier answer (regenerated below) — still in memory',
  },
};

export function RevisionNote({ revision }: { revision: TurnRevision | null | undefined }) {
  if (!revision) return null;
  return (
    <p className="msg-note" data-testid="revision-note">
      {REVISION_LABEL[revision.kind]}
    </p>
  );
}

export function UserTurn({
  turn,
  supersededBy,
  canSend,
}: {
  turn: TurnView;
  supersededBy: TurnRevision['kind'] | null;
  canSend: boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const revision = turn.meta && 'of' in turn.meta ? turn.meta : null;
  const send = () => {
    if (draft === null || !draft.trim() || !canSend) return;
    const text = draft;
    setDraft(null);
    void resendEdited(turn.index, text);
  };
  return (
    <li className={`msg msg-user ${supersededBy ? 'msg-superseded' : ''}`}>
      {supersededBy ? (
        <p className="msg-note">{SUPERSEDED_LABEL.user[supersededBy]}</p>
      ) : (
        <RevisionNote revision={revision} />
      )}
      {draft === null ? (
        <>
          <div className="msg-body" data-testid="user-turn">
            {turn.text}
          </div>
          {supersededBy ? null : (
            <div className="msg-tools">
              <button
                type="button"
                className="icon-btn"
                onClick={() => setDraft(turn.text)}
                disabled={!canSend}
                aria-label="Edit this message and send it again"
                title="Edit and send again; the original message and its answer stay in memory"
              >
                ✎ Edit
              </button>
            </div>
          )}
        </>
      ) : (
        <form
          className="msg-edit"
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <textarea
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setDraft(null);
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                send();
              }
            }}
            rows={Math.min(8, draft.split('\n').length + 1)}
            aria-label="Edited message"
            autoFocus
          />
          <p className="msg-note">
            Sent as a new message: the original and its answer stay in memory (memory is append-only).
          </p>
          <div className="row">
            <button type="submit" className="btn btn-primary btn-xs" disabled={!canSend || !draft.trim()}>
              Send edited
            </button>
            <button type="button" className="btn btn-xs" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
