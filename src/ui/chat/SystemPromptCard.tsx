// A system prompt in the transcript: in force (pinned at full detail), replaced by a later one, or
// cleared — the earlier ones stay in memory, no longer pinned.
import type { ShownTurn } from './turn-groups';
import { formatCount } from '../common/format';

const STATE = {
  active: 'in force · pinned at full detail',
  replaced: 'replaced · still in memory, no longer pinned',
  cleared: '',
} as const;

export function SystemPromptCard({ group }: { group: Extract<ShownTurn, { kind: 'system-prompt' }> }) {
  if (group.state === 'cleared') {
    return (
      <li className="msg msg-system" data-testid="system-prompt-turn">
        System prompt cleared — the earlier one stays in memory, no longer pinned.
      </li>
    );
  }
  return (
    <li
      className={`msg msg-system ${group.state === 'active' ? 'msg-system-active' : 'msg-superseded'}`}
      data-testid="system-prompt-turn"
    >
      <div className="msg-system-head">
        <strong>System prompt</strong>{' '}
        <span className="muted">
          · {STATE[group.state]} · {formatCount(group.tokens)} tokens
        </span>
      </div>
      <div className="msg-system-text">{group.text}</div>
    </li>
  );
}
