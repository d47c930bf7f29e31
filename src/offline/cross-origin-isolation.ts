// Cross-origin isolation on hosts that send no COOP/COEP headers (issue 20, the coi-serviceworker
// technique): the service worker (sw.ts) adds the headers to every response it serves, so a page
// it controls is isolated. A first visit is not controlled yet; once the service worker takes
// control the page reloads — once — and comes back isolated (onnxruntime-web then runs threads).

/** sessionStorage key marking that this tab already reloaded for isolation (no reload loops). */
export const RELOAD_MARK = 'megacontext.isolation-reload';

export interface IsolationState {
  /** `crossOriginIsolated` of the page. */
  isolated: boolean;
  /** A service worker controls the page (its responses carry the headers). */
  controlled: boolean;
  /** This tab already reloaded once for isolation. */
  reloadedBefore: boolean;
}

/**
 * Whether the page should reload to become isolated: only when a service worker controls it (so
 * the reload goes through it) and this tab has not tried already — a browser that ignores the
 * headers keeps working single-threaded instead of reloading forever. A page the user hard-reloaded
 * past the service worker (not controlled) is left as it is.
 */
export function shouldReloadForIsolation(s: IsolationState): boolean {
  return !s.isolated && s.controlled && !s.reloadedBefore;
}

/** Reloads the page once when a service worker controls it (now or later) and it is not isolated. */
export function keepCrossOriginIsolated(container: ServiceWorkerContainer, win: Window = window): void {
  const storage = win.sessionStorage;
  if (win.crossOriginIsolated) {
    storage.removeItem(RELOAD_MARK); // isolated: a later loss of isolation may reload again
    return;
  }
  const check = () => {
    const state = {
      isolated: win.crossOriginIsolated,
      controlled: container.controller !== null,
      reloadedBefore: storage.getItem(RELOAD_MARK) !== null,
    };
    if (!shouldReloadForIsolation(state)) return;
    storage.setItem(RELOAD_MARK, String(Date.now()));
    win.location.reload();
  };
  check();
  container.addEventListener('controllerchange', check);
}
