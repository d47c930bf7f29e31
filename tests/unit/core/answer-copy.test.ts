import { describe, expect, it } from 'vitest';
import { AnswerCopyGrammar, TokenTexts, encodeFrames } from '../../../src/core/answer-copy';
import { greedyVocab } from './greedy-vocab';

// A small vocabulary in the shape of byte-level BPE: words with and without their leading space,
// pieces of words, punctuation, one special token and one byte piece of a character.
const VOCAB = [
  '<|end|>',
  ' called',
  ' Tobias',
  ' Wren',
  ' of',
  ' Miss',
  ' Pellworth',
  ' Taunton',
  'It',
  ' is',
  'They',
  ' are',
  ' and',
  '.',
  ',',
  '"',
  '-',
  ':',
  ' (',
  ')',
  ' 7390',
  ' 73',
  '90',
  ' 6',
  '12',
  ' 612',
  ' pounds',
  ' 55',
  '08',
  ' sea',
  ' chest',
  ' numbered',
  ' his',
  ' charts',
  ' in',
  ' a',
  ' keeps',
  ' Captain',
  'Captain',
  ' Harville',
  ' Fatima',
  'Fatima',
  ' Mayfield',
  ' indigo',
  ' amber',
  ' the',
  ' door',
  ' gate',
  ' red',
  ' blue',
  ' 11',
  ' 42',
  ' Code',
  '\uFFFD',
  ' ingrid',
  '@',
  'example',
  'ingrid',
  ' -',
  '>',
  ' gone',
  ' example',
];
const vocab = new TokenTexts(VOCAB.length, (id) => VOCAB[id]!);

const { encode } = greedyVocab(VOCAB);

const FRAMES = encodeFrames(['It is {value}.', 'They are {value} and {value}.'], encode);

function grammarFor(source: string) {
  const g = new AnswerCopyGrammar({ frames: FRAMES, source, stopIds: [0], vocab });
  const allowedText = (reply: string) => {
    const a = g.allowed(reply === '' ? [] : encode(reply));
    return a === null ? null : a.map((id) => VOCAB[id]!).sort();
  };
  return { g, allowedText };
}

describe('AnswerCopyGrammar', () => {
  const quote = 'Captain Harville keeps his charts in a sea chest numbered 7390.';

  it('opens with a frame, without the space before its slot', () => {
    expect(FRAMES[0]!.literals).toEqual([encode('It is'), encode('.')]);
    const { allowedText } = grammarFor(quote);
    expect(allowedText('')).toEqual(['It', 'They']);
    expect(allowedText('It')).toEqual([' is']);
  });

  it('fills a value with a word of the source, after the frame’s space', () => {
    const { allowedText } = grammarFor(quote);
    const first = allowedText('It is')!;
    expect(first).toEqual(
      expect.arrayContaining([' Harville', ' keeps', ' sea', ' chest', ' numbered', ' 7390', ' 73', ' a', ' in']),
    );
    // the line's opening word is no value start; " 6" or " pounds" occur nowhere in it
    for (const no of [' Captain', ' 6', ' pounds', '.']) expect(first).not.toContain(no);
  });

  it('continues the copied text or closes the frame where a word ends', () => {
    const { allowedText } = grammarFor(quote);
    expect(allowedText('It is 73')).toEqual(['90']); // inside "7390" the value cannot end
    expect(allowedText('It is 7390')).toEqual(['.']); // the frame's '.' (the source's own '.' is the same token)
    // "sea chest numbered": plain words in a row make one phrase, which no value ends inside
    expect(allowedText('It is sea')).toEqual([' chest']);
    expect(allowedText('It is sea chest')).toEqual([' numbered']);
    expect(allowedText('It is sea chest numbered 7390.')).toEqual(['.', '<|end|>']);
  });

  it('does not let a value end inside a word or before punctuation that goes on', () => {
    const { allowedText } = grammarFor('Admiral Croft paid 612 pounds; account 55-0812.');
    expect(allowedText('It is pounds')).toBeNull(); // "612 pounds" is one quantity: no value opens at its unit
    expect(allowedText('It is 612')).toEqual([' pounds']); // nor ends before it
    expect(allowedText('It is 6')).toEqual(['12']); // " 6" opens "612" but is no value
    expect(allowedText('It is 55')).toEqual(['-']); // "55" is followed by "-0812"
  });

  it('re-tokenizes a value written after punctuation with the frame’s space', () => {
    const { allowedText } = grammarFor('contact = "Fatima Mayfield", mail (ingrid@example) -> gone');
    const first = allowedText('It is')!;
    expect(first).toEqual(expect.arrayContaining([' Fatima', ' ingrid']));
    expect(first).not.toContain(' ('); // an opening bracket is no part of the value: it opens at "ingrid"
    expect(first).not.toContain(' -'); // "->" holds no letter or digit: no value
    expect(first).not.toContain(' example'); // "example" of "ingrid@example" follows a joiner
    expect(allowedText('It is Fatima')).toEqual([' Mayfield']); // a name is copied whole
    expect(allowedText('It is Fatima Mayfield')).toEqual(['"', '.'].sort());
  });

  it('opens no value with a word of the request (avoid), though a value may go on through one', () => {
    const g = new AnswerCopyGrammar({
      frames: FRAMES,
      source: quote,
      stopIds: [0],
      vocab,
      avoid: new Set(['harville', 'sea']),
    });
    const first = g.allowed(encode('It is'))!.map((id) => VOCAB[id]!);
    expect(first).not.toContain(' Harville');
    expect(first).not.toContain(' sea');
    expect(first).toContain(' 7390');
    expect(g.allowed(encode('It is a'))!.map((id) => VOCAB[id]!)).toContain(' sea'); // "a sea chest"
    // A word that says more than the request's words opens a value; a possessive of one does not.
    const mail = new AnswerCopyGrammar({
      frames: FRAMES,
      source: "The mail of Harville's clerk: ingrid.solvang@example.org",
      stopIds: [0],
      vocab,
      avoid: new Set(['harville', 'ingrid', 'the', 'of']),
    });
    const open = mail.allowed(encode('It is'))!.map((id) => VOCAB[id]!);
    expect(open).toContain(' ingrid');
    expect(open).not.toContain(' Harville');
  });

  it('keeps a name whole: no value opens at its second word or ends before it, a title aside', () => {
    const { allowedText } = grammarFor('hired from a man called Tobias Wren and a Miss Pellworth of Taunton.');
    const first = allowedText('It is')!;
    expect(first).toContain(' Tobias');
    expect(first).not.toContain(' Wren'); // "Wren" of "Tobias Wren"
    expect(first).toContain(' Pellworth'); // after the title "Miss"
    expect(allowedText('It is Tobias')).toEqual([' Wren']); // no end before "Wren"
    expect(allowedText('It is Tobias Wren')).toEqual([' a', ' and', '.'].sort()); // (" a": the first letters of " and")
  });

  it('rejects a value the source does not hold: no parse, so no constraint', () => {
    const { allowedText } = grammarFor(quote);
    expect(allowedText('It is 612')).toBeNull();
    expect(allowedText('Captain')).toBeNull();
  });

  it('fills both values of the two-value frame', () => {
    const { allowedText } = grammarFor('Code red: the door is indigo and the gate is amber.');
    const next = allowedText('They are indigo')!;
    expect(next).toContain(' and'); // the frame's " and", also the source's (" a" too: its first letters)
    expect(next).not.toContain(' amber');
    const second = allowedText('They are indigo and')!;
    expect(second).toEqual(expect.arrayContaining([' amber', ' the']));
    expect(second).not.toContain(' indigo'); // the second value is copied from another place
    expect(allowedText('They are indigo and amber')).toEqual(['.']);
  });

  it('copies the values of one reply from different places, a repeated value from its two places', () => {
    const { allowedText } = grammarFor('the door is amber and the gate is amber.');
    expect(allowedText('They are amber and')).toContain(' amber');
    expect(allowedText('They are amber and amber')).toContain('.');
    const once = grammarFor('colours: red and blue');
    expect(once.allowedText('They are red and blue and')).toBeNull(); // "red and blue" taken whole
  });

  it('continues every occurrence of the copied text; joining punctuation keeps a value open', () => {
    const { allowedText } = grammarFor('A Code red: 11. A Code blue: 42. Build 55-08.');
    expect(allowedText('It is 55')).toEqual(['-']);
    expect(allowedText('It is Code')).toEqual([' red', ' blue', '.'].sort());
    expect(allowedText('It is Code blue')).toEqual([':', '.'].sort());
    expect(allowedText('It is Code blue:')).toEqual([' 42']); // no value ends with its colon
  });

  it('leaves special tokens and byte pieces out of the vocabulary, and needs a value start', () => {
    expect(vocab.idOf('<|end|>')).toBeUndefined();
    expect(vocab.idOf('\uFFFD')).toBeUndefined();
    expect(vocab.idOf(' sea')).toBe(VOCAB.indexOf(' sea'));
    expect(new AnswerCopyGrammar({ frames: FRAMES, source: 'Captain', stopIds: [0], vocab }).usable).toBe(false);
    expect(() => encodeFrames(['It is.'], encode)).toThrow(/without \{value\}/);
  });
});
