import { describe, expect, it } from 'vitest';
import { ValueBounds, wordsNoValueOpens } from '../../../src/core/answer-value-bounds';

/** The values ValueBounds allows in `source`: every [start, end) with a start and an end, as text. */
function valuesOf(source: string, avoid?: ReadonlySet<string>): string[] {
  const b = new ValueBounds(source, avoid);
  const out: string[] = [];
  for (const q of b.starts) for (let e = q + 1; e <= source.length; e++) if (b.endsAt(e)) out.push(source.slice(q, e));
  return out;
}

describe('ValueBounds', () => {
  it('keeps a quantity whole: numbers with their units, groups of digits, dates, times', () => {
    const v = valuesOf('The ridge is 940 kilometers long, the key 9F4C 21AB 7730 E5D2, born 10 June 1905.');
    expect(v).toContain('940 kilometers');
    expect(v).toContain('9F4C 21AB 7730 E5D2');
    expect(v).toContain('10 June 1905');
    for (const cut of ['940', 'kilometers', '9F4C 21AB 7730', '21AB', 'June', '1905', '10 June'])
      expect(v).not.toContain(cut);
    const t = valuesOf('The boat leaves at twenty past six, Captain Benwick said, on September 19, 1850.');
    expect(t).toContain('twenty past six');
    expect(t).toContain('September 19, 1850');
    for (const cut of ['twenty', 'twenty past', 'six', 'September 19', '1850']) expect(t).not.toContain(cut);
    // a clock's minutes and hour, not a change's two numbers (writer 14)
    expect(valuesOf('We meet at quarter to five.')).toContain('quarter to five');
    const change = valuesOf('default JPEG quality drops from 85 to 78, shifts from 10 to 12');
    for (const each of ['85', '78', '10', '12']) expect(change).toContain(each);
  });

  it('opens no value at a quote mark or a bracket: at the word or the sign after it (writer 103)', () => {
    const v = valuesOf('{"engines": {"node": ">=18.17"}, "tags": ["none"], "low": "-12"}');
    expect(v).toContain('18.17');
    expect(v).toContain('none');
    expect(v).toContain('-12');
    expect(v.filter((x) => /^["'[{(]/.test(x))).toEqual([]);
  });

  it('goes on from a weekday to the date after it (writer 23: "due Friday 21 November")', () => {
    const v = valuesOf("8R's essays are due Friday 21 November. Collect them on Monday, please.");
    expect(v).toContain('Friday 21 November');
    expect(v).not.toContain('Friday');
    expect(v).toContain('Monday'); // (no date after it)
  });

  it('goes on from a weekday to its time, past a firm\'s "&", a size\'s "x" and "and a half"', () => {
    const v = valuesOf('Lessons move to Thursday at 4:15pm. Marsh & Ilkley hold the deposit; the stand is 6m x 4m.');
    expect(v).toContain('Thursday at 4:15pm');
    expect(v).toContain('Marsh & Ilkley');
    expect(v).toContain('6m x 4m');
    for (const cut of ['Thursday', 'Marsh', '6m']) expect(v).not.toContain(cut);
    const m = valuesOf('By boat it is six and a half miles, on foot nine.');
    expect(m).toContain('six and a half miles');
    expect(m).not.toContain('six');
  });

  it('glues a month only as a date writes it: "may" the verb is no month', () => {
    expect(valuesOf('they said 12 may be enough')).toContain('12');
    expect(valuesOf('due on May 12 at noon')).not.toContain('12');
  });

  it('ends no value inside a phrase of plain words, and counts the plural after a number', () => {
    const v = valuesOf('The motto is packing contingent tyre coat. Anne paid eleven shillings for it');
    expect(v).toContain('packing contingent tyre coat');
    for (const cut of ['packing', 'packing contingent tyre', 'eleven']) expect(v).not.toContain(cut);
    expect(v).toContain('eleven shillings'); // a number and the plural it counts are one value
    expect(valuesOf('Mary kept it in the blue dressing room at the cottage')).toContain('blue dressing room');
    expect(valuesOf('the ridge is 940 kilometers long')).toContain('940 kilometers'); // a quantity ends a phrase
    expect(valuesOf('Charles shot fourteen brace of birds')).toContain('fourteen brace'); // a value may open inside one
  });

  it('ends no value on a function word or a preposition', () => {
    const v = valuesOf('stored in a sea chest by the door');
    expect(v).toContain('sea chest');
    expect(v).toContain('sea chest by the door');
    for (const no of ['stored in', 'sea chest by', 'sea chest by the']) expect(v).not.toContain(no);
  });

  it("says a title's name and a place's name whole", () => {
    const v = valuesOf(
      "Anne's music teacher had been a Miss Pellworth of Taunton; her walk was the path to Winthrop Mill.",
    );
    expect(v).toContain('Miss Pellworth');
    expect(v).toContain('Pellworth');
    expect(v).toContain('path to Winthrop Mill');
    for (const cut of ['Miss', 'path', 'path to']) expect(v).not.toContain(cut);
    expect(valuesOf('The path to the mill was long.')).toContain('path'); // no name after it: the path may end
    const tin = valuesOf('"Under the second apple tree by the east wall," said the gardener.');
    expect(tin).toContain('Under the second apple tree');
    expect(tin).not.toContain('Under'); // no value ends on a preposition
    const noel = valuesOf("Noel Silva is Crateimon Holdings' emergency contact.");
    expect(noel).not.toContain('Noel'); // a name at a sentence's start goes on too
    const said = valuesOf('"spite dictate device," Daklybroak answered.');
    expect(said).toContain('spite dictate device');
    expect(said).not.toContain('spite dictate device,'); // no value ends with its comma …
    expect(said).not.toContain('spite dictate device,"'); // … or the quote after it
  });

  it('lets punctuation end a value unless a run of joiners leads into the next word', () => {
    const v = valuesOf("const REGISTRY = 'https://npm.brackenfield.example'; rows a,7390,blue");
    expect(v).toContain('https://npm.brackenfield.example');
    expect(v).toContain('npm.brackenfield.example');
    expect(v).not.toContain('https');
    expect(v).toContain('7390'); // "," separates CSV fields
    expect(v).toContain('blue');
    const wifi = valuesOf('the wifi at Nadia’s is now Quokka!Fern48 — ignore the old one. Stop! Go.');
    expect(wifi).toContain('Quokka!Fern48'); // a password's "!" joins
    expect(wifi).not.toContain('Quokka');
    expect(wifi).toContain('Stop'); // a sentence's "!" ends
  });

  it('opens a line with its first word only when it holds a digit, and a version at its number', () => {
    const v = valuesOf('intro\nv21.7.3: fixed a crash\nThe gate is red\nbump to v20.11 now');
    expect(v).toContain('21.7.3');
    expect(v).not.toContain('v21.7.3');
    expect(v).toContain('20.11');
    expect(v).not.toContain('v20.11');
    expect(v.some((x) => x.startsWith('The'))).toBe(false);
    expect(v).toContain('red');
  });

  it('keeps a name whole and lets the request’s words open nothing', () => {
    const v = valuesOf('hired from a man called Tobias Wren and a Miss Pellworth.', new Set(['hired', 'called']));
    expect(v).toContain('Tobias Wren');
    expect(v).toContain('Pellworth');
    for (const no of ['Tobias', 'Wren', 'called Tobias Wren', 'hired']) expect(v).not.toContain(no);
  });

  it('takes a quoted phrase of several words whole, inside its marks', () => {
    const v = valuesOf(`oven_79_last_words = "trap circuit leader laboratory"\nconst m = 'giving remainder syntax';`);
    expect(v).toContain('trap circuit leader laboratory');
    expect(v).toContain('giving remainder syntax');
    for (const cut of ['trap circuit leader', 'circuit leader laboratory', '"trap circuit leader laboratory', 'giving'])
      expect(v).not.toContain(cut);
    const json = valuesOf('{\n "name": "Graipav Group",\n "debt_birthday": "2026-05-12"\n}');
    expect(json).toContain('2026-05-12');
    expect(json).toContain('Graipav Group');
    for (const key of ['name', 'debt_birthday']) expect(json).not.toContain(key); // a JSON key is no value
    // an apostrophe is no quote mark
    expect(valuesOf("the Musgroves' dog and Anne's sea chest")).toContain('dog');
  });

  it('keeps units with a slash, "per cent", two units, a currency code, a short month and an ordinal date whole', () => {
    const cases: Array<[string, string, string[]]> = [
      ['with gusts up to 68 km/h this afternoon', '68 km/h', ['68']],
      ['after which 15 per cent will be added', '15 per cent', ['15', '15 per']],
      ['Salary £38 per annum, laundry found.', '£38 per annum', ['£38', '£38 per']],
      ['should last about 2 hours 45 minutes. Tobiah', '2 hours 45 minutes', ['2 hours', '2', '45 minutes']],
      ['PAYMENT   -CHF 236.40   BAL', 'CHF 236.40', ['CHF']], // ("236.40" too: "… comes to CHF")
      ['to be returned by Nov. 2nd, 1858. Fine', 'Nov. 2nd, 1858', ['Nov.', 'Nov. 2nd', '1858', '2nd, 1858']],
      ['falls on the 14th of March, and not', 'the 14th of March', ['14th', 'March', '14th of', '14th of March']],
      ["At six bells spoke the brig Curlew's Daughter, 41 days out", "Curlew's Daughter", ["Curlew's", 'Daughter']],
      ['renews on 1 September at $48,250, compared with $41,900', '$48,250', ['$48', '250']],
      ['departs at a quarter before six each morning', 'a quarter before six', ['quarter', 'a quarter', 'six']],
      ['bake in a slow oven for an hour and three quarters.', 'an hour and three quarters', ['hour', 'an hour']],
      ['Meet me at platform 7 instead of 4, by the kiosk.', 'platform 7', ['platform']], // ("7" too: "… in Room")
    ];
    for (const [source, whole, cuts] of cases) {
      const v = valuesOf(source);
      expect(v, source).toContain(whole);
      for (const cut of cuts) expect(v, source).not.toContain(cut);
    }
    // "per" and "of" glue only those: "3 per page" and "5th of the month" stay apart
    expect(valuesOf('print 3 per page')).toContain('3');
    expect(valuesOf('on the 5th of the month')).toContain('5th');
    // a question word is no value, as the request's words are none ("It is when.")
    const avoid = wordsNoValueOpens('What did the barometer read when the storm broke?');
    expect(valuesOf('By 4 p.m., when the storm at last broke, it had sunk to 29.41 inches.', avoid)).not.toContain(
      'when',
    );
    expect(valuesOf('on the 14th of March', avoid)).toContain('the 14th of March');
    // nor is a number the request says, in either spelling (writer 12: "It is 14." of "shard fourteen")
    const shard = wordsNoValueOpens('Where geographically is shard number fourteen hosted?');
    expect(valuesOf('Shard 14 was moved to eu-west-2 in May.', shard)).not.toContain('14');
    expect(valuesOf('Shard 14 was moved to eu-west-2 in May.', shard)).toContain('eu-west-2');
    const rooms = valuesOf('Room 1 seats one hundred.', wordsNoValueOpens('Which one is the big room?'));
    expect(rooms.some((v) => v.startsWith('1'))).toBe(true); // ("one" is a pronoun first)
  });

  it("opens no value at a list's number", () => {
    const v = valuesOf('ANSWER KEY\n1. Lake Turmalind  2. the Vessary Gap  3. 41% (share)  4. 1,204 metres (height)');
    for (const value of ['41%', '1,204 metres', 'Lake Turmalind']) expect(v).toContain(value);
    for (const marker of ['1', '2', '3', '4']) expect(v).not.toContain(marker);
    // a number inside a sentence is a value: "Room 4. Then" is not a list
    expect(valuesOf('Meet in Room 4. Then leave.')).toContain('Room 4');
  });

  it("keeps a number's thousands whole, not a CSV row's fields", () => {
    const v = valuesOf('Revised quote: EUR 48,300. Budget 1,250,000. Attendance: 6,418.');
    for (const whole of ['EUR 48,300', '48,300', '1,250,000', '6,418']) expect(v).toContain(whole);
    for (const cut of ['48', '300', 'EUR', '1,250', '250,000', '6']) expect(v).not.toContain(cut);
    expect(valuesOf('88213,Ottoline Price,412.50')).toContain('412.50');
    const pct = valuesOf('arms now fail on only 2.6% of picks');
    expect(pct).toContain('2.6%');
    expect(pct).not.toContain('2.6');
  });

  it("keeps a negative number's sign, not a range's or a code's dash (writer 50)", () => {
    const v = valuesOf('logged a minimum of -23.4 °C, then −6.3 at dawn; score 2-1, ref 55-0812');
    for (const signed of ['-23.4 °C', '−6.3']) expect(v).toContain(signed);
    for (const cut of ['23.4 °C', '23.4', '6.3']) expect(v).not.toContain(cut);
    expect(valuesOf('a reading (−12) at noon')).toContain('12');
    for (const whole of ['2-1', '55-0812']) expect(v).toContain(whole);
  });

  it('opens a code after a capitalised label, not as a name\'s second word (writers 1–62: "Ref VC-20931", "Room B14")', () => {
    const v = valuesOf('Row K Seat 17 | Ref VC-20931\norchestra sectional is in Room B14 not B12, ticket SUP-88142.');
    for (const code of ['VC-20931', 'B14', 'SUP-88142']) expect(v).toContain(code);
    expect(valuesOf('a man called Tobias Wren')).not.toContain('Wren'); // a name's second word still opens nothing
  });

  it("opens a range's second end after its hyphen (two clock times or two years), not a code's or a date's", () => {
    const v = valuesOf('Tue-Thu 12:00-21:30\nSun 13:00-20:00, rebuilt 1812-1815, ref 55-0812, on 2024-07-03');
    for (const end of ['21:30', '20:00', '1815']) expect(v).toContain(end);
    for (const cut of ['0812', '07-03', '07']) expect(v).not.toContain(cut);
  });

  it("keeps an initial with its name, opens a price at its sign after a bracket or a minus, and no key before '='", () => {
    const v = valuesOf('1.20 | R. Adeyemi\nfrom K. Amundsen');
    expect(v).toContain('R. Adeyemi');
    for (const cut of ['R', 'K']) expect(v).not.toContain(cut);
    const p = valuesOf('rent £9.40 a month (£2.75/m for water)  DD  BRIGHTWAVE  -£86.40  Balance £2,193.17');
    for (const price of ['£2.75/m', '£86.40']) expect(p).toContain(price);
    expect(p.some((x) => x.startsWith('('))).toBe(false);
    const k = valuesOf('[booking] status=CONFIRMED ref=HMB-5527 guests=112');
    expect(k).toContain('HMB-5527');
    expect(k.some((x) => x.startsWith('ref='))).toBe(false);
    const log = valuesOf('RH=61.4% threshold=55% temp=17.2C');
    expect(log).toContain('61.4%');
    expect(log).not.toContain('61.4% threshold');
  });

  it('opens a line at a numbered place\'s noun and its number ("Table 7 (by the dance floor): …")', () => {
    const v = valuesOf('Table 6 (window): Sam\nTable 7 (by the dance floor): Uncle Petros\nThe rest stand.');
    expect(v).toContain('Table 7');
    expect(v.some((x) => x.startsWith('The rest'))).toBe(false); // a sentence's opener still opens nothing
  });

  it("opens a port after its host's colon, not a clock time's minutes", () => {
    const v = valuesOf('REDIS_URL=redis://cache-02.internal:6380/3 and the backup at 14:40');
    expect(v).toContain('6380/3');
    expect(v).toContain('cache-02.internal:6380/3');
    expect(v).not.toContain('40');
  });

  it("keeps an address whole past its house number, a place's number with its noun, a clock time with its AM, a diary's hours after its date (writers 105–116)", () => {
    const walk = valuesOf('The ride gathers at the Old Forge café, 3 Mill Lane, at 9:30 on 5 October.');
    expect(walk).toContain('3 Mill Lane');
    expect(walk).not.toContain('3');
    expect(valuesOf('Stretch wrap 500mm | Aisle 9, Bin 17 |')).toContain('Aisle 9');
    expect(valuesOf('Stretch wrap 500mm | Aisle 9, Bin 17 |')).not.toContain('Aisle');
    const wire = valuesOf('The Halcyon sails for Oporto at 5.40 AM on the tide.');
    expect(wire).toContain('5.40 AM');
    expect(wire).not.toContain('5.40');
    const diary = valuesOf('2024-03-05 08:50-12:20 Kessler manual ch.5 proof');
    expect(diary).toContain('08:50-12:20');
    // (a number glued to its unit opens nothing where the request says both; a short form of its word neither)
    const hinges = 'HX-2211,Brass hinge 60mm,Leeds-B,645';
    expect(
      valuesOf(hinges, wordsNoValueOpens('The on-hand quantity for the bigger (60 mm) brass hinge is')),
    ).not.toContain('60mm');
    const ext = valuesOf(
      'Shrewsbury College (ext. 2291)',
      wordsNoValueOpens("What is Harriet Vane's phone extension?"),
    );
    expect(ext).toContain('2291');
    expect(ext.some((v) => v.startsWith('ext'))).toBe(false);
    // (a log's time stamp opens no value of its own)
    expect(valuesOf('2024-07-09 06:42 TRAILHEAD Kessock Gap')).not.toContain('06:42');
  });

  it('opens an ISO stamp\'s time after its "T" and ends its date before it; keeps a flow with its unit (writer 145)', () => {
    const log = valuesOf('2024-07-19T03:41:07Z WARN prv-station=ELM-RIDGE');
    expect(log).toContain('03:41:07');
    expect(log).toContain('2024-07-19');
    expect(log).not.toContain('03:41:07Z');
    expect(log.some((v) => v.startsWith('T03') || v.startsWith('41:07'))).toBe(false);
    const b = new ValueBounds('at 2024-07-19T03:41:07Z WARN');
    expect([b.stampEndsAt(22), b.stampEndsAt(13)]).toEqual([true, false]);
    const flow = valuesOf('[x] Flow test: 1,140 gpm');
    expect(flow).toContain('1,140 gpm');
    expect(flow).not.toContain('1,140');
  });
});
