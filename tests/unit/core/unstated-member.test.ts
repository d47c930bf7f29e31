// The memory check's question of sets (src/core/unstated-member.ts): a member of a closed set the
// request names, over a quote that lists other members and not it, is not in memory; a quote that
// names it in any form, spans members or names no other member states it. Wordings of writers who never
// saw the rule (training/recall/guard.py writers 99, 117, 123, 125, 127, 128).
import { describe, expect, it } from 'vitest';
import { unstatedMember, unstatedMemberReply } from '../../../src/core/unstated-member';

const rota = 'KENNEL ROTA - week 22\nMon: Priya / Tomasz\nTue: Grainne / Priya\nWed: Oluwaseun / Hattie\nFri: Hattie';

describe('unstatedMember', () => {
  it('finds a day, a season, a side or a lettered point the quote lists others of', () => {
    expect(unstatedMember('Who is down on the kennel rota for Sunday of week 22?', rota)).toEqual({
      asked: 'Sunday',
      listed: ['Monday', 'Tuesday', 'Wednesday', 'Friday'],
    });
    expect(
      unstatedMember(
        'On the winter timetable, the first ferry from Skerrin back to Port Ellery departs at',
        'Route: Port Ellery - Skerrin Island (summer timetable)\nDep. Port Ellery | Arr. Skerrin',
      ),
    ).toEqual({ asked: 'winter', listed: ['summer'] });
    expect(
      unstatedMember(
        "What was the winning time in the men's race at the 2023 Harbourside Marathon?",
        'Harbourside Marathon 2023 - top finishers (women)\n1. Priya Halvorsen    2:51:07',
      ),
    ).toEqual({ asked: "men's", listed: ["women's"] });
    const points =
      'Point A (Millbrook Bridge): Gareth Pole\nPoint B (Ferry Lane): Sunita\nPoint C (Old Tannery): Lewis';
    expect(unstatedMember('Who is marshalling at Point D near the canal lock?', points)?.asked).toBe('Point D');
    expect(unstatedMember('What is the topic of the November talk?', 'Talks: October - Kestrels')?.asked).toBe(
      'November',
    );
  });

  it('errs toward stated: the member in any form, a span, no other member, a month in digits', () => {
    expect(unstatedMember('Who is on the rota on Thursday?', 'Thurs: Ann; Fri: Bob')).toBeNull();
    expect(unstatedMember('What time does the shop open on Saturday?', 'Open Mon–Sat 9-5, Sun closed')).toBeNull();
    expect(unstatedMember('What time does the shop open on Saturday?', 'Open weekdays 9-5, Sun 10-4')).toBeNull();
    expect(unstatedMember('Who is on the rota on Thursday?', 'Rota: Ann and Bob alternate')).toBeNull();
    expect(unstatedMember('What happened in March?', 'Paid on 02/03/2025; the October bill follows')).toBeNull();
    expect(unstatedMember('May I ask who runs Point B?', 'Points A–D are run by Ann')).toBeNull();
    expect(unstatedMember('may I ask who marches?', 'In April the band marched')).toBeNull();
    expect(unstatedMember('Who marshals Point B?', 'Point A: Ann\nPoint C: Bo\nB: Cy')).toBeNull();
  });

  it('is the memory check’s reply: absent, naming the members the quote lists', () => {
    expect(unstatedMemberReply('Who is down on the kennel rota for Sunday of week 22?', rota, ['week 22'])).toBe(
      "I don't know: what I was given mentions “week 22” but says nothing of Sunday (only Monday, Tuesday, Wednesday, Friday).",
    );
    expect(unstatedMemberReply('Who is on duty on Friday?', rota, [])).toBeNull();
    expect(unstatedMemberReply('Who is on duty on Sunday?', '', [])).toBeNull();
  });

  it('finds a day of a month, or the weekdays or the weekend, the quote dates others of (writers 110, 131)', () => {
    const weights =
      'Weekly weights - Mr. Leonard Cheeseman: 03/06 71.4 kg; 10/06 70.2 kg; 17/06 68.9 kg (GP informed).';
    expect(unstatedMember("At the weigh-in on 24 June, Leonard Cheeseman's recorded weight was", weights)).toEqual({
      asked: '24 June',
      listed: ['3 June', '10 June', '17 June'],
    });
    const diary =
      'Sat 18 May. Drove to Brecon. The record office shuts at 4pm on Saturdays (not 5 as the website said!).';
    expect(unstatedMember('When does the Brecon record office close on weekdays?', diary)).toEqual({
      asked: 'weekdays',
      listed: ['Saturday'],
    });
  });

  it('errs toward stated: the day in any form, a span of days, one date only, a weekend named as a time', () => {
    const weights = 'Weights: 03/06 71.4 kg; 24/06 70.2 kg';
    expect(unstatedMember('At the weigh-in on 24 June, his weight was', weights)).toBeNull();
    expect(unstatedMember('What was logged on June 24th?', 'Log: 2024-06-24 pump fault; 2024-06-25 fixed')).toBeNull();
    expect(unstatedMember('Who is on call on 24 June?', 'On call 3–28 June: Ann; 1 July: Bo')).toBeNull();
    expect(unstatedMember('Who is on call on 24 June?', 'Ann was on call on 3 June.')).toBeNull();
    expect(unstatedMember('What cheese is Farid using this weekend?', 'Monday: halloumi instead of feta')).toBeNull();
    expect(unstatedMember('When does the office close on weekdays?', 'Open Mon–Sat, 9 till 5')).toBeNull();
  });
});
