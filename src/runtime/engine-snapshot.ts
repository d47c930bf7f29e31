// Snapshots for the UI (zustand holds these, never tensors): the working context's entries and
// focus scores for the heatmap, level counts for the tree explorer, telemetry for the charts, and
// the background gist refresh (stale gists left, progress).
import type { ConversationRecord } from '../storage/records';
import type { ConversationMemory } from './conversation-memory';
import type { TreePersistence } from './tree-persistence';
import type { WcDecoder } from './wc-decoder';
import type { BackgroundRefresh } from './background-refresh';
import { staleGistCount } from './gist-refresh-runner';
import type { EngineSettings, MemorySnapshot, TurnStats } from './engine-api';

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
  warnings: string[];
  /** Background refresh of gists made by another gister version. */
  refresh: BackgroundRefresh;
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
    // Entries created since the last refocus (e.g. new blocks of the answer) have no score yet: 0.
    wc: { levels, indices, cost: wc.cost, wMax: settings.wMax, scores: st.lastScores ? levels.map((l, i) => st.lastScores!.get(`${l}:${indices[i]}`) ?? 0) : null },
    pins: wc.pins(),
    telemetry: memory.telemetry.snapshot(),
    lastTurn: st.lastTurn,
    decodeHistory: st.decodeHistory.slice(),
    staleGists: staleGistCount(memory.tree, memory.gister),
    gistRefresh: st.refresh.progress,
  };
}
