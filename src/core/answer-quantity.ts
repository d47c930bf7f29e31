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

import { CURRENCY_CODES, FUNCTION_WORDS, NUMBER_WORDS, WORD_RUN } from './answer-value-bounds.ts';
import { sameStem } from './answer-table.ts';

// Asked a price: "How much does a loaf … cost?", "… what did it sell for?" (not "How much sugar …").
const ASKS_MONEY =
  /\b(?:costs?|costing|price[ds]?|pay|paid|paying|pays|charged?|charges|charging|want(?:s|ed)? for|spen[dt]|spending|rent|fees?|fare|bill|owed?|salary|wages?|budget|worth|sell|sells|sold|bought|refund(?:ed|s)?|credited|outstanding|reimburse(?:d|ment)?|set (?:\p{L}+ )?back|money|deposit|contribution|donation|credit|takings|revenue|proceeds|turnover|earnings|asking price|amount (?:being |that is |that was |is |was )?(?:asked|charged|requested|due|owed))\b|\bhow much (?:did|does|do|is|was|were|will|would|are)\b/iu;
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
// bill … came to", "After the discount, the amount charged …", "… come to, all told?"; a receipt's total is
// labelled so.
// (what a thing "came to" is its total — "The full bill at Pharmacie du Pont came to", "How much did
// Rolo's trip to the groomer come to in the end?" — unless it is a line of one: said so ("the pet
// line came to"), or named by the words of a priced line ("On the Halvorsen bill, the case of
// medium-size nitrile gloves came to" of "1 x nitrile gloves M (case) ... $62.50"))
const ASKS_TOTAL =
  /\b(?:end(?:ed|s)? up|in total|altogether|all in|in all|all told|totals?|final|after (?:the )?discount|grand|amount due)\b/i;
const CAME_TO = /\b(?:came|comes?) to\b/i;
const BILL_WORDS =
  /\b(?:bill|receipt|slip|invoice|statement|order|basket|shop|shopping|purchase|tab|full|whole|everything|spent|spend|total)\b/i;
const ONE_LINE = /\b(?:line|item|alone|on its own|each|per)\b/i;
/** A word's letters without a plural's "s" ("gloves" → "glove"). */
const singular = (w: string) => w.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '');
/**
 * Does `request` ask what was paid in the end (a receipt's total)? Of `source`'s money values at
 * `money`, a line's that says a word of what "came to" makes it that line's price instead.
 */
function asksTotal(request: string, source: string, money: readonly number[]): boolean {
  if (ASKS_TOTAL.test(request)) return true;
  const came = CAME_TO.exec(request);
  if (came === null) return false;
  const subject = request.slice(0, came.index).split(',').at(-1)!;
  if (ONE_LINE.test(subject)) return false;
  if (BILL_WORDS.test(subject)) return true;
  const words = new Set(
    (subject.match(/\p{L}{3,}/gu) ?? []).map(singular).filter((w) => !FUNCTION_WORDS.has(w) && !ASKING_WORDS.has(w)),
  );
  const lineOf = (q: number) =>
    source.slice(source.lastIndexOf('\n', q) + 1, (source.indexOf('\n', q) + 1 || source.length + 1) - 1);
  return !money.some((q) => {
    const line = lineOf(q);
    return (
      !TOTAL_LABEL.test(line.slice(0, q - source.lastIndexOf('\n', q) - 1)) &&
      (line.match(/\p{L}{3,}/gu) ?? []).some((w) => words.has(singular(w)))
    );
  });
}
const ASKING_WORDS: ReadonlySet<string> = new Set('how much what did does do was were'.split(' '));
// (a receipt pads its columns: "TOTAL                         $627.99")
const TOTAL_LABEL = /\b(?:total|amount due|balance due|to pay|grand total)\b[^\n\p{Nd}]{0,40}$/iu;

/** The word by which `request` asks a price ("cost", "fare"), or null (none, or how many, how long, how often, a share, "paid leave"). */
export function priceAsked(request: string): string | null {
  const m = ASKS_MONEY.exec(request);
  // ("worth" alone may be points: "… Scrabble move was worth" → "365 points")
  return m === null || NOT_A_PRICE.test(request) || /^worth$/i.test(m[0]) ? null : lastWord(m[0]);
}
const lastWord = (text: string) => text.split(/\s+/).at(-1)!.toLowerCase();

// A price named by its noun or its cost ("the fare", "What did … cost?"), not by a verb of paying
// alone ("… kept customers from paying for a total of" asks how long).
const NAMES_PRICE =
  /\b(?:costs?|costing|price[ds]?|fees?|fines?|fares?|rent|bill|salary|wages?|budget|refund(?:ed|s)?|worth)\b/i;

/** The word by which `request` names a price it asks ("cost", "fare"), or null (`priceAsked`, a noun or "cost" only). */
export function priceNamed(request: string): string | null {
  const m = NAMES_PRICE.exec(request);
  return m === null || priceAsked(request) === null ? null : m[0].toLowerCase();
}
// (nor a count: "The final number of guests at Maureen's send-off is" → "35", not the deposit's "£75")
const NOT_A_PRICE =
  /\bhow (?:many|long|often|old)\b|\b(?:number|count|headcount|tally) of\b|\bpaid (?:leave|holiday|annual|time|vacation|sick)\b|\bpercent(?:age)?\b|\bper cent\b|\bproportion\b|\b(?:what|which) (?:share|fraction)\b/i;

// A bare amount: a number with nothing after it but punctuation, a table's bar or the line's end, or
// a multiplier ("412.50" in a CSV's total column, "880K", "2.4 million") — not a number that counts a
// thing ("27 days", "two teeth", "3 parcels"), nor part of a code, a date or a clock time ("CB-55710-Q",
// "17/08/2023", "06:50"). A price may be written so without its currency.
const BARE_AMOUNT = new RegExp(
  `(?<![\\p{L}\\p{N}/.:#-])(?:\\p{Nd}[\\d,]*(?:\\.\\d+)?|${NUMBER_IN_WORDS})(?:\\s?(?:k|m|bn|million|billion|thousand|grand))?(?=\\s*(?:$|[|;)\\]]|,(?!\\d)|\\.(?!\\d)))`,
  'imu',
);
const CLOCK_TIME = /(?<!\p{N})\d{1,2}:\d{2}(?!\p{N})/gu;

/**
 * Could `text` state a price: a money value (its currency's symbol, code or name) or a bare amount
 * anywhere? False when every number it says counts a thing, names a code, a date or a time.
 */
export function statesAmount(text: string): boolean {
  const at = [...text.matchAll(/[$£€¥₹]|(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)].map((m) => m.index);
  return at.some((q) => MONEY_AT.test(text.slice(q, q + 40))) || BARE_AMOUNT.test(text.replace(CLOCK_TIME, ' '));
}

/**
 * Of `starts` (of the count kind), the money values when `request` asks a price and the source
 * writes some ("£49.26", not the "2" of "2 @ £27.99"), of them a receipt's total when the request
 * asks what was paid in the end ("TOTAL £49.26", not the "Subtotal £55.98"); else `starts`.
 */
export function moneyStarts(source: string, request: string, starts: readonly number[]): number[] {
  // (not a share of a cost: "What share of physio costs does my plan pay back?" → "70%", not "$250")
  if ((!ASKS_MONEY.test(request) && !ASKS_TOTAL.test(request) && !CAME_TO.test(request)) || NOT_A_PRICE.test(request))
    return [...starts];
  const money = starts.filter((q) => MONEY_AT.test(source.slice(q, q + 24)));
  const totals = asksTotal(request, source, money)
    ? money.filter(
        (q) =>
          TOTAL_LABEL.test(source.slice(Math.max(0, q - 64), q)) &&
          !/subtotal[^\n\p{Nd}]{0,40}$/iu.test(source.slice(Math.max(0, q - 64), q)),
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

// Asked a share: "By what percentage …", "what proportion of …", "What share …", a rate that is one
// ("At what rate was VAT charged …?" → "VAT at 20%", "What interest rate is locked in …?" → "4.39%";
// not a heart's, a frame's or an hour's rate, said in their units).
const ASKS_PERCENT =
  /\b(?:percent(?:age)?|per cent|proportion|what share|what fraction)\b|(?<!\b(?:heart|pulse|frame|bit|sample|sampling|refresh|exchange|hourly|daily|weekly|nightly|day|baud|flow|breathing|respiratory|data|transfer|birth|death|going|flat|hire)\s)\brates?\b/i;
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
  /\bhow (?:high|tall|deep|wide|far|heavy|big|large|thick|warm|hot|cold)\b|\b(?:height|depth|width|length|weight|distance|altitude|elevation|mass|weighs?|weighed|measures?|measured|temperature)\b/i;
// Units by what they measure: a measure is a number and its unit ("5.1 m", "18,620 kg", "40 miles", "24GB").
const UNITS_OF = {
  length:
    'mm|cm|m|km|in|inch(?:es)?|ft|feet|foot|yds?|yards?|mi|miles?|(?:milli|centi|kilo)?met(?:re|er)s?|nm|hands?|fathoms?|leagues?',
  weight: 'g|kg|mg|grams?|kilos?|kilograms?|t|tonnes?|tons?|lbs?|pounds?|oz|ounces?|stones?',
  temperature: '[°º]\\s?[CF]?|degrees?|celsius|fahrenheit|kelvin',
  other: 'acres?|hectares?|ha|litres?|liters?|l|ml|gallons?|pints?|bp|kb|mb|gb|tb|kib|mib|gib|tib',
};
type Dimension = 'length' | 'weight' | 'temperature';
// A request that can only be answered by a length, a weight or a temperature ("How tall …", "What did
// … weigh?", "How warm …"; not "how far" or "the distance", said in hours too, nor "the length" of a stay).
const ASKS_DIMENSION: Record<Dimension, RegExp> = {
  length:
    /\bhow (?:high|tall|deep|wide|thick)\b|\b(?:height|depth|width|thickness|altitude|elevation|wingspan|diameter)\b|\bin (?:(?:milli|centi|kilo)?met(?:re|er)s|inches|feet|yards|miles|cm|mm|km)\b/i,
  weight:
    /\bhow heavy\b|\b(?:weight|weighs?|weighed|mass)\b|\bin (?:(?:kilo)?grams|kilos|kg|lbs|ounces|stones?|tonnes)\b/i,
  temperature: /\bhow (?:warm|hot|cold)\b|\btemperature\b|\bin degrees\b/i,
};
const NUMBER_BEFORE_UNIT = `(?:\\S*\\p{Nd}[\\d.,]*\\s?|${NUMBER_IN_WORDS}\\s)`;
// (a unit's end: no letter or digit after it — "12.8 °C", "24GB", not the "m" of "mins")
const withUnit = (units: string) => new RegExp(`^${NUMBER_BEFORE_UNIT}(?:${units})(?![\\p{L}\\p{N}])`, 'iu');
const WITH_MEASURE_UNIT = withUnit(Object.values(UNITS_OF).join('|'));
const ASKS_PRESSURE = /\bpressures?\b/i;
const WITH_PRESSURE_UNIT = withUnit('bars?|psi|kpa|hpa|mbar|millibars?|atm|mmhg|inhg');
const WITH_UNIT_OF: Record<Dimension, RegExp> = {
  length: withUnit(UNITS_OF.length),
  weight: withUnit(UNITS_OF.weight),
  temperature: withUnit(UNITS_OF.temperature),
};

/** The dimension (length, weight, temperature) `request` asks, and the word asking it ("weigh", "tall"), or null. */
export function dimensionAsked(request: string): { dim: Dimension; word: string } | null {
  for (const dim of ['weight', 'temperature', 'length'] as const) {
    const m = ASKS_DIMENSION[dim].exec(request);
    if (m !== null) return { dim, word: lastWord(m[0]) };
  }
  return null;
}

/**
 * Of `starts` (of the count kind), those with a unit of measure when `request` asks a measure and the
 * source says one — of them, those with a unit of the dimension asked when there are any (a weight
 * is not "41.5 cm"); else `starts`.
 */
export function measureStarts(source: string, request: string, starts: readonly number[]): number[] {
  // (asked a pressure, a value in a pressure's unit where the source writes one: "137 bar", not "2
  // cylinders" — writer 117's kit check; else every value: a barometer's "Glass at 29.42" has none)
  if (ASKS_PRESSURE.test(request)) {
    const pressures = starts.filter((q) => WITH_PRESSURE_UNIT.test(source.slice(q, q + 32)));
    return pressures.length > 0 ? pressures : [...starts];
  }
  if (!ASKS_MEASURE.test(request)) return [...starts];
  const measured = starts.filter((q) => WITH_MEASURE_UNIT.test(source.slice(q, q + 32)));
  const dim = dimensionAsked(request)?.dim;
  const ofDim = dim === undefined ? [] : measured.filter((q) => WITH_UNIT_OF[dim].test(source.slice(q, q + 32)));
  return ofDim.length > 0 ? ofDim : measured.length > 0 ? measured : [...starts];
}

/** Does `text` state a measure of dimension `dim` anywhere (a number and a unit of it: "41.5 kg", "six feet")? */
export function statesDimension(text: string, dim: Dimension): boolean {
  // (a length in feet and inches may be written with their marks: 6'2", 5′ 11″)
  if (dim === 'length' && /\p{Nd}\s?['′"″]/u.test(text)) return true;
  // (or a column's or a key's unit names it, the numbers below or after it bare: "tonnes" heading a
  // CSV's column of "14.6", "ferment_setpoint_c = 26.5" — writer 121's harvest and tank)
  if (UNIT_IN_KEY[dim].test(text)) return true;
  return wordStarts(text).some((q) => WITH_UNIT_OF[dim].test(text.slice(q, q + 32)));
}

// A unit of two letters or more as a word or a key's part ("weight_kg", "tonnes"), or a temperature's
// key ending "_c" or "_f" before its value.
const unitInKey = (units: string) => new RegExp(`(?<![\\p{L}])(?:${units})(?![\\p{L}])`, 'iu');
const UNIT_IN_KEY: Record<Dimension, RegExp> = {
  length: unitInKey('mm|cm|km|inch(?:es)?|ft|feet|yds?|yards?|miles?|(?:milli|centi|kilo)?met(?:re|er)s?'),
  weight: unitInKey('kg|mg|grams?|kilos?|kilograms?|tonnes?|tons?|lbs?|oz|ounces?'),
  temperature: /[°º]|\b(?:degrees?|celsius|fahrenheit|kelvin)\b|_(?:c|f|deg[cf]?)\s*[=:]\s*-?\d/iu,
};

/** Offsets where a word or a number starts. */
const wordStarts = (text: string) => [...text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)].map((m) => m.index);

// A quantity said with an article: "an hour and three quarters", "a fortnight", "half a pound".
const ARTICLE_QUANTITY =
  /^(?:an?|half(?:\s+an?)?)\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnight|months?|years?|dozen|score|mile|metre|meter|yard|foot|pound|ounce|pint|gallon|litre|liter|guinea|shilling|sovereign|crown)\b/i;

/** Does a quantity said with an article ("an hour", "a fortnight") open at `q`? A count, not a word of the text. */
export function articleQuantityAt(source: string, q: number): boolean {
  return ARTICLE_QUANTITY.test(source.slice(q, q + 24));
}

// Asked how much or how many of a thing: "How much syrup do I need …?", "How many marshals …?" (not "how
// much did", "how many times").
const HOW_MUCH_OF = /\bhow (?:much|many)\s+(?:of\s+(?:the|that|this|my|our|your)\s+)?([\p{L}-]{3,})/iu;
const NOT_A_THING = new Set(
  'did does do was were will would can could should has have had more less longer'.split(' '),
);

/**
 * Of `starts` (of the count kind), those the thing `request` counts follows within four words ("150 ml
 * golden syrup", not "one batch, enough for …" of a recipe asked "How much syrup …?": writer 118's fake
 * blood), when `request` asks how much or how many of a thing and any do; else `starts`.
 */
export function thingCountedStarts(source: string, request: string, starts: readonly number[]): number[] {
  const m = HOW_MUCH_OF.exec(request);
  const thing = m?.[1]!.toLowerCase();
  if (thing === undefined || FUNCTION_WORDS.has(thing) || NOT_A_THING.has(thing)) return [...starts];
  // (the words after the value in its own clause: not past a line's, a cell's or a sentence's end —
  // "3.6 V. Quiescent current: 4.2 µA" asked how much current)
  const kept = starts.filter((q) => {
    const after = /^\S*([^\n|;:!?]*?)(?:[\n|;:!?]|\.\s|$)/u.exec(source.slice(q, q + 48))![1]!;
    return [...after.matchAll(WORD_RUN)].slice(0, 4).some((w) => sameStem(thing, w[0].toLowerCase()));
  });
  return kept.length > 0 ? kept : [...starts];
}
