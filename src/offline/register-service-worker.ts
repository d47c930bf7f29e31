/// <reference types="vite-plugin-pwa/vanillajs" />
// Service worker registration (issue 20: installable, offline, update prompt). Production builds
// register the Workbox service worker that vite-plugin-pwa builds from sw.ts; the dev server is
// left alone (it must not serve stale code). Whether a new version waits for the user is a tiny
// store the update prompt (UpdatePrompt.tsx) reads.
import { registerSW } from 'virtual:pwa-register';
import { keepCrossOriginIsolated } from './cross-origin-isolation';

export interface ServiceWorkerState {
  /** A new version is installed and waits for the user to reload into it. */
  needRefresh: boolean;
}

/** How often an open tab asks the server for a new service worker (besides every navigation). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let state: ServiceWorkerState = { needRefresh: false };
const listeners = new Set<() => void>();
let update: ((reloadPage?: boolean) => Promise<void>) | null = null;

function set(patch: Partial<ServiceWorkerState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

/** Registers the service worker (production builds in browsers that have them) and keeps the page cross-origin isolated. */
export function startServiceWorker(): 'unsupported' | 'dev' | 'started' {
  if (!('serviceWorker' in navigator)) return 'unsupported';
  if (import.meta.env.DEV) return 'dev';
  keepCrossOriginIsolated(navigator.serviceWorker);
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => set({ needRefresh: true }),
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
  });
  return 'started';
}

/** Activates the waiting version; the page reloads into it. */
export async function applyUpdate(): Promise<void> {
  await update?.(true);
}

/** Hides the prompt; the new version stays waiting and takes over once every tab of the app is closed. */
export function dismissUpdate(): void {
  set({ needRefresh: false });
}

export const serviceWorkerState = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): ServiceWorkerState => state,
};
