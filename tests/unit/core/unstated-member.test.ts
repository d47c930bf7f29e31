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
});
