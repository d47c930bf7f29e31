// Pure selectors over the app store (no side effects, no engine calls).
import type { AppState } from './app-store';
import type { ConversationSummary } from '../runtime/engine-api';

export const selectActive = (s: Pick<AppState, 'conversations' | 'activeId'>): ConversationSummary | null =>
  s.conversations.find((c) => c.id === s.activeId) ?? null;

export const selectBusy = (s: Pick<AppState, 'live' | 'feedJob'>): boolean => s.live !== null || s.feedJob !== null;

export const selectModelReady = (s: Pick<AppState, 'modelStatus'>): boolean => s.modelStatus === 'ready';

/** Live decode rate of the turn in flight, measured in the browser from the streamed tokens. */
export function selectLiveRate(s: Pick<AppState, 'live'>): { ttftMs: number | null; tokensPerSecond: number | null } {
  const l = s.live;
  if (!l || l.firstTokenAt === null) return { ttftMs: null, tokensPerSecond: null };
  const ttftMs = l.firstTokenAt - l.startedAt;
  const span = (l.lastTokenAt ?? l.firstTokenAt) - l.firstTokenAt;
  return { ttftMs, tokensPerSecond: l.tokens > 1 && span > 0 ? ((l.tokens - 1) / span) * 1000 : null };
}

/** Fraction of the package downloaded (null when unknown). */
export function selectDownloadFraction(s: Pick<AppState, 'loadProgress'>): number | null {
  const p = s.loadProgress;
  if (!p || p.stage !== 'download' || p.progress.packageTotal <= 0) return null;
  return Math.min(1, p.progress.packageLoaded / p.progress.packageTotal);
}
