// When, on the line that says what is asked (issue 16, answer copy — src/core/answer-copy.ts): "When
// is the big Newfoundland with the sore back leg due to be seen?" asks a date by its words, but the
// appointment book of writer 123 dates only its heading ("APPOINTMENTS - Tuesday 14 May") and gives
// the dog's row a clock time ("09:40 | Moose (Newfoundland) | R. Tallowby | lame, left hind"); the
// demo model answered the heading's date. Where no line holding a value of the kind asked says any of
// the request's content words, and a line that says them holds values of the other kind of when (a
// date for a time, a time for a date), those values answer. Lines with values of the kind asked that
// say the request keep them: "First solo: 19 April 2024, 11:42 local" asked when stays a date.
// Pure logic over words.

import { contentWords, lineAround } from './answer-clause.ts';
import { startsOfKind, type AnswerKind } from './answer-kind.ts';
import { sameStem } from './answer-table.ts';
import { WORD_RUN } from './answer-value-bounds.ts';

/** How many of `asked` (lower case content words) the line says, by stem. */
function lineSays(line: string, asked: readonly string[]): number {
  const words = [...line.toLowerCase().matchAll(WORD_RUN)].map((m) => m[0]);
  return asked.filter((a) => !a.includes(' ') && words.some((w) => sameStem(a, w))).length;
}

/**
 * Of a date or time asked, the openings of the other kind of when on the lines that say the request,
 * where no line with an opening of the kind asked says any of it; else `ofKind`.
 */
export function whenOnLineAsked(
  source: string,
  request: string,
  starts: readonly number[],
  kind: AnswerKind | null,
  ofKind: readonly number[],
): number[] {
  if ((kind !== 'date' && kind !== 'time') || ofKind.length === 0) return [...ofKind];
  const asked = contentWords(request);
  if (asked.length === 0) return [...ofKind];
  const says = (q: number) => {
    const [a, b] = lineAround(source, q);
    return lineSays(source.slice(a, b), asked);
  };
  if (ofKind.some((q) => says(q) > 0)) return [...ofKind];
  const kinds = new Set(ofKind);
  const other = startsOfKind(source, starts, kind === 'date' ? 'time' : 'date').filter((q) => !kinds.has(q));
  const most = Math.max(0, ...other.map(says));
  return most > 0 ? other.filter((q) => says(q) === most) : [...ofKind];
}
