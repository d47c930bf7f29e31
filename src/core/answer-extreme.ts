// The value a limit or an extreme says (issue 16, answer copy — src/core/answer-copy.ts): a request
// that asks for the most or the least of something ("What's the most naproxen I could take in a
// day?", "the strongest burst of wind", "the least she would accept") is answered by the value the
// source marks as a maximum or a minimum, in whatever words it marks it ("never more than 500 mg",
// "max gust 71 km/h", "Lowest I'll go is £165", "not exceeding 8 puffs", "mem_limit: 768m") — not by
// the first or the nearest value of its clause ("one 250 mg tablet twice a day for ten days …").
// The request and the source rarely share the word (most ~ never more than, strongest ~ max), so
// the match is on the direction, not the word. Pure logic over words.

/** Which end of a range a text asks for or marks. */
type Direction = 'max' | 'min';

// A request asks a maximum: "most" (not "most recent", "most often": an order or a frequency, not an
// amount), a superlative of size or strength, a limit's own words ("cap", "ceiling", "upper limit").
const MAX_ASKED =
  /\b(?:most(?! (?:recent|recently|likely|often|frequently|popular|common|commonly|important|of|people|famous|visited|used)\b)|max|maximum|highest|largest|biggest|greatest|strongest|heaviest|longest|fastest|hottest|warmest|tallest|furthest|farthest|peak|cap|ceiling|upper limit|limit)\b/i;
// A request asks a minimum: "least" (not "at least" of a request's own condition: "… at least once?"
// asks no amount — kept simple: "at least" asks one too), a superlative of smallness.
const MIN_ASKED = /\b(?:least|lowest|smallest|fewest|minimum|min|shortest|coldest|cheapest|floor)\b/i;

// A source marks a maximum or a minimum: the word (an identifier's part too: "mem_limit", "max_retries"),
// a comparison that bounds ("never more than", "up to", "not exceeding", "at least"; "more than" after a
// negation: "No tenant shall keep more than 6 hens"), a verb of a peak.
const MAX_SAID =
  /(?<!\p{L})(?:(?:no|not|never|none|nobody|cannot|can't|mustn't)(?!\p{L})[^.;!?\n]{0,48}?more than|max|maximum|peak|peaked|peaking|highest|most|up to|not exceed|not exceeding|not to exceed|limit|limited to|capped at|cap|ceiling|high of|record high|top speed)(?!\p{L})/giu;
const MIN_SAID =
  /(?<!\p{L})(?:min|minimum|lowest|least|at least|no less than|not less than|never less than|no fewer than|not below|low of|floor|bottomed out at)(?!\p{L})/giu;

/** Words between a limit's word and its value, at most ("max gust 71", "the maximum the following day was only -15.8"). */
const REACH = 5;
// A sentence's, a clause's or a line's end stands between a limit's word and any value past it.
const STOP = /[.;!?](?:\s|$)|\n/;

/** The direction a request asks, or null (both, or neither). */
export function extremeAsked(request: string): Direction | null {
  const max = MAX_ASKED.test(request);
  const min = MIN_ASKED.test(request);
  return max === min ? null : max ? 'max' : 'min';
}

/**
 * Of `starts`, those a word of the direction the request asks marks (the first start after each such
 * word, within REACH words and the same clause); all of `starts` when the request asks no extreme
 * or the source marks none.
 */
export function startsAfterExtreme(source: string, request: string, starts: readonly number[]): number[] {
  const asked = extremeAsked(request);
  if (asked === null || starts.length < 2) return [...starts];
  const out = new Set<number>();
  for (const m of source.matchAll(asked === 'max' ? MAX_SAID : MIN_SAID)) {
    const from = m.index! + m[0].length;
    const q = starts.find((x) => x >= from);
    if (q === undefined) continue;
    const between = source.slice(from, q);
    if (STOP.test(between)) continue;
    if ((between.match(/[\p{L}\p{N}'’]+/gu) ?? []).length > REACH) continue;
    out.add(q);
  }
  return out.size > 0 ? [...out].sort((a, b) => a - b) : [...starts];
}
