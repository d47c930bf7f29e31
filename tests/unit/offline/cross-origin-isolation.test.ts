// Cross-origin isolation through the service worker (src/offline/cross-origin-isolation.ts): the
// page reloads once when a service worker controls it and it is not isolated — never in a loop,
// never when it is isolated already, never when nothing controls it.
import { describe, expect, it } from 'vitest';
import {
  RELOAD_MARK,
  keepCrossOriginIsolated,
  shouldReloadForIsolation,
} from '../../../src/offline/cross-origin-isolation';

describe('shouldReloadForIsolation', () => {
  it('reloads only a controlled, non-isolated page that has not reloaded yet', () => {
    for (const isolated of [false, true])
      for (const controlled of [false, true])
        for (const reloadedBefore of [false, true])
          expect(shouldReloadForIsolation({ isolated, controlled, reloadedBefore })).toBe(
            !isolated && controlled && !reloadedBefore,
          );
  });
});

/** A window and service worker container with just what keepCrossOriginIsolated reads. */
function fakes(isolated: boolean, controlled: boolean, marked = false) {
  const store = new Map<string, string>(marked ? [[RELOAD_MARK, '1']] : []);
  const listeners: (() => void)[] = [];
  let reloads = 0;
  const container = {
    controller: controlled ? ({} as ServiceWorker) : null,
    addEventListener: (type: string, l: () => void) => type === 'controllerchange' && listeners.push(l),
  };
  const win = {
    crossOriginIsolated: isolated,
    sessionStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    },
    location: { reload: () => void reloads++ },
  };
  keepCrossOriginIsolated(container as unknown as ServiceWorkerContainer, win as unknown as Window);
  return {
    reloads: () => reloads,
    marked: () => store.has(RELOAD_MARK),
    takeControl: () => {
      container.controller = {} as ServiceWorker;
      for (const l of listeners) l();
    },
  };
}

describe('keepCrossOriginIsolated', () => {
  it('reloads once when the service worker takes control of a first visit', () => {
    const f = fakes(false, false);
    expect(f.reloads()).toBe(0);
    f.takeControl();
    expect(f.reloads()).toBe(1);
    expect(f.marked()).toBe(true);
  });

  it('does not reload again after a reload that did not bring isolation', () => {
    const f = fakes(false, true, true);
    f.takeControl();
    expect(f.reloads()).toBe(0);
  });

  it('leaves an isolated page alone and clears the mark', () => {
    const f = fakes(true, true, true);
    f.takeControl();
    expect(f.reloads()).toBe(0);
    expect(f.marked()).toBe(false);
  });

  it('reloads a controlled page that is not isolated at once', () => {
    expect(fakes(false, true).reloads()).toBe(1);
  });
});
