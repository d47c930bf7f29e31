// An OpenAI-style text completions client over one conversation's memory (issue 20 item 3, issue
// 16's completion framing): `client.completions.create({ prompt, stop, stream })`, shaped like the
// OpenAI SDK's legacy completions. The prompt is continued as raw text after everything the
// conversation holds (engine `complete`, src/runtime/completion-turn.ts): a prompt that ends in a
// request — "The badge number of Lorcan Mayfield is", "Q: …?\nA:" — is answered from memory as a
// chat request is (memory check, quote, answer copy); any other prompt is continued freely. The
// prompt and its continuation stay in memory. `stop: "\n"` ends the continuation at its first
// newline; other stop sequences are not supported.
import type { Engine, MemorySnapshot, TurnStats } from '../runtime/engine-api';
import { asyncQueue } from './async-queue';
import { ChatRequestError } from './errors';
import {
  applyRequestSettings,
  finishReason,
  streamController,
  usageOf,
  type FinishReason,
  type RequestOptions,
  type RequestSettings,
} from './openai-chat';

export interface CompletionCreateParams extends RequestSettings {
  /** The text to continue (one string). */
  prompt: string;
  /** Echoed back in the response (the engine answers with the loaded model whatever it says). */
  model?: string;
  /** Only "\n" (or ["\n"]): the continuation ends at its first newline. */
  stop?: string | string[] | null;
  stream?: boolean;
}

/** MegaContext's own fields on a text completion: where it went and what it cost. */
export interface MegaContextCompletionInfo {
  conversationId: string;
  stats: TurnStats;
  snapshot: MemorySnapshot;
}

export interface Completion {
  id: string;
  object: 'text_completion';
  created: number;
  model: string;
  choices: { index: 0; text: string; finish_reason: FinishReason | null; logprobs: null }[];
  /** On a stream's last chunk only. */
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  megacontext?: MegaContextCompletionInfo;
}

/** The stream of a `stream: true` request; `controller.abort()` stops the continuation. */
export interface CompletionStream extends AsyncIterable<Completion> {
  controller: AbortController;
}

export interface CompletionsClient {
  completions: {
    create(params: CompletionCreateParams & { stream: true }, options?: RequestOptions): Promise<CompletionStream>;
    create(
      params: CompletionCreateParams & { stream?: false | null },
      options?: RequestOptions,
    ): Promise<Completion & Required<Pick<Completion, 'usage' | 'megacontext'>>>;
    create(params: CompletionCreateParams, options?: RequestOptions): Promise<Completion | CompletionStream>;
  };
}

export interface CompletionsOptions {
  /** The conversation whose memory the prompt continues (engine.createConversation). */
  conversationId: string;
  /** Default `model` in responses. */
  model?: string;
}

/** Whether the request stops at the first newline (the only stop sequence supported). */
function oneLine(stop: CompletionCreateParams['stop']): boolean {
  const stops = stop === undefined || stop === null ? [] : Array.isArray(stop) ? stop : [stop];
  if (stops.some((s) => s !== '\n'))
    throw new ChatRequestError(
      'unsupported-stop',
      `Only "\\n" is supported as a stop sequence (got ${JSON.stringify(stop)}): the continuation then ends at its first newline.`,
      { stop: JSON.stringify(stop) },
    );
  return stops.length > 0;
}

function checkPrompt(prompt: unknown): string {
  if (typeof prompt !== 'string' || prompt === '')
    throw new ChatRequestError(
      'unsupported-content',
      'The prompt must be one non-empty string: the text to continue.',
      {
        type: typeof prompt,
      },
    );
  return prompt;
}

/** An OpenAI-style text completions client over the memory of one conversation. */
export function createCompletions(engine: Engine, options: CompletionsOptions): CompletionsClient {
  const { conversationId } = options;
  let serial = 0;
  const ids = () => ({
    id: `cmpl-mc-${Date.now().toString(36)}-${++serial}`,
    created: Math.floor(Date.now() / 1000),
  });
  const modelOf = (p: CompletionCreateParams) => p.model ?? options.model ?? 'megacontext';

  async function complete(p: CompletionCreateParams, o: RequestOptions) {
    const params = { conversationId, prompt: checkPrompt(p.prompt), oneLine: oneLine(p.stop) };
    await applyRequestSettings(engine, p);
    const r = await engine.complete(params, o.signal ? { signal: o.signal } : {});
    return {
      ...ids(),
      object: 'text_completion' as const,
      model: modelOf(p),
      choices: [
        { index: 0 as const, text: r.reply.text, finish_reason: finishReason(r.stats.stopReason), logprobs: null },
      ],
      usage: usageOf(r.stats),
      megacontext: { conversationId, stats: r.stats, snapshot: r.snapshot },
    };
  }

  async function stream(p: CompletionCreateParams, o: RequestOptions): Promise<CompletionStream> {
    const params = { conversationId, prompt: checkPrompt(p.prompt), oneLine: oneLine(p.stop) };
    const controller = streamController(o.signal);
    await applyRequestSettings(engine, p);
    const { id, created } = ids();
    const chunk = (text: string, finish: FinishReason | null): Completion => ({
      id,
      object: 'text_completion',
      created,
      model: modelOf(p),
      choices: [{ index: 0, text, finish_reason: finish, logprobs: null }],
    });
    const q = asyncQueue<Completion>(() => controller.abort());
    engine
      .complete(params, {
        signal: controller.signal,
        onProgress: (e) => {
          if (e.kind === 'token' && e.text) q.push(chunk(e.text, null));
        },
      })
      .then(
        (r) => {
          q.push({
            ...chunk('', finishReason(r.stats.stopReason)),
            usage: usageOf(r.stats),
            megacontext: { conversationId, stats: r.stats, snapshot: r.snapshot },
          });
          q.end();
        },
        (e: unknown) => q.fail(e),
      );
    return { controller, [Symbol.asyncIterator]: () => q };
  }

  const create = ((p: CompletionCreateParams, o: RequestOptions = {}) =>
    p.stream ? stream(p, o) : complete(p, o)) as CompletionsClient['completions']['create'];
  return { completions: { create } };
}
