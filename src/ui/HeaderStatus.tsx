// Header chips: the loaded model with its compute path and W_max, and whether storage is persistent.
import { useAppStore } from '../store/app-store';
import { useSystemStore } from '../store/system-store';

export function HeaderStatus() {
  const info = useAppStore((s) => s.modelInfo);
  const status = useAppStore((s) => s.modelStatus);
  const wMax = useAppStore((s) => s.settings?.wMax ?? null);
  const persistence = useSystemStore((s) => s.persistence);
  return (
    <div className="header-status" data-testid="header-status">
      <span
        className={`chip ${status === 'ready' ? 'chip-ok' : status === 'error' ? 'chip-bad' : ''}`}
        data-testid="model-chip"
      >
        {status === 'ready' && info ? (
          <>
            {info.name} <span className="muted">{info.version}</span> ·{' '}
            <b>{info.computePath === 'webgpu' ? 'WebGPU' : info.computePath.toUpperCase()}</b> · W_max{' '}
            {wMax?.toLocaleString()}
          </>
        ) : status === 'loading' ? (
          'Loading model…'
        ) : status === 'error' ? (
          'Model failed to load'
        ) : (
          'No model loaded'
        )}
      </span>
      {persistence ? (
        <span
          className={`chip ${persistence.persisted ? 'chip-ok' : 'chip-warn'}`}
          title={persistence.message}
          data-testid="persist-chip"
        >
          {persistence.persisted ? 'Storage persistent' : 'Storage not persistent'}
        </span>
      ) : null}
    </div>
  );
}
