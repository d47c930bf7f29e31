// The memory check's second question for values that are not numbers (issue 16, "absent facts
// answered as absent"; seed concept: the memory check, docs/memory-check.md). The request's names
// are all in memory, but it asks an e-mail address, a web address, a server's address, a street
// address, a colour or a clock time that its memory quote — the lines holding its names
// (memory-quote.ts) — does not write in any form: "What is the Gorse & Tilling rep's email
// address?" of a supplier's card that gives the rep's phone and no "@", "What colour is Dad's MG
// Midget?" of a photo's caption that names no colour. The demo model, made to copy a value of the
// asked kind from the quote, copies whatever is nearest ("It is 07700 914 226."); the engine answers
// it as absent instead, as it does a number the quote does not state (unstated-quantity.ts).
//
// Each test errs toward "stated": an e-mail address is any "@" (or a spelled-out "[at]"), a web
// address any "://", "www." or a host's dotted name, a street address any of those or a number
// before a capitalised word ("14 Wellgate", "suite 410"), a postcode, a street's word or a P.O. box;
// a colour any colour word of a wide list, or the word asking it ("Colour" heading a paint chart's
// column of "Sage Drift"); a clock time any digit or a word of the day's hours ("noon", "half past").
// Writers 1–122's absent questions (training/recall/guard.py) asked such attributes of subjects the
// memory holds. Asked who (writers 55, 112, 130: "Who was the author of the commit that added CSV
// export?" of "6be7702 feat: export timesheets as CSV"), a person's name: any capitalised word that
// is not all capitals, a month, a weekday, a function word or a word of the request itself, or a
// handle ("@mira", "author: jdoe"). Writers 1–146's absent questions added (7 December 2026,
// twenty-third session): a date asked by its word ("On what date was invoice INV-2207 issued?", "In what
// year did Alun Treharne first register his apiary?") of lines that write no date in any form — no
// month, weekday, year, numeric date, ordinal day or word of the calendar ("today", "week",
// "spring"); a clock time asked by its word ("What time does check-in open at Kestrel Lane
// Hostel?") of lines whose digits are no clock time (a booking's "Thu 11 Sept", a price list's
// "£12") and that say no hour's word. "When …?" is not read so: a clock time, an event or a season
// may answer it. Pure logic over text.

import { COLOUR_WORDS as ANSWER_COLOURS, statedKind, type AnswerKind } from './answer-kind.ts';
import { FUNCTION_WORDS, MONTHS, NUMBER_WORDS, WEEKDAYS, WEEKDAYS_SHORT } from './answer-value-bounds.ts';

// Which address a request asks: "the rep's email", "the booking website", "the replica's IP", or any ("address").
const ASKS_EMAIL = /\be-?mail\b/i;
const ASKS_WEB = /\b(?:url|web ?site|web ?page|homepage|link|portal|online form)\b/i;
const ASKS_IP = /\bIP\b/;

// An e-mail address: an "@" between word characters, or one spelled out ("ana [at] example [dot] org").
const EMAIL = /\w@[\w-]|[[(]\s*at\s*[\])]/i;
// A web address or a host: a scheme, "www.", or a dotted name ending in lower-case letters ("ashcombevelo.cc",
// "pg-replica-03.kestrel.internal"; not a sentence's end: "… the end.The").
const WEB = /:\/\/|\bwww\.|\b[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.[a-z]{2,}\b/u;
// An IPv4 address.
const IP = /\b\d{1,3}(?:\.\d{1,3}){3}\b/;
// A street address: a house or unit number before a capitalised word ("14 Wellgate", "Unit 7 Brackley"),
// a number after a building's part ("suite 410", "Flat 2"), a street's word, a P.O. box or a postcode
// (UK "LS6 2QT", US "NY 10001", Canadian "K1A 0B1").
const STREET = [
  /\b\d{1,5}[A-Za-z]?,?[ \t]+\p{Lu}/u,
  /\b(?:unit|suite|flat|apartment|apt|floor|building|block|room)[ \t]+(?:\p{N}|\p{Lu}\b)/iu,
  /\b(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Way|Drive|Court|Place|Square|Terrace|Crescent|Row|Wharf|Quay|Parade|Mews|Boulevard|Blvd|Gardens|Estate|Park|Highway|Hwy)\b/u,
  /\bP\.?[ \t]?O\.?[ \t]+Box\b/iu,
  /\b\p{Lu}{1,2}\p{N}[\p{Lu}\p{N}]?[ \t]?\p{N}\p{Lu}{2}\b|\b\p{Lu}{2}[ \t]\p{N}{5}\b|\b\p{Lu}\p{N}\p{Lu}[ \t]?\p{N}\p{Lu}\p{N}\b/u,
];

// Colour words: answer copy's, and more that name a colour less surely (a colour named in any of them is
// stated; the asked one is answer-kind.ts's).
const COLOUR_WORDS: ReadonlySet<string> = new Set([
  ...ANSWER_COLOURS,
  ...(
    'rose sky slate sand stone forest wine cherry oatmeal mushroom sage duck egg blush tawny biscuit putty ' +
    'jet snow pearl bottle racing royal powder baby neon pastel fluorescent dark light pale bright deep ' +
    'blonde ginger hazel vanilla ' +
    'multicoloured multicolored striped tartan plaid checked spotted patterned colourless transparent clear'
  ).split(' '),
]);
// The words that ask a colour or head a column of colours.
const COLOUR_NAMED = /\b(?:colou?rs?|colou?red|shade|hue|tint|paint(?:ed)?|dye[ds]?|finish|livery)\b/i;

// A clock time's words: "noon", "half past", "six o'clock", "at dawn", "evening surgery".
const HOURS_WORDS =
  /\b(?:noon|midday|midnight|o'clock|o’clock|dawn|dusk|sunrise|sunset|morning|afternoon|evening|night|tonight|lunchtime|teatime|half past|quarter (?:past|to)|am|pm|hrs|hours)\b/i;

// A date asked by its word: "On what date …", "What year …", "the deadline", "the expiry date" (not "when",
// nor "what time" or "how long": unstated-quantity.ts reads a length of time).
const ASKS_DATE = /\b(?:what|which) (?:date|day|year|month)\b|\bon what (?:date|day)\b|\b(?:date|deadline)\b/i;
const NOT_A_DATE = /\bwhat time\b|\bhow long\b|\bup to date\b|\bday of the week\b/i;
// A date in any form: a month, a weekday, a year, a numeric date, an ordinal day, a word of the calendar.
const MONTH_WORD = new RegExp(`\\b(?:${[...MONTHS].join('|')})\\b`, 'i');
const WEEKDAY_WORD = new RegExp(`\\b(?:${[...WEEKDAYS, ...WEEKDAYS_SHORT].join('|')})s?\\b`, 'i');
const NUMERIC_DATE =
  /\b\d{4}-\d{1,2}(?:-\d{1,2})?\b|\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\b(?:1[5-9]|20)\d{2}s?\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{8}\b|'\d{2}\b/i;
const CALENDAR_WORD =
  /\b(?:today|yesterday|tomorrow|tonight|ago|next|last|weekends?|weeks?|fortnights?|months?|years?|seasons?|spring|summer|autumn|fall|winter|christmas|easter|new year|term|quarter|q[1-4]|dat(?:e|es|ed|ing)|days?|anniversary|later|earlier|since|until|till|expir\w*|due)\b/i;
// A clock time asked by its word: "What time …", "At what time of day …", "By what time …".
const ASKS_CLOCK = /\b(?:what|which) time\b|\btime of day\b|\bwhat hour\b/i;
// A clock time's digits: "09:22", "7.30pm", "10h30", "6 am", "1400 hrs", "at 9", "by 11", "from 10 to 4".
const CLOCK_DIGITS =
  /\d{1,2}[:.h]\d{2}|\d\s?(?:a\.?m|p\.?m|hrs?|h|o'?clock)\b|\b(?:at|by|from|until|till|before|after|around|about|past|to)\s+\d{1,2}\b|\d\s?[-–]\s?\d{1,2}\b(?![./-]?\d)/i;

// Asked who: "Who was the author of the commit …?", "Remind me who signed …" (not "the engineer who serviced …").
const ASKS_WHO =
  /^\s*(?:(?:remind me|tell me|do you (?:know|remember)|any idea|and|so|ok(?:ay)?|but)\W+)?(?:who|whom)\b/i;
// A person's name is written capitalised, or as a handle ("@mira"), or a login under its label ("author: jdoe").
const HANDLE =
  /(?<![\p{L}\p{N}])@[\p{L}\p{N}_]|\b(?:author|owner|assignee|assigned(?: to)?|user(?:name)?|login|committer|reviewer|signed(?: off)?(?: by)?)\s*[:=]\s*\p{Ll}/iu;

/**
 * Does `quote` write a word that may be a person's name: capitalised, not all capitals (a heading's
 * "NOTICE", a format's "CSV"), not a word of `request` (its own names), not a month's or a weekday's,
 * not a sentence's first function word ("The", "It")? Or a handle.
 */
function statesPerson(quote: string, request: string): boolean {
  if (HANDLE.test(quote)) return true;
  const asked = new Set((request.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.replace(/['’]s$/, '')));
  return [...quote.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].some((m) => {
    const w = m[0].replace(/['’]s?$/u, '');
    const lower = w.toLowerCase();
    if (w.length < 2 || w === w.toUpperCase()) return false;
    if (asked.has(lower) || MONTHS.has(lower) || WEEKDAYS.includes(lower) || FUNCTION_WORDS.has(lower)) return false;
    return !/\p{L}/u.test(quote[m.index - 1] ?? '');
  });
}

/**
 * What `request` asks — "e-mail address", "web address", "IP address", "address", "colour", "clock time",
 * "time", "date" or "person" — or null.
 */
export function kindAsked(request: string, kind: AnswerKind | null = statedKind(request)): string | null {
  if (kind === 'name' && ASKS_WHO.test(request)) return 'person';
  if (ASKS_CLOCK.test(request) && (kind === 'time' || kind === 'date') && !/\bhow long\b/i.test(request))
    return 'clock time';
  if (kind === 'date' && ASKS_DATE.test(request) && !NOT_A_DATE.test(request)) return 'date';
  if (kind === 'address') {
    if (ASKS_EMAIL.test(request)) return 'e-mail address';
    if (ASKS_WEB.test(request)) return 'web address';
    if (ASKS_IP.test(request)) return 'IP address';
    return 'address';
  }
  if (kind === 'colour') return 'colour';
  if (kind === 'time') return 'time';
  return null;
}

/** Does `quote` write a value of what `kindAsked` named, in any form these tests read? */
export function statesKind(asked: string, quote: string, request = ''): boolean {
  switch (asked) {
    case 'person':
      return statesPerson(quote, request);
    case 'e-mail address':
      return EMAIL.test(quote);
    case 'web address':
      return WEB.test(quote);
    case 'IP address':
      return IP.test(quote) || WEB.test(quote);
    case 'address':
      return EMAIL.test(quote) || WEB.test(quote) || IP.test(quote) || STREET.some((re) => re.test(quote));
    case 'colour':
      return (
        COLOUR_NAMED.test(quote) || [...quote.toLowerCase().matchAll(/\p{L}+/gu)].some((m) => COLOUR_WORDS.has(m[0]))
      );
    case 'clock time':
      return CLOCK_DIGITS.test(quote) || statesKind('time', quote.replace(/\p{N}+/gu, ' '));
    case 'date':
      return (
        MONTH_WORD.test(quote) || WEEKDAY_WORD.test(quote) || NUMERIC_DATE.test(quote) || CALENDAR_WORD.test(quote)
      );
    case 'time':
      return (
        /\p{N}/u.test(quote) ||
        HOURS_WORDS.test(quote) ||
        [...quote.toLowerCase().matchAll(/\p{L}+/gu)].some((m) => NUMBER_WORDS.has(m[0]))
      );
    default:
      return true;
  }
}

/** What of `kindAsked`'s `request` asks that `quote` does not write, or null (`kind`: the request's, where known). */
export function unstatedKind(
  request: string,
  quote: string,
  kind: AnswerKind | null = statedKind(request),
): string | null {
  const asked = kindAsked(request, kind);
  return asked !== null && !statesKind(asked, quote, request) ? asked : null;
}
