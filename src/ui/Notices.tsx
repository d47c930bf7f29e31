// Page-level notices: worker crash and restart, storage full, imports, settings reset.
import { dismissNotice, useAppStore } from '../store/app-store';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-live="assertive">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.tone}`}
          role={n.tone === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          <span>{n.text}</span>
          <button type="button" className="icon-btn" onClick={() => dismissNotice(n.id)} aria-label="Dismiss notice">
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
