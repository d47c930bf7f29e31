// The sliding-window reader across the whole source (issue 16, answer copy — src/core/answer-copy.ts):
// after the rules of kind, clause and place have narrowed where a value may open, several openings
// often remain in different lines and clauses — "12 April: sowed three rows of Boltardy beetroot by
// the shed", "Kestra (Matt's ranger) landed … the Amulet of Brine, which Orrin the cleric …" — and the
// demo model, which does not read, took one of them by its own preference. The classic baseline of
// extractive reading (Richardson et al., MCTest 2013: the sliding window) takes the opening whose
// nearby words say most of the request's content words, each weighted by how rare it is in the
// source (a word every line says locates nothing), nearer words counting more, words before the
// value more than words after it. `startsNearAsked` (answer-near.ts) weighs a clause's values
// against each other; this weighs all of them. A window stops at a line's end and a table's cell
// bar: a record's other lines and a row's other cells are other values' words (the table rules
// read those: answer-table.ts). Where no opening has an asked word near it, all stay. Pure logic
// over words; measured on writers 1–29 offline first, held-out writers 30–35 after
// (docs/memory-check.md, "Six writers more, and the sliding window").

import { contentWords } from './answer-clause.ts';
import { WORD_RUN } from './answer-value-bounds.ts';
import { sameStem } from './answer-table.ts';
import { askedWeight } from './answer-near.ts';
import { wordMatch } from './related-words.ts';

/** Words before a value, and after it, that count as beside it. */
const BEFORE = 8;
const AFTER = 3;
// A line's end or a table's cell bar stands between a value and the words of other records.
const APART = /\n|\|/;

/**
 * Of `starts` (offsets into `source`), those whose window scores highest: for each content word of
 * `request` (matched by stem, or at RELATED_WEIGHT by a related word: related-words.ts), the nearest
 * occurrence within BEFORE words before the opening (weight 1 / (1 + 0.25 · words between)) or AFTER
 * words after it (half that), times the word's rarity in the source, log((n + 1) / (1 + its
 * occurrences)); ties all stay, and all stay when no window says an asked word.
 */
export function startsInSlidingWindow(source: string, request: string, starts: readonly number[]): number[] {
  if (starts.length < 2) return [...starts];
  const asked = contentWords(request).filter((a) => !a.includes(' '));
  if (asked.length === 0) return [...starts];
  const words = [...source.matchAll(WORD_RUN)].map((m) => ({ w: m[0].toLowerCase(), at: m.index! }));
  const n = words.length;
  // (the words the request asks about weigh more: answer-near.ts `askedWeight`)
  const weight = askedWeight(request);
  const rarity = asked.map((a) => Math.log((n + 1) / (1 + words.filter((x) => sameStem(a, x.w)).length)) * weight(a));
  const scored = starts.map((q) => {
    // the opening's place among the words (the first word at or after it)
    let at = words.findIndex((x) => x.at >= q);
    if (at < 0) at = n;
    let score = 0;
    asked.forEach((a, k) => {
      let best = 0;
      for (let i = Math.max(0, at - BEFORE); i < Math.min(n, at + 1 + AFTER); i++) {
        // (the value's own first word is not beside it; a related word counts less: related-words.ts)
        const match = i === at ? 0 : wordMatch(a, words[i]!.w);
        if (match === 0) continue;
        const [from, to] = i < at ? [words[i]!.at, q] : [q, words[i]!.at];
        if (APART.test(source.slice(from, to))) continue;
        const between = Math.abs(i - at) - 1;
        best = Math.max(best, (match * (i < at ? 1 : 0.5)) / (1 + 0.25 * between));
      }
      score += best * rarity[k]!;
    });
    return { q, score };
  });
  const top = Math.max(...scored.map((x) => x.score));
  return top <= 0 ? [...starts] : scored.filter((x) => x.score >= top - 1e-9).map((x) => x.q);
}
