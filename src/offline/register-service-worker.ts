// Offline support (issue 9 "works with the network off after the first load"): registers
// public/sw.js in production builds. The dev server is left alone (it must not serve stale code).

export type OfflineStatus = 'unsupported' | 'dev' | 'registered' | 'failed';

export async function registerServiceWorker(): Promise<OfflineStatus> {
  if (!('serviceWorker' in navigator)) return 'unsupported';
  if (import.meta.env.DEV) return 'dev';
  try {
    await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    return 'registered';
  } catch {
    return 'failed';
  }
}
