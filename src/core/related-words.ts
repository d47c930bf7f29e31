// Related words (issue 16, "recall that does not care about wording"; answer copy's readers —
// src/core/answer-near.ts, answer-sliding.ts): a request says "the back tyres", the line says
// "rear: 36"; "the reservation code", "Booking ref QX7-44B"; "the reason for incident INC-5012",
// "Cause: intermediate cert expired". A reader matching words by stem alone sees none of these. The
// words WordNet puts in one synset with one of a word's two commonest senses
// (src/core/related-words.json, written by `python3 -m training.recall.related_words`) count beside
// a value at half the word's own weight: a synset of a common sense still holds words nobody means
// ("employment" is also "use"), and the word itself, where the source says it, is the surer mark.
// No maintained library gives synsets to the browser in a few hundred kilobytes, so the table is
// ours (WordNet 3.0 licence: permissive; its notice travels in the table, `licence`).
// Pure logic.

import table from './related-words.json';
import { sameStem } from './answer-table.ts';

/** How much a related word counts beside a value, where the word itself counts 1. */
export const RELATED_WEIGHT = 0.5;

let groupsOf: Map<string, number[]> | null = null;
let lemmaOf: Map<string, string> | null = null;
let wordsOfGroup: string[][] = [];

function load(): [Map<string, number[]>, Map<string, string>] {
  if (groupsOf === null || lemmaOf === null) {
    groupsOf = new Map();
    wordsOfGroup = table.groups.split('\n').map((line) => line.split(' '));
    wordsOfGroup.forEach((line, g) => {
      for (const w of line) {
        const at = groupsOf!.get(w);
        if (at) at.push(g);
        else groupsOf!.set(w, [g]);
      }
    });
    lemmaOf = new Map(table.forms.split('\n').map((line) => line.split(' ') as [string, string]));
  }
  return [groupsOf, lemmaOf];
}

// A regular inflection's endings and what each stood for ("bookings" → "booking", "replied" → "reply").
const ENDINGS: ReadonlyArray<[string, string]> = [
  ['ies', 'y'],
  ['ied', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['d', ''],
];

/** The table's groups of a word (lower case), by itself, its irregular form's lemma, or a regular ending taken off. */
function groups(word: string): number[] {
  const [byWord, lemmas] = load();
  const out = new Set<number>(byWord.get(word) ?? []);
  const lemma = lemmas.get(word);
  if (lemma !== undefined) for (const g of byWord.get(lemma) ?? []) out.add(g);
  for (const [ending, stood] of ENDINGS) {
    if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
    for (const g of byWord.get(word.slice(0, -ending.length) + stood) ?? []) out.add(g);
  }
  return [...out];
}

const cache = new Map<string, ReadonlySet<number>>();

function groupSet(word: string): ReadonlySet<number> {
  let s = cache.get(word);
  if (s === undefined) {
    s = new Set(groups(word));
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}

/** Do two words (lower case) share a synset of one's commonest senses? ("back", "rear": yes; "back", "table": no) */
export function related(a: string, b: string): boolean {
  if (a === b) return false;
  const ga = groupSet(a);
  if (ga.size === 0) return false;
  for (const g of groupSet(b)) if (ga.has(g)) return true;
  return false;
}

/** The words (lower case) that share a group with `word`, other than itself ("damp" → "moist", "dampen", …). */
export function relatedWords(word: string): string[] {
  const out = new Set<string>();
  for (const g of groupSet(word)) for (const w of wordsOfGroup[g]!) if (w !== word) out.add(w);
  return [...out];
}

/**
 * How much `word` says `asked` (both lower case): 1 sharing its stem (answer-table.ts `sameStem`),
 * RELATED_WEIGHT related, else 0.
 */
export function wordMatch(asked: string, word: string): number {
  return sameStem(asked, word) ? 1 : related(asked, word) ? RELATED_WEIGHT : 0;
}
