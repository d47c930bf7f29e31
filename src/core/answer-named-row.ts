// The row of a value the request names (issue 16, answer copy — src/core/answer-copy.ts): "Passengers on
// the 11:15 crossing from Port Ellery can expect to step ashore on Skerrin at" of writer 128's timetable
//   Dep. Port Ellery | Arr. Skerrin
//   06:40            | 07:55
//   11:15            | 12:30
// names one clock time to ask the one beside it; the demo model answered the first row's "07:55".
// Where the request writes a value of the kind it asks that the source writes too, on a line with
// another value of that kind, the other values of those lines answer (not the named one). Pure logic
// over characters.

import { lineAround } from './answer-clause.ts';

// A value's text at an opening: up to the next space, bar or comma, without a sentence's end.
const VALUE_AT = /^[^\s|,;]+/u;
const bare = (text: string) => text.replace(/[.!?:)]+$/u, '');

/**
 * Of `ofKind` (openings of the kind asked), those on the lines of a value the request writes that
 * hold another, not that value; `ofKind` when the request writes none of them.
 */
export function namedRowStarts(source: string, request: string, ofKind: readonly number[]): number[] {
  const named = ofKind.filter((q) => {
    const v = bare(VALUE_AT.exec(source.slice(q, q + 48))?.[0] ?? '');
    return (
      /\p{N}/u.test(v) &&
      new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(request)
    );
  });
  if (named.length === 0) return [...ofKind];
  const lines = new Set(named.map((q) => lineAround(source, q)[0]));
  const namedAt = new Set(named);
  const beside = ofKind.filter((q) => !namedAt.has(q) && lines.has(lineAround(source, q)[0]));
  return beside.length > 0 ? beside : [...ofKind];
}
