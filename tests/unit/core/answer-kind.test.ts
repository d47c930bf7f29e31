// The kind of value a request asks for (src/core/answer-kind.ts; which quantity: answer-quantity.ts) and which words open a value of
// that kind — with questions worded as people ask them, not as the recall generators write them.
import { describe, expect, it } from 'vitest';
import {
  answerKind,
  asksPerson,
  asksWhere,
  attributeAsked,
  joinsSeveral,
  nameStartsInSentence,
  namedStarts,
  opensKind,
  placeKindStarts,
  placeStarts,
  startsOfKind,
  weekdayStarts,
  withWeekday,
} from '../../../src/core/answer-kind';
import {
  durationStarts,
  measureStarts,
  thingCountedStarts,
  moneyStarts,
  percentStarts,
  priceAsked,
} from '../../../src/core/answer-quantity';

describe('answer kind', () => {
  it('tells a request that may ask several values by its joining words', () => {
    expect(joinsSeveral('Tell me the birthday of oven 16 and its last words.')).toBe(true);
    expect(joinsSeveral('What are both gate codes?')).toBe(true);
    expect(joinsSeveral('Who runs R&D?')).toBe(true); // (a joining mark: offered, not imposed)
    expect(joinsSeveral('What did we pay for the screen on that Bramley invoice?')).toBe(false);
    expect(joinsSeveral('Where does Sandra keep the spare key?')).toBe(false); // "and" inside a word
  });

  it('reads the kind from the question words', () => {
    expect(answerKind('Who hired out the carriage Lady Russell took to Bath?')).toBe('name');
    expect(answerKind('Whose locker is number 42?')).toBe('name'); // a name, though it says "number"
    expect(answerKind("What is Ingrid Solvang's email address?")).toBe('address');
    expect(answerKind('Which URL serves the docs?')).toBe('address');
    expect(answerKind('How many workers may the pool have at most?')).toBe('count');
    expect(answerKind('Which minimum version did Tomasz ask for?')).toBe('count');
    expect(answerKind('At what time does the boat leave Lyme?')).toBe('time');
    expect(answerKind('When was Birgit Halvorsen born?')).toBe('date');
    expect(answerKind('The badge number of Lorcan Mayfield is')).toBe('count');
    expect(answerKind("What is the Musgroves' dog called?")).toBe('name'); // asked by what it is called
    expect(answerKind("What is the name of Lady Dalrymple's footman?")).toBe('name');
    expect(answerKind('What is the package name of the parser?')).toBeNull(); // written in lower case
    expect(answerKind('Question: what is the project code of Poaskoa? Answer:')).toBe('code');
    expect(answerKind('What is the code name of the operation?')).toBeNull();
    expect(answerKind('Which colour is the door of the mill?')).toBe('colour');
    expect(answerKind('What is the motto of the guild?')).toBeNull();
    expect(answerKind('What colour is the front door of the cottage?')).toBe('colour');
    expect(answerKind('Where does Osgood park?')).toBeNull();
    expect(answerKind('Which outside firm did the repair after the leak?')).toBe('name'); // a firm by its name
    expect(answerKind('What ship did the barque speak with?')).toBe('name');
    expect(answerKind('Which shelf is the atlas on?')).toBeNull();
    expect(answerKind('Which dentist was my Friday check-up switched to?')).toBe('name');
    // the question's own clause asks, not a clause after it
    expect(answerKind('What colour does the screen show when a replica is more than a minute behind?')).toBe('colour');
    // (a reading is a measure: a count, not the date of the clause after it)
    expect(answerKind('What was the barometer reading at the moment when the storm broke?')).toBe('count');
    expect(answerKind('How old is Freddie going to be on his birthday?')).toBe('count');
    // any "how" and a word before the question's verb asks how much of it; "how early/late" a time
    expect(answerKind('How damp was the air at the Harrowfield weather station at six?')).toBe('count');
    expect(answerKind('How hard do I need to spin the lysate after it has been on ice?')).toBe('count');
    expect(answerKind('How early in the day does the Swift Lark set off from its inn?')).toBe('time');
    expect(answerKind('How late is the pharmacy open on Sundays?')).toBe('time');
    expect(answerKind('How well did the Rovers play?')).toBeNull();
    expect(answerKind("What's the 99th-percentile latency for looking up orders?")).toBe('count');
    expect(asksWhere('Which release got rid of the bug where the scheduler ran twice?')).toBe(false);
  });

  it('holds a date where a value is written as dates are; strictly, not where a code holds a digit', () => {
    const site = 'Site: Quennell Marsh (QM-2)';
    const digit = [site.indexOf('2')];
    // (answer copy, asked when, still opens at a digit where nothing else is a date …)
    expect(startsOfKind(site, digit, 'date')).toEqual(digit);
    // … but a quoted piece holds no date for it (src/core/memory-quote.ts, which piece heads a record)
    expect(startsOfKind(site, digit, 'date', { strict: true })).toEqual([]);
    const due = 'Next visit due: 17/10/2024';
    expect(startsOfKind(due, [due.indexOf('17')], 'date', { strict: true })).toEqual([due.indexOf('17')]);
    // where nothing is written as a date, a clock time says when — not a street's number (writer 101)
    const row = 'Time | Address | Agent\n11:15 | 3 Quarry Row, Kembury | Holt Homes';
    const rs = [row.indexOf('11:15'), row.indexOf('3 Quarry')];
    expect(startsOfKind(row, rs, 'date')).toEqual([rs[0]]);
    const house = 'Viewing at 3 Quarry Row, or 12 Mill Lane';
    const hs = [house.indexOf('3'), house.indexOf('12'), house.indexOf('Mill')];
    expect(startsOfKind(house, hs, 'date')).toEqual(hs.slice(0, 2)); // (only streets: as before)
    expect(startsOfKind('Viewing: 3 people at 12', [9, 22], 'date')).toEqual([9, 22]);
  });

  it('asks a name of a completion about a person by their role', () => {
    expect(answerKind('The club runner taking the first stage of the relay is')).toBe('name');
    expect(answerKind('The pharmacist who checked the prescription was')).toBe('name');
    expect(answerKind('Which runner beans did we plant?')).toBeNull();
    expect(answerKind('The student number of Ana is')).toBe('count');
    // (or of a firm: what a completion's "published by" asks is a name, not the "score" it mentions)
    expect(answerKind('For the German Requiem, singers need the vocal score published by')).toBe('name');
    expect(answerKind('The parcel will be delivered by')).toBeNull();
  });

  it("asks a code of a phone line, a vehicle's reg, a bib or a reference to quote (writers 99–104)", () => {
    expect(answerKind("what's the new phone line for the Corn Exchange box office?")).toBe('code');
    expect(answerKind("what's the reg of the coach we're getting on saturday?")).toBe('code');
    expect(answerKind("For the sportive I've been allocated bib")).toBe('code');
    expect(answerKind('Whenever we write to Kettle Crane we need to quote')).toBe('code');
    expect(answerKind('What line did the phone company run?')).toBeNull();
  });

  it("reads a value's kind in its own cell of a row, and takes no price for a code (writer 104)", () => {
    const chase = 'invoice INV-2291 for the logo work is overdue; INV-2274 for €640 was paid';
    const cs = ['INV-2291', '2274', '640'].map((w) => chase.indexOf(w));
    expect(startsOfKind(chase, cs, 'code').map((q) => chase.slice(q).split(/\s/)[0])).toEqual(['INV-2291', '2274']);
    const ads = 'ref,category,words,price\nCL-1103,Firewood for sale,35,$19.50';
    const qs = ['CL-1103', 'sale', '35', '$19.50'].map((w) => ads.indexOf(w));
    expect(startsOfKind(ads, qs, 'code')).toEqual([qs[0], qs[2]]);
    expect(startsOfKind('Total 1,290 due', [6], 'count')).toEqual([6]);
  });

  it("asks a name of a completion about a firm by what it does, after a quantity's words", () => {
    expect(answerKind('The company lined up to fit new door locks is')).toBe('name');
    expect(answerKind('The club membership fee is')).toBe('count');
    expect(answerKind('The company number is')).toBe('code');
  });

  it('asks a colour of "what colour", no date of a birthday\'s cake or a year\'s fee, a code of a vehicle (writers 105–116)', () => {
    expect(answerKind('What colour bands are the swimmers racing at the gala getting?')).toBe('colour');
    expect(answerKind('The message to write on top of the birthday cake reads')).toBeNull();
    expect(answerKind("When is Nadia's birthday?")).toBe('date');
    expect(answerKind("A pensioner wanting a full year's membership would pay")).toBe('count');
    expect(answerKind('The engine temperature alert in the fleet log was raised for vehicle')).toBe('code');
    expect(answerKind("What is the number on the schooner Corncrake's current registry certificate?")).toBe('code');
    expect(answerKind('What is the number of crew on the schooner?')).toBe('count');
    expect(answerKind('Where should I write if I have a query about a purchase order?')).toBe('address');
    expect(answerKind('Where should I send a note if I find a typo in this edition?')).toBe('address');
    expect(answerKind('Where do I send people for their physiotherapy these days?')).toBeNull();
    expect(answerKind('The signed paper version of the Osei certificate has to be posted to')).toBeNull();
    expect(asksWhere('The signed paper version of the Osei certificate has to be posted to')).toBe(true);
    expect(answerKind('Because the usual machine failed, the samples will now be spun tomorrow morning at')).toBe(
      'time',
    );
    expect(answerKind('On 5 March, my work on Kessler chapter 5 got going at')).toBe('time');
    expect(answerKind('The route-planner deployment is currently scaled to')).toBe('count');
    expect(answerKind("Arun Mehta's amateur radio licence remains valid until")).toBe('date');
    expect(answerKind('The follow-up inspection at Marlow Lane has been pencilled in for')).toBe('date');
    expect(answerKind('The orange smoke in the grab bag is good until')).toBe('date');
    expect(answerKind('The cafe stays open until')).toBeNull();
    expect(answerKind('During which months can Millbrook plot holders have a bonfire now?')).toBe('date');
    expect(answerKind('What does the 12-month plan cost?')).not.toBe('date');
    expect(answerKind('For the winter months the yacht Saoirse Bán will be tied up at')).not.toBe('date');
    expect(answerKind('To avoid killing month-end finance reports, the statement timeout in milliseconds is')).not.toBe(
      'date',
    );
    expect(answerKind("What's the combination for the safe in Uncle Ferris's study?")).toBe('code');
    expect(answerKind('In the imaging settings, what spacing in micrometres is used between optical sections?')).toBe(
      'count',
    );
    expect(priceAsked("Can you tell me what's still outstanding on the Nonna Rosa lasagne order?")).not.toBeNull();
    expect(answerKind('The quantity of fuel dispensed on the Harbourside receipt was')).toBe('count');
    expect(answerKind('The replacement KMC part was priced at')).toBe('count');
    expect(answerKind('To connect to the wireless network, the password to enter is')).toBe('code');
    expect(answerKind('The new chief executive of Calder Valley Water will be')).toBe('name');
    expect(answerKind('Our point of contact at Marlow Lakeside Lodge is')).toBe('name');
    expect(answerKind('The textiles Hartmoor sold to the Lagos importer were made in')).toBeNull();
    expect(answerKind("The repayment of Dr. Halvorsen's expenses is scheduled to land on")).toBe('date');
    expect(answerKind('Torque wrench TW-08 has to go back for recalibration no later than')).toBe('date');
    expect(answerKind('The Osei family grocery can be found on')).toBeNull();
    expect(answerKind('People travelling to Creel Halt should now wait on')).not.toBe('date');
    expect(answerKind('Tanner Road Kia want to see the car again once the odometer reaches')).toBe('count');
    expect(answerKind('The morning collection at the Fernhill Road stop happens at')).toBe('time');
    expect(answerKind('The most times harbor_relay will try again before giving up is')).toBe('count');
    expect(answerKind('To get in at Hollins Nursery when the office is closed, you key in')).toBe('code');
    const booking = 'Headcount: 35 (was 28)\nDeposit paid: £75';
    const bs = ['35', '28', '£75'].map((w) => booking.indexOf(w));
    expect(moneyStarts(booking, "The final number of guests at Maureen's send-off is", bs)).toEqual(bs);
    const receipt = 'Shipping                       $15.00\nTOTAL                         $627.99';
    const rq = ['$15.00', '$627.99'].map((w) => receipt.indexOf(w));
    expect(moneyStarts(receipt, 'How much did the whole order come to, all told?', rq)).toEqual([rq[1]]);
    expect(priceAsked('what are we charging for a sausage roll from June?')).not.toBeNull();
    expect(priceAsked('what does Dairy Direct want for a 10 kilo block of butter?')).not.toBeNull();
  });

  it('answers which day of the week by a weekday, plural too, and which day of a holiday by its date (writers 1–116)', () => {
    const milk = 'The dairy rep rang: from 1 July the milk drop moves from Tuesday to Thursday.';
    const ms = ['1 July', 'Tuesday', 'Thursday'].map((w) => milk.indexOf(w));
    expect(weekdayStarts(milk, 'Which day of the week will the milk be delivered on?', ms)).toEqual([ms[1], ms[2]]);
    expect(weekdayStarts(milk, 'What day does the milk come every week?', ms)).toEqual([ms[1], ms[2]]);
    expect(weekdayStarts(milk, 'Which day will the milk be delivered on?', ms)).toEqual(ms);
    expect(weekdayStarts(milk, 'When will the milk be delivered?', ms)).toEqual(ms);
    expect(weekdayStarts(milk, 'Which day of the month is the change?', ms)).toEqual(ms);
    // (a weekday that names a thing is no date beside one: "Tuesday leads meeting" — writer 119)
    const minutes = 'Minutes, Tuesday leads meeting: move the launch from 28 February 2025 to 14 March 2025.';
    const ns = ['Tuesday', '28 February', '14 March'].map((w) => minutes.indexOf(w));
    expect(weekdayStarts(minutes, 'When is the launch now?', ns)).toEqual([ns[1], ns[2]]);
    const rota = 'Thu: Tomasz / Grainne\nFri 14 March: Hattie';
    const rs = ['Thu', '14 March'].map((w) => rota.indexOf(w));
    expect(weekdayStarts(rota, 'Who is on when?', rs)).toEqual(rs);
    expect(opensKind('Wednesdays', 'date')).toBe(true);
  });

  it('asks no date of a completion that ends on where to go or where a thing is', () => {
    expect(answerKind('Visitors to the open day should head to')).toBeNull();
    expect(asksWhere('Visitors to the open day should head to')).toBe(true);
    expect(answerKind('The reunion will be held at')).toBeNull();
    expect(answerKind('The open day is on')).toBe('date');
  });

  it('asks where by "whereabouts"; asked a share, a percentage; a date with slashes is no count', () => {
    expect(asksWhere("Whereabouts in the room is Aunt Cressida's table?")).toBe(true);
    const notice = 'his lease expires at Lady Day, 25/3/1862, after which 15 per cent will be added; 3 pigs';
    const ns = ['25/3/1862', '15', '3 pigs'].map((w) => notice.indexOf(w));
    const at = (qs: number[]) => qs.map((q) => notice.slice(q).split(/[\s,]/)[0]);
    expect(at(startsOfKind(notice, ns, 'count'))).toEqual(['15', '3']);
    expect(at(percentStarts(notice, 'By what percentage is the rent going up?', ns))).toEqual(['15']);
    expect(at(percentStarts(notice, 'How many pigs?', ns))).toEqual(['25/3/1862', '15', '3']); // not asked a share
    // a rate that is a share (writer 11's VAT), not a heart's or an hour's
    expect(at(percentStarts(notice, 'At what rate will it be added?', ns))).toEqual(['15']);
    expect(at(percentStarts(notice, 'What was his heart rate?', ns))).toEqual(['25/3/1862', '15', '3']);
    const key = '3. 41% (ferry)  4. 1,204 metres';
    expect(percentStarts(key, 'What proportion go by ferry?', [3, 19]).map((q) => key.slice(q, q + 3))).toEqual([
      '41%',
    ]);
  });

  it('knows the words that open a value of each kind', () => {
    expect(opensKind('7390.', 'count')).toBe(true);
    expect(opensKind('20.11', 'count')).toBe(true);
    expect(opensKind('twenty', 'date')).toBe(true);
    expect(opensKind('fourteen', 'count')).toBe(true);
    expect(opensKind('September', 'date')).toBe(true); // a date may open with its month …
    expect(opensKind('September.', 'count')).toBe(false); // … a count may not
    expect(opensKind('Friday,', 'date')).toBe(true);
    expect(opensKind('Please', 'count')).toBe(false);
    expect(opensKind('Tobias', 'name')).toBe(true);
    expect(opensKind('called', 'name')).toBe(false);
    expect(opensKind('ingrid.solvang@example.org)', 'address')).toBe(true);
    expect(opensKind('https://nodejs.org/', 'address')).toBe(true);
    expect(opensKind('Maintainer', 'address')).toBe(false);
  });

  it('opens a code at a word with a digit, and a name where a naming word introduces one', () => {
    expect(opensKind('A4M38', 'code')).toBe(true);
    expect(opensKind('log', 'code')).toBe(false);
    const dog = "The Musgroves' dog at Uppercross was a spaniel named Brisket.";
    const starts = [dog.indexOf('Musgroves'), dog.indexOf('Uppercross'), dog.indexOf('Brisket')];
    expect(namedStarts(dog, starts)).toEqual([dog.indexOf('Brisket')]);
    const footman = "Lady Dalrymple's footman answers to the name of Osric.";
    expect(namedStarts(footman, [footman.indexOf('Dalrymple'), footman.indexOf('Osric')])).toEqual([
      footman.indexOf('Osric'),
    ]);
    expect(namedStarts('Anne met Captain Wentworth.', [9, 17])).toEqual([]);
  });

  it('reads the kind after the scene an opening sets, by the words "what" asks about, no date of "each year"', () => {
    // (writers 7, 12, 21, 25: what is asked follows the comma)
    expect(answerKind('When Hal got to the inn, who was he supposed to ask for?')).toBe('name');
    expect(answerKind('When VAN-117 had its brake job, the mileage recorded was')).toBe('count');
    expect(answerKind('At the most recent census, the number of people living there was')).toBe('count');
    expect(answerKind('When is the church fete happening now, according to what Gran texted?')).toBe('date');
    expect(answerKind('At what time does the boat leave Lyme, according to Captain Benwick?')).toBe('time');
    expect(answerKind('If I need to get hold of Derek from number 14, I can call him on')).toBe('code');
    // "What/Which" asks about the words after it, not the flight the clause ends on
    expect(answerKind('What ticket tier did the agent put me on for the KV 318 flight?')).toBeNull();
    expect(answerKind('What seat did the gate agent put me in for the Madrid flight?')).toBe('code');
    expect(answerKind('Which room is Year 9 Set 3s Tuesday chemistry lesson in?')).toBeNull();
    expect(answerKind('What score did the inspector give that bistro down on the quay?')).toBe('count');
    expect(answerKind('At what hour does the pill machine drop out the tablets?')).toBe('time');
    // how often is no date; asked where, a place (no count of "car share")
    expect(answerKind("What's the most puffs of the inhaler I'm allowed in a day?")).toBeNull();
    expect(answerKind('Where does Martin pick me up for our car share?')).toBeNull();
    // a relative "whose" in a completion, "anyone who" in any request: no name asked
    expect(answerKind("The one sample whose gel lane didn't look clean was")).toBeNull();
    expect(answerKind('Anyone who found the terrier was asked to return him to')).toBeNull();
    // a completion's last words: how long, about how many, a quantity's word and "of"
    expect(answerKind('The red build for the checkout package ran for')).toBe('count');
    expect(answerKind('When its cleanup thresholds were lowered, the events table held about')).toBe('count');
    expect(answerKind("The writer's watch showed an altitude of")).toBe('count');
    expect(answerKind("Under clause 7.2, the tenant's share of the landlord's building costs is")).toBe('count');
    // a numbered thing asked first or said last; when a thing will start is a time, when it did a date
    expect(answerKind("After the reassignment, the traveller's new seat on the Madrid leg was")).toBe('code');
    expect(answerKind('The scheduled overnight reports are now executed on the host')).toBe('code');
    expect(answerKind('The purge on the analytics machine is set to run at')).toBe('time');
    expect(answerKind('When will the headline band actually start playing?')).toBe('time');
    expect(answerKind('When did Dad close the hardware store?')).toBe('date');
    // a measure a completion says stood at, a name it says was named; a word that names no attribute asks nothing
    expect(answerKind('When the storm broke that afternoon, the rectory barometer stood at')).toBe('count');
    expect(answerKind("The sexton who received his quarter's wages was named")).toBe('name');
    expect(answerKind('What millisecond value should the statement timeout stay at?')).toBe('count');
    expect(answerKind("What lot number was on the jab the Tremletts' spaniel received?")).toBe('code');
  });

  it('reads the words a request asks about', () => {
    expect(attributeAsked("What's the container number holding the ceramic tiles aboard the Belle?")).toEqual([
      'container',
      'number',
    ]);
    expect(attributeAsked('The confirmation code for my lodging in Okkerstad is')).toEqual(['confirmation', 'code']);
    expect(attributeAsked("Despite what Cousin Barnaby claims, Aunt Wilhelmina's birthday is on")).toEqual([
      'birthday',
    ]);
    expect(attributeAsked('The new chief executive of Calder Valley Water will be')).toEqual(['chief', 'executive']);
    expect(attributeAsked('According to Rufus, the locker at Westvale pool now opens with')).toEqual([]);
    expect(attributeAsked('Who did my landlord say has the extra key?')).toEqual([]);
  });

  it('reads kinds from the words a completion opens or ends with, and no relative "who"', () => {
    expect(answerKind('The number of fans who turned up to watch Dunmore Rovers was')).toBe('count');
    expect(answerKind('The person who answers enquiries for the Harrowgate Kennel Club is')).toBe('name');
    expect(answerKind('Changes are copied over to the db-mirror-07 standby once every')).toBe('count');
    expect(answerKind("Tobias Wrenfield's new offer for the turbine housings comes to EUR")).toBe('count');
    expect(answerKind('Which frequency does Corvid-3 use to send its data?')).toBe('count');
    expect(answerKind('Remind me what time my appointment with Dr. Kobbe starts?')).toBe('time');
    expect(answerKind('The project lead at NASA is')).toBe('name'); // a person by their role
    expect(answerKind('The technician looking after the Halberd Tourer is')).toBe('name');
    expect(answerKind('The motto of the guild at NASA is')).toBeNull();
  });

  it('opens a count at its number, a time at its clock time', () => {
    expect(opensKind('db-mirror-07.kestrel.internal', 'count')).toBe(false);
    expect(opensKind('$12', 'count')).toBe(true);
    expect(opensKind('14:40–15:25', 'time')).toBe(true);
    expect(opensKind('7pm', 'time')).toBe(true);
    expect(opensKind('9', 'time')).toBe(false);
    expect(opensKind('Thursday', 'name')).toBe(false); // a date's word is no name
    expect(opensKind('REPAIR', 'name')).toBe(false); // nor a heading's capitals
    expect(opensKind('2023-04-11,J.', 'count')).toBe(false); // a date is no count
  });

  it("opens no name at a sentence's first word unless a name goes on there", () => {
    const s = '<p>Queries about the Club? Please ring our secretary, Milena Osterhaus. Noel Silva is away.</p>';
    const starts = ['Queries', 'Club', 'Please', 'Milena', 'Noel'].map((w) => s.indexOf(w));
    const kept = nameStartsInSentence(s, starts).map((q) => s.slice(q).split(' ')[0]);
    expect(kept).toEqual(['Club?', 'Milena', 'Noel']);
  });

  it('asks where by "where" and by "which city", and places a value after its preposition', () => {
    const ward = 'Discharge summary: Mr. D. Okafor, Ward 7B. GP review in 10 days; nurse in Larch Ward.';
    const ws = ['7B', '10 days', 'Larch'].map((w) => ward.indexOf(w));
    expect(placeStarts(ward, ws)).toEqual([ws[2]]);
    expect(asksWhere('In which city would the dispute be arbitrated?')).toBe(true);
    expect(asksWhere('Where must a kayak be inspected?')).toBe(true);
    expect(asksWhere('Which colour is the door?')).toBe(false);
    const s = 'Any dispute under this Agreement shall be resolved by arbitration seated in Valletta, Malta.';
    const starts = ['Any', 'dispute', 'Agreement', 'arbitration', 'Valletta', 'Malta'].map((w) => s.indexOf(w));
    expect(placeStarts(s, starts).map((q) => s.slice(q).split(/[ ,]/)[0])).toEqual(['Valletta']);
    // no date or time after a place's preposition (writer 22's rental car)
    const car = 'The car must be brought back by 18:00 on 2 September to the Reykjavik city office on Skeifan 9.';
    const cs = ['18:00', '2 September', 'Reykjavik', 'Skeifan'].map((w) => car.indexOf(w));
    expect(placeStarts(car, cs).map((q) => car.slice(q).split(/[ ,]/)[0])).toEqual(['Reykjavik', 'Skeifan']);
  });

  it("reads a person, a phone, a duration's time, a scene's day and a passive's agent (writers 1–50)", () => {
    expect(answerKind('Who got the job of measuring how fast the caching tier performs?')).toBe('name');
    expect(answerKind('Remind me who cut the picture on that one?')).toBe('name');
    expect(answerKind('Which fire officer gave the statement about the warehouse fire?')).toBe('name');
    expect(answerKind("What number will the gas engineer call me from if he's delayed?")).toBe('code');
    expect(answerKind('What was my average time on the 400m repeats in the 6 March session?')).toBe('count');
    expect(answerKind('What time does the boat leave?')).toBe('time');
    expect(answerKind('What did the barometer read on the day the bosun was flogged?')).toBe('count'); // a measure, no date
    expect(answerKind('The decisive strike near the end of the game was scored by')).toBe('name');
    expect(answerKind('The fee was reduced by')).toBe('count');
    expect(answerKind('Getting from Elm Street to the medical centre on the 42 takes')).toBe('count');
    expect(answerKind('The firm was ordered to pay compensation amounting to')).toBe('count');
    expect(answerKind('The payments gateway was back online at')).toBe('time');
    expect(answerKind('On the scales, Tabitha came in at')).toBe('count');
    expect(answerKind('Past the mouth of the cave, the reading fell to')).toBe('count');
    expect(answerKind('The amoxicillin prescription is filed under number')).toBe('code');
    expect(answerKind('The number of fans who came was')).toBe('count');
    expect(answerKind('The ranger responsible for incident PR-2291-K was')).toBe('name');
    expect(asksPerson('The panel on financing municipal transit is chaired by')).toBe(true);
    expect(asksPerson('Which fire officer gave the statement?')).toBe(true);
    expect(asksPerson('What lead time does the supplier quote?')).toBe(false);
    expect(asksPerson('What did Inspector Halloran turn over?')).toBe(false);
    expect(asksPerson('What contact number did the plumber leave?')).toBe(false);
    // a person's thing, a completion that ends on another verb, how to reach someone
    expect(answerKind('The member ID recorded on the rejected turnstile attempt was')).toBe('code');
    expect(answerKind('Before its first retransmission of the frame, a client waits')).not.toBe('name');
    expect(answerKind('The engineer the man next door swears by can be reached on')).toBe('code');
    expect(answerKind("Which flight number did they move Ms. Adeyemi's connection to?")).toBe('code');
  });

  it('asked where, opens at no time, date, sum or quantity, and at a number only where it numbers a place', () => {
    const first = (s: string, qs: number[]) => qs.map((q) => s.slice(q).split(/[ ,!;]/)[0]);
    const wedding =
      "Ceremony at St Brannock's at 1:30, reception at Trewin Barn; we're on table 11 with the Pughs, gift £75.";
    const ws = ['St', '1:30', 'Trewin', '11', '£75'].map((w) => wedding.indexOf(w));
    expect(first(wedding, placeKindStarts(wedding, 'Where are we sitting?', ws))).toEqual(['St', 'Trewin', '11']);
    const lunch =
      "All sorted for Grandad's 80th! Table for 11 at The Old Mill, Sunday the 14th, 1pm; riders meet at 3 Mill Lane.";
    const ls = ['80th', '11', 'The Old', '14th', '1pm', '3 Mill'].map((w) => lunch.indexOf(w));
    expect(first(lunch, placeKindStarts(lunch, 'Where is the lunch?', ls))).toEqual(['The', '3']);
    // (no place at all: the starts as they were)
    const none = 'Doors at 7:45, tickets £12.';
    const ns = ['7:45', '£12'].map((w) => none.indexOf(w));
    expect(placeKindStarts(none, 'Where do we go?', ns)).toEqual(ns);
    // (asked by a place's noun, a number answers: "Which port …?")
    expect(placeKindStarts(wedding, 'Which table number are we on?', ws)).toEqual(ws);
  });

  it('opens a code at no day of a month where the source has another (writer 22)', () => {
    const s = 'Your flight has been rebooked onto Kestrel Air KH 9081, departing at 23:15 on 9 October.';
    const starts = ['KH', '9081', '23:15', '9 October'].map((w) => s.indexOf(w));
    expect(startsOfKind(s, starts, 'code').map((q) => s.slice(q).split(/[ ,]/)[0])).toEqual(['KH']);
    // (a carrier's letters inside a name open no value: its number does — "Kestrel Air KH 9081")
    const air = 'rebooked onto Kestrel Air KH 9081, departing on 9 October.';
    expect(startsOfKind(air, [air.indexOf('9081'), air.indexOf('9 October')], 'code')).toEqual([air.indexOf('9081')]);
    const only = 'Gate closes 9 October.';
    expect(startsOfKind(only, [only.indexOf('9')], 'code')).toEqual([only.indexOf('9')]);
  });

  it('opens a colour at the first word of a phrase holding a colour word within three words', () => {
    const s = 'The door had been painted a deep saffron yellow, so the boats could see it.';
    const starts = ['door', 'painted', 'deep', 'saffron', 'yellow', 'boats'].map((w) => s.indexOf(w));
    // no colour phrase opens at a verb or a function word: "set to beige" opens at "beige"
    const set = 'The crow colour was set to beige.';
    const setStarts = ['crow', 'set', 'beige'].map((w) => set.indexOf(w));
    expect(startsOfKind(set, setStarts, 'colour').map((q) => set.slice(q).split(/[ .]/)[0])).toEqual(['beige']);
    const turns = 'anything worse than that turns crimson and pages the secondary';
    const ts = ['anything', 'turns', 'crimson'].map((w) => turns.indexOf(w));
    expect(startsOfKind(turns, ts, 'colour').map((q) => turns.slice(q).split(' ')[0])).toEqual(['crimson']);
    // the whole phrase, from its first word
    expect(startsOfKind(s, starts, 'colour').map((q) => s.slice(q).split(/[ ,]/)[0])).toEqual(['deep']);
  });

  // Writers 4 and 5 (training/recall/guard.py OTHER4, OTHER5), who never saw these rules.
  it('reads a price, a flight, a number to dial, a painted colour, a name asked as "name" or "calling"', () => {
    expect(answerKind("What's the new monthly rent on Flat 7B going to be?")).toBe('count');
    expect(answerKind('Which flight is Marguerite’s sister arriving on?')).toBe('code');
    expect(answerKind('To reach Dorota at the garage directly, you should dial')).toBe('code');
    expect(answerKind('To open the door of the Fernlow cabin these days you punch in')).toBe('code');
    expect(answerKind('From Monday, staff get in through the back entrance by keying in')).toBe('code');
    expect(answerKind('To unlock the bike shed, members are typing in')).toBe('code');
    // (asked with more after it: writer 144)
    expect(answerKind('What should I key in for the side door?')).toBe('code');
    expect(answerKind('Which code do I punch in to get through the backstage entrance these days?')).toBe('code');
    expect(answerKind('How many digits do I key in?')).toBe('count');
    expect(answerKind('Cornelius wanted the door of the boathouse painted')).toBe('colour');
    expect(answerKind("The full official name of the Halversons' greyhound is")).toBe('name');
    expect(answerKind('What did the Halversons end up calling their greyhound, officially?')).toBe('name');
    expect(answerKind('The billing worker gave up on the payment batch identified as')).toBe(null); // "payment" asks no price
    expect(answerKind('Anyone wanting to alter the chunking for the mirror should first consult')).toBe('name');
    expect(answerKind('The contact address for the organiser of the AGM is')).toBe('address'); // not a person
    expect(answerKind('The contact for the AGM is')).toBe('name');
    // writer 6 (OTHER6)
    expect(answerKind('What plate number was on the car that got fined?')).toBe('code'); // a number that identifies
    expect(answerKind('I forgot the order reference for my purchase — what was it?')).toBe('code');
    expect(answerKind('The number of orders placed was')).toBe('count');
    expect(answerKind('How many people came to the festival this year?')).toBe('count'); // not a date
    expect(answerKind('How strong are the peak gusts on Saturday?')).toBe('count');
    expect(answerKind('What proportion of people get to work by ferry?')).toBe('count');
    // any thing's number is a label (writers 1–62), not a numbered thing's name nor "the total number"
    expect(answerKind('Remind me of the reservation number for the barn.')).toBe('code');
    expect(answerKind("What's the job number Harlow Agri gave for the tractor repair?")).toBe('code');
    expect(answerKind("Remind me what the replacement notebook's asset number is?")).toBe('code');
    expect(answerKind("What's the total number of guests?")).toBe('count');
    expect(answerKind('When does the earliest number 47 bus leave on a Sunday?')).toBe('time');
    expect(answerKind('The most recent calibration of incubator number three was')).not.toBe('count');
    // what a request asks to be told; a completion that ends on a code's word
    expect(answerKind('Can you tell me the ID of the warden who put the ticket on my car?')).toBe('code');
    expect(answerKind('To get the reduced wedding rate at the hotel, mention the code')).toBe('code');
    expect(answerKind('The second Hepatitis A dose was drawn from batch')).toBe('code');
  });

  it('opens a price at its currency, a carrier code at its letters, and no count at a day of a month', () => {
    const receipt = 'Cedar planter box   2 @ £27.99   Member discount 12%';
    const rs = ['2', '£27.99', '12%'].map((w) => receipt.indexOf(w));
    const at = (s: string, qs: number[]) => qs.map((q) => s.slice(q).split(/\s/)[0]);
    expect(at(receipt, moneyStarts(receipt, 'How much did the planter box cost?', rs))).toEqual(['£27.99']);
    expect(at(receipt, moneyStarts(receipt, 'How much sugar is in it?', rs))).toEqual(['2', '£27.99', '12%']);
    // money by its own words: what is left on an account, an amount asked (writer 99)
    const trip = 'Coach leaves 9.15. Voluntary contribution is £14.50 (was £12).';
    const tr = ['9.15', '£14.50', '£12'].map((w) => trip.indexOf(w));
    expect(at(trip, moneyStarts(trip, 'The amount being asked for the Hollowmead visit is', tr))).toEqual([
      '£14.50',
      '£12).',
    ]);
    expect(at(trip, moneyStarts(trip, "The money still sitting on Ellie's account is", tr))).toHaveLength(2);
    expect(at(trip, moneyStarts(trip, 'The amount of rainfall was', tr))).toHaveLength(3);
    const till = 'Cedar box 2 @ £27.99\nSubtotal £55.98\nTOTAL £49.26   Paid: card';
    const ts = ['2', '£27.99', '£55.98', '£49.26'].map((w) => till.indexOf(w));
    expect(at(till, moneyStarts(till, 'How much did the customer end up paying?', ts))).toEqual(['£49.26']);
    expect(at(till, moneyStarts(till, 'How much did the cedar box cost?', ts))).toEqual(['£27.99', '£55.98', '£49.26']);
    // a thing that "came to" is the bill's total, unless a priced line says its words or it is said to be a line
    const paint = '2 tins of sage emulsion £38.50\nRoller set £12.99\nTotal £51.49';
    const ps = ['£38.50', '£12.99', '£51.49'].map((w) => paint.indexOf(w));
    expect(at(paint, moneyStarts(paint, 'On the Harbour bill, the roller set came to', ps))).toHaveLength(3);
    expect(at(paint, moneyStarts(paint, 'The paint line came to', ps))).toHaveLength(3);
    expect(at(paint, moneyStarts(paint, 'How much did my trip to Harbour Hardware come to in the end?', ps))).toEqual([
      '£51.49',
    ]);
    expect(at(paint, moneyStarts(paint, 'The full bill at Harbour Hardware came to', ps))).toEqual(['£51.49']);
    const bank = '14 FEB 2024  CARD  OPTICIANS  CHF 236.40   BAL CHF 4,918.05';
    const bs = ['14', 'CHF 236', '236.40', 'CHF 4', '4,918.05'].map((w) => bank.indexOf(w));
    expect(at(bank, startsOfKind(bank, bs, 'count'))).toEqual(['CHF', 'CHF']); // a currency's code opens its price
    const station = 'Carrabeg North, station 312, opened 2003-09-02.';
    const cs = ['312', '2003-09-02'].map((w) => station.indexOf(w));
    expect(at(station, startsOfKind(station, cs, 'date'))).toEqual(['2003-09-02.']); // a date as dates are written
    expect(opensKind('WED-PARRISH,', 'code')).toBe(true); // capitals joined by a hyphen: a code without digits
    expect(opensKind('REPAIR', 'code')).toBe(false);
    const form = 'Pet name: Clementine  DOB: 02/11/2021\nMicrochip: 981020004417263';
    const forms = ['02/11/2021', '981020004417263'].map((w) => form.indexOf(w));
    expect(at(form, startsOfKind(form, forms, 'code'))).toEqual(['981020004417263']); // a code is no date written in digits
    const review = 'The Aero 2 lasted eight months; the Aero 3 died after 19 days.';
    const rv = ['2', 'eight', '3 died', '19'].map((w) => review.indexOf(w));
    expect(at(review, durationStarts(review, 'How long did the Aero 3 keep working?', rv))).toEqual(['eight', '19']);
    const voicemail = 'Voicemail, 9:47am: "Ring me back on 07723 481 906."';
    const vs = ['9:47am:', '07723'].map((w) => voicemail.indexOf(w));
    expect(at(voicemail, startsOfKind(voicemail, vs, 'code'))).toEqual(['07723']); // a clock time is no code
    const flight = "She's on VY 7314, landing around six.";
    const fs = ['VY', '7314', 'six'].map((w) => flight.indexOf(w));
    expect(at(flight, startsOfKind(flight, fs, 'code'))).toEqual(['VY']);
    const label = 'Flight:VY 7314';
    expect(at(label, startsOfKind(label, [7, 10], 'code'))).toEqual(['VY']); // (no word before the code)
    const survey = 'Figures were revised on 2 February 2019; the turnout was 58.7%.';
    const ss = ['2', '2019;', '58.7%.'].map((w) => survey.indexOf(w));
    expect(at(survey, startsOfKind(survey, ss, 'count'))).toEqual(['2019;', '58.7%.']);
    expect(at(survey, startsOfKind(survey, [survey.indexOf('2 ')], 'count'))).toEqual(['2']); // (the only one)
  });

  it('reads prices and durations in words, a measure by its unit, an address by its shape, no abbreviation as a name', () => {
    const at = (s: string, qs: number[]) =>
      qs.map((q) =>
        s
          .slice(q)
          .split(/[\s,;:]/)[0]!
          .replace(/\.$/, ''),
      );
    const mare = 'a grey with one white stocking, and I gave him thirty-five pounds for her, though not worth twenty.';
    const ms = ['one', 'thirty-five', 'twenty'].map((w) => mare.indexOf(w));
    expect(at(mare, startsOfKind(mare, ms, 'count'))).toEqual(['one', 'thirty-five', 'twenty']);
    expect(at(mare, moneyStarts(mare, 'How much did the captain hand over for that horse?', ms))).toEqual([
      'thirty-five',
    ]);
    const cake = 'take one pound of flour and six eggs; bake in a slow oven for an hour and three quarters.';
    const cs = ['one', 'six', 'a slow', 'an hour'].map((w) => cake.indexOf(w));
    const counts = startsOfKind(cake, cs, 'count');
    expect(at(cake, counts)).toEqual(['one', 'six', 'an']); // ("a slow oven" is no quantity)
    expect(at(cake, durationStarts(cake, 'How long is the seed cake supposed to stay in the oven?', counts))).toEqual([
      'an',
    ]);
    const tide = 'Tide table, Thursday 14th: high water 06:12 (4.8 m) and 18:37 (5.1 m).';
    const ts = ['14th', '4.8', '5.1'].map((w) => tide.indexOf(w));
    expect(at(tide, measureStarts(tide, 'How high will the water get on Thursday evening?', ts))).toEqual([
      '4.8',
      '5.1',
    ]);
    expect(at(tide, measureStarts(tide, 'How many tides are there on Thursday?', ts))).toEqual(['14th', '4.8', '5.1']);
    // of the measures, those of the dimension asked: a weight is not "41.5 cm"
    const ladle = 'Ladle, whalebone, c. 1740. Length 41.5 cm, weight 0.6 kg.';
    const ls = ['1740', '41.5', '0.6'].map((w) => ladle.indexOf(w));
    expect(at(ladle, measureStarts(ladle, 'How heavy is the ladle?', ls))).toEqual(['0.6']);
    expect(at(ladle, measureStarts(ladle, 'How long is the ladle, end to end? What is its length?', ls))).toEqual([
      '41.5',
      '0.6',
    ]);
    expect(answerKind("What's the street address where riders meet before the ride sets off?")).toBe('address');
    expect(answerKind('Which address was the order event listener failing to reach?')).toBe('address');
    const ride = 'the ride gathers at the Old Forge café, 3 Mill Lane, at 9:30 on 5 October.';
    const rs = ['Old', '3 Mill', '9:30', '5 October'].map((w) => ride.indexOf(w));
    expect(at(ride, startsOfKind(ride, rs, 'address'))).toEqual(['3']);
    const err = 'Error: connect ECONNREFUSED 10.4.7.19:5672 at TCPConnectWrapper.afterConnect';
    const es = ['ECONNREFUSED', '10.4', 'TCPConnectWrapper'].map((w) => err.indexOf(w));
    expect(at(err, startsOfKind(err, es, 'address'))).toEqual(['10.4.7.19']);
    expect(opensKind('PR', 'name')).toBe(false); // an abbreviation ("Review on PR #2291 by Priya Raman")
    expect(opensKind('Priya', 'name')).toBe(true);
  });

  it('names what a naming word introduces past a pronoun, and no sentence opener after a quote or a comment mark', () => {
    const dog = '“We called her Juniper Ashbloom, after my grandmother’s rose,” said Dario Kettleby.';
    const ds = ['We', 'Juniper', 'Dario'].map((w) => dog.indexOf(w));
    expect(namedStarts(dog, ds).map((q) => dog.slice(q).split(' ')[0])).toEqual(['Juniper']);
    expect(nameStartsInSentence(dog, ds).map((q) => dog.slice(q).split(' ')[0])).toEqual(['Juniper', 'Dario']);
    const note = '# NOTE: we chunk at 6 MiB.\n# Check with Ilse Marrowby first.';
    const ns = ['Check', 'Ilse'].map((w) => note.indexOf(w));
    expect(nameStartsInSentence(note, ns).map((q) => note.slice(q).split(' ')[0])).toEqual(['Ilse']);
  });

  it("reads kinds by the day named, a name to be called, where a thing was left, a completion's last words (writers 117–122)", () => {
    expect(answerKind("Could you remind me when we're due to start the tech run on the Thursday?")).toBe('time');
    expect(answerKind('When is the staff party on Friday?')).toBe('time');
    expect(answerKind('When is the Year 4 class going on their museum outing?')).toBe('date');
    expect(answerKind('When on Friday is the delivery day for the new sofa?')).toBe('date'); // (it says "day")
    expect(answerKind("What are the kids' reading area going to be called from now on?")).toBe('name');
    expect(answerKind('Future allocation requests for Van der Meulen should be mailed to')).toBe('address');
    expect(answerKind('Anyone wanting to claim a lost belonging should send a message to')).toBe('address');
    expect(asksWhere('Every Thursday afternoon the lace-making guild gathers in the')).toBe(true);
    expect(asksWhere('Because the main car park was full, Dougie left the vehicle in')).toBe(true);
    expect(answerKind('The Chardonnay pressing on press 2 wrapped up at')).toBe('time');
    expect(answerKind('Measured along its longer side, the map of the common spans')).toBe('count');
    expect(answerKind('On the receipt, the washer is listed under the model designation')).toBe('code');
    expect(answerKind('Which hiking boot model is this review about?')).not.toBe('code');
    expect(answerKind("Held against the cloth, the 2019 reserve's colour was")).toBe('colour');
    const kit = '- Oxygen cylinder pressure: 137 bar (refill below 100)\n- Entonox: 2 cylinders, both full';
    const ks = ['137', '100', '2 cyl'].map((w) => kit.indexOf(w));
    const pressure = 'How much pressure was showing on the oxygen at the check?';
    expect(measureStarts(kit, pressure, ks).map((q) => kit.slice(q).split(' ')[0])).toEqual(['137']);
    // (none in a pressure's unit: every value — a barometer's glass is read bare, not "27 fathoms")
    const log = '14th. Wind NNE, force 6. Glass at 29.42 and falling. Sounded 27 fathoms over sand.';
    const gs = ['6.', '29.42', '27'].map((w) => log.indexOf(w));
    expect(measureStarts(log, 'The captain noted the pressure gauge standing at', gs)).toEqual(gs);
    // a thing counted: the value it follows (writer 118's fake blood)
    const blood = 'Fake blood (one batch, enough for two shows): 150 ml golden syrup, 2 tsp red food colouring';
    const bs = ['one', '150', '2 tsp'].map((w) => blood.indexOf(w));
    const syrup = 'How much syrup do I need for a batch of the fake blood?';
    expect(thingCountedStarts(blood, syrup, bs).map((q) => blood.slice(q).split(' ')[0])).toEqual(['150']);
    expect(thingCountedStarts(blood, 'How much did the fake blood cost?', bs)).toEqual(bs);
    // an identifier asked past the article after it; a revision asks a code; an identifier is one, a key is not
    expect(
      answerKind('Could you tell me the bundle identifier the release build of Hollowtide is packaged under?'),
    ).toBe('code');
    expect(answerKind('Which revision of the seating plan is the booking system configured to use?')).toBe('code');
    expect(opensKind('com.brassfinch.hollowtide', 'code')).toBe(true);
    expect(opensKind('water_caustics.gdshader', 'code')).toBe(true);
    expect(opensKind('seat_map:', 'code')).toBe(false);
    expect(opensKind('dblink_build_sql_update', 'code')).toBe(false);
    expect(opensKind('config.yaml', 'code')).toBe(false);
    expect(opensKind('again.', 'code')).toBe(false);
  });

  it("opens a date at its weekday, a code at its '#', a colour at a wine's or a leather's word", () => {
    const at = (s: string, qs: number[]) => qs.map((q) => s.slice(q).split(/[\s,]/)[0]);
    const trip = 'Year 4 will visit the museum on Thursday 14 March; Year 3 on Fri, 22 March.';
    const open = new Set(['Thursday', '14', 'Fri', '22'].map((w) => trip.indexOf(w)));
    expect(at(trip, [withWeekday(trip, trip.indexOf('14'), open)])).toEqual(['Thursday']);
    expect(at(trip, [withWeekday(trip, trip.indexOf('22'), open)])).toEqual(['22']); // (an abbreviation: the model stops at it)
    expect(at(trip, [withWeekday(trip, trip.indexOf('22'), new Set())])).toEqual(['22']);
    const window = 'the maintenance window is moving from Saturday 02:00 to Sunday 04:30 UTC';
    const mw = new Set(['Saturday', '02', 'Sunday', '04'].map((w) => window.indexOf(w)));
    expect(at(window, [withWeekday(window, window.indexOf('04'), mw)])).toEqual(['04:30']);
    const art = "The keeper's coat is always painted in #2E5E4E; her scarf uses #C9743A.";
    const as = ['#2E', '2E5', '#C9', 'C97'].map((w) => art.indexOf(w));
    expect(at(art, startsOfKind(art, as, 'code'))).toEqual(['#2E5E4E;', '#C9743A.']);
    const wine = '"It\'s deep garnet, barely any bricking." The spines are oxblood.';
    const ws = ['deep', 'barely', 'bricking', 'oxblood'].map((w) => wine.indexOf(w));
    expect(at(wine, startsOfKind(wine, ws, 'colour'))).toEqual(['deep', 'oxblood.']);
  });

  it("reads the kinds writers 123–128 asked: an e-mail by its way, a moment, a booking's date, a network's key", () => {
    expect(answerKind('How can I reach the person who runs the ICP-MS by email?')).toBe('address');
    expect(answerKind("Hector's referring veterinarian can be emailed at")).toBe('address');
    expect(answerKind('To reach the produce supplier about the standing order, you write to')).toBe('address');
    expect(answerKind('Pet owners wanting to book online should visit')).toBe('address');
    expect(answerKind('At what exact moment did the second blast chiller throw its door-open warning?')).toBe('time');
    expect(answerKind('The BC2 door-open alert was logged at')).toBe('time');
    expect(answerKind('The follow-up visit from environmental health has been scheduled for')).toBe('date');
    expect(answerKind("The club's yearly general meeting was fixed for")).toBe('date');
    // ("for the first time" says which occasion, not the hour)
    expect(answerKind('When did Amara go up on her own for the very first time?')).toBe('date');
    expect(answerKind('Amara Osei-Bonsu flew the aircraft unaccompanied for the first time on')).toBe('date');
    expect(answerKind('What time did the first ferry leave?')).toBe('time');
    expect(
      answerKind("I need to get my phone online in the back - what's the current key for the staff network?"),
    ).toBe('code');
    expect(answerKind('Before fuel, crew or baggage are added, G-BXKT tips the scales at')).toBe('count');
    // (a log's time stamp is a time, where its line holds no other)
    const log = '2024-06-14 05:52:09 WARN door open\n2024-07-09 06:42 TRAILHEAD | planned return 19:30';
    const ls = ['2024-06-14', '2024-07-09', '19:30'].map((w) => log.indexOf(w));
    expect(startsOfKind(log, ls, 'time')).toEqual([ls[0], ls[2]]);
    // (an abbreviation's letters are no identifier)
    expect(opensKind('n.o.s.', 'code')).toBe(false);
  });

  it('counts no pronoun "one", and takes no quantity of things or sum for a code', () => {
    const chat = '[Dev] it was 4417 but Sandra reset it\n[Dev] new one is 80293\n[Mia] thanks';
    const cs = ['4417', 'one is', '80293'].map((w) => chat.indexOf(w));
    expect(startsOfKind(chat, cs, 'count').map((q) => chat.slice(q).split(/\s/)[0])).toEqual(['4417', '80293']);
    const slip = 'Order no.: 4471902635\nAcetonitrile, 4 x 2.5 L ..... 312.40\nNitrile gloves, 10 boxes ..... 89.90';
    // (a sum's shape beside letters is a call number's: "942.38 BEN")
    const card = 'Call no.: 942.38 BEN\nPublished 1887';
    expect(startsOfKind(card, [10, 31], 'code')).toEqual([10, 31]);
    const ss = ['4471902635', '4 x', '2.5 L', '312.40', '10 boxes', '89.90'].map((w) => slip.indexOf(w));
    expect(startsOfKind(slip, ss, 'code').map((q) => slip.slice(q).split(/\s/)[0])).toEqual(['4471902635']);
  });
  it("reads an hour, an address or a sum from a request's verb where nothing else asks a kind (writers 1–182)", () => {
    // a completion ending on "at" some words after something happening asks the hour
    expect(answerKind('The quiz night at the Anchor kicks off at')).toBe('time');
    expect(answerKind('On Sundays the minibus sets off from the church hall at')).toBe('time');
    expect(answerKind('The chemist on the corner closes its doors on Saturdays at')).toBe('time');
    expect(answerKind("Gran's hearing-aid appointment next week is at")).toBe('time');
    expect(answerKind('The last ferry back to the mainland goes at')).toBe('time');
    // … not a place, a price or a handover ("held at", "billed at", "left with the neighbours at")
    expect(answerKind('The spring fair will be held at')).toBe(null);
    expect(answerKind('Each lesson with the tutor is billed at')).toBe('count');
    expect(answerKind('The landlord wants the spare key left with the neighbours at')).toBe(null);
    // … nor a request asking where, nor one ringing a number
    expect(answerKind('Where does the minibus set off from at')).toBe(null);
    expect(answerKind('If the van breaks down again, please ring me at')).not.toBe('time');
    // a completion ending where a message goes asks an address
    expect(answerKind('If you want to complain to Mr Halloran, send it to')).toBe('address');
    expect(answerKind('The reminder about the rota came from the mailbox')).toBe('address');
    expect(answerKind('When the night porter is away, the alarm system falls back to contacting')).toBe('address');
    expect(answerKind('The parcel of spare parts went to')).toBe(null);
    expect(answerKind('The injured buzzard is being sent off to')).toBe(null);
    expect(answerKind('To unlock the new SIM, send the word START to')).toBe(null);
    expect(answerKind('Everyone at the stables is looking forward to')).toBe(null);
    // what was paid, charged or spent asks a sum
    expect(answerKind('What did the garage charge us for the new tyres?')).toBe('count');
    expect(answerKind('What did the groceries come to on Friday?')).toBe('count');
    expect(answerKind("My parents' new boiler set them back")).toBe('count');
    // … not who is in charge, who pays, where or when one pays
    expect(answerKind('Who is in charge of the kitchen on Fridays?')).toBe('name');
    expect(answerKind('Taking charge of the accounts from June is')).toBe(null);
    expect(answerKind('The library fine can be paid at the')).toBe(null);
    expect(answerKind('The deposit for the hall was paid to')).toBe(null);
    // … nor a question that asks no "what" or "how much", nor a person named Bill
    expect(answerKind('Which shop charged us twice?')).toBe(null);
    expect(answerKind('How do I pay the parking fine?')).toBe(null);
    expect(answerKind('What did Bill say about the boiler?')).not.toBe('count');
  });
});
