// A Prompt-API-shaped session over one conversation's memory (issue 20 item 3), after Chrome's
// built-in `LanguageModel` (https://github.com/webmachinelearning/prompt-api): `prompt`,
// `promptStreaming` (a ReadableStream of text deltas), `append`, `measureContextUsage`,
// `contextUsage`, `contextWindow`, `destroy`. The difference is the context window: MegaContext
// memory is unbounded (the working context the model reads stays within W_max), so
// `contextWindow` is Infinity and there is never a context overflow; `contextUsage` is the tokens
// the memory holds. A session is a conversation: created new, or resumed by its id.
//
// Mapping: a system message sets the conversation's system prompt; `append` puts user/assistant
// messages into memory without a reply (ingested as text under their role); `prompt` appends all
// but the last message, and the last (the user's) is the chat turn the model answers.
import type { Engine } from '../runtime/engine-api';
import { asyncQueue, queueToReadableStream } from './async-queue';
import { appendMessages, chatTurn, ensureSystemPrompt, readConversation } from './conversation-feed';
import { ChatRequestError } from './errors';
import { contentText, type TranscriptMessage } from './transcript';

/** A Prompt API message (text content only). */
export interface LanguageModelMessage {
  role: 'system' | 'user' | 'assistant';
  content: string | { type: 'text'; value: string }[];
}

/** A prompt: a user message as a string, or messages. */
export type LanguageModelPrompt = string | LanguageModelMessage[];

export interface LanguageModelCallOptions {
  signal?: AbortSignal;
}

export interface LanguageModelCreateOptions {
  /** Resume this conversation's memory (default: a new conversation). */
  conversationId?: string;
  /** Title of a new conversation (default 'Prompt API session'). */
  title?: string;
  /** A system message sets the system prompt; the others are appended. */
  initialPrompts?: LanguageModelMessage[];
  /** Sampling temperature (set on the engine; 0 is greedy). */
  temperature?: number;
  signal?: AbortSignal;
}

export interface PromptSession {
  /** The conversation this session's memory is. */
  readonly conversationId: string;
  /** Tokens the memory holds (after the latest call). */
  readonly contextUsage: number;
  /** Unbounded: MegaContext memory has no context window to overflow. */
  readonly contextWindow: number;
  /** Alias of contextUsage (the older Prompt API name). */
  readonly inputUsage: number;
  /** Alias of contextWindow (the older Prompt API name). */
  readonly inputQuota: number;
  prompt(input: LanguageModelPrompt, options?: LanguageModelCallOptions): Promise<string>;
  /** The answer as it is generated: each chunk is the text added since the previous one. */
  promptStreaming(input: LanguageModelPrompt, options?: LanguageModelCallOptions): ReadableStream<string>;
  /** Puts messages into memory without asking for an answer. */
  append(input: LanguageModelPrompt, options?: LanguageModelCallOptions): Promise<void>;
  /** Tokens `input` would add to memory as a prompt. */
  measureContextUsage(input: LanguageModelPrompt, options?: LanguageModelCallOptions): Promise<number>;
  /** Alias of measureContextUsage (the older Prompt API name). */
  measureInputUsage(input: LanguageModelPrompt, options?: LanguageModelCallOptions): Promise<number>;
  /** Stops what is in flight; later calls reject with an InvalidStateError. The memory stays. */
  destroy(): void;
}

/** Like the global `LanguageModel` of the Prompt API, over a loaded engine. */
export interface LanguageModelFactory {
  create(options?: LanguageModelCreateOptions): Promise<PromptSession>;
  /** 'available' once a model is loaded (the engine answers settings only then), else 'unavailable'. */
  availability(): Promise<'available' | 'unavailable'>;
}

const asMessages = (input: LanguageModelPrompt): { role: LanguageModelMessage['role']; content: string }[] =>
  typeof input === 'string'
    ? [{ role: 'user', content: input }]
    : input.map((m) => ({ role: m.role, content: contentText(m.content) }));

/** A session over `engine`'s memory: a new conversation, or `options.conversationId` resumed. */
export async function createPromptSession(
  engine: Engine,
  options: LanguageModelCreateOptions = {},
): Promise<PromptSession> {
  options.signal?.throwIfAborted();
  if (options.temperature !== undefined) {
    const s = await engine.getSettings(null);
    if (s.sampling.temperature !== options.temperature)
      await engine.updateSettings({ sampling: { ...s.sampling, temperature: options.temperature } });
  }
  const conversationId =
    options.conversationId ?? (await engine.createConversation({ title: options.title ?? 'Prompt API session' })).id;
  const held = await readConversation(engine, conversationId);
  let systemPrompt = held.systemPrompt;
  let usage = held.tokenCount;
  const lifetime = new AbortController();
  let destroyed = false;

  const signalFor = (o?: LanguageModelCallOptions) =>
    o?.signal ? AbortSignal.any([o.signal, lifetime.signal]) : lifetime.signal;
  const alive = () => {
    if (destroyed) throw new DOMException('The session was destroyed.', 'InvalidStateError');
  };

  /** Sets the system prompt from system messages and appends the others; returns the rest when `keepLastUser`. */
  const feed = async (
    input: LanguageModelPrompt,
    signal: AbortSignal,
    keepLastUser: boolean,
  ): Promise<string | null> => {
    const messages = asMessages(input);
    const system = messages.filter((m) => m.role === 'system').map((m) => m.content);
    const chat = messages.filter((m): m is TranscriptMessage => m.role !== 'system');
    let last: string | null = null;
    if (keepLastUser) {
      const final = chat.pop();
      if (final?.role !== 'user')
        throw new ChatRequestError(
          'no-user-message',
          'A prompt must end with a user message: it is the one the model answers.',
          { messages: messages.length },
        );
      last = final.content;
    }
    if (system.length > 0) {
      const text = system.join('\n\n');
      const tokens = await ensureSystemPrompt(engine, conversationId, text, systemPrompt);
      systemPrompt = text;
      if (tokens !== null) usage = tokens;
    }
    const tokens = await appendMessages(engine, conversationId, chat, signal);
    if (tokens !== null) usage = tokens;
    return last;
  };

  if (options.initialPrompts?.length) await feed(options.initialPrompts, signalFor(options), false);

  const session: PromptSession = {
    conversationId,
    get contextUsage() {
      return usage;
    },
    contextWindow: Infinity,
    get inputUsage() {
      return usage;
    },
    inputQuota: Infinity,
    async prompt(input, o) {
      alive();
      const signal = signalFor(o);
      const message = (await feed(input, signal, true))!;
      const r = await chatTurn(engine, conversationId, message, { signal });
      usage = r.snapshot.tokenCount;
      return r.reply.text;
    },
    promptStreaming(input, o) {
      alive();
      const stop = new AbortController();
      const signal = AbortSignal.any([signalFor(o), stop.signal]);
      const q = asyncQueue<string>(() => stop.abort());
      feed(input, signal, true)
        .then((message) => chatTurn(engine, conversationId, message!, { signal, onToken: (t) => q.push(t) }))
        .then(
          (r) => {
            usage = r.snapshot.tokenCount;
            q.end();
          },
          (e: unknown) => q.fail(e),
        );
      return queueToReadableStream(q);
    },
    async append(input, o) {
      alive();
      await feed(input, signalFor(o), false);
    },
    async measureContextUsage(input) {
      alive();
      // As prompt() would feed it: the last user message as a chat turn, the others as appended text.
      const messages = asMessages(input);
      let total = 0;
      for (const [i, m] of messages.entries()) {
        const as =
          m.role === 'system' ? 'system-turn' : m.role === 'user' && i === messages.length - 1 ? 'user-turn' : 'text';
        total += await engine.countTokens({ text: m.content, as });
      }
      return total;
    },
    measureInputUsage(input, o) {
      return session.measureContextUsage(input, o);
    },
    destroy() {
      destroyed = true;
      lifetime.abort(new DOMException('The session was destroyed.', 'AbortError'));
    },
  };
  return session;
}

/** A `LanguageModel`-like factory over `engine` (its model must be loaded before `create`). */
export function languageModel(engine: Engine): LanguageModelFactory {
  return {
    create: (options) => createPromptSession(engine, options),
    // countTokens needs the loaded model's tokenizer: it fails while no model is loaded.
    availability: () =>
      engine.countTokens({ text: '', as: 'text' }).then(
        () => 'available' as const,
        () => 'unavailable' as const,
      ),
  };
}
