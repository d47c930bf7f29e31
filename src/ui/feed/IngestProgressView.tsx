// Progress of a long ingest into the MegaContext Tree (tokens appended and gisted, tokens/s,
// time left — all measured by the engine) with a Cancel button.
import { useAppStore } from '../../store/app-store';
import { cancelFeed } from '../../store/actions/feed-actions';
import { ProgressBar } from '../common/ProgressBar';
import { formatCount, formatDuration, formatRate } from '../common/format';

export function IngestProgressView() {
  const job = useAppStore((s) => s.feedJob);
  if (!job) return null;
  const p = job.progress;
  const inPiece = p ? (p.tokensDone / Math.max(1, p.tokensTotal)) * job.pieceChars : 0;
  const fraction = (job.charsDone + inPiece) / Math.max(1, job.chars);
  const tokens = job.tokensBefore + (p?.tokensDone ?? 0);
  // One piece: the engine's own estimate; several: extrapolated from the characters read so far.
  const elapsed = (performance.now() - job.startedAt) / 1000;
  const left =
    job.pieces === 1 ? (p?.secondsLeft ?? null) : fraction > 0 ? (elapsed / fraction) * (1 - fraction) : null;
  const started = p !== null || job.piece > 0;
  return (
    <div className="ingest" data-testid="ingest-progress">
      <div className="row">
        <span className="ingest-label">
          Remembering <strong>{job.label}</strong>
        </span>
        <button
          type="button"
          className="btn btn-xs btn-danger"
          onClick={cancelFeed}
          disabled={job.cancelling}
          aria-label="Cancel feeding memory"
        >
          {job.cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      <ProgressBar value={started ? fraction : null} label="Feeding memory" />
      <p className="small muted" aria-live="polite" data-testid="ingest-stats">
        {job.pieces > 1 ? `part ${job.piece + 1} of ${job.pieces} · ` : ''}
        {started
          ? `${formatCount(tokens)} tokens · ${formatRate(job.pieces === 1 ? (p?.tokensPerSecond ?? null) : elapsed > 0 ? tokens / elapsed : null)} · ${formatDuration(left)} left`
          : `Tokenizing ${formatCount(job.pieceChars)} characters…`}
      </p>
    </div>
  );
}
