// The value nearest the request's words (issue 16, answer copy — src/core/answer-copy.ts): of the
// values of the kind asked that a clause holds, a reader takes the one the request's words stand
// beside — "The new pianoforte arrived at Fernleigh Cottage on Tuesday, having cost my father
// forty-two guineas, though the tuner who came with it charged a further nine shillings" asked "How
// much did the father end up paying …": "father" stands beside "forty-two guineas", not "nine
// shillings". The classic sliding-window reader's distance term (Richardson et al., MCTest 2013),
// over words matched by stem; a question paraphrased past every word of the fact leaves the starts
// as they were. Pure logic over words.

import { CLAUSE_BREAK, contentWords, spanAround } from './answer-clause.ts';
import { WORD_RUN } from './answer-value-bounds.ts';
import { sameStem } from './answer-table.ts';
import { attributeAsked } from './answer-kind.ts';
import { wordMatch } from './related-words.ts';

/** Words of `text` from `from`: each with its offset, lower case. */
function wordsOf(text: string, from: number): Array<{ w: string; at: number }> {
  return [...text.matchAll(WORD_RUN)].map((m) => ({ w: m[0].toLowerCase(), at: from + m.index! }));
}

/**
 * Of `starts`, those whose clause's words matching the request's content words (by stem, or at
 * RELATED_WEIGHT by a related word: related-words.ts) stand
 * nearest them: each asked word the clause says within NEAR words of a start, not across a cell's
 * bar or a list's "and", adds 1 / (1 + the words between) before it, half of 1 / (2 + them) after it
 * (past the value's first word); in each clause the highest sum wins (ties stay; a clause that says
 * no asked word near any start keeps them all). Clause against clause is `startsInClauseAsked`'s call.
 */
export function startsNearAsked(source: string, request: string, starts: readonly number[]): number[] {
  const asked = contentWords(request).filter((a) => !a.includes(' '));
  if (asked.length === 0 || starts.length < 2) return [...starts];
  const breaks = [...source.matchAll(CLAUSE_BREAK)].map((m) => m.index!);
  const weight = askedWeight(request);
  const scored = starts.map((q) => {
    const [s, e] = spanAround(source, q, breaks);
    const words = wordsOf(source.slice(s, e), s);
    // the start's place among the clause's words (the first word at or after it)
    let at = words.findIndex((x) => x.at >= q);
    if (at < 0) at = words.length;
    let score = 0;
    for (const a of asked) {
      let best = 0;
      words.forEach((x, i) => {
        // (the value's own first word is no word beside it; a related word counts less: related-words.ts)
        const match = i === at ? 0 : wordMatch(a, x.w);
        if (match === 0) return;
        const between = Math.abs(i - at) - 1;
        const [from, to] = i < at ? [x.at, q] : [q, x.at];
        if (between > NEAR || APART.test(source.slice(from, to))) return;
        // (a word after the value counts half: a value follows what it is said of — "my father
        // forty-two guineas", "the brig, the Wandering Kestrel")
        best = Math.max(best, match * (i < at ? 1 / (1 + between) : 0.5 / (2 + between)));
      });
      score += best * weight(a);
    }
    return { q, score, clause: s };
  });
  // (clause by clause: a start alone in its clause stays)
  const top = new Map<number, number>();
  for (const x of scored) top.set(x.clause, Math.max(top.get(x.clause) ?? 0, x.score));
  return scored.filter((x) => x.score === top.get(x.clause)).map((x) => x.q);
}

/** How much more a word the request asks about counts than its other words. */
const ATTRIBUTE_WEIGHT = 2;

/**
 * The weight of each of the request's words beside a value: ATTRIBUTE_WEIGHT for the words it asks
 * about (answer-kind.ts `attributeAsked`: "Container: TGHU-5520193", not the "340 crates" beside the
 * "ceramic tiles" that say which record), 1 for the others. Shared with answer-sliding.ts.
 */
export function askedWeight(request: string): (word: string) => number {
  const attribute = attributeAsked(request);
  return (word) => (attribute.some((x) => sameStem(word, x)) ? ATTRIBUTE_WEIGHT : 1);
}
/** Words between a value and a word beside it, at most. */
const NEAR = 3;
// A table's cell bar, or a list's "and" / "or", stands between items: "175 grams of caster sugar and
// three eggs", "| issued 02/04/2024 | expires 17/03/2027 |".
const APART = /\||\b(?:and|or)\b/i;
