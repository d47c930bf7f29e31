// The window-level key handler for the shortcuts in shortcuts.ts: presses the newest enabled
// button a shortcut mirrors, focuses the message box, opens the help panel, or stops the answer.
import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';
import { stopChat } from '../../store/actions/chat-actions';
import { readPrefs } from '../../store/prefs';
import { isTextField, matchShortcut, type ShortcutAction } from './shortcuts';

/** The newest enabled button named `label` in the page, or null. */
function newestButton(label: string): HTMLButtonElement | null {
  const all = Array.from(document.querySelectorAll<HTMLButtonElement>('button[aria-label]')).filter(
    (b) => b.getAttribute('aria-label') === label && !b.disabled,
  );
  return all.at(-1) ?? null;
}

function run(action: ShortcutAction, openHelp: () => void): boolean {
  switch (action.kind) {
    case 'help':
      openHelp();
      return true;
    case 'stop':
      if (!useAppStore.getState().live || document.querySelector('dialog[open]')) return false;
      stopChat();
      return true;
    case 'focus': {
      // The field itself, not a panel named like it.
      const el = document.querySelector<HTMLElement>(`:is(input, textarea, select)[aria-label="${action.label}"]`);
      el?.focus();
      return !!el;
    }
    case 'press': {
      for (const label of action.labels) {
        const b = newestButton(label);
        if (b) {
          b.click();
          return true;
        }
      }
      return false;
    }
  }
}

export function useShortcuts(openHelp: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const s = matchShortcut(e, isTextField(document.activeElement), readPrefs().keyShortcuts !== false);
      if (s && run(s.action, openHelp)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openHelp]);
}
