// Where a copied answer value may start and end in a source text (issue 16, answer copy —
// src/core/answer-copy.ts): the rules that make a copied value a whole value, whatever the wording
// around it. Pure logic over characters and words; no model, no vocabulary.
//
// A value starts at a word: a character after a space or a tab, or a letter or digit after a separator
// ('"Fatima', "(ingrid", ",Valeria") — not after a joiner inside a word ("11" of "v20.11", "solvang"
// of "ingrid.solvang"), not at a line's first word unless it holds a digit ("v21.7.3: fixed …" opens
// with its value; "The new gamekeeper …" opens a sentence the model reached into before the value),
// not at a name's second word ("Wren" of "Tobias Wren", a title's name aside), and it holds a letter
// or digit. A version's "v" is left out ("v20.11" opens at "20.11").
//
// A value ends where a word ends — before whitespace, the end, or punctuation that does not join the
// next word ("." of "7390.", '",' of '"Fatima",'; ":" of "https://npm", "-" of "55-0812", "." of
// "21.7.3" join) — not inside a name, not on a title before its name ("Miss" of "Miss Pellworth"), and not on a function word ("It is twenty past." for "twenty past
// six"). Words that make one quantity are glued: a number and the number, unit, counted plural or
// month after it, a number's thousands ("48,300"; "9F4C 21AB 7730 E5D2", "940 kilometers", "eleven shillings", "10 June 1905"), a month and its day or year ("September
// 19, 1850"), "twenty past six"; no value starts or ends inside such a group, so a reply says the
// whole quantity ("It is 940." cut the unit off "940 kilometers", "They are June and 1905." split a date).
// Writers 6–9 (training/recall/guard.py) added: a unit with a slash ("68 km/h"), "15 per cent", "£38
// per annum", a quantity in two units ("2 hours 45 minutes", "an hour and three quarters"), "a
// quarter before six", a month's short form ("Nov. 2nd, 1858"), "the 14th of March", a name with a
// possessive inside ("Curlew's Daughter"); a currency's code and a numbered place end on their
// number ("CHF 236.40", "platform 7": the number alone may be the value too); a list's number ("3. ")
// and a question word ("when") are no values. Writers 1–38's misses (docs/memory-check.md, "What a
// question asks about") added: a firm's "&" ("Marsh & Ilkley"), a size's "x" ("6m x 4m"), "and a
// half" ("Six and a half miles") and a weekday's time ("Thursday at 4:15pm") go on.
// A quoted phrase of several words is one value too ("trap circuit leader laboratory" in quotes, not
// its first three words); a quoted key ('"name": "Graipav Group"') is none. Writers 1–92's answers
// at no opening (sixteenth session) added: a code after its label is no name's word ("Ref VC-20931",
// "Room B14"), nor a name after an article ("The Quizzly Bears"); a range's second end opens after its
// hyphen ("13:00-20:00"), a port after its host ("internal:6380"), a price at its sign after a bracket
// or a minus ("(£2.75/m", "-£86.40"), a line at a numbered place ("Table 7 (by the dance floor)"); a
// key written against its value opens none ("ref=HMB-5527"), nor do "key=value" fields glue into one
// quantity; an initial goes on with its name ("M. Tullock", not "M.").
import { shortFormsOf } from './abbreviations.ts';

// Currencies' codes, as a price writes them ("CHF 236.40", "EUR 48,300").
export const CURRENCY_CODES: readonly string[] = 'EUR USD GBP CHF JPY CAD AUD NZD SEK NOK DKK INR CNY'.split(' ');

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an the of in on at to for from by with and or as is are was were be been it its his her their our my your this that these those'.split(
    ' ',
  ),
);

// Words a value does not end on besides the function words: a preposition leaves the value unsaid
// ("Under" of '"Under the second apple tree by the east wall," said the gardener').
const NO_END_WORDS = new Set([
  ...FUNCTION_WORDS,
  ...'past until till than per via into onto under behind beside inside near above below beneath across along between beyond within over through toward towards upon around among'.split(
    ' ',
  ),
]);

export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion half quarter'.split(
    ' ',
  ),
);
/** Months' names, in full. */
export const MONTH_NAMES: readonly string[] =
  'january february march april may june july august september october november december'.split(' ');
/** Months' names in full and short ("Oct"). */
export const MONTHS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
]);
// A street address opens at its house number: "3 Mill Lane", "17 Marrowfield Lane", "41 Quillon Row".
export const STREET_AT =
  /^\d{1,5}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Way|Drive|Dr|Court|Ct|Place|Pl|Square|Sq|Terrace|Crescent|Row|Wharf|Hill|Gardens|Boulevard|Blvd|Quay|Parade|Mews|Walk|Green|Grove|Park|Yard|Rise|View)\b/u;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK_RANGE = /^\d{1,2}:\d{2}\s?[-–]\s?\d{1,2}:\d{2}$/;
export const WEEKDAYS: readonly string[] = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');
/** Weekdays' short names ("Thu", "Thurs"). */
export const WEEKDAYS_SHORT: readonly string[] = 'mon tue tues wed thu thur thurs fri sat sun'.split(' ');
// After a value's end: a time said with "at", a firm's "&" and a capitalised word, a size's "x" and a number.
const TIME_AFTER = /^,? at \d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b)?/i;
const FIRM_AFTER = /^ & \p{Lu}/u;
const CAPITALISED_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'’-]*$/u;
// A capital letter alone, then its dot and a capitalised word: a name's initial ("M. Tullock").
const INITIAL_BEFORE = /(?:^|[^\p{L}\p{N}.])\p{Lu}$/u;
const NAME_AFTER_INITIAL = /^\. \p{Lu}\p{Ll}/u;
const SIZE_AFTER = /^ ?[x×] ?\p{N}/u;
// A weekday's name right before a value's end, and a day of a month after it (ValueBounds.endsAt).
const WEEKDAY_BEFORE = new RegExp(`\\b(?:${WEEKDAYS.join('|')}),?$`, 'i');
const DAY_MONTH_AFTER = new RegExp(`^,?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${[...MONTHS].join('|')})`, 'i');

/**
 * The request's own words (lower-cased letters and digits) and the function words: no value
 * opens with them (answer copy; whether a quoted piece holds a value of the kind asked).
 */
// A run of letters and digits: the words the answer rules compare (an identifier's parts count as
// words: "max_retries" → max, retries). Read with matchAll, which copies it.
export const WORD_RUN = /[\p{L}\p{N}]+/gu;

export function wordsNoValueOpens(request: string): Set<string> {
  const words = [...request.matchAll(WORD_RUN)].map((m) => m[0].toLowerCase());
  // (a number the request says is no value in either spelling: asked "Where is shard number
  // fourteen hosted?", not "It is 14." of "shard 14 … eu-west-2" — writer 12)
  const otherSpelling = words.flatMap((w) => {
    const other = DIGITS_OF.get(w) ?? (/^\d{1,2}$/.test(w) ? WORD_OF.get(String(Number(w))) : undefined);
    return other === undefined ? [] : [other];
  });
  // (nor its word's short form: asked "What is Harriet Vane's phone extension?", not "It is ext." of
  // "(ext. 2291)" — abbreviations.ts)
  return new Set([...words, ...otherSpelling, ...words.flatMap(shortFormsOf), ...FUNCTION_WORDS, ...QUESTION_WORDS]);
}
// Numbers by their words, 2–20 and the tens, both ways ("one" is a pronoun first: "Which one …?",
// "the little one's cake").
const DIGITS_OF = new Map<string, string>([
  ...'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i): [string, string] => [w, String(i + 2)]),
  ...'thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((w, i): [string, string] => [w, String(30 + 10 * i)]),
]);
const WORD_OF = new Map([...DIGITS_OF].map(([w, d]) => [d, w]));
// A question word is no answer ("It is when." of "By 4 p.m., when the storm at last broke, …").
const QUESTION_WORDS = 'what which who whom whose where when why how whereas whether'.split(' ');
// Units a number is said with ("in", inches, is left out: it is a function word first; a clock time's "AM" is
// its unit too: "5.40 AM", not "5.40").
const UNITS = new Set(
  'meters meter metres metre m km kilometers kilometer kilometres kilometre cm mm miles mile feet foot ft inches inch yards yard seconds second sec secs s ms milliseconds minutes minute min mins hours hour hrs days day weeks week months month years year kg kilograms kilogram g grams gram mg pounds pound lb lbs tons ton tonnes tonne ounces oz litres liters litre liter ml degrees degree percent % euros euro dollars dollar cents cent pence yen knots mph kmh kph bytes kb mb gb tb hz khz mhz ghz volts watts kw kwh am pm a.m p.m bar bars mbar psi kpa hpa atm mcg µg ug iu l nm newton-metres rpm gpm lpm bpm cfm kj kcal db'.split(
    ' ',
  ),
);

const SPACE = /\s/;
// A host's name, its colon and a port ("internal:6380", "localhost:5432/"): not a clock time's "14:40".
const PORT_AFTER_HOST = /^\p{L}:\d{2,5}(?![\p{L}\p{N}:.])/u;

// Two clock times or two years either side of a hyphen: a range, whose second end opens a value.
const CLOCK_BEFORE_HYPHEN = /(?:^|[^\p{N}:.])\d{1,2}[:.]\d{2}-$/u;
const CLOCK_AFTER_HYPHEN = /^\d{1,2}[:.]\d{2}(?!\p{N}|[:.]\p{N})/u;
const YEAR_BEFORE_HYPHEN = /(?:^|[^\p{N}-])(?:1\d|20)\d{2}-$/u;
const YEAR_AFTER_HYPHEN = /^(?:1\d|20)\d{2}(?!\p{N}|-\p{N})/u;
const rangeSecondAt = (s: string, i: number) => {
  const [before, after] = [s.slice(Math.max(0, i - 7), i), s.slice(i, i + 8)];
  return (
    (CLOCK_BEFORE_HYPHEN.test(before) && CLOCK_AFTER_HYPHEN.test(after)) ||
    (YEAR_BEFORE_HYPHEN.test(before) && YEAR_AFTER_HYPHEN.test(after))
  );
};
// A minus sign that opens a number after a space ("low of -6.3°C"), not a range's or a code's dash
// ("2-1", "55-0812"); (after a bracket or a mark the number opens without it: "(−12)" → "12").
const SIGNED = /(?<=^|\s)[-−](?=\p{Nd})/gu;
// Marks that open a bracketed or quoted text.
const OPENING = /[([{<"'“‘«]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Does a price open at `i` with its currency's sign ("£2.75")? */
const priceSignAt = (s: string, i: number) => /[$£€¥₹]/u.test(s[i] ?? '') && DIGIT.test(s[i + 1] ?? '');
// (and a password's "!": "Quokka!Fern48")
const JOINER = /[.:\-/@_+#'’!]/;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

// Titles: the name after one is a value of its own ("Pellworth" of "Miss Pellworth").
export const TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms mx dr prof st capt col gen lt sgt rev hon miss mister sir madam lady lord dame captain admiral commander doctor professor colonel general major lieutenant sergeant reverend father mother sister brother uncle aunt king queen prince princess duke duchess saint'.split(
    ' ',
  ),
);

/**
 * Is the word at `i` the second word (or later) of a name — a capitalised word right after a
 * capitalised word and one space ("Wren" of "Tobias Wren", "Mill" of "Winthrop Mill")?
 */
function insideName(s: string, i: number): boolean {
  if (i < 3 || i >= s.length || s[i - 1] !== ' ' || !UPPER.test(s[i]!)) return false;
  // (a possessive inside a name: "Curlew's Daughter", "Gilly's Bridge")
  const k = i - 2 - possessive(s, i - 1);
  if (!LETTER.test(s[k] ?? '')) return false;
  let j = k;
  while (j > 0 && LETTER.test(s[j - 1]!)) j--;
  // (a code after its label is no name's word: "Ref VC-20931", "Room B14", "Ticket SUP-88142" — a
  // model after its maker is: "Fujifilm X-T30")
  if (codeWordAt(s, i) && CODE_LABELS.has(s.slice(j, k + 1).toLowerCase())) return false;
  // a sentence's first word is capitalised by grammar, not as a name ("A Code blue")
  const opensSentence = j === 0 || /(?:^|[.!?]\s|\n)$/.test(s.slice(Math.max(0, j - 2), j));
  // (nor an article: "The Quizzly Bears", "The Old Ferry Inn" open at their name)
  const word = s.slice(j, k + 1).toLowerCase();
  return UPPER.test(s[j]!) && !opensSentence && !TITLES.has(word) && !ARTICLE_WORDS.has(word);
}

/** Does the word at `i` (up to the next space) hold a digit — a code's ("VC-20931", "B14"), no name's? */
const codeWordAt = (s: string, i: number) => DIGIT.test(/^\S*/.exec(s.slice(i, i + 40))![0]);

const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The length of a possessive "'s" ending right before offset q (0 when none). */
const possessive = (s: string, q: number) => (s[q - 1] === 's' && /['’]/.test(s[q - 2] ?? '') ? 2 : 0);

/**
 * Does a name go on after offset q — a capitalised word, one space, a capitalised word — even at a
 * sentence's start ("Noel Silva is …": a value that opens there says "Noel Silva", not "Noel")?
 */
function namePairAt(s: string, q: number): boolean {
  if (q < 1 || s[q] !== ' ' || !UPPER.test(s[q + 1] ?? '')) return false;
  let j = q - 1 - possessive(s, q);
  if (!LETTER.test(s[j] ?? '')) return false;
  while (j > 0 && LETTER.test(s[j - 1]!)) j--;
  return UPPER.test(s[j]!) && !(codeWordAt(s, q + 1) && CODE_LABELS.has(s.slice(j, q).toLowerCase()));
}

/**
 * Whether the text at `i` up to the next space (or a row's cell mark: "60mm,Leeds-B") says only `avoid`'s words (a possessive aside):
 * "Bath.", "Harville's", "lorcan_mayfield" for a request naming Bath, Harville or Lorcan Mayfield —
 * not "ingrid.solvang@example.org" for one naming Ingrid Solvang, which says more.
 */
function saysOnly(avoid: ReadonlySet<string>, s: string, i: number): boolean {
  const run = /^[^\s,;|]*/.exec(s.slice(i, i + 128))![0].replace(/['’]s?(?=\P{L}|$)/gu, ' ');
  const words = [...run.matchAll(/[\p{L}\p{N}]+/gu)];
  // (a number glued to its unit is the request's when both are: "60mm" of "the bigger (60 mm) hinge")
  const said = (w: string) =>
    avoid.has(w) || (/\p{N}\p{L}/u.test(w) && w.split(/(?<=\p{N})(?=\p{L})/u).every((p) => avoid.has(p)));
  return words.length > 0 && words.every((m) => said(m[0].toLowerCase()));
}

/** A whitespace-delimited word: [start, end) raw, [coreStart, coreEnd) without edge punctuation. */
interface Word {
  start: number;
  end: number;
  coreStart: number;
  coreEnd: number;
  /** the core, lower-cased */
  core: string;
  /** a month's name as a date writes it: capitalised ("May 5", not "may be") */
  month: boolean;
}

function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(/\S+/g)) {
    const start = m.index!;
    const raw = m[0];
    const lead = /^[^\p{L}\p{N}]*/u.exec(raw)![0].length;
    const trail = /[^\p{L}\p{N}]*$/u.exec(raw.slice(lead))![0].length;
    const coreStart = start + lead;
    const coreEnd = start + raw.length - trail;
    const core = s.slice(coreStart, coreEnd).toLowerCase();
    const month = MONTHS.has(core) && UPPER.test(s[coreStart] ?? '');
    out.push({ start, end: start + raw.length, coreStart, coreEnd, core, month });
  }
  return out;
}

const isNumber = (w: string) => DIGIT.test(w) || NUMBER_WORDS.has(w);
/** Is word `w` a number no greater than `max` (digits, or a number's word; "quarter" and "half" are minutes)? */
const atMost = (w: string, max: number) =>
  /^\d+$/.test(w)
    ? Number(w) <= max
    : w === 'quarter' || w === 'half' || w === 'one' || Number(DIGITS_OF.get(w) ?? Infinity) <= max;

/** A word in lower case, letters only, that is no function word (punctuation around it aside). */
const plain = (w: Word, s: string) =>
  /^\p{Ll}\p{L}*$/u.test(s.slice(w.coreStart, w.coreEnd)) && !NO_END_WORDS.has(w.core);

/**
 * Does a phrase of plain words go on after word k — it and word k + 1 plain, one space between
 * ("blue dressing room at", "packing contingent tyre coat")? A value does not end inside one: "It
 * is packing contingent tyre." cut the motto. A quantity's last word ends it ("940 kilometers
 * long"), and a value may start inside a phrase ("shot fourteen brace", "cost eleven shillings").
 */
function insidePhrase(s: string, words: readonly Word[], glued: readonly boolean[], k: number): boolean {
  const [w, next] = [words[k]!, words[k + 1]];
  if (!next || s.slice(w.coreEnd, next.coreStart) !== ' ' || !plain(w, s) || !plain(next, s)) return false;
  return !(k > 0 && glued[k - 1]) && !isNumber(w.core);
}

/** Is word k a plain word followed by a preposition and a capitalised name ("path to Winthrop Mill")? */
function placeNamed(s: string, words: readonly Word[], k: number): boolean {
  const [w, prep, name] = [words[k]!, words[k + 1], words[k + 2]];
  if (!prep || !name || !plain(w, s) || w.coreEnd !== w.end || !PLACE_PREPOSITIONS.has(prep.core)) return false;
  const oneSpace = (a: Word, b: Word) => s.slice(a.end, b.start) === ' ';
  return oneSpace(w, prep) && prep.coreEnd === prep.end && oneSpace(prep, name) && UPPER.test(s[name.coreStart] ?? '');
}
const PLACE_PREPOSITIONS = new Set('to of at in on from near'.split(' '));

/**
 * What a number counts, when no unit list names it: a plural written in lower case, four letters
 * or more, not a function word ("eleven shillings", "3 guineas", "37 workers"; not "1905 was").
 */
const countedThings = (w: Word, s: string) =>
  /^\p{Ll}[\p{L}]{2,}s$/u.test(s.slice(w.coreStart, w.coreEnd)) && !NO_END_WORDS.has(w.core);

// A unit written with a slash ("68 km/h", "9.81 m/s", "0.5 mg/l").
const SLASH_UNIT = /^\p{L}{1,4}\/\p{L}{1,4}$/u;
const isUnit = (w: Word) => UNITS.has(w.core) || SLASH_UNIT.test(w.core);
// What "per" says after a number: "15 per cent", "£38 per annum", "£2 per head".
const PER_WHAT = new Set('cent mille annum hour day week month year night head person mile'.split(' '));
const ORDINAL = /^\p{N}{1,2}(?:st|nd|rd|th)$/u;
const CLOCK_JOIN = new Set(['past', 'to', 'before', 'after']);
const ARTICLES = new Set(['a', 'an']);
// Places and things a number names: "platform 7", "gate 12", "Table 2".
const NUMBERED = new Set(
  'platform gate room table seat bay stand pier berth track door floor level row coach carriage cabin locker pew stall unit flat apartment suite ward bed page chapter verse exit junction terminal court pitch lane box hall aisle bin shelf dock hangar plot bench block wing zone cage pen kennel rack pontoon mooring studio classroom lab field'.split(
    ' ',
  ),
);

// The words that label a code, besides a numbered place's ("Ref", "Ticket", "Flight" beside "Room", "Stand").
const CODE_LABELS: ReadonlySet<string> = new Set([
  ...NUMBERED,
  ...'ref reference no id code case ticket job order invoice lot batch serial sku booking account item part po pin plot entry tag badge flight site zone block office lab bench desk shelf bin rack dock pod booth studio wing'.split(
    ' ',
  ),
]);

/**
 * Does word `w` say the number right after it — a currency's code its amount ("CHF 236.40", not
 * "CHF"), a numbered place its number ("platform 7", "Room S14", not "platform")? It ends no value
 * then; the number alone is a value too ("… comes to EUR", "… in Room").
 */
function saysItsNumber(s: string, w: Word, next: Word): boolean {
  if (s.slice(w.end, next.start) !== ' ' || w.coreEnd !== w.end || next.coreStart !== next.start) return false;
  const code = CURRENCY_CODES.includes(s.slice(w.coreStart, w.coreEnd)) && /^\p{N}/u.test(next.core);
  return code || (NUMBERED.has(w.core) && /^\p{L}?\p{N}/u.test(next.core) && next.core.length <= 5);
}

/**
 * Word boundaries inside one quantity: glued[k] = words k and k+1 belong together (one space
 * between them on one line; punctuation between only in "September 19, 1850" and a month's
 * short form, "Nov. 2nd, 1858").
 */
function gluedBoundaries(s: string, words: readonly Word[]): boolean[] {
  const glued = new Array<boolean>(words.length).fill(false);
  const spaced = (k: number) => k + 1 < words.length && s.slice(words[k]!.end, words[k + 1]!.start) === ' ';
  // word k ends at its core and word k+1 starts at its core: nothing but one space between
  // (a log's "key=value" pairs are fields, not one quantity: "ref=HMB-5527 guests=112")
  // (but a key's number goes on with its unit: "value=118 bar")
  const keyed = (k: number) => {
    const w = s.slice(words[k]!.start, words[k]!.end);
    return w.includes('=') && !(k + 1 < words.length && /=[-+]?\d[\d.,]*$/.test(w) && isUnit(words[k + 1]!));
  };
  const tight = (k: number) =>
    spaced(k) &&
    words[k]!.coreEnd === words[k]!.end &&
    words[k + 1]!.coreStart === words[k + 1]!.start &&
    !keyed(k) &&
    !keyed(k + 1);
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k]!.core;
    const b = words[k + 1]!.core;
    if (tight(k)) {
      if (
        isNumber(a) &&
        (isNumber(b) || isUnit(words[k + 1]!) || countedThings(words[k + 1]!, s) || words[k + 1]!.month)
      )
        glued[k] = true;
      if (words[k]!.month && /^\p{N}/u.test(b)) glued[k] = true;
      // "twenty past six", "quarter to five", "a quarter before six" — a clock's minutes and hour, not
      // a change's or a range's two numbers ("drops from 85 to 78": writer 14; "from 10 to 12")
      if (
        CLOCK_JOIN.has(b) &&
        atMost(a, 59) &&
        tight(k + 1) &&
        atMost(words[k + 2]!.core, 12) &&
        !(k > 0 && /^(?:from|between)$/.test(words[k - 1]!.core))
      )
        glued[k] = glued[k + 1] = true;
      // "an hour and three quarters", "two hours and ten minutes", "a pound and a half"
      if (b === 'and' && k > 0 && glued[k - 1] && isUnit(words[k]!) && tight(k + 1)) {
        const c = words[k + 2]!;
        const article = ARTICLES.has(c.core) && tight(k + 2) && isNumber(words[k + 3]!.core);
        if (isNumber(c.core) || article) glued[k] = glued[k + 1] = true;
        if (article) glued[k + 2] = true;
      }
      // "a quarter", "an hour", "a dozen": a quantity said with its article
      if (ARTICLES.has(a) && (isNumber(b) || isUnit(words[k + 1]!) || b === 'dozen' || b === 'fortnight'))
        glued[k] = true;
      // "15 per cent", "£38 per annum"
      if (b === 'per' && isNumber(a) && tight(k + 1) && PER_WHAT.has(words[k + 2]!.core))
        glued[k] = glued[k + 1] = true;
      // "14th of March", "the 14th of March"
      if (b === 'of' && ORDINAL.test(a) && tight(k + 1) && words[k + 2]!.month) {
        glued[k] = glued[k + 1] = true;
        if (k > 0 && words[k - 1]!.core === 'the' && tight(k - 1)) glued[k - 1] = true;
      }
      // a quantity in two units: "2 hours 45 minutes", "5 feet 11 inches"
      if (k > 0 && glued[k - 1] && isUnit(words[k]!) && isNumber(b) && tight(k + 1) && isUnit(words[k + 2]!))
        glued[k] = true;
    }
    // a month's short form with its dot before the day: "Nov. 2nd"
    const w = words[k]!;
    if (
      w.month &&
      spaced(k) &&
      s.slice(w.coreEnd, w.end) === '.' &&
      words[k + 1]!.coreStart === words[k + 1]!.start &&
      /^\p{N}/u.test(b)
    )
      glued[k] = true;
    // "September 19, 1850": the day's comma, then the year
    if (
      k > 0 &&
      glued[k - 1] &&
      words[k - 1]!.month &&
      spaced(k) &&
      s.slice(w.coreEnd, w.end) === ',' &&
      /^\d{4}$/.test(b)
    )
      glued[k] = true;
  }
  return glued;
}

// A quoted phrase of several words on one line: opened after a space, "=", "(", "[", ":" or ","
// (or at a line's start), closed by its own mark before a non-word character.
const QUOTED =
  /(?<=^|[\s=([:,])(?:"([^"\n]{3,80})"|'([^'\n]{3,80})'|“([^”\n]{3,80})”|‘([^’\n]{3,80})’|`([^`\n]{3,80})`)(?![\p{L}\p{N}])/gmu;

// A number written with thousands' commas: 1–3 digits, then groups of three ("48,300", "1,250,000";
// "$48,250, compared with …": a comma before a space ends it).
const THOUSANDS = /(?<![\p{N},.])\p{N}{1,3}(?:,\p{N}{3})+(?!\p{N}|,\p{N})/gu;

// A list's number: "1. ", "2) " at a line's start or after a tab or two spaces.
const LIST_NUMBER = /(^|\t| {2})[ \t]*(\p{N}{1,2})[.)] (?=\S)/gmu;

// A key right before "=" and its value, no space between ("ref=HMB-5527", "guests=112").
const TIGHT_KEY = /(?<![^\s,;([{])[\p{L}_][\p{L}\p{N}_.-]*=(?=[^\s=])/gu;

// A JSON key: a quoted word or words right before a colon.
const QUOTED_KEY = /["']([^"'\n]{1,60})["']\s*:/gu;

/** [start, end) of the inner text of every quoted phrase of several words. */
function quotedPhrases(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of s.matchAll(QUOTED)) {
    const inner = m.slice(1).find((g) => g !== undefined)!;
    if (!/^[\p{L}\p{N}].*\s.*[\p{L}\p{N}]$/u.test(inner)) continue;
    const start = m.index! + 1;
    out.push([start, start + inner.length]);
  }
  return out;
}

// An ISO 8601 time stamp with its "T": the time after it (group 1).
const ISO_T_STAMP = /(?<![\p{L}\p{N}])\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}(?::\d{2})?)/gu;

/** Where values may start and end in one source text. */
export class ValueBounds {
  /** source offsets a value may start at, ascending */
  readonly starts: number[];
  private readonly noStart = new Set<number>();
  private readonly noEnd = new Set<number>();
  /** an ISO time stamp's time, after its "T", and where its date and its time end */
  private readonly isoOpens = new Set<number>();
  private readonly isoEnds = new Set<number>();
  /** where an ISO stamp's time ends, before its zone or fraction: a value that reaches it ends there */
  private readonly stampEnds = new Set<number>();
  /** where a number's unit ends ("75 mcg", "2.7 bar", "190°C"): a value that reaches one is whole */
  private readonly unitEnds = new Set<number>();

  /** `avoid`: words (lower-cased letters and digits) no value opens with — the request's own words */
  constructor(
    private readonly s: string,
    avoid?: ReadonlySet<string>,
  ) {
    const words = wordsOf(s);
    const glued = gluedBoundaries(s, words);
    // "the" opens a date said with it ("the 14th of March"), "a" a quantity ("a quarter before six"), function words as they are
    const opensWithArticle = new Set<number>();
    words.forEach((w, k) => {
      if (glued[k] && (w.core === 'the' || ARTICLES.has(w.core)) && !(k > 0 && glued[k - 1]))
        opensWithArticle.add(w.coreStart);
      if (glued[k]) this.noEnd.add(w.coreEnd).add(w.end);
      // (not a clock's "p.m.": its last dot is its own)
      else if (k > 0 && glued[k - 1] && isUnit(w) && DIGIT.test(words[k - 1]!.core) && !w.core.includes('.'))
        this.unitEnds.add(w.coreEnd);
      // (a diary line's hours open a value of their own after its date: "2024-03-05 08:50-12:20 …" is
      // asked when work got going — answer-dated-line.ts; a log's time stamp does not: "2024-07-09
      // 06:42 TRAILHEAD … planned return 19:30")
      if (k > 0 && glued[k - 1] && !(ISO_DAY.test(words[k - 1]!.core) && CLOCK_RANGE.test(w.core)))
        this.noStart.add(w.start).add(w.coreStart);
      if (NO_END_WORDS.has(w.core)) this.noEnd.add(w.coreEnd);
      if (insidePhrase(s, words, glued, k)) this.noEnd.add(w.coreEnd);
      // a place's name says where a thing is: "the path to Winthrop Mill", not "the path"
      if (placeNamed(s, words, k)) this.noEnd.add(w.coreEnd);
      // a title says its name: "Miss Pellworth", not "Miss"
      const next = words[k + 1];
      if (TITLES.has(w.core) && next && s.slice(w.end, next.start) === ' ' && UPPER.test(s[next.coreStart] ?? ''))
        this.noEnd.add(w.coreEnd).add(w.end);
      if (next && saysItsNumber(s, w, next)) this.noEnd.add(w.coreEnd);
      // an address goes on past its house number to its street's name ("It is 3." of "3 Mill Lane")
      if (/^\d/.test(w.core) && w.coreStart === w.start) {
        const street = STREET_AT.exec(s.slice(w.start, w.start + 64));
        if (street) for (const sp of street[0].matchAll(/,?\s+/g)) this.noEnd.add(w.start + sp.index!);
      }
    });
    for (const m of s.matchAll(QUOTED_KEY)) this.noStart.add(m.index! + 1);
    // a key written against its value opens none and ends none ("ref=HMB-5527" opens at "HMB-5527";
    // "RH=61.4% threshold=55%" says "61.4%", not "61.4% threshold")
    for (const m of s.matchAll(TIGHT_KEY)) {
      this.noStart.add(m.index!);
      this.noEnd.add(m.index! + m[0].length - 1);
    }
    // a list's number is no value ("3. 41% (share …)  4. 1,204 metres": not "4")
    for (const m of s.matchAll(LIST_NUMBER)) this.noStart.add(m.index! + m[0].length - m[2]!.length - 2);
    // a negative number keeps its sign ("-23.4 °C", not "23.4")
    for (const m of s.matchAll(SIGNED)) this.noStart.add(m.index! + 1);
    // a vehicle's plate is one value ("KX19 TFE", not "KX19": writers 6 and 131)
    for (const m of s.matchAll(/(?<![\p{L}\p{N}])[A-Z]{1,3}\d{1,4} [A-Z]{2,3}(?![\p{L}\p{N}])/gu)) {
      const space = m.index! + m[0].indexOf(' ');
      this.noEnd.add(space);
      this.noStart.add(space + 1);
    }
    // a percentage keeps its sign ("2.6%", not "2.6"), a temperature its degrees and scale ("190°C",
    // "33.8 °C", not "190": writers 10, 117 and 138)
    for (const m of s.matchAll(/\p{N}[%‰]/gu)) this.noEnd.add(m.index! + 1);
    for (const m of s.matchAll(/\p{N}(\s?[°º])(\s?[CFK](?![\p{L}\p{N}]))?/gu)) {
      for (let i = m.index! + 1; i < m.index! + m[0].length; i++) this.noEnd.add(i);
      this.unitEnds.add(m.index! + m[0].length);
    }
    // a number's thousands ("EUR 48,300", "Attendance: 6,418") is one value: no end at its commas, no start after them
    for (const m of s.matchAll(THOUSANDS))
      for (let i = m.index!; i < m.index! + m[0].length; i++) {
        if (s[i] !== ',') continue;
        this.noEnd.add(i);
        this.noStart.add(i + 1);
      }
    // a quoted phrase opens at its first word (not at its mark) and ends at its last
    for (const [a, b] of quotedPhrases(s)) {
      this.noStart.add(a - 1);
      for (let i = a + 1; i < b; i++) {
        this.noStart.add(i);
        this.noEnd.add(i);
      }
    }
    // an ISO time stamp's date and time are values of their own ("2024-07-19T03:41:07Z": asked the
    // time, "03:41:07" — writer 145), its "T" and zone no part of either
    for (const m of s.matchAll(ISO_T_STAMP)) {
      const t = m.index! + 11;
      this.isoOpens.add(t);
      this.noStart.delete(t);
      this.isoEnds.add(t - 1).add(t + m[1]!.length);
      this.stampEnds.add(t + m[1]!.length);
    }
    const wordAhead = new Array<boolean>(s.length + 1).fill(false); // a letter or digit before the next space
    for (let i = s.length - 1; i >= 0; i--)
      wordAhead[i] = WORD_CHAR.test(s[i]!) || (!SPACE.test(s[i]!) && wordAhead[i + 1]!);
    const starts = new Set<number>();
    for (let i = 0; i < s.length; i++) {
      if (!this.opensWord(i, wordAhead)) continue;
      // a version's "v" is no part of it: "v20.11" opens at "20.11"
      const at = /[vV]/.test(s[i]!) && DIGIT.test(s[i + 1] ?? '') ? i + 1 : i;
      // an opening bracket or quote is no part of the value: "(ingrid.solvang@example.org)" opens at its
      // word, '"-12"' at its sign, and '">=18.17"' at none ('It is ".' copied the mark alone: writer 103)
      if (OPENING.test(s[at]!)) {
        if (/^[-−+]\p{N}/u.test(s.slice(at + 1, at + 3)) && !this.noStart.has(at + 1)) starts.add(at + 1);
        continue;
      }
      if (this.noStart.has(at) || (avoid && saysOnly(avoid, s, at) && !opensWithArticle.has(at)) || insideName(s, at))
        continue;
      starts.add(at);
    }
    this.starts = [...starts].sort((a, b) => a - b);
  }

  private opensWord(i: number, wordAhead: readonly boolean[]): boolean {
    const s = this.s;
    if (SPACE.test(s[i]!) || !wordAhead[i]) return false;
    if (i === 0 || s[i - 1] === '\n' || s[i - 1] === '\r') {
      // a line's first word only when it holds a digit ("v21.7.3: fixed …", "2024-05-01 deploy …")
      // or opens in lower case ("kick remainder auto is the importer motto …"): not a sentence's opener
      const word = /^\S*/.exec(s.slice(i, i + 64))![0];
      // (or a numbered place's noun and its number: "Table 7 (by the dance floor): …")
      const numbered =
        NUMBERED.has(word.toLowerCase()) && /^ \p{L}?\p{N}/u.test(s.slice(i + word.length, i + word.length + 3));
      return DIGIT.test(word) || /^\p{Ll}/u.test(word) || numbered;
    }
    const prev = s[i - 1]!;
    if (prev === ' ' || prev === '\t' || this.isoOpens.has(i)) return true;
    // a range's second end after its hyphen: "13:00-20:00", "1812-1815" (not a code's "55-0812", a date's "2024-07")
    if (prev === '-' && rangeSecondAt(s, i)) return true;
    // a port after its host's name: "cache-02.internal:6380/3" opens at "6380" too
    if (prev === ':' && PORT_AFTER_HOST.test(s.slice(Math.max(0, i - 2), i + 7))) return true;
    // after a separator (",Valeria", "(ingrid", '"Fatima', "=R938"), not a joiner inside a word
    const joined = JOINER.test(prev) && i >= 2 && WORD_CHAR.test(s[i - 2]!);
    // (or a price's sign there: "(£2.75/m)", "-£86.40" open at "£")
    return (WORD_CHAR.test(s[i]!) || priceSignAt(s, i)) && !WORD_CHAR.test(prev) && !joined;
  }

  /** Does an ISO stamp's time end before offset q ("03:41:07" of "2024-07-19T03:41:07Z")? */
  stampEndsAt(q: number): boolean {
    return this.stampEnds.has(q);
  }

  /** Does a number's unit end before offset q (a quantity is whole there: "75 mcg", "190°C")? */
  unitEndsAt(q: number): boolean {
    return this.unitEnds.has(q);
  }

  /**
   * May a value end before offset q? Where a word ends: at the end, before whitespace, or before
   * punctuation that does not join a next word (a run of joiners followed by a letter or digit
   * joins: "://" of "https://npm", "." of "21.7.3", "-" of "55-0812") — not inside a name, a glued
   * quantity or on a function word.
   */
  endsAt(q: number): boolean {
    const s = this.s;
    if (this.noEnd.has(q) || insideName(s, q + 1) || namePairAt(s, q)) return false;
    if (this.isoEnds.has(q)) return true;
    // a weekday goes on with the date after it: "due Friday 21 November" is one date, not "Friday"
    if (WEEKDAY_BEFORE.test(s.slice(Math.max(0, q - 10), q)) && DAY_MONTH_AFTER.test(s.slice(q, q + 24))) return false;
    // nor without its time ("Thursday at 4:15pm"); a firm's name goes on past "&" ("Marsh & Ilkley"),
    // a size past "x" ("6m x 4m"), a number past "and a half" ("Six and a half miles")
    if (WEEKDAY_BEFORE.test(s.slice(Math.max(0, q - 10), q)) && TIME_AFTER.test(s.slice(q, q + 16))) return false;
    if (FIRM_AFTER.test(s.slice(q, q + 4)) && CAPITALISED_BEFORE.test(s.slice(Math.max(0, q - 32), q))) return false;
    if (SIZE_AFTER.test(s.slice(q, q + 5)) && /\p{N}\p{L}{0,3}$/u.test(s.slice(Math.max(0, q - 4), q))) return false;
    if (/^ and a (?:half|quarter)\b/.test(s.slice(q, q + 16))) return false;
    // an initial goes on with its name: "M. Tullock", not "It is M." (nor "It is K." of "K. Amundsen")
    if (INITIAL_BEFORE.test(s.slice(Math.max(0, q - 2), q)) && NAME_AFTER_INITIAL.test(s.slice(q, q + 4))) return false;
    // a value does not end with the comma, colon or semicolon after it ('"spite dictate device,"')
    if (/[,;:]["'”’)\]]*$/.test(s.slice(Math.max(0, q - 4), q))) return false;
    if (q >= s.length || SPACE.test(s[q]!)) return true;
    if (WORD_CHAR.test(s[q]!)) return false;
    let r = q;
    while (r < s.length && JOINER.test(s[r]!)) r++;
    return !(r > q && r < s.length && WORD_CHAR.test(s[r]!));
  }
}
