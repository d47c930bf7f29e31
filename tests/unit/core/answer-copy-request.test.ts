// Answer copy over whole requests (src/core/answer-copy.ts): which values a one-value reply may open
// with, read through the grammar itself with a vocabulary of single characters — the first character
// of each opening it allows after "It is". Sources and wordings of writers 109, 119, 123, 127
// (training/recall/guard.py): a change's old date beside a weekday that names a meeting, an
// appointment's row time under a dated heading, an initialism the request spells out.
import { describe, expect, it } from 'vitest';
import { AnswerCopyGrammar, TokenTexts, encodeFrames } from '../../../src/core/answer-copy';
import { answerKind } from '../../../src/core/answer-kind';
import { wordsNoValueOpens } from '../../../src/core/answer-value-bounds';

const CHARS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(i + 32)), '£', '€', '–', '’'];
const TEXTS = [...CHARS, ...CHARS.map((c) => ` ${c}`), '<|end|>'];
const vocab = new TokenTexts(TEXTS.length, (id) => TEXTS[id]!);
const encode = (text: string) => [...text].map((c) => TEXTS.indexOf(c));
const FRAMES = encodeFrames(['It is {value}.'], encode);

/** The first characters of the values a chat reply to `request` may open with. */
function opensWith(source: string, request: string): string[] {
  const g = new AnswerCopyGrammar({
    frames: FRAMES,
    source,
    stopIds: [TEXTS.length - 1],
    vocab,
    avoid: wordsNoValueOpens(request),
    kind: answerKind(request),
    follows: { text: request, onlyOfKind: true },
    about: { request, previous: '' },
  });
  const ids = g.allowed(encode('It is')) ?? [];
  return [...new Set(ids.map((id) => TEXTS[id]!.trim()))].sort();
}

describe('answer copy, request by request', () => {
  it("opens the new date of a change, not the old one nor a meeting's weekday", () => {
    const minutes =
      'Minutes, Tuesday leads meeting: Agreed to move the Hollowtide launch from 28 February 2025 to 14 March 2025.';
    expect(opensWith(minutes, "After the certification delay, what is the game's new release day?")).toEqual(['1']);
  });

  it("opens a change's new value, though the old one's decimals hold dots (not read as a range)", () => {
    const minutes = 'Committee meeting 4 March: agreed to raise the casual gym pass from 5.50 to 6.00 from 1 April.';
    expect(opensWith(minutes, 'How much will a casual gym pass cost from April?')).toEqual(['6']);
  });

  it('opens a money value at its symbol', () => {
    const sale = 'FOR SALE - 14 Quillon Terrace. Price reduced from £412,000 to £389,950 for a quick sale.';
    expect(opensWith(sale, 'Following the reduction, what is the Quillon Terrace cottage listed at?')).toEqual(['£']);
  });

  it("opens an appointment's row time under a dated heading", () => {
    const book =
      'APPOINTMENTS - Tuesday 14 May (Consult Room 2)\n09:00 | Biscuit (beagle) | Mrs. Adeyemi | booster\n' +
      '09:40 | Moose (Newfoundland) | R. Tallowby | lame, left hind';
    expect(opensWith(book, 'When is the big Newfoundland with the sore back leg due to be seen?')).toEqual(['0']);
  });

  it('reads an initialism the request spells out', () => {
    const minutes = 'Minutes, committee meeting 4 Feb. Item 3: AGM agreed for Tuesday 19 March.';
    expect(opensWith(minutes, 'When is the annual general meeting going to take place?')).toEqual(['T']);
  });
});
