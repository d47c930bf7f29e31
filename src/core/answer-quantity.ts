// Which quantity a request asks (issue 16, answer copy — src/core/answer-copy.ts): of the values of
// the count kind (answer-kind.ts), a price is a money value — "How much does a loaf … cost?" is
// "£4.85", not the "two" of "two lemons"; "How much did the customer end up paying?" is a
// receipt's "TOTAL £49.26", not "2 @ £27.99" nor "Subtotal £55.98" — and a duration is a value with
// its unit of time ("How long did the Aero 3 keep working?" → "19 days", not the "2" of "Aero 2").
// Writers 4 and 6 (training/recall/guard.py) asked so; writers 6 and 7 asked a share ("By what percentage
// …", "what proportion …": "15 per cent", "41%", not the "25/3/1862" or the list's "4." beside them).
// Pure logic over words.

// Currencies' codes, as a price writes them ("CHF 236.40", "EUR 48,300").
export const CURRENCY_CODES: readonly string[] = 'EUR USD GBP CHF JPY CAD AUD NZD SEK NOK DKK INR CNY'.split(' ');

// Asked a price: "How much does a loaf … cost?", "… what did it sell for?" (not "How much sugar …").
const ASKS_MONEY =
  /\b(?:costs?|costing|price[ds]?|pay|paid|paying|pays|charged?|charges|spen[dt]|spending|rent|fees?|fare|bill|owed?|salary|wages?|budget|worth|sell|sells|sold|bought|set (?:\p{L}+ )?back)\b|\bhow much (?:did|does|do|is|was|were|will|would|are)\b/iu;
// A money value: its currency's symbol, code or name ("£4.85", "EUR 12", "40 dollars").
const MONEY_AT = new RegExp(
  `^(?:[$£€¥₹]\\s?\\p{Nd}|(?:${CURRENCY_CODES.join('|')})\\s?\\p{Nd}|\\p{Nd}[\\d.,]*\\s?(?:${CURRENCY_CODES.join('|')}|euros?|dollars?|pounds?|pence|cents?|p)\\b)`,
  'u',
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
