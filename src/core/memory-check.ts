// Memory check (issue 16: "questions about facts that are not in memory — the answer says so";
// ARCHITECTURE §2, the runtime loop's refocus step). Before a request is answered, the engine looks
// for the names it asks about in the memory. A name that occurs nowhere in the memory cannot be
// answered from it, so the turn is answered "not in memory" by the engine instead of letting the
// model invent a value: the 0.4.0 demo model never says a fact is absent (0 of 13 held-out absent
// cases: it answers "It is …" with some value of the right kind).
//
// Why lexical and why names: a fact the memory holds names its subject the way the question does
// ("Hiazom", "Lorcan Mayfield"), whatever the sentence around it says, so the test does not care
// about the question's wording. Only names are tested — words that start with a capital letter,
// are not the first word of a sentence, and are not common words of the tokenizer's vocabulary
// (the lower-cased word with a leading space is one token) — because an ordinary word of the
// question ("height", "motto") may be worded differently in the fact. What it cannot see: a
// question about a name the memory holds but an attribute it does not (the engine then asks the
// model as before). A subject described in lower case ("the southern ferry") is not tested: on the
// hand-written guard sets it called 38 present facts absent ("the skin specialist" of "Dr. Helena
// Okafor (dermatology)") for 2 absent ones caught, and 6 on the generator's sets (5 December, third
// session: docs/memory-check.md). Nor is a country, a nationality, a continent, a sea or a peninsula
// (src/core/regions.ts): the memory may name a place inside it; nor an era ("Victorian"), a weekday's
// plural ("Fridays"), a word for a relative ("Dad") or a party ("Tory"); and a
// compound that describes ("Redis-backed", "Sunday-night") is tested by the names among its parts.
//
// A name occurs in the memory when its letters and digits, lower-cased, occur in the memory's
// letters and digits, lower-cased, with everything else dropped (each token's normalised term,
// concatenated: memory-letters.ts). So "Lorcan Mayfield" is found in "lorcan_mayfield", "LorcanMayfield" and
// "LORCAN MAYFIELD", and "station 25" in "Station #25". The test errs toward "present" (a name
// inside a longer word, or across two words, counts as present): a wrong "present" only lets the
// model answer as it would without the check; a wrong "absent" would refuse a question the memory
// can answer. Numbered subjects ("station 25", "door 10") are tested the same way, and one written
// "#1377" is an issue's, a ticket's or an order's ("issue 1377"); one whose word names a field or a
// column a little before its number of three characters or more ("room 718" of "WHERE room_no = 718"),
// or whose number has five or more ("animal 40712" of "patient_id = 40712"), is found by its number
// (`numberedElsewhere`). A name inside an e-mail address or
// a host name counts too, where no word starts with it: an address glues a name's words ("Ashcombe
// Velo" of "kit@ashcombevelo.cc", writer 100).

import type { MemoryLetters } from './memory-letters.ts';
import { FUNCTION_WORDS, MONTHS, MONTH_NAMES, WEEKDAYS, WEEKDAYS_SHORT } from './answer-value-bounds.ts';
import { unstatedQuantityReply } from './unstated-quantity.ts';
import { unstatedMemberReply } from './unstated-member.ts';
import { REGIONS } from './regions.ts';

/** What the check needs of a tokenizer. */
export interface MemoryCheckTokenizer {
  /** Token ids of `text`, no special tokens added. */
  encode(text: string): number[];
}

/**
 * Whether `message` asks for something: a question mark, a sentence opened by a request, a
 * "please", or a sentence left for the answer to finish ("The badge number of Lorcan is") —
 * unless it opens by telling the model to keep something ("Remember: …", "Note that …").
 */
export function isRequest(message: string): boolean {
  if (message.includes('?')) return true;
  const m = message.trim();
  if (TELLING_OPENING.test(m)) return false;
  return /\bplease\b/i.test(m) || CLOZE_END.test(m) || sentences(m).some((s) => REQUEST_OPENING.test(s));
}

const CLOZE_END = /(?:\b(?:is|are|was|were)|:)$/i;

const TELLING_OPENING =
  /^(?:(?:hi|hello|hey|ok|okay|so|now|also|and)\b[,!.:]?\s*)*(?:please\s+)?(?:remember|note|memori[sz]e|keep in mind|save|store|fyi)\b/i;

// Sentences that ask without a question mark: "Tell me …", "Give me …", "Please look up …",
// "I need the …", "Remind me of …", a follow-up's "Same question for …" (after an optional "Hey," /
// "Okay." opening).
const REQUEST_OPENING =
  /^(?:(?:hey|hi|hello|ok|okay|so|now|also|and|please|quick question|one more thing)\b[,!.:]?\s*)*(?:please\s+)?(?:kindly\s+)?(?:same (?:question|thing|again|for)|tell|give|say|state|show|list|name|find|look|search|remind|recall|retrieve|return|fetch|get|provide|share|report|quote|repeat|read|spell|specify|indicate|display|print|output|check|confirm|identify|lookup|need|looking for|i need|i want|i'd like|i would like|i'm looking for|what|which|who|whom|whose|where|when|how)\b/i;

// Titles and abbreviations: their dot ends no sentence ("Dr. Ashcombe", "No. 5"), and a title is
// not a name.
const ABBREVIATIONS = [
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Prof',
  'St',
  'Capt',
  'Col',
  'Gen',
  'Lt',
  'Sgt',
  'Rev',
  'Hon',
  'Jr',
  'Sr',
  'No',
  'vs',
  'etc',
];
const TITLE = new Set(ABBREVIATIONS.map((a) => a.toLowerCase()));

// Sentence ends: . ? ! : ; then space, or a line break — not an abbreviation's dot.
const SENTENCE_END = new RegExp(`(?<=[.?!:;])(?<!\\b(?:${ABBREVIATIONS.join('|')})\\.)\\s+|\\n+`);

function sentences(message: string): string[] {
  return message
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Names in `message`, in order, without repeats: capitalised words (letters, digits, inner hyphens
 * or apostrophes; a possessive 's or ' dropped) that do not open a sentence (nor follow an opening
 * "Hey," / "Okay,"), are not short all-capital words (FORMAT_WORD) and that `isCommon` does not
 * call common words, nor months, weekdays, holidays (a date: "Thu 9 Oct", "Xmas"), eras, regions or "I'm", "I've" —
 * of a compound that describes ("Redis-backed", "Sunday-night"), its parts that are names; and numbered
 * subjects, a word followed by a number ("station 25", "door 10", "Flat 7C"; not "chapter 3", "line 20":
 * PLACE_IN_TEXT; nor "their 1987", "volunteers' 1987", "could 3": a function word, a possessive or a verb;
 * nor a measure: "a single 20 cm layer", "that anonymous 250 euro gift").
 */
export function namesIn(message: string, isCommon: (word: string) => boolean): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (!out.includes(w)) out.push(w);
  };
  for (const s of sentences(message)) {
    const words = [...s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
    const opener = words.length > 1 && /^[\p{L}]+,/u.test(s) ? 1 : 0; // "Hey, Remind me …"
    words.forEach((m, i) => {
      const w = m[0].replace(/(?:['’]s|['’])$/u, '');
      const next = words[i + 1]?.[0];
      // (what follows the next word, a number's unit or a reference's second part: read only for a number)
      const afterNext = () => s.slice(words[i + 1]!.index! + next!.length);
      if (
        /^\p{L}{3,}$/u.test(w) &&
        w === m[0] &&
        !PLACE_IN_TEXT.has(w.toLowerCase()) &&
        !FUNCTION_WORDS.has(w.toLowerCase()) &&
        next &&
        /^\p{N}+\p{Lu}{0,2}$/u.test(next) &&
        s.slice(m.index + m[0].length, words[i + 1]!.index).trim() === '' &&
        // (not a version's or a decimal's first part: "the old 5.7 servers" has no subject "old 5";
        // nor the number of a name that follows: "to see 3 Quarry Row" has no subject "see 3")
        // (nor a reference's first part: "job 24/117" has no subject "job 24")
        !/^(?:[.,/]\p{N}|\s+\p{Lu}\p{Ll})/u.test(afterNext()) &&
        // (nor a measure's: "A single 20 cm layer" has no subject "single 20")
        !MEASURE_AFTER.test(afterNext())
      )
        add(`${w} ${next}`);
      // a sentence's first word is a name only as a possessive ("Hollinsend's deliveries are driven by")
      const opens = i <= opener && !/['’]s?$/u.test(m[0]);
      if (opens) return;
      // a compound that describes by a name ("Redis-backed", "Busan-to-Rotterdam") or by a time or a
      // region ("Sunday-night", "Asia-Pacific") is tested by the names among its parts
      const parts = w.split('-');
      if (parts.length > 1 && parts.some(describes)) {
        for (const p of parts) if (isName(p, isCommon)) add(p);
      } else if (isName(w, isCommon)) add(w);
    });
  }
  return out;
}

// A compound's part that makes it a description: a word in lower case, a time, a region or a
// relative ("Great-Uncle Walter" is tested by "Walter").
const describes = (part: string) => {
  const lower = part.toLowerCase();
  return /^\p{Ll}/u.test(part) || isDateName(lower) || ERAS.has(lower) || REGIONS.has(lower) || describesPerson(part);
};

/**
 * Whether one word (no sentence's opener) is a name: capitalised, ASCII, no short capitals' word,
 * title, date (or dates: "Fridays"), era, country or region, nor a word `isCommon` calls common. (A
 * relative's or a party's word is a name, a key of the quote, but never missing: `checkMemory`.)
 */
function isName(w: string, isCommon: (word: string) => boolean): boolean {
  if (w.length < 2 || !/^\p{Lu}/u.test(w) || !ASCII_WORD.test(w) || FORMAT_WORD.test(w)) return false;
  const lower = w.toLowerCase();
  if (TITLE.has(lower) || isDateName(lower) || ERAS.has(lower) || UNIT_NAMES.has(lower) || /^I['’]/u.test(w))
    return false;
  // a country, a nationality, a continent or a sea names a region, which the memory may know by a
  // place inside it ("… where we're sleeping in Portugal" of "Casa Azulejo in Alfama … Lisbon trip")
  if (REGIONS.has(lower)) return false;
  return !isCommon(w);
}

// Words before a number that do not make it a subject: places in a text and times ("chapter 3"
// may be written "CHAPTER III", "line 20" is nowhere in the text as words, "March 3" may be
// "3 March") and words that only qualify the number ("since 1990", "about 40").
const PLACE_IN_TEXT = new Set(
  [
    'chapter page line lines section part verse paragraph step item figure table row column volume book act scene',
    'clause claim article period footnote appendix annex schedule exhibit lesson slide track',
    'question turn message answer version round level stage episode season day days week weeks month months year',
    'years hour hours minute minutes second seconds number',
    // months and weekdays ("March 3" may be written "3 March")
    'january february march april june july august september october november december',
    'monday tuesday wednesday thursday friday saturday sunday',
    // words before a number that are not its subject ("since 1990", "about 40", "top 10")
    'since until till after before from than about around over under near nearly almost',
    'approximately roughly least most top first last next all only just with into between each every per',
    // nor a conjunction's ("can't be reverted once 0143 has been applied")
    'once when while if unless whereas though although because',
    // nor a verb's ("What energy rating could 3 Tanner's Yard get to?", "the flat has 2 bedrooms")
    'can could will would shall should may might must do does did has have had get gets got',
  ]
    .join(' ')
    .split(' '),
);

// What follows a number that measures rather than numbers ("20 cm", "3 kg", "40 minutes", "15 %", "that
// anonymous 250 euro gift"; not "in": "room 718 in the east wing").
const MEASURE_AFTER =
  /^\s*(?:%|°|(?:mm|cm|m|km|ft|yd|mg|g|kg|lbs?|oz|ml|cl|l|pt|gal|kwh?|hz|khz|mb|gb|tb|px|mph|kph|hrs?|mins?|secs?)\b|(?:percent|per cent|millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|kilomet(?:re|er)s?|inch(?:es)?|feet|foot|yards?|miles?|grams?|kilo(?:gram)?s?|pounds?|ounces?|lit(?:re|er)s?|pints?|gallons?|degrees?|watts?|volts?|minutes?|hours?|seconds?|euros?|dollars?|cents?|pence|quid|bucks|usd|eur|gbp|chf)\b)/iu;

// Months, weekdays and holidays name dates, not things: a date may be written "Thu 9 Oct" or
// "2026-03-12", Christmas "Xmas" or "25 December".
const HOLIDAYS = 'christmas xmas easter halloween thanksgiving hanukkah diwali ramadan eid'.split(' ');
const DATE_NAMES = new Set([...MONTH_NAMES, ...WEEKDAYS, ...HOLIDAYS]);
// Their short forms ("Feb", "Thurs"; not "Jan", a first name as often) stay names, keys of the memory
// quote ("the meeting on 18 Sept"), but are never missing: the memory may date the day in digits
// ("12 Feb" of "12/02/24", writer 201's fuel receipt).
const SHORT_DATE_NAMES = new Set([
  ...[...MONTHS].filter((m) => m !== 'jan' && !MONTH_NAMES.includes(m)),
  ...WEEKDAYS_SHORT,
]);
/** A date's name or its plural ("Fridays": the memory's timetable may write "Fri: 9:30-20:00"). */
const isDateName = (lower: string) =>
  DATE_NAMES.has(lower) || (lower.endsWith('s') && DATE_NAMES.has(lower.slice(0, -1)));
// Words that address a relative ("When did Dad shut the shop?" of "My father ran the hardware store
// …") or say a person's party or faith ("the Tory" of "PRYCE, Owen (Conservative)"): the memory may
// describe that person otherwise, as a country's people may be named by a town (writers 20, 21).
// They are never missing, but still keys of the quote ("the Conservative candidate" finds "(Conservative)").
/** Is `name` a word for a relative or a party or faith ("Dad", "Tory"): never missing, a key of the quote only where the memory holds it? */
export const describesPerson = (name: string) => KIN_AND_AFFILIATION.has(name.toLowerCase());
const KIN_AND_AFFILIATION = new Set(
  [
    'dad daddy mum mummy mom mommy mam mama mamma papa pa ma grandma grandpa granny grandad granddad gran nan nana',
    'nanna grandmother grandfather auntie aunty aunt uncle cousin sis',
    'tory tories labour whig whigs democrat democrats republican republicans liberal liberals conservative',
    'conservatives socialist socialists communist communists unionist unionists nationalist nationalists',
    'catholic catholics protestant protestants anglican anglicans methodist methodists quaker quakers',
  ]
    .join(' ')
    .split(' '),
);
// Eras name times too, and describe ("the old Victorian diary" of "14th March, 1887. Rain again."); not
// those that are also given names ("Stuart", "Tudor").
const ERAS = new Set('victorian edwardian elizabethan jacobean georgian regency napoleonic'.split(' '));
// Units named after people are written with a capital and name no subject ("… a target, in degrees
// Celsius, of" of "ferment_setpoint_c = 26.5": writer 121's tank).
const UNIT_NAMES = new Set('celsius fahrenheit kelvin'.split(' '));

// Only names written in ASCII are tested: a byte-level tokenizer may split an accented letter into
// byte tokens that have no term, so "Zoë" in memory would not be found as "zoë" (nor as "zoe").
const ASCII_WORD = /^[A-Za-z0-9'’-]+$/;

// Short all-capital words and their plurals name formats and kinds of thing ("JSON", "YAML", "API",
// "URL", "ID", "DBs"), which a document in that format need not spell out; codes with digits
// ("X0N83") are kept.
const FORMAT_WORD = /^\p{Lu}{2,5}s?$/u;

/** The common-word test from a tokenizer: " word" (lower-cased) is a single token. */
export function commonWordTest(tok: MemoryCheckTokenizer): (word: string) => boolean {
  return (word) => tok.encode(` ${word.toLowerCase()}`).length <= 1;
}

/** Lower-cased letters and digits of `text` (as a token's term: src/models/focus/term-map.ts). */
export function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Where a word starts inside a run of letters and digits: camel case ("lorcanMayfield"), letters to digits ("unit4"). */
const WORD_INSIDE = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

/**
 * Whether `needle` (letters: `letters(name)`) starts at a word of `text`: the letters of the words
 * from one word's start on begin with it. "Ursula Thorne" is in `ursula_thorne:` and
 * `ursulaThorne`, "Musgrove" in "the Musgroves", but "Hatrus" is not in "that Rushworth", whose
 * letters hold it across a word.
 */
export function startsAtWord(text: string, needle: string): boolean {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((m) =>
    m[0].split(WORD_INSIDE).map((w) => w.toLowerCase()),
  );
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < words.length; j++) {
      run += words[j]!;
      if (run.length >= needle.length) {
        if (run.startsWith(needle)) return true;
        break;
      }
      if (!needle.startsWith(run)) break;
    }
  }
  return false;
}

/** The memory's tokens and their text (a conversation's tree, or a case's history). */
export interface MemoryText {
  tokenIds(start: number, end: number): ArrayLike<number>;
  decode(ids: number[]): string;
}

/**
 * Occurrences of `needle` the letters index finds that start inside a word of `text` (its letters
 * run across a word's edge) — and those `skip` rejects — are no occurrence: the tokens around the
 * run are decoded and read as words (a few tokens, only where the letters matched).
 */
export function wordStartSkip(
  text: MemoryText,
  needle: string,
  end: number,
  skip?: (first: number, last: number) => boolean,
  { inAddresses = false }: { inAddresses?: boolean } = {},
): (first: number, last: number) => boolean {
  return (first, last) => {
    if (skip?.(first, last)) return true;
    const around = text.decode(Array.from(text.tokenIds(Math.max(0, first - 1), Math.min(end, last + 1))));
    if (startsAtWord(around, needle)) return false;
    if (!inAddresses) return true;
    // (an address glues its words: read the whole address around the run — where an "@" or a dot is
    // near it; most runs inside a word are in ordinary words, and decoding their wide windows doubled
    // the quote's time at 1M tokens of history: `npm run bench:runtime`)
    const near = text.decode(Array.from(text.tokenIds(Math.max(0, first - 4), Math.min(end, last + 4))));
    if (!/[@.]/.test(near)) return true;
    const wide = text.decode(
      Array.from(text.tokenIds(Math.max(0, first - ADDRESS_REACH), Math.min(end, last + ADDRESS_REACH))),
    );
    return !insideAddress(wide, needle);
  };
}

/** `wordStartSkip` for a name: one inside an address counts too (`insideAddress`). */
export const nameSkip = (
  text: MemoryText,
  needle: string,
  end: number,
  skip?: (first: number, last: number) => boolean,
): ((first: number, last: number) => boolean) => wordStartSkip(text, needle, end, skip, { inAddresses: true });

// Tokens read on each side of a run for the address it may lie in (an e-mail address or a host name
// is a few tokens of a subword vocabulary).
const ADDRESS_REACH = 12;
// An e-mail address or a host name: "kit@ashcombevelo.cc", "www.ashcombeharriers.org", "ashcombe-velo.co.uk".
const ADDRESS =
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|edu|gov|io|dev|app|co|cc|uk|de|fr|nl|ie|eu|info|biz)\b/giu;

/**
 * Whether `needle` (letters, four or more) lies inside a word of an e-mail address or a host name of
 * `text`: an address writes a name's words glued, so "Velo" and "Harriers" are there in
 * "kit@ashcombevelo.cc" and "secretary@ashcombeharriers.org" (writer 100) though no word starts with them.
 */
export function insideAddress(text: string, needle: string): boolean {
  if (needle.length < 4) return false;
  for (const m of text.matchAll(ADDRESS))
    if (
      m[0]
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some((part) => part.includes(needle))
    )
      return true;
  return false;
}

export interface MemoryCheckResult {
  /** The message asks for something (only requests are checked). */
  request: boolean;
  /** Names the message uses. */
  names: string[];
  /** Names that occur nowhere in the memory: non-empty → answer "not in memory". */
  missing: string[];
  /** Words for a relative or a party the message uses that the memory does not hold (never missing: `describesPerson`). */
  unheld?: string[];
}

/** Where the check and the quote read the memory, and whether the message asks. */
export interface MemoryReading {
  /** read tokens [0, end) (default: the whole index) */
  end?: number;
  /** rejects runs of tokens [first, last) (forgotten spans) */
  skip?: (first: number, last: number) => boolean;
  /** the message asks (default: `isRequest(message)`; a completion left unfinished asks whatever its words) */
  asks?: boolean;
}

/**
 * Checks a message against the memory's tokens [0, end) (the history before the message's turn),
 * indexed in `memory` (extended to `end` by the caller) and read in `text`; a name counts where
 * it starts at a word (`startsAtWord`), outside runs of tokens that `skip` rejects (e.g. forgotten
 * ones). An empty memory is never checked (nothing was fed: the model answers as a plain chat).
 */
export function checkMemory(
  message: string,
  memory: MemoryLetters,
  tok: MemoryCheckTokenizer,
  text: MemoryText,
  { end = memory.tokens, skip, asks }: MemoryReading = {},
): MemoryCheckResult {
  const request = asks ?? isRequest(message);
  if (!request || end === 0) return { request, names: [], missing: [] };
  const names = namesIn(message, commonWordTest(tok));
  const held = (needle: string) => memory.has(needle, end, nameSkip(text, needle, end, skip));
  const unfound = names.filter(
    (name) => heldKey(letters(name), held) === null && !numberedElsewhere(name, memory, text, end, skip),
  );
  const initialled = initialledNames(message, unfound, memory, text, end, skip);
  // (a numbered subject's word is tested with its number: "Surgery 1" held as "Surg 1" holds "Surgery")
  const numberedHeld = (name: string) =>
    names.some((n) => n.startsWith(`${name} `) && NUMBERED_SUBJECT.test(n) && !unfound.includes(n));
  const absent = unfound.filter((name) => !initialled.has(name) && !numberedHeld(name));
  // (a relative's or a party's word is never missing: "Dad" of "My father …"; nor a short date's word)
  const missing = absent.filter((name) => !describesPerson(name) && !SHORT_DATE_NAMES.has(name.toLowerCase()));
  const unheld = absent.filter(describesPerson);
  return unheld.length > 0 ? { request, names, missing, unheld } : { request, names, missing };
}

/**
 * Names of `unfound` that the memory holds by their initials: a run of two to five of them written
 * one after another in the message ("Ordnance Datum") whose capitals stand in the memory as a word of
 * their own ("the TBM on the field gatepost is 42.317 m OD" — writer 199's site chat).
 */
function initialledNames(
  message: string,
  unfound: readonly string[],
  memory: MemoryLetters,
  text: MemoryText,
  end: number,
  skip?: (first: number, last: number) => boolean,
): Set<string> {
  const out = new Set<string>();
  const words = unfound.filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n));
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + 5); j >= i + 2; j--) {
      const run = words.slice(i, j);
      if (!new RegExp(`(?<![\\p{L}])${run.join('\\s+')}(?![\\p{L}])`, 'u').test(message)) continue;
      const caps = run.map((w) => w[0]).join('');
      // (the capitals may be split by a hyphen or dots: "G-OKLM" of "Golf Oscar Kilo Lima Mike", "O.D.")
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${[...caps].join('[-.]?')}(?![\\p{L}\\p{N}])`, 'u');
      const held = memory.has(caps.toLowerCase(), end, (first, last) => {
        if (skip?.(first, last)) return true;
        return !word.test(text.decode(Array.from(text.tokenIds(Math.max(0, first - 2), Math.min(end, last + 2)))));
      });
      if (!held) continue;
      for (const w of run) out.add(w);
      i = j - 1;
      break;
    }
  }
  return out;
}

/**
 * The key the memory holds a name by (letters): the name's own, or — for a family named in the plural,
 * "the Tremletts' spaniel" of "… Tremlett …" (writer 36), "the Joneses'" — its singular; null when
 * it holds neither.
 */
export function heldKey(needle: string, held: (needle: string) => boolean): string | null {
  if (held(needle)) return needle;
  if (!needle.endsWith('s') || needle.length < 5) return null;
  const singular = /(?:s|x|z|ch|sh)es$/.test(needle) ? needle.slice(0, -2) : needle.slice(0, -1);
  return held(singular) ? singular : null;
}

/**
 * Whether a numbered subject ("experiment 12") occurs in the memory in another form than the request
 * writes it: with its word abbreviated, or the request abbreviating the memory's word: "expt 12", "Rm 4"
 * of "room 4", "Apt 7" of "apartment 7" (writer 23's lab notebook); the word itself with "No." between
 * ("RECEIPT No. 5528" of "receipt 5528", writer 121); or, for a number of three characters or more, or
 * one a naming word gives ("the fill numbered 5012"), the number alone: "room 718" of "room_no = 718",
 * "animal 40712" of "patient_id = 40712", "burial 4008" of "Put 4008 down as crouched", "plot 14B" of
 * "your allotment plot is 14B" (writers 111, 127, 147, 159, 199 …). The number must be a whole number of
 * the text. Read only where the name as written is missing: the number's occurrences are decoded with
 * the tokens before them.
 *
 * Why three characters (it was five, and three with the word as a field's name a little before): the
 * word before a number is often not its subject's ("the early 73B", "the people renting 12B", "deposit
 * 5012" of an SQL row's "(5012, 5, 'fill', …)"). Of writers 1–200's cases whose request names a
 * numbered subject, three characters moved three absent questions — each asked an attribute the memory
 * does not state of a subject it does hold ("How big is plot 14B …?", "Which phone number … card 8812
 * …?") — and most present facts it had called absent (docs/memory-check.md, "Numbers whole").
 * Two characters are left out: counts, prices and times are mostly that short.
 */
function numberedElsewhere(
  name: string,
  memory: MemoryLetters,
  text: MemoryText,
  end: number,
  skip?: (first: number, last: number) => boolean,
): boolean {
  const m = NUMBERED_SUBJECT.exec(name);
  if (m === null) return false;
  const word = m[1]!.toLowerCase();
  const num = letters(m[2]!);
  const before = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}+)[.-]?\\s*(?:#|no\\.?\\s*)?${num}(?![\\p{L}\\p{N}])`, 'giu');
  const hashed = HASH_NUMBERED.has(word) ? new RegExp(`#${num}(?![\\p{L}\\p{N}])`, 'iu') : null;
  const anywhere = new RegExp(`(?<![\\p{L}\\p{N}])${num}(?![\\p{L}\\p{N}])`, 'giu');
  const whole = new RegExp(`(?<![\\p{L}\\p{N}#£$€¥]|\\p{N}\\.)${num}(?![\\p{L}\\p{N}]|\\.\\p{N})`, 'giu');
  return memory.has(num, end, (first, last) => {
    if (skip?.(first, last)) return true;
    // (the word before and the word after: a few tokens of a subword vocabulary, up to 16 and 8 of a
    // character-level one)
    const around = text.decode(Array.from(text.tokenIds(Math.max(0, first - 16), Math.min(end, last + 8))));
    if (hashed?.test(around)) return false;
    for (const b of around.matchAll(before)) {
      const w = b[1]!.toLowerCase();
      if (w === word || abbreviates(w, word) || abbreviates(word, w)) return false;
    }
    // (the word itself a few words before, on the number's line: "BREW LOG #0417" of "brew 0417")
    for (const w of around.matchAll(anywhere)) {
      const lead = around.slice(0, w.index).split('\n').at(-1)!;
      const words = [...lead.matchAll(/\p{L}+/gu)].slice(-WORD_REACH).map((x) => x[0].toLowerCase());
      if (words.some((x) => x === word || x === `${word}s`)) return false;
    }
    if (num.length < DISTINCTIVE_NUMBER && !NAMING.has(word)) return true;
    // (a whole number that numbers, not one that measures: "total 718 pounds" and "£718" hold no room 718)
    for (const w of around.matchAll(whole)) if (!MEASURE_AFTER.test(around.slice(w.index + w[0].length))) return false;
    return true;
  });
}

// A number this long (characters) names its subject alone, wherever it stands whole.
const DISTINCTIVE_NUMBER = 3;
// How many words before a number its subject's word may stand ("BREW LOG #0417", "card ending 8812").
const WORD_REACH = 3;
// A numbered subject as `namesIn` gives it: its word and its number ("room 718", "Flat 7C").
const NUMBERED_SUBJECT = /^(\p{L}+) (\p{N}+\p{L}{0,2})$/u;

/**
 * The number (letters) a numbered subject ("deposit 5012") may stand by alone in the memory — three
 * characters or more, as the check reads it (`numberedElsewhere`) — or null: the memory quote's key for
 * a subject the memory writes otherwise ("(5012, 5, 'fill', …)").
 */
export function distinctiveNumber(name: string): string | null {
  const m = NUMBERED_SUBJECT.exec(name);
  const num = m === null ? '' : letters(m[2]!);
  return num.length >= DISTINCTIVE_NUMBER ? num : null;
}

// Words that give a number to a thing the request names before them ("the upper fill numbered 5012",
// "the bag tagged 0157884214"): the number is the thing's wherever it stands whole.
const NAMING = new Set('numbered labelled labeled marked tagged coded called named titled'.split(' '));

// What "#" numbers: "issue 1377" of "bumped after #1377" (writer 103's config comment).
const HASH_NUMBERED = new Set(
  'issue bug pr ticket task story case order item invoice job build run incident request change commit card number'.split(
    ' ',
  ),
);

/** Is `short` an abbreviation of `long`: shorter, two letters or more, the same first letter, its letters in `long` in order? */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * The check vouches that the memory holds what a request asks about: it is a request, it uses at
 * least one name, and every name occurs in memory. Then absence is not the model's call (see
 * `absent_reply` in the package manifest, docs/memory-check.md): its own "not in memory" reply is
 * not allowed to open the answer.
 */
export function vouchesForPresence(r: MemoryCheckResult): boolean {
  return r.request && r.names.length > 0 && r.missing.length === 0;
}

/** The first token of a package's trained absent reply (manifest `absent_reply`), or null when it names none. */
export function absentReplyStart(
  tokenizer: { encode(text: string): number[] },
  reply: string | undefined,
): number | null {
  return reply ? (tokenizer.encode(reply)[0] ?? null) : null;
}

/** The memory check's own answer: its text, and why (the names missing, or those whose lines do not state what is asked). */
export interface CheckAnswer {
  text: string;
  notInMemory?: string[];
  quantityUnstated?: string[];
}

/**
 * The check's own answer to `request` (the model does not run): "not in memory" when a name is
 * missing; when every name is found, absence is not the model's call (docs/memory-check.md) —
 * unless the request asks a number that its memory `quote` does not state
 * (src/core/unstated-quantity.ts); and whether it names anything or not, when it names a member of a
 * closed set that the quote lists others of (src/core/unstated-member.ts). Null: the model answers.
 */
export function checkAnswer(r: MemoryCheckResult, request: string | null, quote: string): CheckAnswer | null {
  if (r.missing.length > 0) return { text: notInMemoryReply(r.missing), notInMemory: r.missing };
  // (the names the memory holds: not "the Tory" of "PRYCE, Owen (Conservative)")
  const held = r.names.filter((n) => !r.unheld?.includes(n));
  // (a member of a closed set the quote lists others of — "Sunday" of a rota of Monday to Friday —
  // whether the request names anything or not: its quote is then the lines of its rare words;
  // unstated-member.ts)
  const member = r.request && request !== null ? unstatedMemberReply(request, quote, held) : null;
  if (member !== null) return { text: member, quantityUnstated: held };
  const unstated = vouchesForPresence(r) && request !== null ? unstatedQuantityReply(request, quote, held) : null;
  return unstated === null ? null : { text: unstated, quantityUnstated: held };
}

/** The reply to a request whose names are not in memory. */
export function notInMemoryReply(missing: readonly string[]): string {
  const quoted = missing.map((m) => `“${m}”`);
  const list = quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
  const one = missing.length === 1;
  return `I don't know: ${list} ${one ? 'is' : 'are'} not in memory. I have no information about ${one ? 'it' : 'them'}: ${one ? 'it is' : 'they are'} not mentioned in anything I was given.`;
}
