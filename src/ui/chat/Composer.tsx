// The message box: Enter sends, Shift+Enter adds a line; Stop cancels the answer in flight (what
// was generated stays in memory); Retry asks the last question again as a new turn.
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectModelReady } from '../../store/selectors';
import { retryLast, sendMessage, stopChat } from '../../store/actions/chat-actions';

export function Composer() {
  const [text, setText] = useState('');
  const ready = useAppStore(selectModelReady);
  const live = useAppStore((s) => s.live);
  const feeding = useAppStore((s) => s.feedJob !== null);
  const lastMessage = useAppStore((s) => s.lastMessage);
  const canSend = ready && !live && !feeding && text.trim() !== '';

  const send = () => {
    if (!canSend) return;
    const m = text;
    setText('');
    void sendMessage(m);
  };

  return (
    <form
      className="composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <textarea
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            send();
          }
        }}
        rows={2}
        placeholder={ready ? 'Message — Enter to send, Shift+Enter for a new line' : 'Load a model to chat'}
        aria-label="Message"
        disabled={!ready}
      />
      <div className="composer-actions">
        {live ? (
          <button
            type="button"
            className="btn btn-danger"
            onClick={stopChat}
            aria-label="Stop the answer"
            disabled={live.stopping}
          >
            ■ Stop
          </button>
        ) : (
          <button type="submit" className="btn btn-primary" disabled={!canSend} aria-label="Send message">
            Send
          </button>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => void retryLast()}
          disabled={!ready || !!live || feeding || !lastMessage}
          aria-label="Retry: ask the last question again"
          title="Asks the last question again; the earlier answer stays in memory"
        >
          ↻ Retry
        </button>
      </div>
    </form>
  );
}
