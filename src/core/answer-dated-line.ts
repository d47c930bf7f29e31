// The line of the date asked (issue 16, answer copy — src/core/answer-copy.ts): a log, a diary or a
// CSV export keeps one line per day, each opening with its date ("2024-07-22,Fenwick Lodge,31.4,16.9"
// / "2024-07-23,Fenwick Lodge,27.8,18.2"; "2024-03-04 09:30-11:45 Kessler manual ch.4 proof"), and a
// request names the day in words ("How low did the thermometer drop … on the 23rd of July?", "On 5
// March, my work on … got going at", "what did I log for R Leo in late February?"). Every line holds
// the request's other words, so the readers that weigh words (answer-clause.ts, answer-sliding.ts)
// cannot tell the lines apart, and the demo model took the first line's value (writers 105–110). Of
// the value openings, those on the lines whose date is the one asked — its month, and its day where
// the request says one — are kept, when other dated lines say another; the date itself answers
// nothing (the request says it). Pure logic over words.

import { MONTHS, MONTH_NAMES } from './answer-value-bounds.ts';

/** A month's number (1–12) from its name or a three-letter (or "sept") abbreviation; 0 if none. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return i + 1;
}

// (a month's name is also a word: "may" only capitalised, "march" only with a day or capitalised)
const MONTH_WORD = `(?:${[...MONTHS].join('|')})\\.?`;
// The days of a month as ordinal words ("the thirtieth of January").
const ORDINAL_UNITS = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ');
const ORDINALS: readonly string[] = [
  ...ORDINAL_UNITS,
  ...'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  ),
  ...ORDINAL_UNITS.map((u) => `twenty-${u}`),
  'thirtieth',
  'thirty-first',
];
/** A day's number from its digits ("23", "23rd") or its ordinal word ("thirtieth"). */
const dayOf = (word: string) => (/^\d/.test(word) ? parseInt(word, 10) : ORDINALS.indexOf(word.toLowerCase()) + 1);
const DAY = `(\\d{1,2}(?:st|nd|rd|th)?|${[...ORDINALS].reverse().join('|')})`;
// A day and its month in words: "the 23rd of July", "5 March", "the thirtieth of January", "July 23", "Feb 25th".
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH_WORD})(?!\\p{L})`, 'giu');
const MONTH_DAY = new RegExp(`\\b(${MONTH_WORD})\\s+(?:the\\s+)?${DAY}(?![\\p{L}\\p{N}:-])`, 'giu');
const MONTH_ALONE = new RegExp(`\\b(${MONTH_WORD})(?!\\p{L})`, 'giu');
// A line's own date: ISO ("2024-07-23"), or a day and its month in words.
const ISO_DATE = /\b\d{4}-(\d{2})-(\d{2})\b/g;

interface AskedDate {
  month: number;
  day: number | null;
}

/** The one date (a month, and its day where said) `request` names in words, or null (none, or several). */
export function dateAsked(request: string): AskedDate | null {
  const found: AskedDate[] = [];
  for (const m of request.matchAll(DAY_MONTH)) found.push({ month: monthOf(m[2]!), day: dayOf(m[1]!) });
  for (const m of request.matchAll(MONTH_DAY)) found.push({ month: monthOf(m[1]!), day: dayOf(m[2]!) });
  if (found.length === 0)
    for (const m of request.matchAll(MONTH_ALONE)) {
      // ("may" and "march" are words too: a month only capitalised)
      // (nor "May I …", a question's verb)
      if (
        /^(?:may|march)$/.test(m[1]!) ||
        /^\s+(?:i|we|you|he|she|they|it)\b/i.test(request.slice(m.index + m[0].length))
      )
        continue;
      found.push({ month: monthOf(m[1]!), day: null });
    }
  const months = new Set(found.map((d) => `${d.month}/${d.day}`));
  return months.size === 1 && found[0]!.month > 0 && (found[0]!.day ?? 1) >= 1 && (found[0]!.day ?? 1) <= 31
    ? found[0]!
    : null;
}

/** Each line's first date ([start, end, month, day] of the text it is written in), or null. */
function lineDate(line: string): { from: number; to: number; month: number; day: number } | null {
  let best: { from: number; to: number; month: number; day: number } | null = null;
  const take = (from: number, to: number, month: number, day: number) => {
    if (month > 0 && (best === null || from < best.from)) best = { from, to, month, day };
  };
  for (const m of line.matchAll(ISO_DATE)) take(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]));
  for (const m of line.matchAll(DAY_MONTH)) take(m.index, m.index + m[0].length, monthOf(m[2]!), dayOf(m[1]!));
  for (const m of line.matchAll(MONTH_DAY)) take(m.index, m.index + m[0].length, monthOf(m[1]!), dayOf(m[2]!));
  return best;
}

/**
 * Of `starts`, those on the lines of `source` dated on the date `request` names (not at the date
 * itself), when other dated lines holding starts say another date; else `starts`.
 */
export function datedLineStarts(source: string, request: string, starts: readonly number[]): number[] {
  const asked = dateAsked(request);
  if (asked === null || starts.length < 2) return [...starts];
  let other = false;
  const kept: number[] = [];
  let lineStart = 0;
  for (const line of source.split('\n')) {
    const lineEnd = lineStart + line.length;
    const onLine = starts.filter((q) => q >= lineStart && q < lineEnd);
    const date = onLine.length > 0 ? lineDate(line) : null;
    if (date !== null) {
      if (date.month === asked.month && (asked.day === null || asked.day === date.day))
        kept.push(...onLine.filter((q) => q < lineStart + date.from || q >= lineStart + date.to));
      else other = true;
    }
    lineStart = lineEnd + 1;
  }
  return other && kept.length > 0 ? kept : [...starts];
}
