// The engine interface (ARCHITECTURE §4, §6): one method map shared by the in-worker engine and
// the main-thread proxy, typed end to end (params, result, progress). Everything here is
// structured-clonable: the UI receives snapshots, never tensors.
import type { MethodMap, CallOptions } from '../protocol/rpc';
import type { SamplingParams } from '../models/sampling';
import type { PositionPolicy } from '../core/position-policy';
import type { TelemetrySnapshot } from '../core/telemetry';
import type { IngestProgress } from './conversation-memory';
import type { GistRefreshProgress } from './gist-refresh-runner';
import type { RefocusPoint } from './conversation-telemetry';
import type { PackageProgress } from '../models/model-package';
import type { StopReason } from './generate';
import type { TurnMeta } from '../storage/records';
import type { AttachResult, CollectionProgress, CollectionSummary } from './shared-memories';

export type { TurnMeta } from '../storage/records';
export type { AttachResult, CollectionProgress, CollectionSummary } from './shared-memories';
/** A user turn that sends an earlier one again, edited or as it was (regenerating its answer). */
export type TurnRevision = Extract<TurnMeta, { of: number }>;

export type ComputePreference = 'auto' | 'webgpu' | 'wasm';
/** Where the decoder actually runs. 'cpu' is onnxruntime-node (tests, eval CLI). */
export type ComputePath = 'webgpu' | 'wasm' | 'cpu';
/** Focus modes: learned LensNet, training-free similarity, or none (all-gist, oldest-first budget). */
export type FocusMode = 'learned' | 'similarity' | 'none';

export interface EngineSettings {
  wMax: number;
  protectedTokens: number;
  focusMode: FocusMode;
  positionPolicy: PositionPolicy;
  maxNewTokens: number;
  sampling: SamplingParams;
  /**
   * Memory check (src/core/memory-check.ts): a request naming something that occurs nowhere in
   * memory is answered "not in memory" by the engine, without the model. On by default when the
   * package says so (`memory_check`: the demo model never says a fact is absent); off otherwise.
   */
  memoryCheck: boolean;
  /**
   * Memory quote (src/core/memory-quote.ts): before a request's turn, the pieces of the memory that
   * hold its names are quoted again, so the model reads the fact next to the question. On by
   * default when the package says so (`memory_quote`: a model trained on that layout); off otherwise.
   */
  memoryQuote: boolean;
  /**
   * Answer copy (src/core/answer-copy.ts): while the memory check vouches for a request and the
   * memory quote holds its lines, each value of the reply's frame ("It is {value}.") is copied
   * from the quote. On by default when the package names its frames (`answer_frames`).
   */
  answerCopy: boolean;
}

export interface ModelInfo {
  name: string;
  version: string;
  parameters: number | null;
  hiddenSize: number;
  vocabSize: number;
  nativeContext: number;
  computePath: ComputePath;
  /** Why this path was chosen (e.g. "WebGPU unavailable: …"). */
  computeNote: string;
  /** The gister's version, recorded on every gist it makes (a change refreshes older gists). */
  gister: string;
  /** What makes the gists, in words: the trained GistNet or the training-free gister. */
  gisterName: string;
  /**
   * Where the gister runs, in words: 'WGSL on WebGPU' (the decoder's device), 'ONNX on WASM', or
   * 'CPU' (the training-free gister); after a WebGPU failure it says so.
   */
  gisterPath: string;
  focusModes: FocusMode[];
  /** The W_max a freshly loaded model starts with (the package's `w_max_default`, else min(2048, native)). */
  wMaxDefault: number;
  /** Whether that default is the package's own measured one (`w_max_default`). */
  wMaxFromPackage: boolean;
  /** Whether the memory check starts on for this model (the package's `memory_check`). */
  memoryCheckDefault: boolean;
  /** Whether the memory quote starts on for this model (the package's `memory_quote`). */
  memoryQuoteDefault: boolean;
  /** Whether answer copy starts on for this model (the package names `answer_frames`). */
  answerCopyDefault: boolean;
}

export interface ConversationSummary {
  id: string;
  title: string;
  turnCount: number;
  tokenCount: number;
  createdAt: number;
  updatedAt: number;
}

export interface TurnView {
  index: number;
  role: 'system' | 'user' | 'assistant';
  text: string;
  tokenStart: number;
  tokenEnd: number;
  createdAt: number;
  /** A system prompt, or an edit / regeneration of an earlier turn (absent: a plain turn). */
  meta?: TurnMeta;
  /** Forgotten wholly ('all': text is empty) or in part ('part': text holds only the kept parts); absent: kept. */
  forgotten?: 'all' | 'part';
}

/** A forgotten token range (a tombstone): not fed to the model, searched, listed or exported. */
export interface ForgetView {
  id: string;
  start: number;
  end: number;
  kind: 'document' | 'span';
  createdAt: number;
  /** Made on this page (same session id): it can be undone until the page closes. */
  undoable: boolean;
  /** A forgotten document's label (its file name), when known. */
  label?: string;
}

/** What a forget or an undo changes: the tombstones, the turns as now shown, the memory. */
export interface ForgetResult {
  forgets: ForgetView[];
  turns: TurnView[];
  snapshot: MemorySnapshot;
}

/** Export formats: the whole memory (.megacontext), or the transcript as Markdown or OpenAI messages JSON. */
export type ExportFormat = 'megacontext' | 'markdown' | 'openai';

export interface TurnStats {
  promptRows: number;
  reusedRows: number;
  computedRows: number;
  ttftMs: number;
  tokensPerSecond: number;
  generatedTokens: number;
  stopReason: StopReason;
  refocusActions: number;
  recomputedTokens: number;
  swapRate: number;
  /** Set when the memory check answered: the names that occur nowhere in memory (the model did not run). */
  notInMemory?: string[];
  /**
   * Set when the memory check answered because the request asks what the lines holding its names
   * (these; none for a request that names nothing) state nowhere: a number, an address, a colour, a
   * clock time, or a member of a set they list others of (src/core/unstated-quantity.ts,
   * unstated-kind.ts, unstated-member.ts; the model did not run).
   */
  quantityUnstated?: string[];
  /**
   * Set when the memory check found every name of the request (the model answered, and could not
   * open with its "not in memory" reply: manifest `absent_reply`, docs/memory-check.md).
   */
  namesFound?: string[];
  /** Set when answer copy shaped the reply: its values were copied from the memory quote. */
  answerCopied?: boolean;
}

export interface MemorySnapshot {
  conversationId: string;
  tokenCount: number;
  /** Complete nodes per level (LOD0 = tokens). */
  levelCounts: number[];
  persistedTokens: number;
  /** wMax: the user's W_max; budget: W_max − reply reserve, what the WC may cost (its allocator's W_max). */
  wc: { levels: number[]; indices: number[]; cost: number; wMax: number; budget: number; scores: number[] | null };
  /** Token ranges pinned to full detail. */
  pins: { start: number; end: number }[];
  telemetry: TelemetrySnapshot;
  lastTurn: TurnStats | null;
  decodeHistory: { at: number; tokensPerSecond: number; ttftMs: number }[];
  /** The WC right after each refocus: budget use = cost / budget, LensNet runs, actions (oldest first). */
  refocusHistory: RefocusPoint[];
  /** Gists made by another gister version than the loaded one (they are refreshed in the background). */
  staleGists: number;
  /** The background gist refresh in flight, or null. */
  gistRefresh: GistRefreshProgress | null;
  /** Where the gister runs now (ModelInfo.gisterPath, which changes when WebGPU fails mid-session). */
  gisterPath?: string;
}

export type ChatEvent =
  | { kind: 'stage'; stage: 'ingest' | 'refocus' | 'prefill' | 'decode' }
  | { kind: 'token'; text: string; index: number }
  | { kind: 'refocus'; actions: number; recomputedTokens: number };

export type LoadProgress = { stage: 'download'; progress: PackageProgress } | { stage: 'session'; note: string };

export type EngineMethods = {
  loadModel: { params: { packageUrl: string; compute: ComputePreference }; result: ModelInfo; progress: LoadProgress };
  getSettings: { params: null; result: EngineSettings; progress: never };
  updateSettings: { params: Partial<EngineSettings>; result: EngineSettings; progress: never };
  listConversations: { params: null; result: ConversationSummary[]; progress: never };
  createConversation: { params: { title: string }; result: ConversationSummary; progress: never };
  renameConversation: { params: { id: string; title: string }; result: ConversationSummary; progress: never };
  deleteConversation: { params: { id: string }; result: null; progress: never };
  /** `session`: the page's session id, so tombstones this page made are marked undoable. */
  openConversation: {
    params: { id: string; session?: string };
    result: {
      summary: ConversationSummary;
      turns: TurnView[];
      snapshot: MemorySnapshot;
      warnings: string[];
      forgets: ForgetView[];
    };
    progress: never;
  };
  ingest: {
    params: { conversationId: string; text: string; label: string };
    result: { tokens: number; snapshot: MemorySnapshot };
    progress: IngestProgress;
  };
  /** One turn; `revises` marks the message as an edit or regeneration of an earlier user turn (the earlier exchange stays in memory). */
  chat: {
    params: { conversationId: string; message: string; revises?: TurnRevision };
    result: { reply: TurnView; stats: TurnStats; snapshot: MemorySnapshot };
    progress: ChatEvent;
  };
  /**
   * Continues `prompt` as raw text after the conversation's memory (no chat turn: completion-turn.ts).
   * A prompt ending in a request gets the memory check, quote and answer copy a chat request gets.
   * The prompt is stored as a memory record labelled "completion", the continuation as an answer;
   * `oneLine` stops it at its first newline.
   */
  complete: {
    params: { conversationId: string; prompt: string; oneLine?: boolean };
    result: { reply: TurnView; stats: TurnStats; snapshot: MemorySnapshot };
    progress: ChatEvent;
  };
  /**
   * Sets (or, with empty text, clears) the conversation's system prompt: framed by the chat
   * template, appended to memory (first in an empty conversation) and pinned to full detail; the
   * previous prompt stays in memory, unpinned.
   */
  setSystemPrompt: {
    params: { conversationId: string; text: string };
    result: { turn: TurnView; snapshot: MemorySnapshot };
    progress: never;
  };
  snapshot: { params: { conversationId: string }; result: MemorySnapshot; progress: never };
  spanText: { params: { conversationId: string; start: number; end: number }; result: string; progress: never };
  /** Tokens `text` takes with the loaded model's tokenizer: as plain text (ingest), or framed as a user turn or system prompt (after an answer). */
  countTokens: { params: { text: string; as: 'text' | 'user-turn' | 'system-turn' }; result: number; progress: never };
  /**
   * Follows (starting it if needed) the background refresh of gists made by another gister version
   * until it ends: finished, paused by a turn, or cancelled through this call (it resumes after the
   * next turn or open). `staleGists` is what is left.
   */
  refreshGists: {
    params: { conversationId: string };
    result: { staleGists: number; snapshot: MemorySnapshot };
    progress: GistRefreshProgress;
  };
  /** Replaces the pinned token ranges: pinned spans are brought to LOD0 now and never collapse. */
  setPins: {
    params: { conversationId: string; pins: { start: number; end: number }[] };
    result: MemorySnapshot;
    progress: never;
  };
  /**
   * Forgets tokens [start, end) of the conversation's memory (a fed document or a span): a
   * tombstone, persisted; undoable with `unforget` from the page session that made it.
   */
  forget: {
    params: { conversationId: string; start: number; end: number; kind: 'document' | 'span'; session: string };
    result: ForgetResult;
    progress: never;
  };
  /** Undoes a forget made by this page session (refused once the page that made it has closed). */
  unforget: { params: { conversationId: string; id: string; session: string }; result: ForgetResult; progress: never };
  /** The conversation as a file: forgotten spans are left out of every format. Default 'megacontext'. */
  exportConversation: {
    params: { conversationId: string; format?: ExportFormat };
    result: Uint8Array;
    progress: never;
  };
  /**
   * Imports a .megacontext file (the memory as it was), or a transcript — OpenAI messages JSON or a
   * ChatGPT export's conversations.json — replayed into new conversations' memory (one per
   * conversation in the file). `fileName` titles a messages file's conversation.
   */
  importConversation: {
    params: { bytes: Uint8Array; fileName?: string };
    result: ConversationSummary[];
    progress: never;
  };
  /** Shared memories (shared-memories.ts): documents tokenized and gisted once, into a collection of their own. */
  createCollection: {
    params: { name: string; documents: { label: string; text: string }[] };
    result: CollectionSummary;
    progress: CollectionProgress;
  };
  listCollections: { params: null; result: CollectionSummary[]; progress: never };
  /** Deletes a collection; conversations that attached it keep their copies. */
  deleteCollection: { params: { id: string }; result: null; progress: never };
  /** Appends a collection's documents to the conversation's memory as feeding them would, copying the gists that are the same. */
  attachCollection: {
    params: { conversationId: string; collectionId: string };
    result: AttachResult;
    progress: IngestProgress;
  };
};

/** The engine as callers see it: one async function per method (direct or through a worker). */
export type Engine = {
  [K in keyof EngineMethods]: (
    params: EngineMethods[K]['params'],
    opts?: CallOptions<EngineMethods[K]['progress']>,
  ) => Promise<EngineMethods[K]['result']>;
};

export type EngineMethodMap = EngineMethods & MethodMap;
