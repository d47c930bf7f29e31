// Focus and decode telemetry (seeds: swap rate healthy 0.05–0.20, > 0.25 thrash; ARCHITECTURE §4:
// recomputed tokens per refocus, W_max usage, decode speed). Series come from the engine's
// snapshots: swap rates per allocator iteration and decode history from the engine, W_max usage
// and recomputed tokens from the snapshot after each turn of this session.
import { useAppStore } from '../../store/app-store';
import type { HistoryPoint } from '../../store/slices/conversation-slice';
import { Panel } from '../common/Panel';
import { Chart } from './Chart';
import { formatCount, formatPercent, formatRate } from '../common/format';

const NO_HISTORY: HistoryPoint[] = [];

export function TelemetryPanel() {
  const snapshot = useAppStore((s) => s.snapshot);
  const history = useAppStore((s) => (s.activeId ? (s.history[s.activeId] ?? NO_HISTORY) : NO_HISTORY));
  if (!snapshot) {
    return (
      <Panel title="Telemetry" testId="telemetry">
        <p className="muted small">No memory open.</p>
      </Panel>
    );
  }
  const t = snapshot.telemetry;
  const usage = history.map((h) => h.wcCost / Math.max(1, h.wMax));
  if (usage.length === 0) usage.push(snapshot.wc.cost / Math.max(1, snapshot.wc.wMax));
  const recomputed = history.filter((h) => h.recomputedTokens !== null).map((h) => h.recomputedTokens!);
  return (
    <Panel title="Telemetry" testId="telemetry">
      <div className="charts">
        <Chart label="W_max usage" values={usage} yMax={1} color="#ffc457" format={formatPercent} testId="chart-wmax" />
        <Chart label="Swap rate / iteration" values={t.recentSwapRates} band={[0.05, 0.2]} threshold={0.25} kind="bars" color="#40c4aa" format={(v) => v.toFixed(3)} testId="chart-swap" />
        <Chart label="Recomputed tokens / refocus" values={recomputed} kind="bars" color="#7870f0" format={formatCount} testId="chart-recomputed" />
        <Chart label="Decode speed" values={snapshot.decodeHistory.map((d) => d.tokensPerSecond)} color="#ff7a59" format={(v) => formatRate(v)} testId="chart-decode" />
      </div>
      <dl className="facts facts-compact" data-testid="telemetry-facts">
        <dt>Refocuses</dt>
        <dd>{formatCount(t.refocuses)}</dd>
        <dt>Iterations</dt>
        <dd>
          {formatCount(t.iterations)} ({formatCount(t.expands)} expands, {formatCount(t.collapses)} collapses)
        </dd>
        <dt>Mean swap rate</dt>
        <dd>
          {t.meanSwapRate.toFixed(3)} {t.thrashIterations > 0 ? <span className="warn">· {t.thrashIterations} thrashing</span> : null}
        </dd>
        <dt>Recomputed</dt>
        <dd>
          {formatCount(t.lastRecomputedTokens)} last · {formatCount(t.totalRecomputedTokens)} total tokens
        </dd>
      </dl>
    </Panel>
  );
}
