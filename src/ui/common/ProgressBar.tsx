// An accessible progress bar (determinate when `value` is known).
export function ProgressBar(props: { value: number | null; label: string; testId?: string }) {
  const pct = props.value === null ? null : Math.round(Math.max(0, Math.min(1, props.value)) * 1000) / 10;
  return (
    <div
      className={`progress ${pct === null ? 'progress-indeterminate' : ''}`}
      role="progressbar"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct ?? undefined}
      data-testid={props.testId}
    >
      <div className="progress-fill" style={{ width: pct === null ? '30%' : `${pct}%` }} />
    </div>
  );
}
