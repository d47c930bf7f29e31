// Keyboard shortcuts (which key does what, never while typing, single keys can be turned off) and
// the colour theme (system preference unless the user chose).
import { describe, expect, it } from 'vitest';
import { matchShortcut, SHORTCUTS } from '../../../src/ui/shortcuts/shortcuts';
import { resolveTheme } from '../../../src/ui/theme/theme';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('maps single keys outside text fields', () => {
    expect(matchShortcut(key('?'), false, true)?.action).toEqual({ kind: 'help' });
    expect(matchShortcut(key('/'), false, true)?.action).toEqual({ kind: 'focus', label: 'Message' });
    expect(matchShortcut(key('r'), false, true)?.action).toEqual({ kind: 'press', labels: ['Regenerate this answer'] });
    expect(matchShortcut(key('R'), false, true)?.action).toEqual({ kind: 'press', labels: ['Regenerate this answer'] });
    expect(matchShortcut(key('f'), false, true)?.action).toEqual({ kind: 'focus', label: 'Find in memory' });
    expect(matchShortcut(key('x'), false, true)).toBeNull();
  });

  it('never acts on typed text, with modifiers, or when single keys are off; Esc always stops', () => {
    expect(matchShortcut(key('r'), true, true)).toBeNull();
    expect(matchShortcut(key('/'), true, true)).toBeNull();
    expect(matchShortcut(key('r', { ctrlKey: true }), false, true)).toBeNull();
    expect(matchShortcut(key('c', { metaKey: true }), false, true)).toBeNull(); // the browser's copy
    expect(matchShortcut(key('r'), false, false)).toBeNull();
    expect(matchShortcut(key('?'), false, false)).toBeNull();
    expect(matchShortcut(key('Escape'), true, false)?.action).toEqual({ kind: 'stop' });
  });

  it('lists each key once', () => {
    const keys = SHORTCUTS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('colour theme', () => {
  it('follows the system unless the user chose', () => {
    expect(resolveTheme('system', true)).toBe('light');
    expect(resolveTheme('system', false)).toBe('dark');
    expect(resolveTheme('dark', true)).toBe('dark');
    expect(resolveTheme('light', false)).toBe('light');
  });
});
