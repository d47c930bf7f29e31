// Answer rank (src/core/answer-rank.ts): each reader votes on every value opening; the features
// say, per group (every request, its framing, its kind), which readers keep an opening while
// dropping others; learned weights choose the openings within the margin of the best score.
import { describe, expect, it } from 'vitest';
import {
  RANK_FEATURES,
  RANK_READERS,
  SHIPPED_RANK,
  rankFeatures,
  rankedStarts,
  type RankReader,
  type ReaderVotes,
  type RankWeights,
  wordShape,
} from '../../../src/core/answer-rank';

// (openings at 10, 20 and 30: a capitalised word, a lower-case word, a date)
const source = `${'·'.repeat(10)}Larch roomlabneh    31 March. `;
const starts = [10, 20, 30];
const votes = (over: Partial<Record<RankReader, number[]>>): ReaderVotes['votes'] =>
  Object.fromEntries(RANK_READERS.map((r) => [r, over[r] ?? starts])) as unknown as ReaderVotes['votes'];
const model = (w: Record<string, number>, margin = 0): RankWeights => ({
  features: RANK_FEATURES,
  weights: RANK_FEATURES.map((f) => w[f] ?? 0),
  margin,
});
const at = (name: string) => RANK_FEATURES.indexOf(name);

describe('rankFeatures', () => {
  it("marks a reader's vote for the openings it keeps, in the request's groups only", () => {
    const x = rankFeatures({ source, starts, votes: votes({ clause: [20] }), framing: 'chat', kind: 'count' });
    expect(x).toHaveLength(3);
    expect(x.map((row) => row[at('all/clause')])).toEqual([0, 1, 0]);
    expect(x.map((row) => row[at('chat/clause')])).toEqual([0, 1, 0]);
    expect(x.map((row) => row[at('kind:count/clause')])).toEqual([0, 1, 0]);
    // (not the groups it is not in)
    expect(x.map((row) => row[at('completion/clause')])).toEqual([0, 0, 0]);
    expect(x.map((row) => row[at('kind:name/clause')])).toEqual([0, 0, 0]);
    // (the first opening, and each opening's place)
    expect(x.map((row) => row[at('all/first')])).toEqual([1, 0, 0]);
    expect(x.map((row) => row[at('all/position')])).toEqual([0, 1 / 3, 2 / 3]);
    // (the word each opens with)
    expect(x.map((row) => row[at('chat/capitalWord')])).toEqual([1, 0, 0]);
    expect(x.map((row) => row[at('kind:count/lowerWord')])).toEqual([0, 1, 0]);
    expect(x.map((row) => row[at('completion/lowerWord')])).toEqual([0, 0, 0]);
  });

  it("reads the word an opening begins with: a capitalised or a lower-case one, not a date's", () => {
    const shape = (text: string) => wordShape(`: ${text}`, 2);
    expect(['Velvet Tides', 'BRT Two', 'R-22', 'Élodie'].map(shape)).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 0],
    ]);
    expect(['labneh', 'crab apple', 'may be late'].map(shape)).toEqual([
      [0, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(['Thursday', 'Sundays', 'Sept 4', '14 March', '£12.50', '07:30', '#4471'].map(shape)).toEqual(
      Array(7).fill([0, 0]),
    );
  });

  it('reads a reader that keeps every opening, or none, as no vote', () => {
    const x = rankFeatures({
      source,
      starts,
      votes: votes({ about: [], near: starts }),
      framing: 'completion',
      kind: null,
    });
    for (const r of ['about', 'near', 'clause']) expect(x.map((row) => row[at(`kind:none/${r}`)])).toEqual([0, 0, 0]);
  });
});

describe('rankedStarts', () => {
  const v: ReaderVotes = { source, starts, votes: votes({ clause: [30], chain: [10] }), framing: 'chat', kind: null };

  it('lets the readers the weights trust outvote the chain', () => {
    expect(rankedStarts(v, model({ 'all/chain': 1 }))).toEqual([10]);
    expect(rankedStarts(v, model({ 'all/chain': 1, 'all/clause': 2 }))).toEqual([30]);
    // (a vote counts in its framing's group too: a chat reply's clause, not a completion's)
    expect(rankedStarts(v, model({ 'all/chain': 1, 'completion/clause': 2 }))).toEqual([10]);
  });

  it('chooses only among the openings the current reader keeps, though all are voted on', () => {
    // (the old value out-scores the others by its votes, and is still no answer)
    const old = { ...v, votes: votes({ chain: [10], clause: [30], current: [20, 30] }) };
    expect(rankedStarts(old, model({ 'all/chain': 3, 'all/clause': 1 }))).toEqual([30]);
    // (a current reader that keeps every opening leaves the choice to the weights)
    expect(rankedStarts({ ...old, votes: votes({ chain: [10] }) }, model({ 'all/chain': 3 }))).toEqual([10]);
  });

  it('offers every opening within the margin of the best (the decoder chooses among them)', () => {
    expect(rankedStarts(v, model({ 'all/chain': 1, 'all/clause': 0.8 }, 0.5))).toEqual([10, 30]);
    expect(rankedStarts(v, model({ 'all/chain': 1, 'all/clause': 0.8 }, 0.1))).toEqual([10]);
  });

  it("keeps the chain's choice with one opening, an empty chain, or weights fitted to other features", () => {
    expect(rankedStarts({ ...v, starts: [10], votes: votes({ chain: [10] }) }, model({ 'all/clause': 1 }))).toEqual([
      10,
    ]);
    expect(rankedStarts({ ...v, votes: votes({ clause: [30], chain: [] }) }, model({ 'all/clause': 1 }))).toEqual([]);
    const other = { features: ['all/clause'], weights: [5], margin: 0 };
    expect(rankedStarts(v, other)).toEqual([10]);
  });

  it('ships weights for these features, fitted out of fold better than the chain', () => {
    expect(SHIPPED_RANK.features).toEqual(RANK_FEATURES);
    expect(SHIPPED_RANK.weights.every(Number.isFinite)).toBe(true);
    expect(SHIPPED_RANK.weights[at('all/chain')]).toBeGreaterThan(0);
  });
});
