// The conversation's turns in order, plus the turn in flight. Model output is safe Markdown;
// user text is plain text; documents fed to memory show as a label, size and a short preview (a
// 10 MB document is never put in the page).
import { useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import type { TurnView } from '../../runtime/engine-api';
import { Markdown } from '../markdown/Markdown';
import { CopyButton } from '../common/CopyButton';
import { formatCount } from '../common/format';
import { groupTurns, type ShownTurn } from './turn-groups';

const STAGE_LABEL = { ingest: 'remembering your message…', refocus: 'refocusing the working context…', prefill: 'reading the working context…', decode: 'answering…' } as const;

function MemoryCard({ group }: { group: Extract<ShownTurn, { kind: 'memory' }> }) {
  return (
    <li className="msg msg-memory" data-testid="memory-turn">
      <details>
        <summary>
          <span className="msg-memory-icon" aria-hidden="true">
            ▤
          </span>{' '}
          Remembered <strong>{group.label}</strong>{' '}
          <span className="muted">
            · {formatCount(group.tokens)} tokens{group.parts > 1 ? ` in ${group.parts} parts` : ''}
          </span>
        </summary>
        <pre className="msg-preview">
          {group.preview}
          {group.truncated ? '…' : ''}
        </pre>
      </details>
    </li>
  );
}

function Turn({ turn }: { turn: TurnView }) {
  if (turn.role === 'user')
    return (
      <li className="msg msg-user" data-testid="user-turn">
        <div className="msg-body">{turn.text}</div>
      </li>
    );
  return (
    <li className="msg msg-assistant" data-testid="assistant-turn">
      {turn.text.trim() ? <Markdown text={turn.text} /> : <p className="muted small">(the answer was only whitespace)</p>}
      <div className="msg-tools">
        <CopyButton text={turn.text} label="Copy answer" testId="copy-answer" />
      </div>
    </li>
  );
}

export function MessageList() {
  const turns = useAppStore((s) => s.turns);
  const live = useAppStore((s) => s.live);
  const activeId = useAppStore((s) => s.activeId);
  const ref = useRef<HTMLOListElement>(null);
  const liveHere = live && live.conversationId === activeId ? live : null;
  const shown = useMemo(() => groupTurns(turns), [turns]);

  useEffect(() => {
    const el = ref.current;
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 160) el.scrollTop = el.scrollHeight;
  }, [turns, liveHere?.text]);

  return (
    <ol className="messages" ref={ref} aria-label="Messages" aria-live="off">
      {shown.length === 0 && !liveHere ? (
        <li className="empty-chat muted">
          Ask something, or feed documents to the memory first. Everything you write and every answer enters this conversation’s MegaContext and stays on this machine.
        </li>
      ) : null}
      {shown.map((t) => (t.kind === 'memory' ? <MemoryCard key={t.key} group={t} /> : <Turn key={t.key} turn={t.turn} />))}
      {liveHere ? (
        <>
          <li className="msg msg-user" data-testid="user-turn">
            <div className="msg-body">{liveHere.message}</div>
          </li>
          <li className="msg msg-assistant msg-live" data-testid="live-answer" aria-busy="true">
            {liveHere.text ? <Markdown text={liveHere.text} /> : null}
            <span className="stage" role="status">
              {liveHere.stopping ? 'stopping…' : STAGE_LABEL[liveHere.stage]}
            </span>
          </li>
        </>
      ) : null}
    </ol>
  );
}
