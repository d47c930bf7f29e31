// What the page remembers between reloads in localStorage (the MegaContexts themselves live in
// IndexedDB, owned by the engine): the model package, compute preference, the settings the user
// changed, the open conversation, the colour theme and whether single-key shortcuts are on.
import type { ComputePreference, EngineSettings } from '../runtime/engine-api';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface Prefs {
  modelUrl?: string;
  compute?: ComputePreference;
  settings?: Partial<
    Pick<
      EngineSettings,
      'wMax' | 'focusMode' | 'maxNewTokens' | 'sampling' | 'memoryCheck' | 'memoryQuote' | 'answerCopy'
    >
  >;
  /**
   * The package ("name@version") the saved settings were applied under. They are applied only to that
   * package: another one (a new release of the demo model included) starts from its own defaults —
   * its W_max, memory check, memory quote and answer copy are chosen for it.
   */
  settingsFor?: string;
  activeId?: string;
  theme?: ThemePreference;
  /** Single-key shortcuts (/, n, r, …) outside text fields; on unless turned off (WCAG 2.1.4). */
  keyShortcuts?: boolean;
}

const KEY = 'megacontext.prefs.v1';

export function readPrefs(): Prefs {
  try {
    const raw = localStorage.getItem(KEY);
    const v = raw ? (JSON.parse(raw) as unknown) : {};
    return typeof v === 'object' && v !== null ? (v as Prefs) : {};
  } catch {
    return {};
  }
}

export function writePrefs(patch: Partial<Prefs>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readPrefs(), ...patch }));
  } catch {
    // storage disabled: preferences just don't persist
  }
}
