// The theme switch in the header: follow the system, or force light or dark (kept across reloads).
import { useEffect, useState } from 'react';
import type { ThemePreference } from '../../store/prefs';
import { followSystemTheme, setThemePreference, themePreference } from './theme';

const OPTIONS: { pref: ThemePreference; label: string }[] = [
  { pref: 'system', label: 'Auto' },
  { pref: 'light', label: 'Light' },
  { pref: 'dark', label: 'Dark' },
];

export function ThemeToggle() {
  const [pref, setPref] = useState<ThemePreference>(themePreference);
  useEffect(() => followSystemTheme(), []);
  return (
    <div className="segmented theme-toggle" role="group" aria-label="Colour theme" data-testid="theme-toggle">
      {OPTIONS.map((o) => (
        <button
          key={o.pref}
          type="button"
          aria-pressed={pref === o.pref}
          title={o.pref === 'system' ? 'Follow the system setting' : `${o.label} theme`}
          onClick={() => {
            setThemePreference(o.pref);
            setPref(o.pref);
          }}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
