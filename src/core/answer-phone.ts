// Which number a request for a phone asks (issue 16, answer copy — src/core/answer-copy.ts): of the
// values of the code kind (answer-kind.ts), a phone number is written as one run of at least seven
// digits with spaces, dashes, dots or brackets between them ("07723 418 902", "+44 (0)1632 960448"),
// not the "8" of "weekdays 8 to 5"; and where a contact card writes several, the one whose label
// the request says ("the cell number", "on her personal phone" → "Mobile 07723 418 902", not
// "office 01632 960 448"), as contact parsers read a card's labels. Writer 11
// (training/recall/guard.py) asked so. Pure logic over words.

// Asked a phone: "What's the cell number …?", "… on her mobile?", "To reach Priya, you dial".
const ASKS_PHONE =
  /\b(?:phones?|telephones?|mobiles?|cell(?:phone)?s?|landlines?|fax|whatsapp|hotline|helpline)\b|\b(?:dial|ring|call|text)\s*$/i;
// A phone number: a run of digits and the marks between them on one line, seven digits or more (not a
// receipt's "#55812" and the "20 x" of the next line).
const PHONE_RUN = /^\+?\(?\d[\d \t().-]*\d/u;
const DIGITS_IN_PHONE = 7;
// (not a date and time: "2024-03-11 09")
const DATE_AHEAD = /^\d{4}-\d{2}-\d{2}|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;

/** The word by which `request` asks a phone number ("mobile", "fax"), or null (none, whom to phone, an extension). */
export function phoneAsked(request: string): string | null {
  const m = ASKS_PHONE.exec(request);
  // (whom to phone asks a person: "Who should I ring …?"; not "What number can I reach the engineer who …")
  return m === null || /\bext(?:ension)?\b/i.test(request) || /\bwho(?:m)?\b/i.test(request.slice(0, m.index))
    ? null
    : m[0].trim().toLowerCase();
}

/** Does `text` write a phone number anywhere? */
export function statesPhone(text: string): boolean {
  return [...text.matchAll(/(?<![\p{N}])[+(]?\p{N}/gu)].some((m) => phoneAt(text, m.index));
}

/** Is a phone number written at `q` of `source`? */
export function phoneAt(source: string, q: number): boolean {
  const run = PHONE_RUN.exec(source.slice(q, q + 32));
  if (run === null || DATE_AHEAD.test(run[0])) return false;
  return run[0].replace(/\D+/g, '').length >= DIGITS_IN_PHONE;
}

// A card's labels for a phone, by the line they name; a request saying any word of a group asks
// that group's number.
const PHONE_LABELS: readonly (readonly string[])[] = [
  ['mobile', 'cell', 'cellphone', 'personal', 'mob', 'm'],
  ['office', 'work', 'desk', 'business', 'direct', 'o', 'w'],
  ['home', 'landline', 'house', 'h'],
  ['fax', 'f'],
];
const LABEL_BEFORE = /([\p{L}]+)\.?\s*(?::|-|–)?\s*(?:no\.?|number|phone|tel\.?)?\s*(?::|-|–)?\s*$/iu;

/**
 * Of `starts` (of the code kind), the phone numbers when `request` asks a phone and the source
 * writes some — of them, those labelled as the request says ("cell" → "Mobile …"), when any are;
 * else `starts`.
 */
export function phoneStarts(source: string, request: string, starts: readonly number[]): number[] {
  if (!ASKS_PHONE.test(request)) return [...starts];
  const phones = starts.filter((q) => phoneAt(source, q));
  if (phones.length === 0) return [...starts];
  const words = new Set(request.toLowerCase().match(/\p{L}+/gu) ?? []);
  const group = PHONE_LABELS.find((g) => g.some((w) => w.length > 1 && words.has(w)));
  if (group === undefined) return phones;
  const labelled = phones.filter((q) => {
    const label = LABEL_BEFORE.exec(source.slice(Math.max(0, q - 24), q));
    return label !== null && group.includes(label[1]!.toLowerCase());
  });
  return labelled.length > 0 ? labelled : phones;
}
