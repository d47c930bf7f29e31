// The conversation's turns in order, plus the turn in flight. Model output is safe Markdown;
// user text is plain text; documents fed to memory show as a label, size and a short preview (a
// 10 MB document is never put in the page); system prompts and superseded exchanges say where
// they stand (turn-groups.ts).
import { useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectModelReady } from '../../store/selectors';
import { Markdown } from '../markdown/Markdown';
import { formatCount } from '../common/format';
import { useThrottled } from '../common/useThrottled';
import { groupTurns, type ShownTurn } from './turn-groups';
import { RevisionNote, UserTurn } from './UserTurn';
import { AssistantTurn } from './AssistantTurn';
import { SystemPromptCard } from './SystemPromptCard';
import { SampleMemoryCard } from '../sample/SampleMemoryCard';

const STAGE_LABEL = {
  ingest: 'remembering your message…',
  refocus: 'refocusing the working context…',
  prefill: 'reading the working context…',
  decode: 'answering…',
} as const;

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

/** The answer streaming in, rendered at most ten times a second (useThrottled). */
function LiveText({ text }: { text: string }) {
  const shown = useThrottled(text, 100);
  return shown ? <Markdown text={shown} /> : null;
}

export function MessageList() {
  const turns = useAppStore((s) => s.turns);
  const live = useAppStore((s) => s.live);
  const activeId = useAppStore((s) => s.activeId);
  const ref = useRef<HTMLOListElement>(null);
  const liveHere = live && live.conversationId === activeId ? live : null;
  const shown = useMemo(() => groupTurns(turns), [turns]);
  const ready = useAppStore(selectModelReady);
  const feeding = useAppStore((s) => s.feedJob !== null);
  const canSend = ready && !live && !feeding;

  useEffect(() => {
    const el = ref.current;
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 160) el.scrollTop = el.scrollHeight;
  }, [turns, liveHere?.text]);

  return (
    <ol className="messages" ref={ref} aria-label="Messages" aria-live="off">
      {shown.length === 0 && !liveHere ? (
        <li className="empty-chat muted">
          Ask something, or feed documents to the memory first. Everything you write and every answer enters this
          conversation’s MegaContext and stays on this machine.
          <SampleMemoryCard />
        </li>
      ) : null}
      {shown.map((t) =>
        t.kind === 'memory' ? (
          <MemoryCard key={t.key} group={t} />
        ) : t.kind === 'system-prompt' ? (
          <SystemPromptCard key={t.key} group={t} />
        ) : t.turn.role === 'user' ? (
          <UserTurn key={t.key} turn={t.turn} supersededBy={t.supersededBy} canSend={canSend} />
        ) : (
          <AssistantTurn
            key={t.key}
            turn={t.turn}
            supersededBy={t.supersededBy}
            question={t.question}
            canSend={canSend}
          />
        ),
      )}
      {liveHere ? (
        <>
          <li className="msg msg-user">
            <RevisionNote revision={liveHere.revises} />
            <div className="msg-body" data-testid="user-turn">
              {liveHere.message}
            </div>
          </li>
          <li className="msg msg-assistant msg-live" data-testid="live-answer" aria-busy="true">
            <LiveText text={liveHere.text} />
            <span className="stage" role="status">
              {liveHere.stopping ? 'stopping…' : STAGE_LABEL[liveHere.stage]}
            </span>
          </li>
        </>
      ) : null}
    </ol>
  );
}
