// Focus and decode telemetry (seeds: swap rate healthy 0.05–0.20, > 0.25 thrash; ARCHITECTURE §3–4:
// budget use after each refocus ≥ 95 %, recomputed tokens per refocus, decode speed). Series come
// from the engine's snapshots: budget use (WC cost / (W_max − reply reserve)) after each refocus,
// swap rates per allocator iteration and decode history from the engine (saved with the
// conversation), recomputed tokens from the snapshot after each turn of this session.
import { useAppStore } from '../../store/app-store';
import type { HistoryPoint } from '../../store/slices/conversation-slice';
import { Panel } from '../common/Panel';
import { Chart } from './Chart';
import { formatCount, formatPercent, formatRate } from '../common/format';
import { BUDGET_USE_FLOOR, selectBudgetUse } from './budget-use';

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
  const use = selectBudgetUse(snapshot);
  const recomputed = history.filter((h) => h.recomputedTokens !== null).map((h) => h.recomputedTokens!);
  return (
    <Panel title="Telemetry" testId="telemetry">
      <div className="charts">
        <Chart
          label="Budget use after refocus"
          values={use.series}
          yMax={1}
          band={[BUDGET_USE_FLOOR, 1]}
          color="#ffc457"
          format={formatPercent}
          testId="chart-budget"
        />
        <Chart
          label="Swap rate / iteration"
          values={t.recentSwapRates}
          band={[0.05, 0.2]}
          threshold={0.25}
          kind="bars"
          color="#40c4aa"
          format={(v) => v.toFixed(3)}
          testId="chart-swap"
        />
        <Chart
          label="Recomputed tokens / refocus"
          values={recomputed}
          kind="bars"
          color="#7870f0"
          format={formatCount}
          testId="chart-recomputed"
        />
        <Chart
          label="Decode speed"
          values={snapshot.decodeHistory.map((d) => d.tokensPerSecond)}
          color="#ff7a59"
          format={(v) => formatRate(v)}
          testId="chart-decode"
        />
      </div>
      <dl className="facts facts-compact" data-testid="telemetry-facts">
        <dt>Refocuses</dt>
        <dd>{formatCount(t.refocuses)}</dd>
        <dt>Budget use</dt>
        <dd data-testid="budget-use">
          {use.last ? (
            <>
              {formatCount(use.last.cost)} of {formatCount(use.last.budget)} (W_max − reply reserve)
              {use.last.fits ? ' · the whole memory fits' : ''} · LensNet runs {formatCount(use.last.lensRuns)} · fill +
              {formatCount(use.last.fillExpansions)}
            </>
          ) : (
            'no refocus yet'
          )}
        </dd>
        <dt>Iterations</dt>
        <dd>
          {formatCount(t.iterations)} ({formatCount(t.expands)} expands, {formatCount(t.collapses)} collapses)
        </dd>
        <dt>Mean swap rate</dt>
        <dd>
          {t.meanSwapRate.toFixed(3)}{' '}
          {t.thrashIterations > 0 ? <span className="warn">· {t.thrashIterations} thrashing</span> : null}
        </dd>
        <dt>Recomputed</dt>
        <dd>
          {formatCount(t.lastRecomputedTokens)} last · {formatCount(t.totalRecomputedTokens)} total tokens
        </dd>
      </dl>
    </Panel>
  );
}
