// Answer copy on a turn (src/runtime/answer-copy-turn.ts): which text each frame copies from (a
// one-value reply the quote's best piece, a two-value reply the whole quote), the request's own
// words and function words opening no value, and when the reply is left free.
import { describe, expect, it } from 'vitest';
import { encodeFrames } from '../../../src/core/answer-copy';
import { answerCopyFor } from '../../../src/runtime/answer-copy-turn';
import { greedyVocab } from '../core/greedy-vocab';

const VOCAB = [
  '<|end|>',
  'It',
  ' is',
  'They',
  ' are',
  ' and',
  '.',
  ' 7390',
  ' 612',
  ' Harville',
  ' Croft',
  ' the',
  ' chest',
  ' rent',
  ' paid',
  ' keeps',
  ',',
  ' 14:40',
  ' 15:25',
  '–',
  ' |',
  ' Dentist',
];
const { encode, decode } = greedyVocab(VOCAB);
const frames = encodeFrames(['It is {value}.', 'They are {value} and {value}.'], encode);
const QUOTE = 'Croft paid the rent 612.\nHarville keeps the chest 7390.';
const BEST = 'Harville keeps the chest 7390.';

function turn(over: Partial<Parameters<typeof answerCopyFor>[0]> = {}) {
  return answerCopyFor({
    frames,
    source: QUOTE,
    best: BEST,
    checked: true,
    message: 'What is on the chest?',
    stopIds: [0],
    vocabSize: VOCAB.length,
    decode,
    ...over,
  });
}
const texts = (ids: readonly number[] | null | undefined) => (ids ?? []).map((id) => VOCAB[id]!).sort();

describe('answerCopyFor', () => {
  it('copies a one-value reply from the best piece, a two-value reply from the whole quote', () => {
    const next = turn({ message: 'What is on the chest and in the box?' })!;
    // not " 612" (another piece), not the line's opening word; the number said right after "chest"
    expect(texts(next(encode('It is')))).toEqual([' 7390']);
    expect(texts(next(encode('They are')))).toEqual([' 612', ' 7390', ' paid', ' rent']);
  });

  it('offers a reply of several values only to a request that joins several', () => {
    // "They are lamp and lamp." was the reply to "How many of the standing Quillon lights are left?"
    const next = turn()!;
    expect(next(encode('They are'))).toBeNull();
    expect(texts(next([]))).toEqual(['It']);
  });

  it('opens a one-value reply at a value of the kind asked for, when the source holds one', () => {
    // "What number …" asks for a quantity: " 7390", not " keeps"; two values may be of two kinds.
    const next = turn({ message: 'What number is on the chest, and in the box?' })!;
    expect(texts(next(encode('It is')))).toEqual([' 7390']);
    expect(texts(next(encode('They are')))).toEqual([' 612', ' 7390', ' paid', ' rent']);
    // "Who …" asks for a name, but the best piece's only name opens its line (no value starts there): every start stays open.
    expect(texts(turn({ message: 'Who keeps the chest?' })!(encode('It is')))).toEqual([' 7390']);
  });

  it('copies a completion’s value after its own words, to the end of the clause', () => {
    // the grammar of the completion "Harville keeps the" over `source`
    const completion = (source: string, best: string) =>
      answerCopyFor({
        frames: [{ literals: [[], []] }],
        source,
        best,
        checked: true,
        message: 'Harville keeps the',
        stopIds: [0],
        vocabSize: VOCAB.length,
        decode,
      })!;
    const next = completion(QUOTE, BEST);
    // the value after "keeps the" (answer rank may offer another opening within its margin: the
    // number, where a lower-case word opens few completions' values — the decoder chooses)
    expect(texts(next([]))).toContain(' chest');
    expect(texts(next(encode(' chest')))).toEqual([' 7390']); // no end before the clause's
    expect(next(encode(' chest 7390'))).toContain(0);
    // a comma ends the clause and the value: " chest 7390", not " chest 7390, the rent 612"
    const comma = 'Harville keeps the chest 7390, the rent 612.';
    expect(completion(comma, comma)(encode(' chest 7390'))).toEqual([0]);
    // … and so does a code comment
    const constant = 'Harville keeps the chest 7390  # the rent 612';
    expect(completion(constant, constant)(encode(' chest 7390'))).toContain(0);
  });

  it("opens a chat value of the kind asked for after the request's own words, where the source has them", () => {
    const source = 'Croft paid 7390 for the rent 612.';
    const next = turn({ message: 'How much did Croft pay for the rent?', source, best: source })!;
    expect(texts(next(encode('It is')))).toEqual([' 612']); // "for the rent" → 612, not the other count
    // a request of no kind: no reader forces one value; the readers' votes (answer-rank.ts) keep
    // both numbers open
    const free = turn({ message: 'What did Croft settle?', source, best: source })!;
    expect(texts(free(encode('It is')))).toEqual(expect.arrayContaining([' 612', ' 7390']));
    // asked what Croft paid, a sum (answer-verb-kind.ts): a number opens, no word
    const paid = turn({ message: 'What did Croft pay?', source, best: source })!;
    const sums = texts(paid(encode('It is')));
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.every((t) => [' 612', ' 7390'].includes(t))).toBe(true);
  });

  it("opens no value with the request's words or a function word", () => {
    const next = turn()!;
    for (const no of [' chest', ' the']) expect(texts(next(encode('It is')))).not.toContain(no);
  });

  it("opens no value with the previous request's words either (a follow-up asks what it asked)", () => {
    const next = turn({ message: 'And Harville?', previous: 'Who keeps the chest?' })!;
    expect(texts(next(encode('It is')))).toEqual([' 7390']); // not " keeps"
    // a follow-up that names only its subject is read with the request before it, not ranked by
    // readers that see no attribute in it (answer-copy.ts; the README suite's YAML follow-up)
    const yaml = 'uriel_praquiopeirk:\n  eighteen_date: July 11, 1902\n  Index Cond: (f1 = 101)';
    const words = yaml.match(/[\w]+/g)!.map((w) => ` ${w}`);
    const chars = ['<|end|>', 'It', ' is', '.', ...new Set([...words, ...yaml])];
    const vocab = greedyVocab(chars);
    const followUp = answerCopyFor({
      frames: encodeFrames(['It is {value}.'], vocab.encode),
      source: yaml,
      best: yaml,
      checked: true,
      message: 'What about Uriel Praquiopeirk?',
      previous: "What is Wanda's eighteen date?",
      stopIds: [0],
      vocabSize: chars.length,
      decode: vocab.decode,
    })!;
    expect(followUp(vocab.encode('It is'))!.map((id) => chars[id])).toContain(' July'); // ranked, only "Index", "f1", "101"
  });

  it('leaves the reply free with no frames, no check, or nothing quoted', () => {
    expect(turn({ frames: null })).toBeUndefined();
    expect(turn({ checked: false })).toBeUndefined();
    expect(turn({ source: '', best: '' })).toBeUndefined();
    // no best piece: a one-value reply copies from the whole quote
    expect(texts(turn({ best: '', message: 'What was said?' })!(encode('It is')))).toContain(' 612');
  });

  it("opens at a range's first end unless the request asks where it ends", () => {
    const source = 'Thu 9 Oct | 14:40–15:25 | Dentist';
    const at = (message: string) => texts(turn({ message, source, best: source })!(encode('It is')));
    expect(at('What time does my dentist appointment start?')).toEqual([' 14:40']);
    expect(at('What time does my dentist appointment end?')).toContain(' 15:25');
    // a range written with "to": its second end when asked until when; a change's "to" is no range
    const to = 'Dentist 14:40 to 15:25';
    const upTo = (message: string) => texts(turn({ message, source: to, best: to })!(encode('It is')));
    expect(upTo('When does my dentist appointment start?')).toEqual([' 14:40']);
    expect(upTo('Until when is my dentist appointment?')).toEqual([' 15:25']);
    const moved = 'Dentist moved from 14:40 to 15:25';
    const now = (message: string) => texts(turn({ message, source: moved, best: moved })!(encode('It is')));
    expect(now('When is my dentist appointment now?')).toEqual([' 15:25']);
  });
});
