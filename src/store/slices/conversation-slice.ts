// zustand slice: conversations, each with its own MegaContext Tree. Holds the list, the open
// conversation's turns and its latest memory snapshot from the engine (never tensors), plus a
// per-conversation history of snapshot metrics for the telemetry charts.
import type { StateCreator } from 'zustand';
import type { ConversationSummary, ForgetView, MemorySnapshot, TurnView } from '../../runtime/engine-api';
import type { GistRefreshProgress } from '../../runtime/gist-refresh-runner';

/** One point of the telemetry history, taken from an engine snapshot after a turn or an ingest. */
export interface HistoryPoint {
  at: number;
  kind: 'chat' | 'ingest';
  tokenCount: number;
  wcCost: number;
  wMax: number;
  /** Tokens whose KV the turn's refocus made the decoder recompute (chat only). */
  recomputedTokens: number | null;
  refocusActions: number | null;
}

export interface ConversationSlice {
  conversations: ConversationSummary[];
  activeId: string | null;
  turns: TurnView[];
  snapshot: MemorySnapshot | null;
  openWarnings: string[];
  openError: string | null;
  /** Why the engine refused the last pin change (e.g. the pins do not fit in W_max). */
  pinError: string | null;
  history: Record<string, HistoryPoint[]>;
  /** The open conversation's background gist refresh (gists of an older gister), while it runs. */
  gistRefresh: GistRefreshProgress | null;
  /** A token range to show on the focus heatmap (zoomed to it, the span holding token `at` selected); `seq` tells requests apart. */
  reveal: { conversationId: string; start: number; end: number; at: number; seq: number } | null;
  /** Token positions of the last "find in memory" hits, marked on the focus heatmap. */
  findMarks: { conversationId: string; tokens: number[] } | null;
  /** The open conversation's forgotten spans (tombstones); those made on this page can be undone. */
  forgets: ForgetView[];
  /** Why the last forget or undo was refused. */
  forgetError: string | null;
}

export const createConversationSlice: StateCreator<ConversationSlice, [], [], ConversationSlice> = () => ({
  conversations: [],
  activeId: null,
  turns: [],
  snapshot: null,
  openWarnings: [],
  openError: null,
  pinError: null,
  history: {},
  gistRefresh: null,
  reveal: null,
  findMarks: null,
  forgets: [],
  forgetError: null,
});
