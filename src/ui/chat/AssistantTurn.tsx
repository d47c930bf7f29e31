// An answer: safe Markdown, and its tools — copy (the Markdown source) and regenerate, which asks
// the question again as a new turn. Memory is append-only: the earlier answer stays in memory
// (the model can still see it) and is marked as superseded in the transcript.
import type { TurnRevision, TurnView } from '../../runtime/engine-api';
import { regenerate } from '../../store/actions/chat-actions';
import { Markdown } from '../markdown/Markdown';
import { CopyButton } from '../common/CopyButton';
import { SUPERSEDED_LABEL } from './UserTurn';

export const REGENERATE_HINT =
  'Ask the same question again as a new turn. Memory is append-only: this answer stays in memory, and the model can still see it.';

export function AssistantTurn(props: {
  turn: TurnView;
  supersededBy: TurnRevision['kind'] | null;
  question: number | null;
  canSend: boolean;
}) {
  const { turn, supersededBy, question } = props;
  return (
    <li className={`msg msg-assistant ${supersededBy ? 'msg-superseded' : ''}`} data-testid="assistant-turn">
      {supersededBy ? <p className="msg-note">{SUPERSEDED_LABEL.assistant[supersededBy]}</p> : null}
      {turn.text.trim() ? (
        <Markdown text={turn.text} />
      ) : (
        <p className="muted small">(the answer was only whitespace)</p>
      )}
      <div className="msg-tools">
        <CopyButton text={turn.text} label="Copy answer" testId="copy-answer" />
        {question !== null && !supersededBy ? (
          <button
            type="button"
            className="icon-btn"
            onClick={() => void regenerate(question)}
            disabled={!props.canSend}
            aria-label="Regenerate this answer"
            title={REGENERATE_HINT}
          >
            ↻ Regenerate
          </button>
        ) : null}
      </div>
    </li>
  );
}
