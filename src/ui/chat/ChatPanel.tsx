// The chat over the Working Context: the conversation's system prompt, its turns (documents fed
// to memory shown as compact cards), the answer streaming in, its stats (time to first token,
// tokens/s, refocus) and the composer with stop and retry.
import { useAppStore } from '../../store/app-store';
import { selectActive } from '../../store/selectors';
import { Panel } from '../common/Panel';
import { MessageList } from './MessageList';
import { Composer } from './Composer';
import { TurnStatsBar } from './TurnStatsBar';
import { SystemPromptEditor } from './SystemPromptEditor';
import { SuggestedQuestions } from '../sample/SuggestedQuestions';

export function ChatPanel() {
  const active = useAppStore(selectActive);
  const openError = useAppStore((s) => s.openError);
  const warnings = useAppStore((s) => s.openWarnings);
  const chatError = useAppStore((s) => s.chatError);
  return (
    <Panel title="Chat" testId="chat" className="chat-panel" subtitle={active ? active.title : null}>
      {openError ? (
        <p className="error" role="alert">
          {openError}
        </p>
      ) : null}
      {warnings.map((w) => (
        <p key={w} className="warn small" role="status">
          {w}
        </p>
      ))}
      <SystemPromptEditor />
      <MessageList />
      <TurnStatsBar />
      <SuggestedQuestions />
      {chatError ? (
        <p className="error" role="alert" data-testid="chat-error">
          {chatError}
        </p>
      ) : null}
      <Composer />
    </Panel>
  );
}
