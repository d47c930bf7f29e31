// The spans pinned to full detail in this conversation's working context (engine pins), each
// with an unpin button — the keyboard-friendly way to review and remove pins.
import { setPins } from '../../store/actions/pin-actions';
import { formatCount } from '../common/format';

export function PinList(props: { pins: { start: number; end: number }[] }) {
  if (props.pins.length === 0) return null;
  return (
    <ul className="pin-list" aria-label="Pinned spans" data-testid="pin-list">
      {props.pins.map((p) => (
        <li key={`${p.start}-${p.end}`}>
          <span aria-hidden="true">◆</span> tokens {formatCount(p.start)}–{formatCount(p.end)}
          <button type="button" className="icon-btn" aria-label={`Unpin tokens ${p.start} to ${p.end}`} onClick={() => void setPins(props.pins.filter((q) => q !== p))}>
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}
