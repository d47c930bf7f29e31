// The person a "Who …" request asks (issue 16, answer copy — src/core/answer-copy.ts): of the names
// a quoted line holds, those written as people are written. Asked "Who is at the helm of the Quillon
// Players' revival?" of "… at the Corran Street Playhouse …. Directed by Fenella Oduya", the demo
// model answered "It is Corran Street Playhouse."; asked "Who was the teacher that wrote up my boy's
// report?" of "Year 5 report for Toby: … Mrs Okonkwo notes …", "It is Toby.". Capitalised words
// name places, firms and things as often as people; what tells a person apart is how the text
// writes the name, not the name: a title or a relation before it ("Mrs Okonkwo", "cousin Freda"), a
// first name and a surname that name no place ("Fenella Oduya", not "Harrowgate Close"), and not a
// place's article or preposition before it ("at the Golden Ostrich", "of Saxmundham", "at 9
// Harrowgate Close"), nor a letter's greeting ("Dear Ms Okonjo": the one written to, not the one
// asked). A reader with no list of people's names reads those marks; ties stay for the
// nearest-words reader (answer-near.ts). Pure logic over words.

import { TITLES } from './answer-value-bounds.ts';

// A name's words from a start: capitalised words one space apart (a title's dot, a possessive, a hyphen inside).
const NAME_RUN = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}/u;

// A word of a place's, a firm's or a thing's name (not the words that are surnames as often: "Hall",
// "Marsh", "Wood", "Hill") ("Harrowgate Close", "Halvercombe Museum",
// "Aldeburgh Philatelic Society", "Harrowgate Grammar").
const PLACE_WORDS: ReadonlySet<string> = new Set(
  'road street close avenue drive crescent square terrace gardens grove mews wharf quay point beach island river lake forest fen valley farm cottage manor lodge tower castle abbey church chapel cathedral school academy college university grammar institute library museum gallery theatre theater playhouse cinema centre center hospital clinic surgery station airport harbour harbor inn hotel pub tavern cafe café restaurant shop market council office department ministry society club league association union trust team group company ltd inc llc plc corp partners services systems bank building wing room ward suite shield cup trophy award prize festival'.split(
    ' ',
  ),
);
// Before a place: its article or preposition ("at the Golden Ostrich", "of Saxmundham", "in Dunhallow"),
// a house number ("9 Harrowgate Close").
// ("of" only before one word: "of Saxmundham", not "daughter of Thomas Hebden")
const PLACE_BEFORE = /(?:\b(?:the|in|at|from|near|into|via)|\p{N})\s+$/iu;
const OF_BEFORE = /\bof\s+$/i;
// Before a person: a title ("Mrs Okonkwo", "Dr. Paul Iyer") or a kinship's or a relation's word ("cousin Freda").
const PERSON_BEFORE =
  /\b(?:mr|mrs|ms|mx|dr|miss|sir|prof|cousin|nephew|niece|son|daughter|wife|husband|grandson|granddaughter|grandmother|grandfather|granny|grandma|grandpa|friend|colleague|neighbou?r)\.?\s+$/i;
// A letter's greeting: the name after it is the one written to.
const GREETING_BEFORE = /\b(?:dear|hi|hello|hey|morning|afternoon|evening)\s+(?:\p{Lu}[\p{L}.]*\s+)?$/iu;

/** How plainly a start's name is written as a person's: 2 titled (or a relation's), or a first name and surname; 1 one word; 0 a place's. */
function personLike(source: string, q: number): number {
  const before = source.slice(Math.max(0, q - 24), q);
  if (GREETING_BEFORE.test(before)) return 0;
  const run = NAME_RUN.exec(source.slice(q, q + 96))?.[0];
  if (run === undefined) return 0;
  const words = run.split(' ').map((w) =>
    w
      .replace(/['’]s$/u, '')
      .replace(/[^\p{L}]+/gu, '')
      .toLowerCase(),
  );
  // (a title before the name, or the start at the title itself)
  if (TITLES.has(words[0]!) || PERSON_BEFORE.test(before)) return 2;
  if (words.some((w) => PLACE_WORDS.has(w)) || PLACE_BEFORE.test(before)) return 0;
  if (words.length === 1 && OF_BEFORE.test(before)) return 0;
  return words.length >= 2 ? 2 : 1;
}

/** Of `starts` (names asked "who"), those written most plainly as a person's (ties stay); all when none is. */
export function personStarts(source: string, starts: readonly number[]): number[] {
  if (starts.length < 2) return [...starts];
  const scored = starts.map((q) => ({ q, s: personLike(source, q) }));
  const best = Math.max(...scored.map((x) => x.s));
  return best === 0 ? [...starts] : scored.filter((x) => x.s === best).map((x) => x.q);
}
