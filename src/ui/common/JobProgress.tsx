// The progress of one long job over the MegaContext Tree (feeding memory, making a shared memory):
// what is being done to what, a Cancel button, an accessible progress bar and a live line of
// figures measured by the engine. The callers compute the figures; this only lays them out.
import type { ReactNode } from 'react';
import { ProgressBar } from './ProgressBar';

export function JobProgress(props: {
  testId: string;
  /** "Remembering", "Gisting", … */
  verb: string;
  name: string;
  onCancel: () => void;
  cancelling?: boolean;
  cancelLabel: string;
  /** 0…1, or null while the size is not known yet (indeterminate bar). */
  value: number | null;
  barLabel: string;
  stats: ReactNode;
  statsTestId?: string;
}) {
  return (
    <div className="ingest" data-testid={props.testId}>
      <div className="row">
        <span className="ingest-label">
          {props.verb} <strong>{props.name}</strong>
        </span>
        <button
          type="button"
          className="btn btn-xs btn-danger"
          onClick={props.onCancel}
          disabled={props.cancelling}
          aria-label={props.cancelLabel}
        >
          {props.cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      <ProgressBar value={props.value} label={props.barLabel} />
      <p className="small muted" aria-live="polite" data-testid={props.statsTestId}>
        {props.stats}
      </p>
    </div>
  );
}
