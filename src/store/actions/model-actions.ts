// Actions: loading a model package into the engine (bundled demo or a URL) and changing the
// engine settings (W_max, focus mode, reply length, sampling) — validation problems are kept for
// inline display.
import { useAppStore, pushNotice } from '../app-store';
import { getEngine } from '../engine-client';
import { describeError } from '../describe-error';
import { readPrefs, writePrefs } from '../prefs';
import { SettingsError } from '../../runtime/engine-settings';
import type { ComputePreference, EngineSettings, ModelInfo } from '../../runtime/engine-api';
import { openConversation, refreshConversations } from './conversation-actions';

const HUB_REF = /^(?:hf:)?[\w.-]+\/[\w.-]+$/;

/**
 * What to hand the engine for what the user typed: a hub repository ("owner/name" or
 * "hf:owner/name") as it is, anything else as an absolute package base URL ending in '/' (a folder,
 * or its manifest.json).
 */
export function normalizePackageUrl(input: string, base: string): string {
  const t = input.trim();
  if (HUB_REF.test(t)) return t;
  let u = t.replace(/manifest\.json$/, '');
  if (!u.endsWith('/')) u += '/';
  return new URL(u, base).href;
}

let loadSeq = 0;

/** The package a saved setting belongs to (prefs.settingsFor). */
export function packageKey(info: Pick<ModelInfo, 'name' | 'version'>): string {
  return `${info.name}@${info.version}`;
}

export async function loadModel(input: string, compute: ComputePreference): Promise<boolean> {
  const seq = ++loadSeq;
  const stale = () => seq !== loadSeq; // a later load superseded this one
  let url: string;
  try {
    url = normalizePackageUrl(input, location.href);
  } catch {
    useAppStore.setState({ modelStatus: 'error', modelError: `"${input}" is not a URL.` });
    return false;
  }
  const set = useAppStore.setState;
  set({ modelStatus: 'loading', compute, loadProgress: null, modelError: null, settingsProblems: [] });
  const engine = getEngine();
  try {
    const info = await engine.loadModel(
      { packageUrl: url, compute },
      { onProgress: (p) => !stale() && set({ loadProgress: p }) },
    );
    if (stale()) return false;
    let settings = await engine.getSettings(null);
    const prefs = readPrefs();
    const saved = prefs.settings && Object.keys(prefs.settings).length > 0 ? prefs.settings : null;
    const pkg = packageKey(info);
    if (saved && prefs.settingsFor !== pkg) {
      pushNotice(
        'info',
        `Settings you saved under ${prefs.settingsFor ?? 'an earlier model'} were not applied: ${pkg} starts from its own defaults.`,
      );
      writePrefs({ settings: {}, settingsFor: undefined });
    } else if (saved) {
      try {
        settings = await engine.updateSettings(saved);
      } catch (e) {
        pushNotice('warn', `Your saved settings do not fit this model and were reset: ${describeError(e)}`);
        writePrefs({ settings: {} });
      }
    }
    set({ modelStatus: 'ready', modelUrl: url, modelInfo: info, settings, loadProgress: null });
    writePrefs({ modelUrl: input.trim(), compute });
  } catch (e) {
    // A failed load leaves the engine's previous model in place: keep using it.
    if (!stale())
      set((st) => ({
        modelStatus: st.modelInfo ? 'ready' : 'error',
        modelError: describeError(e),
        loadProgress: null,
      }));
    return false;
  }
  if (stale()) return false;
  await refreshConversations();
  const { conversations, activeId } = useAppStore.getState();
  const preferred = activeId ?? readPrefs().activeId;
  const target = conversations.find((c) => c.id === preferred) ?? conversations[0];
  if (target) await openConversation(target.id);
  return true;
}

export async function applySettings(patch: Partial<EngineSettings>): Promise<boolean> {
  try {
    const settings = await getEngine().updateSettings(patch);
    useAppStore.setState({ settings, settingsProblems: [] });
    const prefs = readPrefs();
    const info = useAppStore.getState().modelInfo;
    const pkg = info ? packageKey(info) : undefined;
    const prev = prefs.settingsFor === pkg ? (prefs.settings ?? {}) : {};
    writePrefs({
      settingsFor: pkg,
      settings: {
        ...prev,
        wMax: settings.wMax,
        focusMode: settings.focusMode,
        maxNewTokens: settings.maxNewTokens,
        sampling: settings.sampling,
        memoryCheck: settings.memoryCheck,
        memoryQuote: settings.memoryQuote,
        answerCopy: settings.answerCopy,
      },
    });
    // The engine rebuilds each memory with the new budget: re-open to show the new layout.
    const id = useAppStore.getState().activeId;
    if (id) await openConversation(id);
    return true;
  } catch (e) {
    useAppStore.setState({ settingsProblems: e instanceof SettingsError ? e.data.problems : [describeError(e)] });
    return false;
  }
}
