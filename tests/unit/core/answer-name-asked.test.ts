// The name a "Who …" request asks (src/core/answer-name-asked.ts): not the request's own subject,
// not a numbered room or group, unless nothing else remains.
import { describe, expect, it } from 'vitest';
import { namesAsked, notSubjectNumbers } from '../../../src/core/answer-name-asked';

const at = (s: string, words: string[]) => words.map((w) => s.indexOf(w));
const said = (s: string, qs: number[]) => qs.map((q) => s.slice(q).split(/[\s,|]/)[0]);

describe('namesAsked', () => {
  it("leaves out the request's own subject", () => {
    const minutes =
      'Mr. Tobias Wrenfield proposed that the dinner be held at the Golden Ostrich; this was seconded by Mr. Lemuel Harrap.';
    const starts = at(minutes, ['Mr. Tobias', 'Golden', 'Mr. Lemuel']);
    expect(said(minutes, namesAsked(minutes, "Who backed Wrenfield's proposal about the dinner?", starts))).toEqual([
      'Golden',
      'Mr.',
    ]);
    expect(said(minutes, namesAsked(minutes, "Who backed Wrenfield's proposal?", starts))[1]).toBe('Mr.');
    expect(namesAsked(minutes, "Who backed Wrenfield's proposal?", starts)).not.toContain(starts[0]);
  });

  it('leaves out a numbered room or group while a name remains, and keeps all when none does', () => {
    const row = 'Year 9 | Thu | Chemistry | Room S14 | Dr. Fenwick Abernathy covering for Mrs. Lucinda Orme';
    const starts = at(row, ['Year', 'Room', 'Dr.', 'Mrs.']);
    expect(said(row, namesAsked(row, "Who's taking Year 9 chemistry on Thursday?", starts))).toEqual(['Dr.', 'Mrs.']);
    const rooms = 'Room S14 or Room S2';
    const rs = at(rooms, ['Room S14', 'Room S2']);
    expect(namesAsked(rooms, 'Who has it?', rs)).toEqual(rs);
    // not asked "who", a name with a number is the answer as much as any ("registered as YK19 WZT")
    const pcn = 'Vehicle YK19 WZT (silver Ostrander estate) observed in a loading bay, Orrin Street.';
    const ps = at(pcn, ['YK19', 'Ostrander']);
    expect(namesAsked(pcn, 'The penalty notice on Orrin Street was issued to the vehicle registered as', ps)).toEqual(
      ps,
    );
  });
});

describe('notSubjectNumbers', () => {
  it("leaves out the number of the request's own subject (writer 101), not a count of what it names", () => {
    const mail = 'Subject: 14 Alder Close - offer update. They would accept £318,500; asking £325,000.';
    const starts = at(mail, ['14', '£318,500', '£325,000']);
    const q = "What figure did the Alder Close sellers say they'd go for?";
    expect(notSubjectNumbers(mail, q, starts)).toEqual(starts.slice(1));
    expect(notSubjectNumbers(mail, 'What figure did the sellers say?', starts)).toEqual(starts);
    // (one capitalised word after the number counts it: "40 Jersey cows")
    const herd = 'The farm keeps 40 Jersey cows and 12 Angus bulls.';
    const hs = at(herd, ['40', '12']);
    expect(notSubjectNumbers(herd, 'How many Jersey cows are there?', hs)).toEqual(hs);
    // (all, when none remains)
    const only = at(mail, ['14']);
    expect(notSubjectNumbers(mail, q, only)).toEqual(only);
  });
});
