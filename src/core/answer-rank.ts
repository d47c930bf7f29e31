// Answer rank (issue 16, "recall that does not care about wording"; learned): answer copy's readers
// (src/core/answer-copy.ts) each keep the value openings their own rule prefers — the clause that says
// the request (answer-clause.ts), the value after the request's words (answer-place.ts), the window
// that says most of it (answer-sliding.ts), the person's name, the current value, the extreme … — and
// applied one after another, the first reader to narrow the openings decided: a clause that said one
// incidental word of the request outvoted the value right after "bounced:". Here each reader votes on
// all the openings, and weights learned over the readers' votes and the word each opening begins with
// on writers 1–146's cases (`python3 -m training.recall.answer_rank`, src/core/answer-rank.json)
// choose: a logistic model of which opening holds the answer (a softmax over the openings of one
// request), its features split by the reply's framing and the kind asked (a completion's clause
// reader is not a chat reply's). The
// chain's own choice is one of the votes. No library fits a model this small to this data in the
// browser; the weights are fitted offline and read here.
// Pure logic.

import type { AnswerKind } from './answer-kind.ts';
import { MONTHS, WEEKDAYS, WEEKDAYS_SHORT } from './answer-value-bounds.ts';
import table from './answer-rank.json';

/** The readers that vote, in the order of the features (`chain`: the readers applied one after another). */
export const RANK_READERS = [
  'current',
  'extreme',
  'placeKind',
  'clause',
  'person',
  'near',
  'following',
  'about',
  'placed',
  'sliding',
  'line',
  'chain',
] as const;
export type RankReader = (typeof RANK_READERS)[number];

/** The openings of one request and each reader's vote on them. */
export interface ReaderVotes {
  /** the text the values are copied from */
  source: string;
  /** the value openings every reader chose among (source offsets, ascending) */
  starts: readonly number[];
  /** each reader's kept openings (a reader that keeps all, or none, says nothing) */
  votes: Readonly<Record<RankReader, readonly number[]>>;
  /** a completion's value (it finishes the request's words) or a chat reply's */
  framing: 'chat' | 'completion';
  kind: AnswerKind | null;
}

// The feature groups: every request, its framing, the kind it asks.
const KINDS: ReadonlyArray<AnswerKind | null> = [null, 'name', 'count', 'date', 'time', 'code', 'address', 'colour'];
const GROUPS = ['all', 'chat', 'completion', ...KINDS.map((k) => `kind:${k ?? 'none'}`)];
const PER_GROUP = [...RANK_READERS, 'first', 'position', 'capitalWord', 'lowerWord'];

/**
 * The features' names, in order: "group/reader" (a reader's vote for the opening), "group/first",
 * "group/position", "group/capitalWord", "group/lowerWord".
 */
export const RANK_FEATURES: readonly string[] = GROUPS.flatMap((g) => PER_GROUP.map((f) => `${g}/${f}`));

// A date's words: a month's or a weekday's name ("March", "Thu", "Sundays").
const CALENDAR: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS, ...WEEKDAYS_SHORT]);
const FIRST_WORD = /^\p{L}[\p{L}'’-]*/u;

/**
 * What the opening's text begins with: [a capitalised word, a lower-case word] — [0, 0] for a
 * number, a symbol, or a month's or a weekday's name (a date's). Asked which cheese or which band, a
 * reply's word ("labneh", "Velvet Tides"), not the number or the day beside it; the weights learn
 * where each counts (writers 1–146, out of fold: the best opening held the answer 0.589 → 0.605).
 */
export function wordShape(source: string, q: number): [number, number] {
  const w = FIRST_WORD.exec(source.slice(q, q + 40))?.[0];
  if (w === undefined) return [0, 0];
  const lower = w.toLowerCase();
  if (CALENDAR.has(lower) || (lower.endsWith('s') && CALENDAR.has(lower.slice(0, -1)))) return [0, 0];
  return w[0] !== lower[0] ? [1, 0] : [0, 1];
}

/**
 * Each opening's features ([starts][RANK_FEATURES]): per group the request belongs to, 1 for each
 * reader that keeps the opening while dropping others, 1 for the first opening, its place (0 … 1),
 * the word it begins with (`wordShape`).
 */
export function rankFeatures(v: ReaderVotes): number[][] {
  const n = v.starts.length;
  const mine = new Set(['all', v.framing, `kind:${v.kind ?? 'none'}`]);
  const kept = RANK_READERS.map((r) => {
    const s = new Set(v.votes[r]);
    return s.size > 0 && s.size < n ? s : null;
  });
  return v.starts.map((q, i) => {
    const own = [
      ...kept.map((s) => (s?.has(q) ? 1 : 0)),
      i === 0 ? 1 : 0,
      n > 1 ? i / n : 0,
      ...wordShape(v.source, q),
    ];
    return GROUPS.flatMap((g) => (mine.has(g) ? own : own.map(() => 0)));
  });
}

/** The learned model: a weight per feature, and how far below the best score an opening is still offered. */
export interface RankWeights {
  features: readonly string[];
  weights: readonly number[];
  margin: number;
}

export const SHIPPED_RANK: RankWeights = table;

// (whether a model's weights were fitted to these features, checked once per model)
const fitted = new WeakMap<RankWeights, boolean>();
const fitsFeatures = (model: RankWeights): boolean => {
  let ok = fitted.get(model);
  if (ok === undefined) {
    ok = model.features.length === RANK_FEATURES.length && model.features.every((f, i) => f === RANK_FEATURES[i]);
    fitted.set(model, ok);
  }
  return ok;
};

/**
 * The openings whose score is within the model's margin of the best (the model's decoder chooses
 * among them); the chain's choice when the weights were fitted to other features. `features`: the
 * votes' features when the caller already has them (`rankFeatures(v)`). Only openings the `current`
 * reader keeps may be chosen (answer-superseded.ts: not the value a change started from, when another
 * remains) — they are voted on all the same, as the weights were fitted: the old value beside the new
 * one out-scored it where its clause said the request ("rises from £2.10 to £2.35"), and dropping it
 * before the vote moved the other openings' places and lost "31 May" to a "Thursday" beside it.
 */
export function rankedStarts(
  v: ReaderVotes,
  model: RankWeights = SHIPPED_RANK,
  features: readonly (readonly number[])[] = [],
): number[] {
  if (v.starts.length < 2 || v.votes.chain.length === 0 || !fitsFeatures(model)) return [...v.votes.chain];
  const x = features.length === v.starts.length ? features : rankFeatures(v);
  const scores = x.map((row) => row.reduce((s, xi, i) => s + xi * model.weights[i]!, 0));
  const current = new Set(v.votes.current);
  const may = v.starts.map((q) => current.size === 0 || current.has(q));
  const best = Math.max(...scores.filter((_, i) => may[i]));
  return v.starts.filter((_, i) => may[i] && scores[i]! >= best - model.margin);
}
