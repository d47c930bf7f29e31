// Actions: pinning spans of the MegaContext to full detail (engine.setPins). A pinned span is
// expanded to LOD0 now and the Focus Allocator never collapses it; pins are saved with the
// conversation. Pins that cannot fit in W_max are refused with the engine's reason.
import { useAppStore } from '../app-store';
import { getEngine } from '../engine-client';
import { describeError } from '../describe-error';

export type TokenRange = { start: number; end: number };

const overlaps = (a: TokenRange, b: TokenRange) => a.start < b.end && b.start < a.end;

/** The pins after toggling `span`: pins overlapping it are removed, or it is added when none does. */
export function togglePinList(pins: readonly TokenRange[], span: TokenRange): TokenRange[] {
  const rest = pins.filter((p) => !overlaps(p, span));
  return rest.length < pins.length
    ? rest
    : [...pins, { start: span.start, end: span.end }].sort((a, b) => a.start - b.start);
}

export async function setPins(pins: TokenRange[]): Promise<boolean> {
  const s = useAppStore.getState();
  const id = s.snapshot?.conversationId;
  if (!id) return false;
  useAppStore.setState({ pinError: null });
  try {
    const snapshot = await getEngine().setPins({ conversationId: id, pins });
    useAppStore.setState((st) => (st.activeId === id ? { snapshot } : {}));
    return true;
  } catch (e) {
    useAppStore.setState({ pinError: describeError(e) });
    return false;
  }
}

export async function togglePin(span: TokenRange): Promise<boolean> {
  return setPins(togglePinList(useAppStore.getState().snapshot?.pins ?? [], span));
}
