// MegaContext Web as a library (issue 20 item 3), browser entry `megacontext-web`: the engine in
// a Web Worker behind its typed proxy (src/runtime/worker-engine.ts) and adapters over a
// conversation's memory — an OpenAI-style `chat.completions.create` (openai-chat.ts), its text
// `completions.create` (openai-completions.ts) and a Prompt-API-style session (prompt-session.ts). The pure core is `megacontext-web/core`
// (src/core/index.ts); the engine in the caller's own thread is `megacontext-web/engine`.
import { createWorkerEngine, type WorkerEngine, type WorkerEngineOptions } from '../runtime/worker-engine';
import type { ComputePreference, LoadProgress, ModelInfo } from '../runtime/engine-api';

export { createWorkerEngine, type WorkerEngine, type WorkerEngineOptions };
export { createChatCompletions } from './openai-chat';
export type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParams,
  ChatCompletionMessageParam,
  ChatCompletionStream,
  ChatCompletionsClient,
  ChatCompletionsOptions,
  FinishReason,
  MegaContextTurnInfo,
  RequestOptions,
} from './openai-chat';
export { createCompletions } from './openai-completions';
export type {
  Completion,
  CompletionCreateParams,
  CompletionStream,
  CompletionsClient,
  CompletionsOptions,
  MegaContextCompletionInfo,
} from './openai-completions';
export { createPromptSession, languageModel } from './prompt-session';
export type {
  LanguageModelCallOptions,
  LanguageModelCreateOptions,
  LanguageModelFactory,
  LanguageModelMessage,
  LanguageModelPrompt,
  PromptSession,
} from './prompt-session';
export { ChatRequestError, type ChatRequestProblem } from './errors';
export { newMessages, transcriptOf, systemPromptOf, type TranscriptMessage } from './transcript';
export { MegaContextError } from '../core/errors';
export { WorkerCrashedError } from '../protocol/worker-errors';
export type {
  ChatEvent,
  ComputePath,
  ComputePreference,
  ConversationSummary,
  Engine,
  EngineMethods,
  EngineSettings,
  FocusMode,
  LoadProgress,
  MemorySnapshot,
  ModelInfo,
  TurnMeta,
  TurnRevision,
  TurnStats,
  TurnView,
} from '../runtime/engine-api';
export type { CallOptions } from '../protocol/rpc';
export type { SamplingParams } from '../models/sampling';
export type { StopReason } from '../runtime/generate';

export interface LoadEngineOptions extends WorkerEngineOptions {
  /** URL of a model package folder (manifest.json …) or a Hugging Face repository (`hf:owner/name`). */
  modelUrl: string;
  /** Where the decoder runs (default 'auto': WebGPU on a real GPU adapter, else WASM). */
  compute?: ComputePreference;
  onProgress?: (p: LoadProgress) => void;
}

/** Starts the engine worker and loads a model: the one call an embedding page needs before creating a client or session. */
export async function loadEngine(options: LoadEngineOptions): Promise<{ engine: WorkerEngine; model: ModelInfo }> {
  const { modelUrl, compute = 'auto', onProgress, ...workerOptions } = options;
  const engine = createWorkerEngine(workerOptions);
  try {
    const model = await engine.loadModel({ packageUrl: modelUrl, compute }, onProgress ? { onProgress } : {});
    return { engine, model };
  } catch (e) {
    engine.dispose();
    throw e;
  }
}
