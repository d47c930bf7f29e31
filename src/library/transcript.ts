// A conversation's memory read as a chat transcript (issue 20 item 3), so that the OpenAI-style
// adapter feeds only what the memory does not hold yet: clients resend the whole history with
// every request, but MegaContext memory is append-only and already keeps it. Pure functions over
// the engine's TurnView list (no engine calls).
//
// The transcript is the conversation's user and assistant turns, in order, plus the messages the
// adapters appended without a reply (ingested under the labels below). Documents ingested from the
// app, completions (a "[completion]" prompt and its continuation) and system prompts are not part
// of it; the system prompt in force is read separately.
import type { TurnView } from '../runtime/engine-api';
import { ChatRequestError } from './errors';
import { COMPLETION_LABEL } from '../runtime/completion-turn';

const COMPLETION_HEAD = `[${COMPLETION_LABEL}]\n`;

/** One message of a transcript (system messages are the conversation's system prompt instead). */
export interface TranscriptMessage {
  role: 'user' | 'assistant';
  content: string;
}

/** Ingest labels of messages appended without a reply (the engine stores them as `[label]\n<text>`). */
export const APPENDED_LABEL = { user: 'chat:user', assistant: 'chat:assistant' } as const;

/** The user/assistant transcript the memory holds, oldest first. */
export function transcriptOf(turns: readonly TurnView[]): TranscriptMessage[] {
  const out: TranscriptMessage[] = [];
  let completion = false;
  for (const t of turns) {
    const continuation = completion && t.role === 'assistant';
    completion = t.role === 'system' && t.text.startsWith(COMPLETION_HEAD);
    if (continuation) continue;
    if (t.role === 'user' || t.role === 'assistant') {
      out.push({ role: t.role, content: t.text });
      continue;
    }
    if (t.meta) continue; // a system prompt
    for (const role of ['user', 'assistant'] as const) {
      const head = `[${APPENDED_LABEL[role]}]\n`;
      if (t.text.startsWith(head)) out.push({ role, content: t.text.slice(head.length) });
    }
  }
  return out;
}

/** The system prompt in force: the text of the latest system-prompt turn ('' when none or cleared). */
export function systemPromptOf(turns: readonly TurnView[]): string {
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]!.meta?.kind === 'system-prompt') return turns[i]!.text;
  return '';
}

const same = (a: TranscriptMessage, b: TranscriptMessage) => a.role === b.role && a.content === b.content;

/**
 * The messages of `sent` the memory does not hold yet: `sent` minus its longest prefix that equals
 * the end of `held`. A client that resends the whole history (or only its latest part) thus feeds
 * only its new messages; a history that does not continue the memory is fed whole.
 */
export function newMessages(
  held: readonly TranscriptMessage[],
  sent: readonly TranscriptMessage[],
): TranscriptMessage[] {
  for (let k = Math.min(held.length, sent.length); k > 0; k--) {
    let match = true;
    for (let i = 0; i < k && match; i++) match = same(sent[i]!, held[held.length - k + i]!);
    if (match) return sent.slice(k);
  }
  return [...sent];
}

/** Text of a message's content: a string, or text parts (OpenAI `{ type: 'text', text }`, Prompt API `{ type: 'text', value }`). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part: unknown) => {
        const p = part as { type?: unknown; text?: unknown; value?: unknown };
        if (p?.type === 'text' && typeof p.text === 'string') return p.text;
        if (p?.type === 'text' && typeof p.value === 'string') return p.value;
        throw new ChatRequestError(
          'unsupported-content',
          `Only text content is supported (got a "${String(p?.type)}" part): send the message as a string or as { type: 'text', text } parts.`,
          { type: String(p?.type) },
        );
      })
      .join('');
  }
  throw new ChatRequestError('unsupported-content', 'A message content must be a string or an array of text parts.', {
    type: typeof content,
  });
}
