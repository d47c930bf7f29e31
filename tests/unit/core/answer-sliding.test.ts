// The sliding-window reader across a source (src/core/answer-sliding.ts): of openings left in several
// lines and clauses, those whose nearby words say most of the request, rare words counting more.
import { describe, expect, it } from 'vitest';
import { startsInSlidingWindow } from '../../../src/core/answer-sliding';
import { valuesKept } from './value-openings';

const pick = (source: string, request: string, keep: RegExp) =>
  valuesKept(source, request, keep, startsInSlidingWindow);

describe('startsInSlidingWindow', () => {
  it("takes the value the request's words stand before, across clauses and sentences", () => {
    const rent = 'Rent on the flat rises from £875 to £940 per calendar month from 1 May. The deposit stays at £1,000.';
    const money = /^£/;
    expect(pick(rent, 'What is the deposit?', money)).toEqual(['£1,000']);
    // (the word the request asks about, "deposit", counts twice: "flat" beside the rent does not tie it)
    expect(pick(rent, 'What is the deposit on the flat?', money)).toEqual(['£1,000']);
    const match =
      'Harlow Vale drew 2-2 at home and sit on 28 points. Wendbury lost again; their manager has 14 games left to save them.';
    expect(pick(match, "How many games are left for Wendbury's manager?", /^\d+\b(?!-)/)).toEqual(['14']);
  });

  it('weighs a word by how rare it is in the source: a word every line says locates nothing', () => {
    const log = [
      'Service record: oil change at 12,400 miles.',
      'Service record: front brake pads at 51,870 miles.',
      'Service record: timing belt at 58,402 miles.',
    ].join('\n');
    expect(pick(log, 'What was the service record mileage when the brake pads were done?', /^\d/)).toEqual(['51,870']);
  });

  it("credits no word across a line's end or a table's bar", () => {
    const row = '| Vexoprazine | 0.15 mg/kg IV | q8h | max 12 mg/day |';
    expect(pick(row, 'What is the most Vexoprazine a patient may take?', /^\d/)).toEqual(['0.15', '12']);
    const lines = 'Mon-Fri: 09:00-20:00\nSat: 10:00-14:00';
    expect(pick(lines, 'When does it close on Sat?', /^\d\d:/)).toEqual(['10:00-14:00']);
  });

  it('leaves the starts as they were where no window says a word asked', () => {
    const note = 'Wi-Fi code is TULIP-4471. Spare key under the green can, code 2291.';
    expect(pick(note, 'What password do I type to get online?', /^(?:TULIP|\d)/)).toEqual(['TULIP-4471', '2291']);
    expect(pick('Only 7 here.', 'How many?', /^\d/)).toEqual(['7']);
  });
});
