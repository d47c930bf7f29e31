// zustand slice: the turn in flight — the engine's stage (ingest → refocus → prefill → decode), the
// streamed answer text, and browser-side timing of the stream until the engine's own TurnStats
// arrive with the reply.
import type { StateCreator } from 'zustand';
import type { ChatEvent, TurnRevision, TurnStats } from '../../runtime/engine-api';

export interface LiveTurn {
  conversationId: string;
  message: string;
  /** The earlier user turn this message edits or regenerates, or null. */
  revises: TurnRevision | null;
  stage: Extract<ChatEvent, { kind: 'stage' }>['stage'];
  text: string;
  tokens: number;
  startedAt: number;
  firstTokenAt: number | null;
  lastTokenAt: number | null;
  refocus: { actions: number; recomputedTokens: number } | null;
  stopping: boolean;
}

export interface ChatSlice {
  live: LiveTurn | null;
  lastStats: TurnStats | null;
  lastMessage: string | null;
  chatError: string | null;
}

export const createChatSlice: StateCreator<ChatSlice, [], [], ChatSlice> = () => ({
  live: null,
  lastStats: null,
  lastMessage: null,
  chatError: null,
});
