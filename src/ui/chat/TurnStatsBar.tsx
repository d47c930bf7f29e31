// Decode telemetry of the turn in flight (measured in the browser as tokens stream in) or of the
// last finished turn (the engine's TurnStats: TTFT, tokens/s, KV reuse, refocus cost).
import { useAppStore } from '../../store/app-store';
import { selectLiveRate } from '../../store/selectors';
import { formatCount, formatMs, formatRate } from '../common/format';
import type { TurnStats } from '../../runtime/engine-api';

const STOP = { 'stop-token': 'end of answer', 'max-tokens': 'reply-token limit', cancelled: 'stopped' } as const;

export function TurnStatsBar() {
  const live = useAppStore((s) => s.live);
  const rate = selectLiveRate({ live });
  const stats = useAppStore((s) => s.lastStats);
  if (live) {
    return (
      <div className="turn-stats" data-testid="live-stats" aria-live="polite">
        <span title="From sending to the first streamed token (remembering, refocus and prefill included)">
          first token <b>{formatMs(rate.ttftMs)}</b>
        </span>
        <span>
          <b>{formatRate(rate.tokensPerSecond)}</b>
        </span>
        <span>{formatCount(live.tokens)} tokens</span>
        {live.refocus ? (
          <span>
            refocus: {live.refocus.actions} actions, {formatCount(live.refocus.recomputedTokens)} tokens to recompute
          </span>
        ) : null}
      </div>
    );
  }
  if (!stats) return null;
  const checked = memoryCheckAnswer(stats);
  if (checked)
    return (
      <div className="turn-stats" data-testid="turn-stats">
        <span data-testid="stat-memory-check" title="Settings → Memory check">
          memory check: {checked} — answered without the model
        </span>
      </div>
    );
  return (
    <div className="turn-stats" data-testid="turn-stats">
      <span title="Time to first token, measured by the engine from the start of the prefill">
        TTFT <b data-testid="stat-ttft">{formatMs(stats.ttftMs)}</b>
      </span>
      <span title="Decode speed">
        <b data-testid="stat-tps">{formatRate(stats.tokensPerSecond)}</b>
      </span>
      <span>
        {formatCount(stats.generatedTokens)} tokens · {STOP[stats.stopReason]}
      </span>
      <span title="Prompt rows whose KV was reused / computed">
        KV reused {formatCount(stats.reusedRows)} / {formatCount(stats.promptRows)} rows
      </span>
      <span title="Focus Allocator actions this turn and the KV they invalidated">
        refocus {stats.refocusActions} actions · {formatCount(stats.recomputedTokens)} recomputed
      </span>
      {stats.namesFound ? (
        <span
          data-testid="stat-memory-found"
          title="Settings → Memory check: every name of the question is in memory, so the model may not answer “not in my memory”"
        >
          memory check: {stats.namesFound.map((n) => `“${n}”`).join(', ')} found
        </span>
      ) : null}
      {stats.answerCopied ? (
        <span
          data-testid="stat-answer-copied"
          title="Settings → Answer copy: the answer's value was copied word for word from the memory quote"
        >
          answer copied from memory
        </span>
      ) : null}
    </div>
  );
}

/** Why the memory check answered a turn without the model, or null when the model answered. */
function memoryCheckAnswer(stats: TurnStats): string | null {
  const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');
  if (stats.notInMemory)
    return `${quoted(stats.notInMemory)} ${stats.notInMemory.length === 1 ? 'occurs' : 'occur'} nowhere in memory`;
  // (a number, an address, a colour, a time or a member of a set asked: unstated-quantity.ts, unstated-kind.ts,
  // unstated-member.ts — the reply says which)
  if (stats.quantityUnstated)
    return stats.quantityUnstated.length > 0
      ? `the lines that mention ${quoted(stats.quantityUnstated)} do not state what was asked`
      : 'the lines quoted do not state what was asked';
  return null;
}
