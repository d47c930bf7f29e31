// zustand slice: feeding the MegaContext Tree (ingest) — what is being fed, its progress from the
// engine (tokens/s, time left), files skipped with their reason, and the outcome.
import type { StateCreator } from 'zustand';
import type { IngestProgress } from '../../runtime/conversation-memory';

export interface FeedJob {
  label: string;
  /** Characters in all, and in the pieces already ingested (a long text streams in pieces). */
  chars: number;
  charsDone: number;
  piece: number;
  pieces: number;
  pieceChars: number;
  /** Tokens of the pieces already ingested. */
  tokensBefore: number;
  /** The engine's progress within the current piece. */
  progress: IngestProgress | null;
  startedAt: number;
  cancelling: boolean;
}

export interface FeedSlice {
  feedJob: FeedJob | null;
  /** Prepared for feeding but not yet sent (a large paste is held here, never put in the DOM). */
  pendingText: { text: string; label: string } | null;
  skipped: { path: string; reason: string }[];
  feedResult: string | null;
  feedError: string | null;
}

export const createFeedSlice: StateCreator<FeedSlice, [], [], FeedSlice> = () => ({
  feedJob: null,
  pendingText: null,
  skipped: [],
  feedResult: null,
  feedError: null,
});
