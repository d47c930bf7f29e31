// The clause a value is said in (issue 16, answer copy — src/core/answer-copy.ts): a quoted line
// often holds several values of the kind asked for, each in its own clause — "Rent for Flat 7B goes
// up to £1,140 a month from 1 April; Flat 7A stays at £980", "450 g damsons, pricked all over, 225
// g caster sugar, one 70cl bottle of cheap gin", "… revised on 2 February 2019; the earlier turnout
// estimate of 63.4% was corrected to 58.7%" — and the demo model opened at the wrong one ("It is
// 980.", "It is 450 g damsons."). An extractive reader takes the value whose clause says the
// request's words. Line by line (lines are compared by the record and label rules: answer-place.ts,
// quote-pieces.ts), of a line's starts, those whose clause (a sentence or a part between
// semicolons) says most of the request's content words, matched by stem ("correction" ~
// "corrected"), a name counting half a word of the attribute asked, a clause that refers back by
// a pronoun adding what the one before says and a question holding no answer; of those, in a list,
// the ones whose item says the request's attribute words that no other item says, where one does.
// Pure logic over words.

import { FUNCTION_WORDS, MONTHS, WORD_RUN } from './answer-value-bounds.ts';
import { sameStem } from './answer-table.ts';

// Question words and verbs of asking say nothing about where the value is.
const ASKING: ReadonlySet<string> = new Set(
  'what which who whom whose where when why how does did do can could would will should tell remind again please'.split(
    ' ',
  ),
);

// A clause ends at a sentence's end (not an abbreviation's dot: "(ext. 2291)", "(ref. BCX-88120-Q",
// "Nov. 2nd"), a semicolon or a line break. A title's dot still ends one: read as no break, it joined
// the heading's words ("Aldersmoor", "Examinations in Classical Honours") to "first place, Mr.
// Percival Thorne, with 1,284 marks", which then said more of "What was Edgar Fenwick's mark total in
// the Aldersmoor classics exams?" than "Mr. Edgar Fenwick, obtained 1,179." did (writer 7, measured).
const ABBREVIATED = [
  ...MONTHS,
  ...'ref refs no nos tel fax ext approx est dept incl excl vs etc fig figs vol vols pp ch sec nr inc ltd co corp max min avg abt ca cf jr sr'.split(
    ' ',
  ),
]
  .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
  .join('|');
export const CLAUSE_BREAK = new RegExp(
  `(?<!(?<![\\p{L}\\p{N}])(?:${ABBREVIATED}))[.!?](?=\\s+[\\p{Lu}"“'‘([]|\\s*$)|;(?=\\s|$)|\\n`,
  'gu',
);

/**
 * The request's content words: letters and digits, lower case, no function or question words; a
 * short number after a capitalised word counts with it ("aero 3" of "Priya's Fennick Aero 3", "flat 7c").
 */
export function contentWords(request: string): string[] {
  const out = new Set<string>();
  for (const m of request.matchAll(WORD_RUN)) {
    const w = m[0].toLowerCase();
    if (w.length > 2 && !FUNCTION_WORDS.has(w) && !ASKING.has(w)) out.add(w);
  }
  for (const m of request.matchAll(NAME_NUMBER)) out.add(`${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`);
  return [...out];
}
/** The request's content words that are no name (nor a sentence's capitalised first word). */
export const attributeWords = (request: string): string[] =>
  contentWords(request.replace(/[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*/gu, ' '));

const NAME_NUMBER = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}+) (\p{N}[\p{L}\p{N}]?)(?![\p{L}\p{N}])/gu;

/** [start, end) of the line of `source` around offset `q`. */
export function lineAround(source: string, q: number): [number, number] {
  const start = source.lastIndexOf('\n', q - 1) + 1;
  const end = source.indexOf('\n', q);
  return [start, end < 0 ? source.length : end];
}

/** [start, end) of the span of `source` around `q` between two `breaks`. */
export function spanAround(source: string, q: number, breaks: readonly number[]): [number, number] {
  let start = 0;
  let end = source.length;
  for (const b of breaks) {
    if (b < q) start = b + 1;
    else {
      end = b;
      break;
    }
  }
  return [start, end];
}

/** The text of the span with words before offset `s` (past breaks with nothing between them: "MiB.⏎"). */
function spanBefore(source: string, s: number, breaks: readonly number[]): string {
  for (let end = s - 1; end > 0;) {
    const [b, e] = spanAround(source, end, breaks);
    if (/[\p{L}\p{N}]/u.test(source.slice(b, e))) return source.slice(b, e);
    end = b - 1;
  }
  return '';
}

/**
 * How many of `asked` the text says (each word by stem or by its short form with a dot — "ref." says
 * "reference", "approx." "approximately" —, a name's number as written: "Aero 3", once).
 */
function says(text: string, asked: readonly string[], weight: (word: string) => number = () => 1): number {
  const lower = text.toLowerCase();
  const words = [...lower.matchAll(WORD_RUN)].map((m) => m[0]);
  const short = [...lower.matchAll(SHORT_FORM)].map((m) => m[1]!).filter((w) => !FUNCTION_WORDS.has(w));
  return asked
    .filter((a) =>
      a.includes(' ')
        ? new RegExp(`(?<![\\p{L}\\p{N}])${a.replace(' ', '\\s+')}(?![\\p{L}\\p{N}])`, 'u').test(lower)
        : words.some((w) => sameStem(a, w)) || short.some((w) => a.length >= w.length + 3 && a.startsWith(w)),
    )
    .reduce((n, a) => n + weight(a), 0);
}
const NAME_WEIGHT = 0.5;
const SHORT_FORM = /(?<![\p{L}\p{N}])(\p{L}{3,})\./gu;

// A clause that refers back ("Check with Ilse Marrowby before changing this.", "then finish it with
// a splash of blackcurrant vinegar") is about what the clause before it says.
// ("this" alone, not "this term")
const REFERS_BACK = /\b(?:it|its|he|she|him|her|his|they|them|their)\b|\b(?:this|these)\s*(?:[.,;:!?)]|$)/i;

/**
 * Of `starts`, those whose span (between `breaks`) says most of `asked` — a span that refers back
 * adds what the span before it says —; `none` (all of `starts` unless given) when none says any.
 */
function sayingMost(
  source: string,
  starts: readonly number[],
  asked: readonly string[],
  breaks: RegExp,
  weight: (word: string) => number,
  none: readonly number[] = starts,
): number[] {
  const at = [...source.matchAll(breaks)].map((m) => m.index!);
  const scored = starts.map((q) => {
    const [s, e] = spanAround(source, q, at);
    const own = source.slice(s, e);
    // (a question holds no answer: '"Where did you bury the tin box?" asked Louisa. "Under …"')
    if (own.includes('?')) return { q, n: 0 };
    const back = REFERS_BACK.test(own) ? says(spanBefore(source, s, at), asked, weight) : 0;
    return { q, n: says(own, asked, weight) + back };
  });
  const most = Math.max(0, ...scored.map((x) => x.n));
  return most === 0 ? [...none] : scored.filter((x) => x.n === most).map((x) => x.q);
}

/** `pick` applied to the starts of each line of `source` apart (a line's clauses are compared, not lines). */
function byLine(source: string, starts: readonly number[], pick: (inLine: number[]) => number[]): number[] {
  const out: number[] = [];
  let lineStart = 0;
  for (const line of source.split('\n')) {
    const lineEnd = lineStart + line.length;
    const inLine = starts.filter((q) => q >= lineStart && q < lineEnd);
    if (inLine.length > 0) out.push(...(inLine.length > 1 ? pick(inLine) : inLine));
    lineStart = lineEnd + 1;
  }
  return out;
}

// In a list, each item's own words: "Aunt Fenella's damson gin: 450 g damsons, pricked all over,
// 225 g caster sugar, one 70cl bottle of cheap gin" — asked "How much sugar …", the item that alone
// says "sugar"; "leave Lyon Part-Dieu 08:12 on TGV 6611 to Marseille, coach 14, seat 87 for me" —
// asked "my seat number", the item that says "seat". Items end at commas and brackets; a colon
// ends the first item only as a heading the list follows ("… damson gin: 450 g …"), not a label's
// value ("the first thing on the list was the motto: chariot murder"). Not a sentence whose parts
// refer back ("…, phase 3 knew the safe combination, which was 7026"), nor a record's fields or
// code ("| Container: TGHU-5520193 | Contents: …", 'set_class_motto("kadruxford", "lamb clerk")').
const ITEM_BREAK = /[.!?;,](?=\s|$)|\n|[()[\]]|\s[-–—]\s/gu;
const HEADING = /^[^:]*:(?=\s)/u;
const NOT_A_LIST = /[|=\t{}<>_"]|\w\(|[,(]\s*(?:which|who|whom|whose|where|that)\b/iu;

/** Offsets of the item breaks of a clause (a heading's colon first, where a list follows it). */
function itemBreaks(clause: string): number[] {
  const at = [...clause.matchAll(ITEM_BREAK)].map((m) => m.index!);
  const heading = HEADING.exec(clause);
  if (heading && at.length >= 2 && heading[0].length < at[0]!) at.unshift(heading[0].length - 1);
  return at;
}

/**
 * Of `starts` in lists (clauses of three items or more), those whose item says most of the
 * request's attribute words (lower case) that no other item of its clause says; all when none does.
 */
function inItemAsked(source: string, starts: readonly number[], attributes: readonly string[]): number[] {
  const clauses = [...source.matchAll(CLAUSE_BREAK)].map((m) => m.index!);
  const scored = starts.map((q) => {
    const [s, e] = spanAround(source, q, clauses);
    const clause = source.slice(s, e);
    const items = itemBreaks(clause);
    if (items.length < 2 || NOT_A_LIST.test(clause)) return { q, n: 0 };
    const item = spanAround(clause, q - s, items);
    const said = (text: string) => attributes.filter((a) => says(text, [a]) > 0);
    const others = new Set(
      [0, ...items.map((b) => b + 1)]
        .filter((b) => b !== item[0])
        .flatMap((b) => said(clause.slice(...spanAround(clause, b, items)))),
    );
    return { q, n: said(clause.slice(...item)).filter((a) => !others.has(a)).length };
  });
  const most = Math.max(0, ...scored.map((x) => x.n));
  return most === 0 ? [...starts] : scored.filter((x) => x.n === most).map((x) => x.q);
}

/**
 * The starts of `starts` in the clause of `source` that says most of `request`'s words, and of
 * them, in a list, those in the item that alone says the request's attribute words (each step only
 * where some clause or item says any).
 */
export function startsInClauseAsked(source: string, request: string, starts: readonly number[]): number[] {
  const asked = contentWords(request);
  if (asked.length === 0 || starts.length < 2) return [...starts];
  const attributes = attributeWords(request);
  // (a name counts half a word of the attribute asked: the names found the line, whose clauses say
  // the attribute — "Rating awarded: 3" of "The hygiene rating awarded to The Lantern Bistro was",
  // not the heading "Premises: The Lantern Bistro, 9 Quay Street"; a name's number counts whole:
  // "Flat 7A" against "Flat 7B")
  const named = new Set(asked.filter((a) => !attributes.includes(a)));
  const weight = (a: string) => (named.has(a) && !a.includes(' ') ? NAME_WEIGHT : 1);
  return byLine(source, starts, (inLine) => {
    const inClause = sayingMost(source, inLine, asked, CLAUSE_BREAK, weight);
    return inClause.length < 2 ? inClause : inItemAsked(source, inClause, attributes);
  });
}

/**
 * Of `starts` on several parallel records — lines of one kind, each a record of its own subject —
 * those on the record that says most of the request's content words ("hive=H12 … weight=41.3kg"
 * against the H11 line's "weight=38.9kg" for "How heavy was colony H12 …?"; "2020 Reserve Syrah
 * ....... $48" against "2022 Rose of Grenache .... $19" — writers 141–146: a line's own values are
 * chosen among by its clauses, lines by no other reader). A table's header row is no record (its
 * words name the columns: "| Farm | Delivery day | Driver |"), nor are one record's own lines, each
 * under a label of its own ("region: eu-west-3" beside "owner: team-kestrel"): records share their
 * label (or have none). There, and where the starts share one line or no record says any, all
 * `starts`. Answer rank weighs its vote (answer-rank.ts).
 */
export function startsInLineAsked(source: string, request: string, starts: readonly number[]): number[] {
  const asked = contentWords(request);
  if (asked.length === 0 || starts.length < 2) return [...starts];
  const lines = new Map<number, number[]>();
  for (const q of starts) {
    const [s] = lineAround(source, q);
    const inLine = lines.get(s);
    if (inLine) inLine.push(q);
    else lines.set(s, [q]);
  }
  const records = [...lines.keys()].filter((s) => !isHeaderRow(source, s));
  if (records.length < 2) return [...starts];
  const label = lineLabel(lineText(source, records[0]!));
  if (records.some((s) => lineLabel(lineText(source, s)) !== label)) return [...starts];
  return sayingMost(
    source,
    records.flatMap((s) => lines.get(s)!),
    asked,
    LINE_BREAK,
    () => 1,
    starts,
  );
}
const LINE_BREAK = /\n/g;

const lineText = (source: string, start: number): string => source.slice(...lineAround(source, start));

/** A line's label: what it says before its first ":" or "=" (digits read as 0: a log line's "2024-07-03 06" is every line's), or "". */
function lineLabel(line: string): string {
  const label = /^([^:=]*)[:=]/u.exec(line);
  return label === null
    ? ''
    : label[1]!
        .trim()
        .toLowerCase()
        .replace(/\p{N}+/gu, '0');
}

/** A line's marks in order: letters, digits and spaces dropped, a run of one mark kept once ("....... $" is ".$"). */
const lineMarks = (line: string): string => line.replace(/[\p{L}\p{N}\s]/gu, '').replace(/(.)\1+/gu, '$1');

/** Is the line at `start` a table's header row: no digit, columns split by "|" or a tab, the next line a rule or of its marks and label? */
function isHeaderRow(source: string, start: number): boolean {
  const line = lineText(source, start);
  if (/\p{N}/u.test(line) || !/[|\t]/.test(line)) return false;
  const next = source.indexOf('\n', start);
  if (next < 0) return false;
  const below = lineText(source, next + 1);
  return /^[\s|:+-]+$/.test(below) || (lineMarks(below) === lineMarks(line) && lineLabel(below) === lineLabel(line));
}
