// When, on the line that says what is asked (src/core/answer-when-line.ts): of a date asked, an
// appointment's clock time where only a heading holds a date; a line that says the request and holds
// a value of the kind asked keeps it. Writers 123 and 124 (training/recall/guard.py).
import { describe, expect, it } from 'vitest';
import { whenOnLineAsked } from '../../../src/core/answer-when-line';
import { startsOfKind } from '../../../src/core/answer-kind';
import { FUNCTION_WORDS, ValueBounds } from '../../../src/core/answer-value-bounds';

const when = (source: string, request: string, kind: 'date' | 'time') => {
  const starts = new ValueBounds(source, FUNCTION_WORDS).starts;
  const ofKind = startsOfKind(source, starts, kind);
  return whenOnLineAsked(source, request, starts, kind, ofKind).map((q) => source.slice(q).split(/[\s|,]/)[0]);
};

describe('whenOnLineAsked', () => {
  const book =
    'APPOINTMENTS - Tuesday 14 May (Consult Room 2)\n09:00 | Biscuit (beagle) | Mrs. Adeyemi | booster\n' +
    '09:40 | Moose (Newfoundland) | R. Tallowby | lame, left hind';
  it("answers the row's clock time where only the heading is dated", () => {
    expect(when(book, 'When is the big Newfoundland with the sore back leg due to be seen?', 'date')).toEqual([
      '09:40',
    ]);
  });

  it('keeps the kind asked where a line that says the request holds it, or where no line says it', () => {
    const solo = 'STUDENT PROGRESS - Amara\nFirst solo: 19 April 2024, 11:42 local\nInstructor: C. Lindqvist';
    expect(when(solo, 'When did Amara go solo for the first time?', 'date')).toEqual(['19']);
    expect(when(book, 'When is the surgery open?', 'date')).toEqual(['Tuesday', '14']);
  });
});
