// Files that were not fed to memory, each with the reason (binary, too large, empty, vendored folder).
import { useAppStore } from '../../store/app-store';

export function SkippedFiles() {
  const skipped = useAppStore((s) => s.skipped);
  if (skipped.length === 0) return null;
  return (
    <details className="skipped warn small" data-testid="skipped-files" open={skipped.length <= 5}>
      <summary>
        Skipped {skipped.length} {skipped.length === 1 ? 'item' : 'items'}
      </summary>
      <ul>
        {skipped.slice(0, 200).map((s) => (
          <li key={s.path}>
            <code>{s.path}</code> — {s.reason}
          </li>
        ))}
        {skipped.length > 200 ? <li>… and {skipped.length - 200} more</li> : null}
      </ul>
    </details>
  );
}
