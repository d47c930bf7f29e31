// The line of the date asked (src/core/answer-dated-line.ts): of a log's or a diary's dated lines,
// the values on the one dated on the day a request names in words. Wordings of writers who never saw
// the rule (training/recall/guard.py OTHER105–OTHER110).
import { describe, expect, it } from 'vitest';
import { dateAsked, datedLineStarts } from '../../../src/core/answer-dated-line';
import { FUNCTION_WORDS, ValueBounds } from '../../../src/core/answer-value-bounds';

const kept = (source: string, request: string) =>
  datedLineStarts(source, request, new ValueBounds(source, FUNCTION_WORDS).starts).map(
    (q) => /^\S+/.exec(source.slice(q))![0],
  );

describe('datedLineStarts', () => {
  it('reads the date a request names: a day and its month, or a month alone', () => {
    expect(dateAsked('How low did the thermometer drop on the 23rd of July?')).toEqual({ month: 7, day: 23 });
    expect(dateAsked('On 5 March, my work on chapter 5 got going at')).toEqual({ month: 3, day: 5 });
    expect(dateAsked('what did I log for R Leo in late February?')).toEqual({ month: 2, day: null });
    expect(dateAsked('What did we pay on Sept 3rd?')).toEqual({ month: 9, day: 3 });
    expect(dateAsked('Who is giving the talk on the thirtieth of January?')).toEqual({ month: 1, day: 30 });
    expect(dateAsked('What happened on March the twenty-first?')).toEqual({ month: 3, day: 21 });
    expect(dateAsked('May I ask what the reading was?')).toBeNull();
    expect(dateAsked('what may the march past cost?')).toBeNull();
    expect(dateAsked('Between 3 May and 9 June, who ran it?')).toBeNull();
  });

  it("keeps the values on the line dated on the day asked, not the date's own", () => {
    const weather = '2024-07-22,Fenwick Lodge,31.4,16.9,0.0\n2024-07-23,Fenwick Lodge,27.8,18.2,12.6';
    expect(kept(weather, 'How low did the thermometer drop at Fenwick Lodge on the 23rd of July?')).toEqual([
      'Fenwick',
      '27.8,18.2,12.6',
      '18.2,12.6',
      '12.6',
    ]);
    const log = '2024-02-25,R Leo,7.3,72/76,DWH\n2024-03-10,R Leo,7.8,76/81,DWH';
    expect(kept(log, 'what did I log for R Leo in late February?')).toContain('7.3,72/76,DWH');
    expect(kept(log, 'what did I log for R Leo in late February?')).not.toContain('7.8,76/81,DWH');
    const diary = '2024-03-04 09:30-11:45 Kessler manual ch.4 proof\n2024-03-05 08:50-12:20 Kessler manual ch.5 proof';
    expect(kept(diary, 'On 5 March, my work on Kessler chapter 5 got going at')).toContain('08:50-12:20');
    expect(kept(diary, 'On 5 March, my work on Kessler chapter 5 got going at')).not.toContain('09:30-11:45');
  });

  it('reads a line dated by its month and day in words', () => {
    const talks = 'Group meetings, spring term\nJan 16   Ines Marlow\nJan 23   Declan Oyelaran\nJan 30   Hui-Min Tsao';
    expect(kept(talks, 'Who is giving the talk at group meeting on the thirtieth of January?')).toEqual(['Hui-Min']);
  });

  it('keeps every value when no other line is dated, or no line is dated on the day asked', () => {
    const one = '2024-07-23,Fenwick Lodge,27.8,18.2';
    expect(kept(one, 'What was the low on 23 July?')).toHaveLength(new ValueBounds(one, FUNCTION_WORDS).starts.length);
    const two = '2024-07-22,Fenwick Lodge,31.4\n2024-07-23,Fenwick Lodge,27.8';
    expect(kept(two, 'What was the high on 9 August?')).toHaveLength(
      new ValueBounds(two, FUNCTION_WORDS).starts.length,
    );
  });
});
