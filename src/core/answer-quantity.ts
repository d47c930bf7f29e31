// Which quantity a request asks (issue 16, answer copy — src/core/answer-copy.ts): of the values of
// the count kind (answer-kind.ts), a price is a money value — "How much does a loaf … cost?" is
// "£4.85", not the "two" of "two lemons"; "How much did the customer end up paying?" is a
// receipt's "TOTAL £49.26", not "2 @ £27.99" nor "Subtotal £55.98" — and a duration is a value with
// its unit of time ("How long did the Aero 3 keep working?" → "19 days", not the "2" of "Aero 2").
// Writers 4 and 6 (training/recall/guard.py) asked so; writers 6 and 7 asked a share ("By what percentage
// …", "what proportion …": "15 per cent", "41%", not the "25/3/1862" or the list's "4." beside them).
// Writers 9, 11 and 15 wrote prices and durations in words ("thirty-five pounds", "forty-two
// guineas", "an hour and three quarters") and asked a measure ("How high will the water get …?" →
// "5.1 m", not the "14th" of "Thursday 14th"): a measure is a value with its unit (`measureStarts`).
// Pure logic over words.

import { CURRENCY_CODES, NUMBER_WORDS } from './answer-value-bounds.ts';

// Asked a price: "How much does a loaf … cost?", "… what did it sell for?" (not "How much sugar …").
const ASKS_MONEY =
  /\b(?:costs?|costing|price[ds]?|pay|paid|paying|pays|charged?|charges|spen[dt]|spending|rent|fees?|fare|bill|owed?|salary|wages?|budget|worth|sell|sells|sold|bought|set (?:\p{L}+ )?back)\b|\bhow much (?:did|does|do|is|was|were|will|would|are)\b/iu;
// Currencies' names after a number ("40 dollars", "forty-two guineas", "nine shillings"; not "marks", an exam's too).
const CURRENCY_NAMES =
  'euros? dollars? pounds? pence cents? guineas? shillings? sovereigns? crowns? francs? rupees? yen yuan'.split(' ');
// A number in words, hyphenated or not ("thirty-five", "eleven hundred", "one hundred and twenty").
const NUMBER_IN_WORDS = `(?:${[...NUMBER_WORDS].join('|')})(?:(?:-|\\s(?:and\\s)?)(?:${[...NUMBER_WORDS].join('|')}))*`;
// A money value: its currency's symbol, code or name ("£4.85", "EUR 12", "40 dollars", "thirty-five pounds").
const MONEY_AT = new RegExp(
  `^(?:[$£€¥₹]\\s?\\p{Nd}|(?:${CURRENCY_CODES.join('|')})\\s?\\p{Nd}|\\p{Nd}[\\d.,]*\\s?(?:${CURRENCY_CODES.join('|')}|${CURRENCY_NAMES.join('|')}|p)\\b|${NUMBER_IN_WORDS}\\s(?:${CURRENCY_NAMES.join('|')})\\b)`,
  'iu',
);

// Asked what was paid in the end: "How much did the customer end up paying …", "Altogether, the
// bill … came to", "After the discount, the amount charged …"; a receipt's total is labelled so.
const ASKS_TOTAL =
  /\b(?:end(?:ed|s)? up|in total|altogether|all in|in all|came to|comes? to|totals?|final|after (?:the )?discount|grand|amount due)\b/i;
const TOTAL_LABEL = /\b(?:total|amount due|balance due|to pay|grand total)\b[^\n\p{Nd}]{0,24}$/iu;

/**
 * Of `starts` (of the count kind), the money values when `request` asks a price and the source
 * writes some ("£49.26", not the "2" of "2 @ £27.99"), of them a receipt's total when the request
 * asks what was paid in the end ("TOTAL £49.26", not the "Subtotal £55.98"); else `starts`.
 */
export function moneyStarts(source: string, request: string, starts: readonly number[]): number[] {
  const asksTotal = ASKS_TOTAL.test(request);
  if (!ASKS_MONEY.test(request) && !asksTotal) return [...starts];
  const money = starts.filter((q) => MONEY_AT.test(source.slice(q, q + 24)));
  const totals = asksTotal
    ? money.filter(
        (q) =>
          TOTAL_LABEL.test(source.slice(Math.max(0, q - 40), q)) &&
          !/subtotal[^\n\p{Nd}]{0,24}$/iu.test(source.slice(Math.max(0, q - 40), q)),
      )
    : [];
  return totals.length > 0 ? totals : money.length > 0 ? money : [...starts];
}

// Asked how long something lasted or takes: a value with its unit of time ("19 days", not the "2" of "Aero 2").
const ASKS_DURATION =
  /\bhow long\b|\bduration\b|\bfor how many\b|\b(?:lasted|took|for roughly|for about|for around)\s*$/i;
const WITH_TIME_UNIT =
  /^\S*\p{Nd}\S*\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?)\b|^\p{L}+\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)\b/iu;

/** Of `starts` (of the count kind), those with a unit of time when `request` asks how long and the source says one; else `starts`. */
export function durationStarts(source: string, request: string, starts: readonly number[]): number[] {
  if (!ASKS_DURATION.test(request)) return [...starts];
  const timed = starts.filter((q) => WITH_TIME_UNIT.test(source.slice(q, q + 32)));
  return timed.length > 0 ? timed : [...starts];
}

// Asked a share: "By what percentage …", "what proportion of …", "What share …".
const ASKS_PERCENT = /\b(?:percent(?:age)?|per cent|proportion|what share|what fraction)\b/i;
const PERCENT_AT = /^\S*\p{Nd}(?:\s?%|\s?‰|\s(?:per cent|percent)\b)/u;

/** Of `starts` (of the count kind), the percentages when `request` asks a share and the source writes some ("15 per cent", not "25/3/1862"); else `starts`. */
export function percentStarts(source: string, request: string, starts: readonly number[]): number[] {
  if (!ASKS_PERCENT.test(request)) return [...starts];
  const shares = starts.filter((q) => PERCENT_AT.test(source.slice(q, q + 24)));
  return shares.length > 0 ? shares : [...starts];
}

// Asked a measure: "How high will the water get …?", "How heavy was the box …?", "the height of …"
// (not "how long", a duration's or a length's: durationStarts first).
const ASKS_MEASURE =
  /\bhow (?:high|tall|deep|wide|far|heavy|big|large|thick)\b|\b(?:height|depth|width|length|weight|distance|altitude|elevation|mass|weighs?|weighed|measures?|measured)\b/i;
// A number and its unit of length, weight, area, volume or data ("5.1 m", "18,620 kg", "40 miles", "24GB").
const MEASURE_UNIT =
  'mm|cm|m|km|in|inch(?:es)?|ft|feet|foot|yds?|yards?|mi|miles?|(?:milli|centi|kilo)?met(?:re|er)s?|nm|g|kg|mg|grams?|kilos?|kilograms?|t|tonnes?|tons?|lbs?|pounds?|oz|ounces?|stones?|hands?|fathoms?|leagues?|acres?|hectares?|ha|litres?|liters?|l|ml|gallons?|pints?|bp|kb|mb|gb|tb|kib|mib|gib|tib';
const WITH_MEASURE_UNIT = new RegExp(`^(?:\\S*\\p{Nd}[\\d.,]*\\s?|${NUMBER_IN_WORDS}\\s)(?:${MEASURE_UNIT})\\b`, 'iu');

/** Of `starts` (of the count kind), those with a unit of measure when `request` asks a measure and the source says one; else `starts`. */
export function measureStarts(source: string, request: string, starts: readonly number[]): number[] {
  if (!ASKS_MEASURE.test(request)) return [...starts];
  const measured = starts.filter((q) => WITH_MEASURE_UNIT.test(source.slice(q, q + 32)));
  return measured.length > 0 ? measured : [...starts];
}

// A quantity said with an article: "an hour and three quarters", "a fortnight", "half a pound".
const ARTICLE_QUANTITY =
  /^(?:an?|half(?:\s+an?)?)\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnight|months?|years?|dozen|score|mile|metre|meter|yard|foot|pound|ounce|pint|gallon|litre|liter|guinea|shilling|sovereign|crown)\b/i;

/** Does a quantity said with an article ("an hour", "a fortnight") open at `q`? A count, not a word of the text. */
export function articleQuantityAt(source: string, q: number): boolean {
  return ARTICLE_QUANTITY.test(source.slice(q, q + 24));
}
