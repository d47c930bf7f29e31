// Progress of a long ingest into the MegaContext Tree (tokens appended and gisted, tokens/s,
// time left — all measured by the engine) with a Cancel button.
import { useAppStore } from '../../store/app-store';
import { cancelFeed } from '../../store/actions/feed-actions';
import { JobProgress } from '../common/JobProgress';
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
    <JobProgress
      testId="ingest-progress"
      verb="Remembering"
      name={job.label}
      onCancel={cancelFeed}
      cancelling={job.cancelling}
      cancelLabel="Cancel feeding memory"
      value={started ? fraction : null}
      barLabel="Feeding memory"
      statsTestId="ingest-stats"
      stats={
        <>
          {job.pieces > 1 ? `part ${job.piece + 1} of ${job.pieces} · ` : ''}
          {started
            ? `${formatCount(tokens)} tokens · ${formatRate(job.pieces === 1 ? (p?.tokensPerSecond ?? null) : elapsed > 0 ? tokens / elapsed : null)} · ${formatDuration(left)} left`
            : `Tokenizing ${formatCount(job.pieceChars)} characters…`}
        </>
      }
    />
  );
}
