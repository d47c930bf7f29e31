// The previous request of a conversation, read back from its memory (issue 16, multi-turn
// follow-ups): "And its drive height?" or "What about Ursula Walsh?" name half of what they ask —
// the rest is in the user turn before them. The memory quote keys such a follow-up by the earlier
// request's names and ranks by its words (memory-quote.ts); answer copy opens no value with them
// (answer-copy-turn.ts). Read from the memory's own tokens, so the engine's turn and `npm run eval`
// find it the same way, whatever chat template frames the turns.

/** The ids that open a user message and those that close it, in the package's chat framing. */
export interface TurnMarks {
  open: number[];
  close: number[];
}

/**
 * The marks of `userTurn` (a message → the ids of its framed turn, first in a memory or after an
 * answer), found by framing two messages: what they share before the message in both framings
 * (a first turn opens with BOS, a later one after the answer's line), and after it. Null when the
 * framing puts no mark on a side (a template that marks no user message).
 */
export function turnMarks(userTurn: (message: string, isFirstTurn: boolean) => number[]): TurnMarks | null {
  const a = userTurn('Alpha', false);
  const b = userTurn('Bravo', false);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  // the opening both framings end with
  const first = userTurn('Alpha', true);
  const firstOpen = first.slice(0, first.length - (a.length - p));
  let o = 0;
  while (o < p && o < firstOpen.length && a[p - 1 - o] === firstOpen[firstOpen.length - 1 - o]) o++;
  if (o === 0 || s === 0) return null;
  return { open: a.slice(p - o, p), close: a.slice(a.length - s) };
}

/** The last index ≥ `from` and < `to` where `needle` starts in `ids`, or -1. */
function lastIndexOf(ids: ArrayLike<number>, needle: readonly number[], to: number): number {
  for (let i = to - needle.length; i >= 0; i--) {
    let j = 0;
    while (j < needle.length && ids[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/**
 * The text of the last user message in tokens [0, end) of a memory ('' when none within the last
 * `reach` tokens, or none was closed). `tokenIds(a, b)` reads the memory.
 */
export function previousRequest(
  tokenIds: (start: number, end: number) => ArrayLike<number>,
  decode: (ids: number[]) => string,
  marks: TurnMarks,
  end: number,
  reach = 4096,
): string {
  const from = Math.max(0, end - reach);
  const ids = tokenIds(from, end);
  // the last closing mark, then the opening mark before it
  const close = lastIndexOf(ids, marks.close, ids.length);
  if (close < 0) return '';
  const open = lastIndexOf(ids, marks.open, close);
  if (open < 0) return '';
  return decode(Array.from(ids).slice(open + marks.open.length, close)).trim();
}
