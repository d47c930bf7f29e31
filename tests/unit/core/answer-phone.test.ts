// Which number a request for a phone asks (src/core/answer-phone.ts): a phone number, and of a
// contact card's numbers the one whose label the request says — worded as people ask.
import { describe, expect, it } from 'vitest';
import { phoneAt, phoneStarts } from '../../../src/core/answer-phone';

const card =
  'Contact: Priya Halvorsen, plumber. Mobile 07723 418 902, office 01632 960 448. Available weekdays 8 to 5.';
const starts = ['07723', '418', '902', '01632', '960', '448', '8 to', '5.'].map((w) => card.indexOf(w));
const at = (qs: number[]) => qs.map((q) => card.slice(q).split(/[\s,.]/)[0]);

describe('answer phone', () => {
  it('reads a phone number as seven digits or more, not a date nor an hour', () => {
    expect(phoneAt(card, card.indexOf('07723'))).toBe(true);
    expect(phoneAt(card, card.indexOf('8 to'))).toBe(false);
    expect(phoneAt('+44 (0)1632 960448', 0)).toBe(true);
    expect(phoneAt('2024-03-11 09:42', 0)).toBe(false);
    expect(phoneAt('4,500 rpm for 12 min', 0)).toBe(false);
    // (on one line: a receipt's number and the next line's count are no phone)
    expect(phoneAt('Receipt #55812\n20 x 25kg layers pellets', 9)).toBe(false);
  });

  it('keeps the numbers the request asks by their label, else every phone number', () => {
    expect(at(phoneStarts(card, "What's the cell number for the plumber?", starts))).toEqual(['07723']);
    expect(at(phoneStarts(card, 'To reach Priya on her personal phone, you dial', starts))).toEqual(['07723']);
    expect(at(phoneStarts(card, 'Which number rings the office of the plumber? Her work phone?', starts))).toEqual([
      '01632',
    ]);
    expect(at(phoneStarts(card, 'What is the plumber’s phone number?', starts))).toEqual(['07723', '01632']);
    // not asked a phone: every start stays
    expect(at(phoneStarts(card, 'What is the plumber’s order number?', starts))).toEqual(at(starts));
  });
});
