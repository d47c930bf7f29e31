// The kind of value a request asks for (issue 16, answer copy — src/core/answer-copy.ts), read
// from the question words English asks it with, as extractive readers type their answers: "Who …"
// asks for a name, "… e-mail …" or "… URL …" for an address, "How many …", "When …", "Which
// version …", "… number …" for a quantity. Answer copy then opens a value only at a word of that
// kind, when the source holds one: the demo model, free to start anywhere in the quoted sentence,
// answered "It is Please." for `"Please bump the minimum to v20.11 …"`, "It is Maintainer." for
// `// Maintainer of this module: Ingrid Solvang (ingrid.solvang@example.org)` and "It is called."
// for "… hired from a man called Tobias Wren". A request of no kind (most: "What colour …", "What
// is the motto …") leaves every start open. Pure logic over words.

import { MONTHS, NUMBER_WORDS } from './answer-value-bounds.ts';

export type AnswerKind = 'name' | 'address' | 'quantity';

const NAME = /\b(?:who|whom|whose)\b/i;
const ADDRESS = /\b(?:e-?mail|url|web ?site|web ?page|homepage|link)\b/i;
const QUANTITY = new RegExp(
  '\\b(?:how (?:many|much|old|long|far|tall|high|deep|wide|big|large|heavy|often|fast|soon)|when|' +
    'numbers?|versions?|releases?|years?|dates?|time|total|count|amount|price|cost|age|height|width|' +
    'length|depth|weight|speed|temperature|percent(?:age)?|score|birthday)\\b',
  'i',
);

/** The kind of value `request` asks for, or null when its words name none. */
export function answerKind(request: string): AnswerKind | null {
  if (NAME.test(request)) return 'name';
  if (ADDRESS.test(request)) return 'address';
  if (QUANTITY.test(request)) return 'quantity';
  return null;
}

/** Whether a value opening with `word` (the text at its start up to the next space) is of `kind`. */
export function opensKind(word: string, kind: AnswerKind): boolean {
  switch (kind) {
    case 'name':
      return /^\p{Lu}/u.test(word);
    case 'address':
      return /@|:\/\/|^www\./i.test(word);
    case 'quantity': {
      if (/\p{N}/u.test(word)) return true;
      const letters = word.toLowerCase().replace(/[^\p{L}]+/gu, '');
      return NUMBER_WORDS.has(letters) || MONTHS.has(letters);
    }
  }
}
