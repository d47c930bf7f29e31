// Answer copy over whole requests (src/core/answer-copy.ts): which values a one-value reply may open
// with, read through the grammar itself with a vocabulary of single characters — the first character
// of each opening it allows after "It is". Sources and wordings of writers 109, 119, 123, 127
// (training/recall/guard.py): a change's old date beside a weekday that names a meeting, an
// appointment's row time under a dated heading, an initialism the request spells out; and what a
// reply may go on with after a value (a number's unit, a plate's second part: writers 10, 40, 131, 135).
import { describe, expect, it } from 'vitest';
import { AnswerCopyGrammar, TokenTexts, encodeFrames } from '../../../src/core/answer-copy';
import { answerKind } from '../../../src/core/answer-kind';
import { wordsNoValueOpens } from '../../../src/core/answer-value-bounds';

const CHARS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(i + 32)), '£', '€', '–', '’', '°'];
const TEXTS = [...CHARS, ...CHARS.map((c) => ` ${c}`), '<|end|>'];
const vocab = new TokenTexts(TEXTS.length, (id) => TEXTS[id]!);
const encode = (text: string) => [...text].map((c) => TEXTS.indexOf(c));
const FRAMES = encodeFrames(['It is {value}.'], encode);

/** The grammar of a chat reply "It is {value}." to `request` over `source`. */
const chatReply = (source: string, request: string) =>
  new AnswerCopyGrammar({
    frames: FRAMES,
    source,
    stopIds: [TEXTS.length - 1],
    vocab,
    avoid: wordsNoValueOpens(request),
    kind: answerKind(request),
    follows: { text: request, onlyOfKind: true },
    about: { request, previous: '' },
  });

/** The first characters of the values a chat reply to `request` may open with. */
function opensWith(source: string, request: string): string[] {
  const ids = chatReply(source, request).allowed(encode('It is')) ?? [];
  return [...new Set(ids.map((id) => TEXTS[id]!.trim()))].sort();
}

/** What a chat reply to `request` may go on with after "It is " and `value`. */
function nextAfter(source: string, request: string, value: string): string[] {
  const reply = [...encode('It is'), TEXTS.indexOf(` ${value[0]}`), ...encode(value.slice(1))];
  return [...new Set((chatReply(source, request).allowed(reply) ?? []).map((id) => TEXTS[id]!))].sort();
}

describe('answer copy, request by request', () => {
  it("ends a number at its unit's end, and not before it (writers 10, 40, 131, 135)", () => {
    const oven = 'Bake at 190°C for 25 minutes until golden.';
    const asked = 'What temperature should I set the oven to for this dish?';
    expect(nextAfter(oven, asked, '190')).not.toContain('.');
    expect(nextAfter(oven, asked, '190°C')).toEqual(['.']);
    const prep = 'Wed AM prep: romesco 4 L, aioli 2 L';
    expect(nextAfter(prep, 'How much romesco sauce should the morning shift make on Wednesday?', '4')).not.toContain(
      '.',
    );
    expect(nextAfter(prep, 'How much romesco sauce should the morning shift make on Wednesday?', '4 L')).toEqual(['.']);
    const log = 'WARN bridge-ctrl: jet bridge J2 hydraulic pressure low (value=118 bar, min=140 bar)';
    expect(nextAfter(log, 'What reading did the hydraulics on bridge J2 show?', '118')).not.toContain('.');
    expect(nextAfter(log, 'What reading did the hydraulics on bridge J2 show?', '118 bar')).toEqual(['.']);
    // (a plate is one value: "KX19 TFE", not "KX19")
    const book = '14/03 | in 15:20 | Graham Oduya | car reg: KX19 TFE | out 16:45';
    expect(nextAfter(book, 'Which number plate did Graham Oduya write down?', 'KX19')).not.toContain('.');
    // (an ISO stamp's time is a value of its own, ended before its zone: writer 145)
    const warn = '2024-07-19T03:41:07Z WARN prv-station=ELM-RIDGE measured_psi=71';
    const when = 'At what time did the Elm Ridge station throw its warning?';
    expect(opensWith(warn, when)).toContain('0');
    expect(nextAfter(warn, when, '03:41:07')).toEqual(['.']);
  });

  it("opens the new date of a change, not the old one nor a meeting's weekday", () => {
    const minutes =
      'Minutes, Tuesday leads meeting: Agreed to move the Hollowtide launch from 28 February 2025 to 14 March 2025.';
    expect(opensWith(minutes, "After the certification delay, what is the game's new release day?")).toEqual(['1']);
  });

  it("opens a change's new value, though the old one's decimals hold dots (not read as a range)", () => {
    const minutes = 'Committee meeting 4 March: agreed to raise the casual gym pass from 5.50 to 6.00 from 1 April.';
    expect(opensWith(minutes, 'How much will a casual gym pass cost from April?')).toEqual(['6']);
  });

  it('asked when, of no kind, opens only a date or a clock time', () => {
    const text = 'Lena (stage mgr): Harp van stuck on the A614 - new ETA at the hall is 19:05, not 18:20.';
    expect(opensWith(text, 'When is the harp now expected to turn up at the venue?')).toEqual(['1']);
    // (a completion's scene is no question: "When mature, …" asks a colour here)
    const seed = "Sweet pepper 'Calloway Sun' (cat. SP-309), sown 12 March: fruits ripen from green to tangerine.";
    expect(opensWith(seed, 'When mature, Calloway Sun fruits change from green to')).toContain('t');
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
