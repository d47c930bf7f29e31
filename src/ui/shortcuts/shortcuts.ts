// Keyboard shortcuts of the chat: the one table the key handler and the help panel both read.
// Single-key shortcuts act only outside text fields and can be turned off in the help panel
// (WCAG 2.1.4); a shortcut that mirrors a button presses that button (the newest one when there
// are several), so it does exactly what the button does and nothing when the button is disabled.

export type ShortcutAction =
  | { kind: 'help' }
  /** Focuses the text field (input, textarea, select) with this aria-label. */
  | { kind: 'focus'; label: string }
  | { kind: 'press'; labels: string[] }
  | { kind: 'stop' };

export interface Shortcut {
  /** KeyboardEvent.key that triggers it. */
  key: string;
  /** As shown in the help panel. */
  keys: string;
  description: string;
  /** A single printable key: only outside text fields, and only while single-key shortcuts are on. */
  single: boolean;
  action: ShortcutAction;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { key: '?', keys: '?', description: 'Show the keyboard shortcuts', single: true, action: { kind: 'help' } },
  {
    key: '/',
    keys: '/',
    description: 'Write a message (focus the message box)',
    single: true,
    action: { kind: 'focus', label: 'Message' },
  },
  {
    key: 'f',
    keys: 'F',
    description: 'Find in memory (focus the search box)',
    single: true,
    action: { kind: 'focus', label: 'Find in memory' },
  },
  {
    key: 'n',
    keys: 'N',
    description: 'New conversation',
    single: true,
    action: { kind: 'press', labels: ['New conversation'] },
  },
  {
    key: 's',
    keys: 'S',
    description: 'Add or edit the system prompt',
    single: true,
    action: { kind: 'press', labels: ['Edit the system prompt', 'Add a system prompt'] },
  },
  {
    key: 'r',
    keys: 'R',
    description: 'Regenerate the last answer (the earlier one stays in memory)',
    single: true,
    action: { kind: 'press', labels: ['Regenerate this answer'] },
  },
  {
    key: 'e',
    keys: 'E',
    description: 'Edit your last message and send it again',
    single: true,
    action: { kind: 'press', labels: ['Edit this message and send it again'] },
  },
  {
    key: 'c',
    keys: 'C',
    description: 'Copy the last answer',
    single: true,
    action: { kind: 'press', labels: ['Copy answer'] },
  },
  {
    key: 'Escape',
    keys: 'Esc',
    description: 'Stop the answer being written (what was written stays in memory)',
    single: false,
    action: { kind: 'stop' },
  },
];

/** Keys handled where they are typed (listed in the help panel, not dispatched here). */
export const FIELD_KEYS: readonly { keys: string; description: string }[] = [
  { keys: 'Enter', description: 'Send the message (in the message box or an edited message)' },
  { keys: 'Shift + Enter', description: 'New line in a message' },
  { keys: 'Esc', description: 'Cancel editing a message or the system prompt' },
  { keys: '← →', description: 'Heatmap: read the previous / next span' },
  { keys: 'Enter', description: 'Heatmap: pin or unpin the span' },
  { keys: '+ − 0', description: 'Heatmap: zoom in, out, whole memory' },
];

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The shortcut a key press triggers, or null. `inField`: focus is in a text field or editable element. */
export function matchShortcut(e: KeyLike, inField: boolean, singleKeysOn: boolean): Shortcut | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const s = SHORTCUTS.find((x) => x.key === e.key || (x.single && x.key === e.key.toLowerCase() && e.key.length === 1));
  if (!s) return null;
  if (s.single && (inField || !singleKeysOn)) return null;
  return s;
}

/** Whether an element takes typed text (shortcuts keep out of it). */
export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'file', 'color'].includes(type);
}
