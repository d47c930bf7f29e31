// A conversation's system prompt (issue 19; seed: pinned spans kept at full detail): memory at the
// start of the conversation, framed by the chat template, pinned so it never collapses. Memory is
// append-only, so changing the prompt later appends the new one after what is there and moves
// the pin to it; clearing it removes only the pin. The prompt in force is the latest turn marked
// `system-prompt` (TurnMeta), unless that turn cleared it.
import type { TurnRecord } from '../storage/records';

export interface TokenRange {
  start: number;
  end: number;
}

/** The token range of the system prompt in force, or null (none set, or cleared). */
export function activeSystemPrompt(
  turns: readonly Pick<TurnRecord, 'meta' | 'tokenStart' | 'tokenEnd'>[],
): TokenRange | null {
  for (let i = turns.length - 1; i >= 0; i--) {
    const t = turns[i]!;
    if (t.meta?.kind !== 'system-prompt') continue;
    return t.tokenEnd > t.tokenStart ? { start: t.tokenStart, end: t.tokenEnd } : null;
  }
  return null;
}

/** `pins` with the prompt's range added when no pin already covers it. */
export function withSystemPin(pins: readonly TokenRange[], prompt: TokenRange | null): TokenRange[] {
  if (!prompt || pins.some((p) => p.start <= prompt.start && p.end >= prompt.end)) return [...pins];
  return [...pins, prompt];
}

/** The most tokens a system prompt may take: half the working context's own budget. */
export const systemPromptLimit = (wMax: number, maxNewTokens: number): number => Math.floor((wMax - maxNewTokens) / 2);
