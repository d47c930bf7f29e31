// Engine settings: the Working Context budget W_max, the Focus Allocator's scorer (LensNet
// "learned" when the package has one, training-free similarity, or none) and the reply length.
// The engine validates; its problems are shown inline next to the form.
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectBusy } from '../../store/selectors';
import { applySettings } from '../../store/actions/model-actions';
import type { EngineSettings, FocusMode } from '../../runtime/engine-api';

const NO_MODES: FocusMode[] = [];

const MODES: { mode: FocusMode; label: string }[] = [
  { mode: 'learned', label: 'learned (LensNet)' },
  { mode: 'similarity', label: 'similarity (training-free)' },
  { mode: 'none', label: 'none (oldest collapse first)' },
];

export function SettingsForm() {
  const settings = useAppStore((s) => s.settings);
  if (!settings) return null;
  return <SettingsFields key={`${settings.wMax}/${settings.focusMode}/${settings.maxNewTokens}`} settings={settings} />;
}

function SettingsFields({ settings }: { settings: EngineSettings }) {
  const problems = useAppStore((s) => s.settingsProblems);
  const modes = useAppStore((s) => s.modelInfo?.focusModes) ?? NO_MODES;
  const busy = useAppStore(selectBusy);
  const [wMax, setWMax] = useState(String(settings.wMax));
  const [focusMode, setFocusMode] = useState<FocusMode>(settings.focusMode);
  const [maxNew, setMaxNew] = useState(String(settings.maxNewTokens));
  const [saving, setSaving] = useState(false);
  const dirty = wMax !== String(settings.wMax) || focusMode !== settings.focusMode || maxNew !== String(settings.maxNewTokens);

  return (
    <form
      className="settings"
      aria-label="Engine settings"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaving(true);
        await applySettings({ wMax: Number(wMax), focusMode, maxNewTokens: Number(maxNew) });
        setSaving(false);
      }}
    >
      <div className="settings-grid">
        <label htmlFor="set-wmax">W_max</label>
        <input id="set-wmax" type="number" inputMode="numeric" value={wMax} onChange={(e) => setWMax(e.currentTarget.value)} aria-label="W_max (working context budget in token-equivalents)" aria-invalid={problems.some((p) => p.includes('wMax')) || undefined} />
        <label htmlFor="set-focus">Focus</label>
        <select id="set-focus" value={focusMode} onChange={(e) => setFocusMode(e.currentTarget.value as FocusMode)} aria-label="Focus mode">
          {MODES.map((m) => (
            <option key={m.mode} value={m.mode} disabled={!modes.includes(m.mode)}>
              {m.label}
              {modes.includes(m.mode) ? '' : ' — not in this package'}
            </option>
          ))}
        </select>
        <label htmlFor="set-maxnew">Reply tokens</label>
        <input id="set-maxnew" type="number" inputMode="numeric" value={maxNew} onChange={(e) => setMaxNew(e.currentTarget.value)} aria-label="Maximum reply tokens (reserved inside W_max)" />
      </div>
      {problems.length > 0 ? (
        <ul className="error problems" role="alert" data-testid="settings-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="row">
        <button type="submit" className="btn" disabled={!dirty || saving || busy} aria-label="Apply settings">
          {saving ? 'Applying…' : 'Apply'}
        </button>
        <span className="muted small">Protected recent tokens: {settings.protectedTokens} · positions: {settings.positionPolicy.kind}</span>
      </div>
    </form>
  );
}
