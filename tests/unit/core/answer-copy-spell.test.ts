// Answer copy of characters a byte-level vocabulary writes only as byte tokens (src/core/answer-copy.ts,
// `spell`): "£" of "£12.75" is two byte tokens that decode to nothing alone, so no token's text holds
// it — the value is copied through the ids the tokenizer spells it with, and without `spell` it
// cannot be (the value opens at "12.75").
import { describe, expect, it } from 'vitest';
import { AnswerCopyGrammar, TokenTexts, encodeFrames } from '../../../src/core/answer-copy';
import { greedyVocab } from './greedy-vocab';

// ids 1 and 2: the two byte tokens of "£" (0xC2 0xA3), which decode to U+FFFD alone
const VOCAB = ['<|end|>', '\uFFFD', '\uFFFD', 'It', ' is', '.', ' ', ' 12', '12', '.75', ' TOTAL', ' Paid'];
const BYTES: Record<string, number[]> = { '£': [1, 2] };
const { encode: plain } = greedyVocab(VOCAB);
/** The tokenizer: "£" as its two byte tokens, everything else greedily. */
const encode = (text: string): number[] =>
  text.split(/(£)/).flatMap((part) => BYTES[part] ?? (part === '' ? [] : plain(part)));
const decode = (ids: readonly number[]) => {
  const s = ids.map((id) => VOCAB[id]!).join('');
  return s.replace(/\uFFFD\uFFFD/g, '£'); // (a byte pair decodes to its character)
};
const vocab = new TokenTexts(VOCAB.length, (id) => VOCAB[id]!);
const frames = encodeFrames(['It is {value}.'], plain);
const SOURCE = 'TOTAL £12.75';

function grammar(spell?: (text: string) => number[]) {
  return new AnswerCopyGrammar({ frames, source: SOURCE, stopIds: [0], vocab, ...(spell ? { spell } : {}) });
}
const texts = (ids: readonly number[] | null) => (ids ?? []).map((id) => VOCAB[id]!);

describe('answer copy of byte-spelled characters', () => {
  it('copies "£12.75" through the byte tokens the tokenizer spells "£" with', () => {
    const g = grammar(encode);
    const lead = encode('It is');
    expect(texts(g.allowed(lead))).toContain(' '); // " £" is spelled " ", 0xC2, 0xA3
    expect(g.allowed([...lead, 6])).toEqual([1]);
    expect(g.allowed([...lead, 6, 1])).toEqual([2]);
    expect(texts(g.allowed([...lead, 6, 1, 2]))).toContain('12');
    const reply = [...lead, 6, 1, 2, 8, 9];
    expect(g.allowed(reply)).toContain(5); // the value may end after "£12.75": the frame's "."
    expect(decode([...reply, 5])).toBe('It is £12.75.');
  });

  it('without the tokenizer, the value opens at the number after the symbol', () => {
    const g = grammar();
    const next = texts(g.allowed(encode('It is')));
    expect(next).toContain(' 12');
    expect(next).not.toContain(' ');
  });
});
