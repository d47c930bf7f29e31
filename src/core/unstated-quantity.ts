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
// answers. Writers 129–140 added: a length of time ("How long should the crepe batter be left to
// rest?" of a recipe's weights, "How many years did Delbert Quaile serve?" of his age) where the quote
// says no unit of time, clock time, date or length in any form — a key's "IDLE_TIMEOUT_SECONDS" or
// "upload_interval_s" says one; a thing's number ("Jonah's car registration number is" of a text
// whose only digits are its times); a fine or a worth asked as a price; a measure asked in its unit
// ("…, in centimetres, is"). Pure logic over text.

import { NUMBER_WORDS, MONTHS, WORD_RUN } from './answer-value-bounds.ts';
import { sameStem } from './answer-table.ts';
import { statedKind } from './answer-kind.ts';
import { dimensionAsked, priceNamed, statesAmount, statesDimension } from './answer-quantity.ts';
import { phoneAsked, statesPhone } from './answer-phone.ts';
import { unstatedKind } from './unstated-kind.ts';
import { unstatedAttribute } from './unstated-attribute.ts';

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

// What only a length of time answers: "How long should the batter rest?", "How many years did … serve?",
// "How often …?" (or a length: "How long is the boat?").
const ASKS_DURATION =
  /\bhow long\b|\bhow many (?:seconds|minutes|hours|days|nights|weeks|fortnights|months|years|decades)\b|\bhow often\b/i;
// A length of time, a frequency, a clock time or a date (a span may be two of them), or a length's unit.
const DURATION_SAID = new RegExp(
  // (letters bound the words, not underscores: "IDLE_TIMEOUT_SECONDS", "notice_period_days", "upload_interval_s")
  '(?<!\\p{L})(?:secs?|seconds?|ms|milliseconds?|mins?|minutes?|hours?|hrs?|days?|nights?|weeks?|wks?|fortnights?|months?|mos|years?|yrs?|decades?|centur(?:y|ies)|overnight|hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annual(?:ly)?|yearly|biennial|once|twice|times|timeouts?|intervals?|ttl|delay|backoff|expir\\p{L}*|lifetime|retention|duration|period|frequency|cadence)(?!\\p{L})' +
    '|\\p{N}\\s?(?:h|m|d|w|y|s|min)(?![\\p{L}\\p{N}])|_(?:s|h|d|m)(?![\\p{L}])|(?<![\\p{L}\\p{N}])(?:an?|half an?) (?:hour|day|week|month|year|minute)\\b',
  'iu',
);
// (DATE_OR_TIME without its global flag: a test holds no state between calls)
const DATE_OR_TIME_SAID = new RegExp(DATE_OR_TIME.source, 'iu');
// (a length of text is no time: "How long is Yusuf's dissertation, in words?")
const TEXT_LENGTH = /\bin (?:words|pages|characters|lines|chapters|paragraphs)\b/i;
// A thing's number asked: "the policy number", "its registration no.", "the room numbered" (not "the number of …").
const ASKS_NUMBERED = /\b(?:number(?:ed)?|no\.)(?!\s+of\b)/i;

/** Does `request` ask a length of time ("how long", "how many years", "how often")? */
export function asksDuration(request: string): boolean {
  return ASKS_DURATION.test(request) && !TEXT_LENGTH.test(request);
}

/** Does `text` state a length of time in any form (a unit of time, a frequency, a clock time, a date, or a length's unit)? */
export function statesDuration(text: string): boolean {
  return (
    DURATION_SAID.test(text) ||
    DATE_OR_TIME_SAID.test(text) ||
    statesDimension(text, 'length') ||
    /\b(?:long|length)\b/i.test(text)
  );
}

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
  // (the kind the request's words state, not one its verb alone suggests: answer-kind.ts, statedKind)
  const kind = statedKind(request);
  // (not who: "Who's on the hook for getting the updated price deck over to Calloway?")
  if (
    asksQuantity(request) &&
    kind !== 'name' &&
    // (a length of time may be said without a number: "for an hour"; asksDuration below)
    !asksDuration(request) &&
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
  if (asksDuration(request) && !statesDuration(quote)) return 'length of time';
  // (a thing's number — "the policy number", "the room numbered" — over lines that write no number but dates and times)
  if (ASKS_NUMBERED.test(request) && kind !== 'name' && !statesNumber(quote)) return 'number';
  // (an attribute of a shape of its own: unstated-attribute.ts; an address, a colour, a clock time: unstated-kind.ts)
  return unstatedAttribute(request, quote) ?? unstatedKind(request, quote, kind);
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
