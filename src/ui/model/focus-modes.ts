// The Focus Allocator's scorers in words (ARCHITECTURE §2: LensNet, or the training-free
// similarity focus, or none): the settings form's choices and what the model panel says is in use.
import type { FocusMode } from '../../runtime/engine-api';

export const FOCUS_MODES: { mode: FocusMode; label: string }[] = [
  { mode: 'learned', label: 'learned (LensNet)' },
  { mode: 'similarity', label: 'similarity (training-free)' },
  { mode: 'none', label: 'none (oldest collapse first)' },
];

export const focusModeLabel = (mode: FocusMode): string => FOCUS_MODES.find((m) => m.mode === mode)!.label;
