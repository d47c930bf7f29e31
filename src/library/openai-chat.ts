// An OpenAI-style chat completions client over one conversation's memory (issue 20 item 3):
// `client.chat.completions.create({ messages, stream })`, shaped like the OpenAI SDK, so code
// written for it runs on the MegaContext engine. The difference is the memory: clients resend the
// whole history each time, but the conversation already holds it, so only the messages it does not
// hold yet are fed (transcript.ts, newMessages) — the memory keeps the rest, at constant cost per
// token however long the history grows. System (and developer) messages set the conversation's
// system prompt; new user/assistant messages before the last are appended without a reply; the
// last message must be the user's, and it is the chat turn the model answers.
import type { Engine, MemorySnapshot, TurnStats } from '../runtime/engine-api';
import type { StopReason } from '../runtime/generate';
import { asyncQueue } from './async-queue';
import { appendMessages, chatTurn, ensureSystemPrompt, readConversation } from './conversation-feed';
import { ChatRequestError } from './errors';
import { contentText, newMessages, type TranscriptMessage } from './transcript';

/** An OpenAI chat message (text content only). */
export interface ChatCompletionMessageParam {
  role: 'system' | 'developer' | 'user' | 'assistant';
  content: string | { type: 'text'; text: string }[];
  name?: string;
}

export interface ChatCompletionCreateParams {
  messages: ChatCompletionMessageParam[];
  /** Echoed back in the response (the engine answers with the loaded model whatever it says). */
  model?: string;
  stream?: boolean;
  /** Most tokens of the answer (sets the engine's maxNewTokens when it differs). */
  max_tokens?: number;
  max_completion_tokens?: number;
  /** Sampling (set on the engine when they differ from its settings). */
  temperature?: number;
  top_p?: number;
  seed?: number;
}

export interface RequestOptions {
  /** Stops the answer; what was generated stays in memory (finish_reason 'stop'). */
  signal?: AbortSignal;
}

export type FinishReason = 'stop' | 'length';

/** MegaContext's own fields on a completion: where the turn went and what it cost. */
export interface MegaContextTurnInfo {
  conversationId: string;
  /** How many of the sent messages were new to the memory (the rest it already held). */
  fedMessages: number;
  stats: TurnStats;
  snapshot: MemorySnapshot;
}

export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: {
    index: 0;
    message: { role: 'assistant'; content: string; refusal: null };
    finish_reason: FinishReason;
    logprobs: null;
  }[];
  /** prompt_tokens: rows the model read (the working context, not the whole memory). */
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  megacontext: MegaContextTurnInfo;
}

export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: {
    index: 0;
    delta: { role?: 'assistant'; content?: string };
    finish_reason: FinishReason | null;
    logprobs: null;
  }[];
  /** On the last chunk only. */
  usage?: ChatCompletion['usage'];
  megacontext?: MegaContextTurnInfo;
}

/** The stream of a `stream: true` request; `controller.abort()` stops the answer (as breaking out of the loop does). */
export interface ChatCompletionStream extends AsyncIterable<ChatCompletionChunk> {
  controller: AbortController;
}

export interface ChatCompletionsClient {
  chat: {
    completions: {
      create(
        params: ChatCompletionCreateParams & { stream: true },
        options?: RequestOptions,
      ): Promise<ChatCompletionStream>;
      create(
        params: ChatCompletionCreateParams & { stream?: false | null },
        options?: RequestOptions,
      ): Promise<ChatCompletion>;
      create(
        params: ChatCompletionCreateParams,
        options?: RequestOptions,
      ): Promise<ChatCompletion | ChatCompletionStream>;
    };
  };
}

export interface ChatCompletionsOptions {
  /** The conversation whose memory the client talks to (engine.createConversation). */
  conversationId: string;
  /** Default `model` in responses (default: the conversation id's model is not known here, so 'megacontext'). */
  model?: string;
}

export const finishReason = (r: StopReason): FinishReason => (r === 'max-tokens' ? 'length' : 'stop');

/** OpenAI's usage: prompt_tokens are the rows the model read (the working context, not the whole memory). */
export const usageOf = (stats: TurnStats) => ({
  prompt_tokens: stats.promptRows,
  completion_tokens: stats.generatedTokens,
  total_tokens: stats.promptRows + stats.generatedTokens,
});

/** A stream's controller, aborted with the caller's signal too. */
export function streamController(signal?: AbortSignal): AbortController {
  const controller = new AbortController();
  if (signal) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller;
}

/** Splits the request into the system prompt and the user/assistant messages, and checks the last is the user's. */
function parseMessages(messages: readonly ChatCompletionMessageParam[]): {
  system: string | null;
  chat: TranscriptMessage[];
} {
  const system: string[] = [];
  const chat: TranscriptMessage[] = [];
  for (const m of messages) {
    const text = contentText(m.content);
    if (m.role === 'system' || m.role === 'developer') system.push(text);
    else if (m.role === 'user' || m.role === 'assistant') chat.push({ role: m.role, content: text });
    else
      throw new ChatRequestError(
        'unsupported-role',
        `Messages of role "${String((m as { role: unknown }).role)}" are not supported: send system, developer, user or assistant messages.`,
        { role: String((m as { role: unknown }).role) },
      );
  }
  if (chat.at(-1)?.role !== 'user')
    throw new ChatRequestError(
      'no-user-message',
      "The last user/assistant message must be the user's: it is the one the model answers.",
      { messages: messages.length },
    );
  return { system: system.length > 0 ? system.join('\n\n') : null, chat };
}

/** What a request may set on the engine: its length and sampling (the chat and text completions share them). */
export type RequestSettings = Pick<
  ChatCompletionCreateParams,
  'max_tokens' | 'max_completion_tokens' | 'temperature' | 'top_p' | 'seed'
>;

/** Brings the engine's settings in line with the request's sampling and length (only what differs). */
export async function applyRequestSettings(engine: Engine, p: RequestSettings): Promise<void> {
  const maxTokens = p.max_completion_tokens ?? p.max_tokens;
  if (maxTokens === undefined && p.temperature === undefined && p.top_p === undefined && p.seed === undefined) return;
  const s = await engine.getSettings(null);
  const sampling = {
    ...s.sampling,
    ...(p.temperature !== undefined ? { temperature: p.temperature } : {}),
    ...(p.top_p !== undefined ? { topP: p.top_p } : {}),
    ...(p.seed !== undefined ? { seed: p.seed } : {}),
  };
  const samplingChanged =
    sampling.temperature !== s.sampling.temperature ||
    sampling.topP !== s.sampling.topP ||
    sampling.seed !== s.sampling.seed;
  const lengthChanged = maxTokens !== undefined && maxTokens !== s.maxNewTokens;
  if (!samplingChanged && !lengthChanged) return;
  await engine.updateSettings({
    ...(samplingChanged ? { sampling } : {}),
    ...(lengthChanged ? { maxNewTokens: maxTokens } : {}),
  });
}

/** An OpenAI-style client over the memory of one conversation. */
export function createChatCompletions(engine: Engine, options: ChatCompletionsOptions): ChatCompletionsClient {
  const { conversationId } = options;
  let serial = 0;

  /** Feeds everything but the final user message; returns that message and how many messages were new. */
  const prepare = async (p: ChatCompletionCreateParams, signal?: AbortSignal) => {
    const { system, chat } = parseMessages(p.messages);
    await applyRequestSettings(engine, p);
    const held = await readConversation(engine, conversationId);
    if (system !== null) await ensureSystemPrompt(engine, conversationId, system, held.systemPrompt);
    const fresh = newMessages(held.transcript, chat);
    // The final user message is fed as the chat turn even when the memory already ends with it
    // (appended without a reply): the request asks for an answer to it.
    const last = fresh.pop() ?? chat.at(-1)!;
    await appendMessages(engine, conversationId, fresh, signal);
    return { message: last.content, fed: fresh.length + 1 };
  };

  const ids = () => ({
    id: `chatcmpl-mc-${Date.now().toString(36)}-${++serial}`,
    created: Math.floor(Date.now() / 1000),
  });
  const usage = usageOf;

  async function complete(p: ChatCompletionCreateParams, o: RequestOptions): Promise<ChatCompletion> {
    const { message, fed } = await prepare(p, o.signal);
    const r = await chatTurn(engine, conversationId, message, o.signal ? { signal: o.signal } : {});
    return {
      ...ids(),
      object: 'chat.completion',
      model: p.model ?? options.model ?? 'megacontext',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: r.reply.text, refusal: null },
          finish_reason: finishReason(r.stats.stopReason),
          logprobs: null,
        },
      ],
      usage: usage(r.stats),
      megacontext: { conversationId, fedMessages: fed, stats: r.stats, snapshot: r.snapshot },
    };
  }

  async function stream(p: ChatCompletionCreateParams, o: RequestOptions): Promise<ChatCompletionStream> {
    const controller = streamController(o.signal);
    const { message, fed } = await prepare(p, controller.signal);
    const { id, created } = ids();
    const model = p.model ?? options.model ?? 'megacontext';
    const chunk = (
      delta: ChatCompletionChunk['choices'][0]['delta'],
      finish: FinishReason | null,
    ): ChatCompletionChunk => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    });
    const q = asyncQueue<ChatCompletionChunk>(() => controller.abort());
    q.push(chunk({ role: 'assistant', content: '' }, null));
    chatTurn(engine, conversationId, message, {
      signal: controller.signal,
      onToken: (text) => q.push(chunk({ content: text }, null)),
    }).then(
      (r) => {
        q.push({
          ...chunk({}, finishReason(r.stats.stopReason)),
          usage: usage(r.stats),
          megacontext: { conversationId, fedMessages: fed, stats: r.stats, snapshot: r.snapshot },
        });
        q.end();
      },
      (e: unknown) => q.fail(e),
    );
    return { controller, [Symbol.asyncIterator]: () => q };
  }

  const create = ((p: ChatCompletionCreateParams, o: RequestOptions = {}) =>
    p.stream ? stream(p, o) : complete(p, o)) as ChatCompletionsClient['chat']['completions']['create'];
  return { chat: { completions: { create } } };
}
