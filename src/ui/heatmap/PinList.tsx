// The spans pinned to full detail in this conversation's working context (engine pins), each
// with an unpin button — the keyboard-friendly way to review and remove pins. The system prompt's
// pin is labelled and has none: the engine keeps it pinned while the prompt is in force.
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { setPins } from '../../store/actions/pin-actions';
import { activeSystemPrompt } from '../../runtime/system-prompt';
import { formatCount } from '../common/format';

export function PinList(props: { pins: { start: number; end: number }[] }) {
  const turns = useAppStore((s) => s.turns);
  const prompt = useMemo(() => activeSystemPrompt(turns), [turns]);
  if (props.pins.length === 0) return null;
  return (
    <ul className="pin-list" aria-label="Pinned spans" data-testid="pin-list">
      {props.pins.map((p) =>
        prompt && p.start === prompt.start && p.end === prompt.end ? (
          <li
            key={`${p.start}-${p.end}`}
            title="The system prompt stays pinned while it is in force; change or clear it above the chat"
          >
            <span aria-hidden="true">◆</span> system prompt · tokens {formatCount(p.start)}–{formatCount(p.end)}
          </li>
        ) : (
          <li key={`${p.start}-${p.end}`}>
            <span aria-hidden="true">◆</span> tokens {formatCount(p.start)}–{formatCount(p.end)}
            <button
              type="button"
              className="icon-btn"
              aria-label={`Unpin tokens ${p.start} to ${p.end}`}
              onClick={() => void setPins(props.pins.filter((q) => q !== p))}
            >
              ✕
            </button>
          </li>
        ),
      )}
    </ul>
  );
}
