// The memory check's second question (issue 16, "absent facts answered as absent"; seed concept: the
// memory check, docs/memory-check.md): the request's names are all in memory, but is what it asks
// of them? A request for a quantity ("What budget has been allocated to Project Tamarind?", "How
// much does it cost to join the Harrowgate Kennel Club?") whose memory quote — the lines holding
// its names (memory-quote.ts) — states no number at all, other than dates and times, asks for
// something the memory does not say: the demo model, made to copy a value from the quote, answered
// "It is 12 March 2026." and "It is Please.". The engine answers it as absent, as it does a name the
// memory lacks. Only requests that can be answered by nothing but a number count ("how many",
// "how much", "the price", "the budget"; not "size" or "rate", which may be words), and a number
// word counts as a number ("fourteen brace").
// Finer (writers 1–21's absent questions, 5 December, fifth session): a price named whose quote
// states no amount (every number there counts a thing or names a code, a date or a time: "What did
// the AeroBlend X5 cost?" of a warranty card's "36 months parts … Serial: CB-55710-Q"), a weight, a
// height or a temperature asked whose quote states none ("How much does the whalebone ladle weigh?"
// of "… Length 41.5 cm."), a phone number asked whose quote writes none ("Harriet Vane's fax
// number" of "(ext. 2291)"); not where the quote says the word asking it, nor a request that asks
// who. Each value's forms are answer-quantity.ts's and answer-phone.ts's, which answer copy reads
// too; a form they miss errs toward "stated" for a price (a bare number may be one), so the model
// answers. Pure logic over text.

import { NUMBER_WORDS, MONTHS, WORD_RUN } from './answer-value-bounds.ts';
import { sameStem } from './answer-table.ts';
import { answerKind } from './answer-kind.ts';
import { dimensionAsked, priceNamed, statesAmount, statesDimension } from './answer-quantity.ts';
import { phoneAsked, statesPhone } from './answer-phone.ts';
import { unstatedKind } from './unstated-kind.ts';

// What only a number answers.
const ASKS_QUANTITY =
  /\b(?:how (?:many|much|old|long|far|tall|high|deep|wide|heavy|often)|number of|amount|price|cost|fee|salary|budget|population|attendance|total|age|(?:what|which) year)\b/i;
// (a year is also said inside a date: "born on 3 March 1950")
const ASKS_YEAR = /\b(?:what|which) year\b/i;

const MONTH = `(?:${[...MONTHS].join('|')})`;
// Dates and times, whose digits are no quantity: "12 March 2026", "March 12, 2026", "2026-03-12", "14:40".
const DATE_OR_TIME = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:,?\\s+\\d{4})?\\b|\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[:.]\\d{2}\\b`,
  'giu',
);

/** Does `request` ask for something only a number answers? */
export function asksQuantity(request: string): boolean {
  return ASKS_QUANTITY.test(request);
}

/** Does `text` state a number — digits or a number word — other than a date's or a time's? */
export function statesNumber(text: string): boolean {
  const rest = text.replace(DATE_OR_TIME, ' ');
  return /\p{N}/u.test(rest) || [...rest.toLowerCase().matchAll(/\p{L}+/gu)].some((m) => NUMBER_WORDS.has(m[0]));
}

/**
 * What `request` asks that `quote` does not state: "number", "price", "weight", "temperature", "height or length"
 * or "phone number" — or null when it states what is asked, or asks nothing these tests can read. A
 * quote that says the word asking a price, a measure or a phone ("cost", "height", "fax") states it in
 * some form these tests may not read ("the cert height of Seiskequo turned out to be 203 seconds"):
 * the model answers.
 */
export function unstatedAsked(request: string, quote: string): string | null {
  const kind = answerKind(request);
  // (not who: "Who's on the hook for getting the updated price deck over to Calloway?")
  if (
    asksQuantity(request) &&
    kind !== 'name' &&
    !(ASKS_YEAR.test(request) ? /\p{N}/u.test(quote) : statesNumber(quote))
  )
    return 'number';
  const says = (word: string) => [...quote.matchAll(WORD_RUN)].some((m) => sameStem(word, m[0].toLowerCase()));
  const price = kind === 'count' ? priceNamed(request) : null;
  if (price !== null && !statesAmount(quote) && !says(price)) return 'price';
  const measure = dimensionAsked(request);
  if (measure !== null && !statesDimension(quote, measure.dim) && !says(measure.word))
    return measure.dim === 'length' ? 'height or length' : measure.dim;
  const phone = phoneAsked(request);
  if (phone !== null && !statesPhone(quote) && !says(phone)) return 'phone number';
  // (an address, a colour, a clock time: unstated-kind.ts)
  return unstatedKind(request, quote, kind);
}

/**
 * The reply to `request` when it asks a quantity, a price, a measure or a phone number that its
 * memory `quote` (non-empty: its names were found) does not state, else null.
 */
export function unstatedQuantityReply(request: string, quote: string, names: readonly string[]): string | null {
  if (quote.trim() === '') return null;
  const what = unstatedAsked(request, quote);
  if (what === null) return null;
  const about = names.length > 0 ? names.map((n) => `“${n}”`).join(' and ') : 'what you asked about';
  return `I don't know: what I was given mentions ${about} but states no ${what} for what you asked.`;
}
