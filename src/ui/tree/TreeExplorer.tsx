// The MegaContext Tree as its LOD pyramid: complete nodes per level, how many of them the Working
// Context uses right now, and their stored size (token ids at 2 or 4 bytes, f32 gists of d
// values), with the origin's real storage usage from the browser, and the background refresh of
// gists made by an older gister (n / N) while it runs.
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { useSystemStore } from '../../store/system-store';
import { storageEstimate, formatBytes } from '../../storage/storage-persistence';
import { levelStyle, css } from '../heatmap/level-style';
import { Panel } from '../common/Panel';
import { formatCount } from '../common/format';

export function TreeExplorer() {
  const snapshot = useAppStore((s) => s.snapshot);
  const info = useAppStore((s) => s.modelInfo);
  const persistence = useSystemStore((s) => s.persistence);
  const refresh = useAppStore((s) => s.gistRefresh);
  const [usage, setUsage] = useState<{ usageBytes: number | null; quotaBytes: number | null } | null>(null);
  const tokenCount = snapshot?.tokenCount ?? 0;
  useEffect(() => {
    void storageEstimate().then(setUsage);
  }, [tokenCount]);

  const rows = useMemo(() => {
    if (!snapshot || !info) return [];
    const inWc = new Map<number, number>();
    for (const l of snapshot.wc.levels) inWc.set(l, (inWc.get(l) ?? 0) + 1);
    const idBytes = info.vocabSize <= 65536 ? 2 : 4;
    // Levels above LOD2 appear once they hold a node (the tree's depth grows with the history).
    const counts = snapshot.levelCounts.filter((c, level) => level <= 2 || c > 0);
    return counts.map((count, level) => ({
      level,
      count,
      unit: level === 0 ? 'tokens' : 'gists',
      inWc: inWc.get(level) ?? 0,
      wcUnit: level === 0 ? 'blocks' : 'gists',
      bytes: level === 0 ? count * idBytes : count * info.hiddenSize * 4,
    }));
  }, [snapshot, info]);

  return (
    <Panel
      title="Tree"
      testId="tree-explorer"
      subtitle={
        snapshot
          ? `${formatCount(snapshot.persistedTokens)} of ${formatCount(snapshot.tokenCount)} tokens persisted`
          : null
      }
    >
      {rows.length === 0 ? <p className="muted small">No memory open.</p> : null}
      <ol className="pyramid" aria-label="Levels of detail">
        {[...rows].reverse().map((r) => {
          const st = levelStyle(r.level);
          // A pyramid: LOD0 at the base, full width; each level up narrower.
          const width = 100 - (56 * r.level) / Math.max(1, rows.length - 1);
          return (
            <li key={r.level} className="pyramid-row" data-testid={`lod-${r.level}`}>
              <div
                className="pyramid-bar"
                style={{
                  width: `${Math.min(100, width)}%`,
                  background: css(st.rgb, 0.22),
                  borderColor: css(st.rgb, 0.8),
                }}
              >
                <b>{st.name}</b> {formatCount(r.count)} {r.unit}
              </div>
              <div className="pyramid-meta small muted">
                {formatCount(r.inWc)} {r.wcUnit} in WC · {formatBytes(r.bytes)}
              </div>
            </li>
          );
        })}
      </ol>
      {refresh ? (
        <p className="small" data-testid="gist-refresh" role="status">
          Refreshing gists with {refresh.version}: {formatCount(refresh.gistsDone)} / {formatCount(refresh.gistsTotal)}
        </p>
      ) : null}
      <p className="small muted" data-testid="storage-usage">
        {usage && usage.usageBytes !== null && usage.quotaBytes !== null
          ? `Browser storage: ${formatBytes(usage.usageBytes)} used of ${formatBytes(usage.quotaBytes)} (models and all memories).`
          : 'Browser storage usage unknown.'}{' '}
        {persistence ? (persistence.persisted ? 'Persistent.' : 'Not persistent.') : ''}
      </p>
    </Panel>
  );
}
