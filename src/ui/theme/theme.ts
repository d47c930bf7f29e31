// Colour theme: light or dark, following the system (prefers-color-scheme) unless the user chose
// one; the choice is kept in the page's preferences (localStorage). The resolved theme is set as
// `data-theme` on <html> before the first render (app.css holds both palettes).
import { readPrefs, writePrefs, type ThemePreference } from '../../store/prefs';

export type Theme = 'light' | 'dark';

/** The theme to show for a preference, given whether the system prefers light. */
export function resolveTheme(pref: ThemePreference, systemPrefersLight: boolean): Theme {
  if (pref === 'light' || pref === 'dark') return pref;
  return systemPrefersLight ? 'light' : 'dark';
}

const lightQuery = (): MediaQueryList | null =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: light)') : null;

export function themePreference(): ThemePreference {
  const t = readPrefs().theme;
  return t === 'light' || t === 'dark' ? t : 'system';
}

/** Shows the theme for `pref` now. */
export function applyTheme(pref: ThemePreference = themePreference()): Theme {
  const theme = resolveTheme(pref, lightQuery()?.matches ?? false);
  document.documentElement.dataset.theme = theme;
  document
    .querySelector('meta[name="theme-color"]')
    ?.setAttribute('content', theme === 'light' ? '#f6f8fa' : '#0b0e13');
  return theme;
}

/** Saves and shows a theme preference. */
export function setThemePreference(pref: ThemePreference): void {
  writePrefs({ theme: pref });
  applyTheme(pref);
}

/** Follows system changes while the preference is 'system'. Returns the unsubscribe function. */
export function followSystemTheme(): () => void {
  const q = lightQuery();
  if (!q) return () => undefined;
  const onChange = () => {
    if (themePreference() === 'system') applyTheme('system');
  };
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
}
