// The frozen base model the Working Context feeds: the bundled demo package (offline), any
// package URL or hub repository (online; a catalogue of hub models with their facts), the compute
// preference, download progress, and what was loaded — its compute path (WebGPU adapter or WASM
// fallback), the W_max budget, and what the memory uses: the gister (trained GistNet or the
// training-free one) and the focus mode in use.
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { useSystemStore } from '../../store/system-store';
import { selectBusy, selectDownloadFraction } from '../../store/selectors';
import { loadModel } from '../../store/actions/model-actions';
import { DEMO_MODEL_BASE } from '../../models/model-package-probe';
import type { ComputePreference } from '../../runtime/engine-api';
import { formatSize } from '../feed/file-intake';
import { Panel } from '../common/Panel';
import { ProgressBar } from '../common/ProgressBar';
import { SettingsForm } from './SettingsForm';
import { HubCatalogue } from './HubCatalogue';
import { focusModeLabel } from './focus-modes';

export function ModelPicker() {
  const probe = useSystemStore((s) => s.model);
  const status = useAppStore((s) => s.modelStatus);
  const info = useAppStore((s) => s.modelInfo);
  const liveGisterPath = useAppStore((s) => s.snapshot?.gisterPath ?? null); // changes if WebGPU fails
  const error = useAppStore((s) => s.modelError);
  const progress = useAppStore((s) => s.loadProgress);
  const fraction = useAppStore(selectDownloadFraction);
  const wMax = useAppStore((s) => s.settings?.wMax ?? null);
  const focusMode = useAppStore((s) => s.settings?.focusMode ?? null);
  const busy = useAppStore(selectBusy);
  const [url, setUrl] = useState('');
  const [compute, setCompute] = useState<ComputePreference>(useAppStore.getState().compute);
  const demoPresent = probe?.status === 'present';
  const loading = status === 'loading';

  return (
    <Panel title="Model" testId="model-picker" subtitle={info ? `${info.name} v${info.version}` : null}>
      {info && status === 'ready' ? (
        <dl className="facts" data-testid="model-loaded">
          <dt>Compute</dt>
          <dd data-testid="compute-path">
            <span className={`pill pill-${info.computePath}`}>
              {info.computePath === 'webgpu' ? 'WebGPU' : info.computePath.toUpperCase()}
            </span>{' '}
            <span className="muted small">{info.computeNote}</span>
          </dd>
          <dt>W_max</dt>
          <dd data-testid="wmax">{wMax?.toLocaleString() ?? '—'} token-equivalents</dd>
          <dt>Model</dt>
          <dd>
            {info.parameters ? `${(info.parameters / 1e6).toFixed(1)}M params · ` : ''}d {info.hiddenSize} · vocab{' '}
            {info.vocabSize.toLocaleString()} · native ctx {info.nativeContext.toLocaleString()}
          </dd>
          <dt>Gists</dt>
          <dd data-testid="gister-in-use">
            {info.gisterName} <span className="muted small">{info.gister}</span>{' '}
            <span className="muted small" data-testid="gister-path">
              · {info.gisterName.startsWith('GistNet') ? 'GistNet' : 'Gister'}: {liveGisterPath ?? info.gisterPath}
            </span>
          </dd>
          <dt>Focus</dt>
          <dd data-testid="focus-in-use">{focusMode ? focusModeLabel(focusMode) : '—'}</dd>
        </dl>
      ) : null}

      <div className="model-sources">
        <div className="source">
          <button
            type="button"
            className="btn btn-primary"
            disabled={!demoPresent || loading || busy}
            onClick={() => void loadModel(import.meta.env.BASE_URL + DEMO_MODEL_BASE, compute)}
          >
            Load the bundled demo model
          </button>
          <span className="muted small" data-testid="demo-model-note">
            {probe === null
              ? 'looking for it…'
              : demoPresent
                ? `${probe.name} v${probe.version} — offline`
                : 'not bundled in this build (public/models/demo/ is empty)'}
          </span>
        </div>
        <form
          className="source url-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (url.trim()) void loadModel(url, compute);
          }}
        >
          <label htmlFor="model-url">Package URL or hub repository</label>
          <div className="row">
            <input
              id="model-url"
              type="text"
              inputMode="url"
              placeholder="/models/other/, https://…/package/ or owner/name"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              aria-label="Model package URL"
              spellCheck={false}
            />
            <button
              type="submit"
              className="btn"
              disabled={!url.trim() || loading || busy}
              aria-label="Load the model package from this URL"
            >
              Load
            </button>
          </div>
        </form>
        <HubCatalogue onUse={setUrl} disabled={loading || busy} />
        <label className="row compute-row">
          <span>Compute</span>
          <select
            value={compute}
            onChange={(e) => setCompute(e.currentTarget.value as ComputePreference)}
            aria-label="Compute preference"
          >
            <option value="auto">auto (WebGPU if available)</option>
            <option value="webgpu">WebGPU</option>
            <option value="wasm">WASM (CPU)</option>
          </select>
        </label>
      </div>

      {loading ? (
        <div className="load-progress" data-testid="model-progress">
          <ProgressBar value={progress?.stage === 'session' ? 1 : fraction} label="Model download" />
          <p className="small muted" aria-live="polite">
            {progress === null
              ? 'Starting…'
              : progress.stage === 'session'
                ? progress.note
                : `${progress.progress.fromCache ? 'From cache' : 'Downloading'} ${progress.progress.file} — ${formatSize(progress.progress.packageLoaded)} of ${formatSize(progress.progress.packageTotal)}`}
          </p>
        </div>
      ) : null}
      {error ? (
        <p className="error" role="alert" data-testid="model-error">
          {error}
        </p>
      ) : null}
      {status === 'ready' ? <SettingsForm /> : null}
    </Panel>
  );
}
