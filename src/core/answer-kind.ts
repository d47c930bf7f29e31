// The kind of value a request asks for (issue 16, answer copy — src/core/answer-copy.ts), read
// from the question words English asks it with, as extractive readers type their answers: "Who …"
// asks for a name, "… e-mail …" or "… URL …" for an address, "When …", "What time …" for a date
// or time, "How many …", "Which version …", "… number …" for a count, "… code …", "… ID …" for a
// code (a word with a digit: "A4M38", not the "log" of "A4M38 recorded as project code for Poaskoa
// (log)"), "… called?", "the name of …" for a name — of the names, the one a naming word introduces
// ("a spaniel named Brisket", not the "Uppercross" before it). Answer copy then opens a
// value only at a word of that kind, when the source holds one (a date may open with a month's
// name, a count may not: "How many brace did Charles shoot?" is not "It is September." of "… on the
// first of September"): the demo model, free to start anywhere in the quoted sentence,
// answered "It is Please." for `"Please bump the minimum to v20.11 …"`, "It is Maintainer." for
// `// Maintainer of this module: Ingrid Solvang (ingrid.solvang@example.org)` and "It is called."
// for "… hired from a man called Tobias Wren". A request of no kind (most: "What colour …", "What
// is the motto …") leaves every start open. Pure logic over words.

import { MONTHS, NUMBER_WORDS } from './answer-value-bounds.ts';

export type AnswerKind = 'name' | 'address' | 'date' | 'count' | 'code';

const NAME = /\b(?:who|whom|whose)\b/i;
const ADDRESS = /\b(?:e-?mail|url|web ?site|web ?page|homepage|link)\b/i;
// A time or date may be written with a month's or a day's name ("September 19, 1850", "on Friday").
const DATE = /\b(?:when|what time|dates?|years?|birthday|born|day|deadline|time)\b/i;
const COUNT = new RegExp(
  '\\b(?:how (?:many|much|old|long|far|tall|high|deep|wide|big|large|heavy|often|fast)|' +
    'numbers?|versions?|releases?|total|count|amount|price|cost|age|height|width|' +
    'length|depth|weight|speed|temperature|percent(?:age)?|score)\\b',
  'i',
);

// A code, key or identifier is written with digits ("A4M38", "G6M84", "4.20.6", a uuid).
const CODE =
  /\b(?:(?:pass|access|secret|project|zip|post(?:al)?|area|colou?r|error|status|country|promo|discount|door|gate)?\s?code(?!\s*name)|id|identifier|pin|passcode|passkey|pass key|serial|uuid|hash|checksum|sku)\b/i;
// Asked by what it is called: "What was the Musgroves' dog called?", "the name of the footman";
// not a file's, a user's or a package's name, which are written in lower case.
const CALLED = /\b(?:called|named|call|the name of)\b/i;
const LOWER_CASE_NAMES =
  /\b(?:file|user|host|variable|function|package|module|field|column|branch|domain|repo|repository|tag|command|method|property|attribute|env|environment|code)\s+name\b/i;

/** The kind of value `request` asks for, or null when its words name none. */
export function answerKind(request: string): AnswerKind | null {
  if (NAME.test(request)) return 'name';
  if (ADDRESS.test(request)) return 'address';
  if (DATE.test(request)) return 'date';
  if (COUNT.test(request)) return 'count';
  if (CODE.test(request)) return 'code';
  if (CALLED.test(request) && !LOWER_CASE_NAMES.test(request)) return 'name';
  return null;
}

// What introduces a name: "a spaniel named Brisket", "a man called Tobias Wren", "known as
// Pebblestone", "answers to the name of Osric".
const NAMING = /\b(?:named|called|known as|nicknamed|christened|the name of|name is|name was)\s+["'“‘]?$/i;

/**
 * The starts of `starts` a naming word introduces in `source` ("… dog at Uppercross was a spaniel
 * named Brisket" → Brisket, not Uppercross); [] when none.
 */
export function namedStarts(source: string, starts: readonly number[]): number[] {
  return starts.filter((q) => NAMING.test(source.slice(Math.max(0, q - 24), q)));
}

const DAYS = new Set('monday tuesday wednesday thursday friday saturday sunday noon midnight'.split(' '));

/** Whether a value opening with `word` (the text at its start up to the next space) is of `kind`. */
export function opensKind(word: string, kind: AnswerKind): boolean {
  switch (kind) {
    case 'name':
      return /^\p{Lu}/u.test(word);
    case 'address':
      return /@|:\/\/|^www\./i.test(word);
    case 'code':
      return /\p{N}/u.test(word);
    case 'count':
    case 'date': {
      if (/\p{N}/u.test(word)) return true;
      const letters = word.toLowerCase().replace(/[^\p{L}]+/gu, '');
      return NUMBER_WORDS.has(letters) || (kind === 'date' && (MONTHS.has(letters) || DAYS.has(letters)));
    }
  }
}
