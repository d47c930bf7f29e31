// The update prompt (issue 20): a new version of the app installed in the background waits until
// the user reloads into it (or closes every tab of the app). Reads the service worker's state
// (register-service-worker.ts); renders nothing until an update waits.
import { useSyncExternalStore } from 'react';
import { applyUpdate, dismissUpdate, serviceWorkerState } from './register-service-worker';
import './update-prompt.css';

export function UpdatePrompt() {
  const { needRefresh } = useSyncExternalStore(serviceWorkerState.subscribe, serviceWorkerState.get);
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status" aria-live="polite" data-testid="update-prompt">
      <span>A new version of MegaContext is ready.</span>
      <button type="button" className="btn" onClick={() => void applyUpdate()}>
        Reload to update
      </button>
      <button type="button" className="btn" onClick={dismissUpdate}>
        Later
      </button>
    </div>
  );
}
