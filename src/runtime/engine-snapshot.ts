// Snapshots for the UI (zustand holds these, never tensors): the working context's entries and
// focus scores for the heatmap (the last scores the allocator acted on: no extra scorer run),
// level counts for the tree explorer, telemetry for the charts (budget use after each refocus =
// WC cost / (W_max − reply reserve)), and the background gist refresh (stale gists left, progress).
import type { ScoredEntries } from '../core/refocus-turn';
import type { ConversationRecord } from '../storage/records';
import type { ConversationMemory } from './conversation-memory';
import type { TreePersistence } from './tree-persistence';
import type { WcDecoder } from './wc-decoder';
import type { BackgroundRefresh } from './background-refresh';
import { staleGistCount } from './gist-refresh-runner';
import type { EngineSettings, MemorySnapshot, TurnStats } from './engine-api';
import type { RefocusPoint } from './conversation-telemetry';

export interface ConversationState {
  id: string;
  record: ConversationRecord;
  memory: ConversationMemory;
  persistence: TreePersistence;
  wcd: WcDecoder;
  lastTurn: TurnStats | null;
  /** Focus scores from the last refocus, keyed "level:index" (null: none yet / focus off). */
  lastScores: Map<string, number> | null;
  decodeHistory: { at: number; tokensPerSecond: number; ttftMs: number }[];
  /** The WC right after each refocus (budget use, LensNet runs, actions). */
  refocusHistory: RefocusPoint[];
  warnings: string[];
  /** Background refresh of gists made by another gister version. */
  refresh: BackgroundRefresh;
}

/** A refocus's last scores keyed "level:index" (ConversationState.lastScores). */
export function scoresByEntry(scored: ScoredEntries): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < scored.scores.length; i++) out.set(`${scored.levels[i]}:${scored.indices[i]}`, scored.scores[i]!);
  return out;
}

export function buildSnapshot(st: ConversationState, settings: EngineSettings): MemorySnapshot {
  const { memory } = st;
  const wc = memory.wc;
  const levels: number[] = new Array(wc.length);
  const indices: number[] = new Array(wc.length);
  for (let i = 0; i < wc.length; i++) {
    levels[i] = wc.level(i);
    indices[i] = wc.index(i);
  }
  return {
    conversationId: st.id,
    tokenCount: memory.tree.length,
    levelCounts: memory.tree.counts(),
    persistedTokens: st.persistence.persistedTokens,
    // Entries the last scores do not cover (made by the refocus's last actions, or since: new blocks of the answer): 0.
    wc: {
      levels,
      indices,
      cost: wc.cost,
      wMax: settings.wMax,
      budget: memory.config.wMax,
      scores: st.lastScores ? levels.map((l, i) => st.lastScores!.get(`${l}:${indices[i]}`) ?? 0) : null,
    },
    pins: wc.pins(),
    telemetry: memory.telemetry.snapshot(),
    lastTurn: st.lastTurn,
    decodeHistory: st.decodeHistory.slice(),
    refocusHistory: st.refocusHistory.slice(),
    staleGists: staleGistCount(memory.tree, memory.gister),
    gisterPath: (memory.gister as { path?: string }).path,
    gistRefresh: st.refresh.progress,
  };
}
