// The row of a value the request names (src/core/answer-named-row.ts): a timetable's other time in the
// row of the departure the request names; every opening where the request names none. Writer 128
// (training/recall/guard.py).
import { describe, expect, it } from 'vitest';
import { namedRowStarts } from '../../../src/core/answer-named-row';

const times = (source: string) => [...source.matchAll(/\d{2}:\d{2}/g)].map((m) => m.index!);
const at = (source: string, qs: number[]) => qs.map((q) => source.slice(q, q + 5));

describe('namedRowStarts', () => {
  const table = 'Dep. Port Ellery | Arr. Skerrin\n06:40 | 07:55\n11:15 | 12:30\n17:05 | 18:20';
  it("answers the other value of the named value's row", () => {
    const request = 'Passengers on the 11:15 crossing from Port Ellery can expect to step ashore on Skerrin at';
    expect(at(table, namedRowStarts(table, request, times(table)))).toEqual(['12:30']);
  });

  it('keeps every opening when the request names none, or its row holds no other', () => {
    expect(namedRowStarts(table, 'When does the last boat reach Skerrin?', times(table))).toEqual(times(table));
    const one = 'Leaves 11:15.\nArrives 12:30.';
    expect(namedRowStarts(one, 'The 11:15 arrives at', times(one))).toEqual(times(one));
  });
});
