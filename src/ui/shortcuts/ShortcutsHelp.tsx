// The keyboard shortcuts help panel: a modal dialog (native <dialog>: focus kept inside, Esc
// closes) listing every shortcut from shortcuts.ts, with the switch that turns single-key
// shortcuts off. Opened by the header button or "?".
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { readPrefs, writePrefs } from '../../store/prefs';
import { FIELD_KEYS, SHORTCUTS } from './shortcuts';

export interface ShortcutsHelpHandle {
  open(): void;
}

export const ShortcutsHelp = forwardRef<ShortcutsHelpHandle>(function ShortcutsHelp(_props, ref) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [singleKeys, setSingleKeys] = useState(() => readPrefs().keyShortcuts !== false);
  useImperativeHandle(ref, () => ({
    open: () => {
      if (!dialog.current?.open) dialog.current?.showModal();
    },
  }));
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" data-testid="shortcuts-help">
      <div className="shortcuts-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button
          type="button"
          className="btn btn-xs"
          onClick={() => dialog.current?.close()}
          aria-label="Close the shortcuts"
        >
          Close
        </button>
      </div>
      <table className="shortcuts-table">
        <caption className="sr-only">Shortcuts anywhere on the page</caption>
        <tbody>
          {SHORTCUTS.map((s) => (
            <ShortcutRow key={s.key} keys={s.keys} description={s.description} muted={s.single && !singleKeys} />
          ))}
        </tbody>
      </table>
      <h3 className="shortcuts-sub">In text fields and the heatmap</h3>
      <table className="shortcuts-table">
        <caption className="sr-only">Keys in text fields and the heatmap</caption>
        <tbody>
          {FIELD_KEYS.map((s) => (
            <ShortcutRow key={`${s.keys}-${s.description}`} keys={s.keys} description={s.description} />
          ))}
        </tbody>
      </table>
      <label className="row small shortcuts-switch">
        <input
          type="checkbox"
          checked={singleKeys}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setSingleKeys(on);
            writePrefs({ keyShortcuts: on });
          }}
        />
        Single-key shortcuts (? / F N S R E C) — they never act while you type in a field
      </label>
    </dialog>
  );
});

/** One row of a shortcuts table: the keys, then what they do (muted when single keys are off). */
function ShortcutRow({ keys, description, muted = false }: { keys: string; description: string; muted?: boolean }) {
  return (
    <tr className={muted ? 'muted' : undefined}>
      <th scope="row">
        <kbd>{keys}</kbd>
      </th>
      <td>{description}</td>
    </tr>
  );
}
