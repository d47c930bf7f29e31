// How the library's adapters put messages into a conversation's memory (issue 20 item 3): a
// system message sets the conversation's system prompt (pinned memory, src/runtime/system-prompt.ts);
// a user or assistant message that gets no reply is ingested as text under its role's label
// (transcript.ts reads it back); a user message that wants a reply is a chat turn, whose tokens
// stream through `onToken`.
import type { Engine, EngineMethods, TurnView } from '../runtime/engine-api';
import { APPENDED_LABEL, systemPromptOf, transcriptOf, type TranscriptMessage } from './transcript';

/** What the memory holds: the transcript and the system prompt in force. */
export async function readConversation(
  engine: Engine,
  conversationId: string,
): Promise<{ turns: TurnView[]; transcript: TranscriptMessage[]; systemPrompt: string; tokenCount: number }> {
  const open = await engine.openConversation({ id: conversationId });
  return {
    turns: open.turns,
    transcript: transcriptOf(open.turns),
    systemPrompt: systemPromptOf(open.turns),
    tokenCount: open.snapshot.tokenCount,
  };
}

/** Sets the system prompt to `text` unless it is already the one in force. Returns the memory's token count, or null when unchanged. */
export async function ensureSystemPrompt(
  engine: Engine,
  conversationId: string,
  text: string,
  current: string,
): Promise<number | null> {
  if (text.trim() === current.trim()) return null;
  const r = await engine.setSystemPrompt({ conversationId, text });
  return r.snapshot.tokenCount;
}

/** Appends messages without a reply (ingested under their role's label). Returns the memory's token count after them. */
export async function appendMessages(
  engine: Engine,
  conversationId: string,
  messages: readonly TranscriptMessage[],
  signal?: AbortSignal,
): Promise<number | null> {
  let tokens: number | null = null;
  for (const m of messages) {
    const r = await engine.ingest(
      { conversationId, text: m.content, label: APPENDED_LABEL[m.role] },
      signal ? { signal } : {},
    );
    tokens = r.snapshot.tokenCount;
  }
  return tokens;
}

/** One chat turn: `message` enters the memory, the reply streams through `onToken`. */
export function chatTurn(
  engine: Engine,
  conversationId: string,
  message: string,
  opts: { signal?: AbortSignal; onToken?: (text: string) => void } = {},
): Promise<EngineMethods['chat']['result']> {
  return engine.chat(
    { conversationId, message },
    {
      ...(opts.signal ? { signal: opts.signal } : {}),
      onProgress: (e) => {
        if (e.kind === 'token' && e.text) opts.onToken?.(e.text);
      },
    },
  );
}
