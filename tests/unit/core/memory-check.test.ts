// The memory check (src/core/memory-check.ts): which messages are requests, which words are
// names, when a name counts as present (any spelling of its letters and digits), and that the
// reply satisfies the one answer rule for absent facts. The tokenizer is a word-level fake
// (fake-word-tokenizer.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  absentReplyStart,
  checkAnswer,
  checkMemory,
  commonWordTest,
  insideAddress,
  isRequest,
  namesIn,
  notInMemoryReply,
  startsAtWord,
  vouchesForPresence,
} from '../../../src/core/memory-check';
import { MemoryLetters, type TokenTerms } from '../../../src/core/memory-letters';
import { FakeTokenizer } from './fake-word-tokenizer';
import { isCorrect, saysAbsent } from '../../../src/eval/answer-check';

// [text, letters of a name, found] — training/tests/test_quote_probe.py holds the same table.
const STARTS_AT_WORD: [string, string, boolean][] = [
  ['Then that Rushworth came.', 'hatrus', false],
  ['the Musgroves were out', 'musgrove', true],
  ['ursula_thorne: height 195', 'ursulathorne', true],
  ['lorcanMayfield.badge = 3091', 'mayfield', true],
  ['lorcanMayfield.badge = 3091', 'canmay', false],
  ['unit4b.access', '4b', true],
  ['Station #25 reported', 'station25', true],
  ['Station #125 reported', 'station25', false],
  ['', 'a', false],
];

function check(message: string, memory: string) {
  const tok = new FakeTokenizer();
  const letters = new MemoryLetters(tok);
  const ids = tok.encode(memory);
  letters.extend(ids);
  return checkMemory(message, letters, tok, { tokenIds: (a, b) => ids.slice(a, b), decode: (x) => tok.decode(x) });
}

describe('memory check', () => {
  it('knows a request from a statement', () => {
    expect(isRequest('What is the top speed of Ziacoford?')).toBe(true);
    expect(isRequest('Tell me the badge number of Lorcan Mayfield.')).toBe(true);
    expect(isRequest('Hey, remind me of the panic code for Lorcan.')).toBe(true);
    expect(isRequest("Lower Beivak's release year, please.")).toBe(true);
    expect(isRequest('I need the project code of Hiazom.')).toBe(true);
    expect(isRequest('Kindly retrieve the project code of Hiazom.')).toBe(true);
    expect(isRequest('The project code of Hiazom is')).toBe(true); // left for the answer to finish
    expect(isRequest('Project code of Hiazom:')).toBe(true);
    expect(isRequest("Please remember: Bob's locker is 42.")).toBe(false);
    expect(isRequest('Note that Bob moved to Paris.')).toBe(false);
    expect(isRequest("Hi! Please remember that Bob's locker is 42.")).toBe(false);
    expect(isRequest('Nice weather today.')).toBe(false);
    expect(isRequest('Same question for the wide oven.')).toBe(true); // a follow-up
    expect(isRequest('Same for Micrae Group.')).toBe(true);
  });

  it('finds names: capitalised, not opening a sentence, not common; and numbered subjects', () => {
    const tok = new FakeTokenizer();
    const common = commonWordTest(tok);
    expect(namesIn('Hey, Remind me of the panic code for Lorcan Mayfield.', common)).toEqual(['Lorcan', 'Mayfield']);
    expect(namesIn("What is Hiazom's height? Thanks.", common)).toEqual(['Hiazom']);
    expect(namesIn("Hiazom's height?", common)).toEqual(['Hiazom']); // a sentence's first word only as a possessive …
    expect(namesIn('Hiazom height?', common)).toEqual([]); // … not otherwise
    // a version's first part is no subject's number, a short capital word's plural no name (writer 12)
    expect(namesIn('By when do the old 5.7 servers have to be migrated off?', common)).toEqual([]);
    expect(namesIn('How hot did the processors on the billing DBs get?', common)).toEqual([]);
    expect(namesIn("Height's value?", common)).toEqual([]); // (a common word stays none)
    expect(namesIn('Which locker does Dr. Ashcombe keep?', common)).toEqual(['Ashcombe']); // a title ends no sentence, nor is it a name
    expect(namesIn('What is the code of station 25 in building D?', common)).toEqual(['station 25']);
    expect(namesIn('What is the Height of it?', common)).toEqual([]); // a common word, capitalised
    expect(namesIn('What happens in chapter 3, on line 20?', common)).toEqual([]); // places in a text, not subjects
    expect(namesIn('What novel was I going to buy Jonah for Christmas?', common)).toEqual(['Jonah']); // a holiday is a date
    expect(namesIn('How much is the rent for flat 7C now, due by 5pm?', common)).toEqual(['flat 7C']); // (not "by 5pm")
    expect(namesIn('Who teaches on Thursday period 4, under clause 11?', common)).toEqual([]); // places in a text or a timetable
    expect(namesIn('What changed since 1990, about 40 times, on march 3?', common)).toEqual([]);
    expect(namesIn('What is the port in the YAML for Hiazom?', common)).toEqual(['Hiazom']); // a format, not a name
    expect(namesIn('What does the code X0N83 open?', common)).toEqual(['X0N83']);
    expect(namesIn('What is the badge of Zoë Åberg?', common)).toEqual([]); // not ASCII: not tested
    // "I've", a weekday or a month, "their 1987", a possessive before a year: no names
    expect(namesIn("Who should I phone if I've got a question for the Kennel Club?", common)).toEqual([
      'Kennel',
      'Club',
    ]);
    expect(namesIn('On Thursday the 9th, the dental check-up in March begins at', common)).toEqual([]);
    expect(namesIn('How many days did the volunteers spend on their 1987 survey?', common)).toEqual([]);
    // nor a verb's number (writer 41: "could 3" was a numbered subject, missing from memory)
    expect(namesIn("What energy rating could 3 Tanner's Yard get to?", common)).toEqual(['Tanner', 'Yard']);
    expect(namesIn("From start to finish, the Pellmore volunteers' 1987 survey lasted", common)).toEqual(['Pellmore']);
    // nor the number of the name that follows it (writer 101: "see 3" was a subject, missing from memory)
    expect(namesIn('Our appointment to see 3 Quarry Row is at', common)).toEqual(['Quarry', 'Row']);
  });

  it('a name counts as present in any spelling of its letters and digits', () => {
    const q = 'What is the badge number of Lorcan Mayfield?';
    expect(check(q, 'Staff list. Lorcan Mayfield: badge 42.').missing).toEqual([]);
    expect(check(q, 'staff = {"lorcan_mayfield": {"badge": 42}}').missing).toEqual([]);
    expect(check(q, 'LORCAN MAYFIELD HOLDS BADGE 42').missing).toEqual([]);
    expect(check(q, 'Staff list. Mayfield: badge 42.').missing).toEqual(['Lorcan']);
    expect(check(q, 'Staff list. Nobody else.').missing).toEqual(['Lorcan', 'Mayfield']);
    expect(check('What is the code of station 25?', 'Station #25 has code X0N83.').missing).toEqual([]);
    expect(check('What is the code of station 25?', 'Station 24 has code X0N83.').missing).toEqual(['station 25']);
    // a family named in the plural is held by its singular (writer 36); a name the memory lacks stays missing
    expect(
      check("Which lot was the Tremletts' spaniel given?", 'Spaniel (owner Mrs Tremlett): lot VX-30917.').missing,
    ).toEqual([]);
    expect(check("Where do the Joneses' cousins live?", 'Ivy Jones lives at 4 Mill Lane.').missing).toEqual([]);
    expect(
      check("Which lot was the Tremletts' spaniel given?", 'Spaniel (owner Mrs Tremayne): lot VX-30917.').missing,
    ).toEqual(['Tremletts']);
  });

  it('counts a name inside an e-mail address or a host name, which glue their words (writer 100)', () => {
    expect(
      check('The full bill for my Ashcombe Velo clothing was', 'From: kit@ashcombevelo.cc\nTotal £149.').missing,
    ).toEqual([]);
    expect(
      check("Where is the Harriers' yearly meeting?", 'See www.ashcombeharriers.org for the AGM.').missing,
    ).toEqual([]);
    // (only inside an address: not inside an ordinary word, nor a short name)
    expect(check('What is the Velo total?', 'We develop kits; the total is £149.').missing).toEqual(['Velo']);
    expect(check('Where is the Harriers meeting?', 'The Ashcombeharriers meeting is at the pub.').missing).toEqual([
      'Harriers',
    ]);
    expect(insideAddress('mail kit@ashcombevelo.cc today', 'velo')).toBe(true);
    expect(insideAddress('mail kit@ashcombevelo.cc today', 'vel')).toBe(false);
    expect(insideAddress('the ashcombevelo shop', 'velo')).toBe(false);
  });

  it("a number after \"#\" is an issue's, a ticket's or an order's (writer 103)", () => {
    const config = 'retry_timeout = 45  # was 30, bumped after #1377';
    expect(check('After the change from issue 1377, the retry timeout is', config).missing).toEqual([]);
    expect(check('After the change from ticket 1377, the retry timeout is', config).missing).toEqual([]);
    expect(check('After the change from issue 1378, the retry timeout is', config).missing).toEqual(['issue 1378']);
    // (a "#" numbers no room: "room 1377" is not "#1377")
    expect(check('Who booked room 1377?', config).missing).toEqual(['room 1377']);
  });

  it('counts a name only where it starts at a word, not across a word (the Python twin reads the same table)', () => {
    for (const [text, needle, found] of STARTS_AT_WORD)
      expect(startsAtWord(text, needle), `${needle} in ${text}`).toBe(found);
    expect(check('What is the code of Hatrus?', 'Then that Rushworth came.').missing).toEqual(['Hatrus']);
    expect(check('What is the code of Hatrus?', 'The Hatrus code is 5.').missing).toEqual([]);
    expect(check('What is the code of Hatrus?', 'The code of the Hatrus project.').missing).toEqual([]);
  });

  it('tests no subject described in lower case, nor a country or a nationality', () => {
    // a description is paraphrased more often than absent (writer 10's "the skin specialist" of
    // "Dr. Helena Okafor (dermatology)"): only names are tested
    const memory = 'The creek code for the northern ferry is G6M84. The catching station was built in 1728.';
    expect(check('Say the creek code for the southern ferry, please.', memory).missing).toEqual([]);
    const visit = 'Reminder: your appointment with Dr. Helena Okafor (dermatology) is on 14 March at 9:20 am.';
    expect(check('What date is my visit to the skin specialist?', visit).missing).toEqual([]);
    // a country or a nationality names a region the memory may know by a place inside it (writers 12, 13)
    const trip = 'Lisbon trip: hotel is the Casa Azulejo in Alfama, booking ref QX7-4419.';
    expect(check("Remind me of the reservation code for where we're sleeping in Portugal.", trip).missing).toEqual([]);
    expect(
      check('How much is the German standby licence this year?', 'The Frankfurt standby costs 38,500.').names,
    ).toEqual([]);
    // (names still are: "Jordan" is also a given name)
    expect(check("What is Jordan's badge number?", trip).missing).toEqual(['Jordan']);
    // nor a continent, an ocean, a peninsula, an era (writers 16, 17)
    const manifest = 'Port of loading: Busan | Container MSKU 4829170 | LED panels, gross 18,620 kg';
    expect(check('How heavy was the box of LED panels coming over from Korea, all in?', manifest).missing).toEqual([]);
    const diary = '14th March, 1887. Rain again. I shall call the puppy Marmaduke.';
    expect(check('What did the girl in the old Victorian diary want to call her new dog?', diary).missing).toEqual([]);
    // nor a weekday's plural, a word for a relative, a party (writers 20, 21)
    const hours = 'Eastholme Community Library - opening hours:\nFri: 9:30-20:00 (late opening)\nSun: closed';
    expect(check('On Fridays, Eastholme library stays open until', hours).missing).toEqual([]);
    const store = 'My father ran the hardware store on Decatur Street and closed it for a week only once.';
    expect(check('When was the one time Dad shut the shop for an entire week?', store).missing).toEqual([]);
    expect(check('When did Uncle Lonnie shut the shop?', store).missing).toEqual(['Lonnie']);
    const poll = 'Elmfield Ward by-election\nPRYCE, Owen (Conservative) 1,652\nMCALLISTER, Joan (Labour) 1,877';
    expect(check('How many votes did the Tory get in the Elmfield by-election?', poll).missing).toEqual([]);
    expect(check('How many votes did the Tory get in the Ashcombe by-election?', poll).missing).toEqual(['Ashcombe']);
    // (its reply names what the memory holds, not the word it lacks)
    const heading = check('How many votes did the Tory get in Elmfield?', 'Elmfield Ward by-election, 2 May');
    expect(heading.unheld).toEqual(['Tory']);
    expect(
      checkAnswer(heading, 'How many votes did the Tory get in Elmfield?', 'Elmfield Ward by-election, 2 May')?.text,
    ).toBe("I don't know: what I was given mentions “Elmfield” but states no number for what you asked.");
    // a numbered subject abbreviated on either side, not a number after a quantifier (writer 23)
    const notebook = 'Lab notebook, expt 12: titration of unknown HCl; mean titre 23.45 cm³. Rm 4 was locked.';
    expect(check('What titre did experiment 12 give?', notebook).missing).toEqual([]);
    expect(check('Which lab was room 4?', notebook).missing).toEqual([]);
    expect(check('What titre did experiment 13 give?', notebook).missing).toEqual(['experiment 13']);
    expect(check('What titre did trial 12 give?', notebook).missing).toEqual(['trial 12']);
    expect(check('What titre did experiment 2 give?', notebook).missing).toEqual(['experiment 2']);
    expect(
      check('How long did each 400 m rep take?', 'Thurs 6 Mar: 8 x 400 m reps, 71 seconds per rep.').names,
    ).toEqual([]);
    // nor after a conjunction; a code's letters before a dash abbreviate too; a relative's compound (writers 24, 25, 27)
    expect(check("Which migration can't be reverted once 0143 has been applied?", 'after 0143 lands').missing).toEqual(
      [],
    );
    // nor a part of a text: a patent's claim is numbered "3." (writer 29)
    expect(
      check('In claim 3 of the patent, what are the fins attached to?', '3. The heat sink of claim 1.').names,
    ).toEqual([]);
    const invoice = 'INV-20931 line 3: SKU TRK-5520-BLK, heavy-duty hand truck, 4 @ $212.00.';
    expect(check("What's the product code for the hand trucks on invoice 20931?", invoice).missing).toEqual([]);
    const will = 'My great-uncle Walter left the grandfather clock to his niece.';
    expect(check('Who did Great-Uncle Walter leave his grandfather clock to?', will).missing).toEqual([]);
    expect(check('Who did Great-Uncle Albert leave his clock to?', will).missing).toEqual(['Albert']);
    // the word itself with "No." between; a unit named after a person names nothing (writer 121)
    const receipt = 'CAVE COOPÉRATIVE — RECEIPT No. 5528\nTOTAL .......... €187.40';
    expect(check('How much did the customer pay altogether on receipt 5528?', receipt).missing).toEqual([]);
    expect(check('How much did the customer pay altogether on receipt 5529?', receipt).missing).toEqual([
      'receipt 5529',
    ]);
    // a number of three characters or more alone, whatever word stands before it (writers 34, 111, 127,
    // 142, 159, 161, 199: "room_no = 612", "Put 4008 down as crouched", an SQL row's "(5012, 5, 'fill')")
    const sql = "UPDATE rooms SET out_of_order_until = '2025-03-02' WHERE room_no = 612;";
    expect(check('Until when is room 612 out of order?', sql).missing).toEqual([]);
    expect(check('Until when is room 613 out of order?', sql).missing).toEqual(['room 613']);
    expect(check('Until when is suite 612 out of order?', sql).missing).toEqual([]);
    const grave = '"Skull\'s at the north end, facing east. Put 4008 down as crouched, not flexed."';
    expect(check('Which end of the grave was the skull at in burial 4008?', grave).missing).toEqual([]);
    expect(check('Which end of the grave was the skull at in burial 4009?', grave).missing).toEqual(['burial 4009']);
    // (nor a number a naming word gives: "the fill numbered 12" of "(12, 5, 'fill')"; a short number otherwise
    // needs its word: "bay 12" is not there)
    const row = "INSERT INTO contexts VALUES (12, 5, 'fill', 'mid greyish brown');";
    expect(check('In the context table, the upper fill numbered 12 is described as', row).missing).toEqual([]);
    expect(check('Who parked in bay 12?', row).missing).toEqual(['bay 12']);
    // (nor a reference's first part; a subject's word a few words before its number; a numbered
    // subject's word held with its number — writers 201–203)
    expect(check('Where was the walker on job 24/117?', 'Incident 24/117 - Grid SD 8734 7261').missing).toEqual([]);
    expect(check('What original gravity did brew 0417 come in at?', 'BREW LOG #0417 - OG 1.064').missing).toEqual([]);
    expect(check('What original gravity did brew 0418 come in at?', 'BREW LOG #0417 - OG 1.064').missing).toEqual([
      'brew 0418',
    ]);
    const rota = 'TUE: Dr Okafor 08:00 (Surg 2) | Dr Lindqvist 09:30 (Surg 1)';
    expect(check('Who is the dentist in Surgery 1 on Tuesday?', rota).missing).toEqual([]);
    expect(check('Who is the dentist in Surgery 4 on Tuesday?', rota).missing).toEqual(['Surgery 4', 'Surgery']);
    // (a month's or a day's short form is a date: "Feb" of "12/02/24")
    expect(check('How much fuel was bought at Moorside on 12 Feb?', 'MOORSIDE FUELS 12/02/24').missing).toEqual([]);
    // (a number that measures is no subject's, in the request or in the memory)
    expect(check('A single 20 cm layer of the sponge stays in the oven for', row).names).toEqual([]);
    expect(check('Who donated that anonymous 250 euro gift?', row).names).toEqual([]);
    expect(check('Who stayed in room 718?', 'We paid £718 for it, and 3.718 kg of fish.').missing).toEqual([
      'room 718',
    ]);
    const table = 'tag,runner,club\nQX-101,417,Wenna Polglase\nQX-102,418,Ivo Trenear';
    expect(check('Which tag did runner 418 wear?', table).missing).toEqual([]);
    expect(check('Which tag did runner 419 wear?', table).missing).toEqual(['runner 419']);
    const tagged = 'Heifer UK0583321-40719 calved on 3 April, a bull calf of 38 kg.';
    expect(check('How heavy was the calf of cow 40719?', tagged).missing).toEqual([]);
    expect(check('How heavy was the calf of cow 40718?', tagged).missing).toEqual(['cow 40718']);
    // (a sum is no subject's number: "Room 612: … 718 pounds" holds no room 718)
    const bill = 'Room 612: Mr Baker, two nights, minibar and dinner, total 718 pounds.';
    expect(check('Who stayed in room 718?', bill).missing).toEqual(['room 718']);
    expect(check('Who stayed in room 612?', bill).missing).toEqual([]);
    // (a short number alone is anything's: "bay 38" is not the calf's "38 kg")
    expect(check('Who parked in bay 38?', tagged).missing).toEqual(['bay 38']);
    const tank = '[tank_T4]\nferment_setpoint_c = 26.5';
    expect(check('Tank T4 is set to a target, in degrees Celsius, of', tank).missing).toEqual([]);
  });

  it('holds names written one after another by their initials (writer 199)', () => {
    const chat = '[08:02] Dev: morning all, the TBM on the field gatepost is 42.317 m OD, ignore the old one';
    expect(check('What height above Ordnance Datum did Dev give?', chat).missing).toEqual([]);
    expect(check('What height above Ordnance Survey did Dev give?', chat).missing).toEqual(['Ordnance', 'Survey']);
    // (each name alone is no initial: "Ordnance" is not "OD"; the capitals stand as a word of their own)
    expect(check('What height above Ordnance did Dev give?', chat).missing).toEqual(['Ordnance']);
    expect(check('What did Oscar Dunn give?', 'Total: 12 ODT').missing).toEqual(['Oscar', 'Dunn']);
    const log = 'Tech log, G-OKLM: 212 per flying hour, wet.';
    expect(check('What is charged per hour in Golf Oscar Kilo Lima Mike?', log).missing).toEqual([]);
  });

  it('tests a compound that describes by the names among its parts', () => {
    const tok = new FakeTokenizer();
    const common = commonWordTest(tok);
    expect(namesIn('How long do the Sunday-night backups stick around?', common)).toEqual([]);
    expect(namesIn("How much did Kenji's Asia-Pacific team bring in?", common)).toEqual(['Kenji']);
    expect(namesIn('Which port does the Redis-backed session store use?', common)).toEqual(['Redis']);
    expect(namesIn('What did the Busan-to-Rotterdam box weigh?', common)).toEqual(['Busan', 'Rotterdam']);
    // a compound of names, or of a name and a number, is one name
    expect(namesIn('What is the Wi-Fi password of Okafor-Varga?', common)).toEqual(['Wi-Fi', 'Okafor-Varga']);
    expect(namesIn('When was Corvus-3 launched?', common)).toEqual(['Corvus-3']);
    const memory = 'REDIS_URL=redis://cache-02.internal:6380/3  # session store for the storefront';
    expect(check('Which port does the Redis-backed session store use?', memory).missing).toEqual([]);
  });

  it('vouches for presence only for a request whose names are all found', () => {
    const memory = 'Staff list. Lorcan Mayfield: badge 42.';
    expect(vouchesForPresence(check('What is the badge number of Lorcan Mayfield?', memory))).toBe(true);
    expect(vouchesForPresence(check('What is the badge number of Lorcan Quellbrook?', memory))).toBe(false);
    expect(vouchesForPresence(check('What is the badge number?', memory))).toBe(false); // no name: nothing to vouch for
    expect(vouchesForPresence(check('Note that Lorcan Mayfield moved.', memory))).toBe(false); // not a request
    expect(vouchesForPresence(check('What is the badge of Lorcan Mayfield?', ''))).toBe(false); // never checked
    const tok = new FakeTokenizer();
    expect(absentReplyStart(tok, "I don't know. It is not in my memory.")).toBe(tok.encode("I don't know.")[0]);
    expect(absentReplyStart(tok, undefined)).toBeNull();
  });

  it('checks only requests, and never an empty memory', () => {
    expect(check('Note that Lorcan Mayfield moved.', 'Nothing here.')).toMatchObject({ request: false, missing: [] });
    expect(check('What is the badge of Lorcan Mayfield?', '')).toMatchObject({ request: true, missing: [] });
  });

  it('never calls absent a name the memory holds verbatim (property)', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.string({ maxLength: 40 }), (names, filler) => {
        const message = `What is the code of ${names.join(' ')}?`;
        expect(check(message, `${filler} ${names.join(' ')} ${filler}`).missing).toEqual([]);
      }),
    );
  });

  it('its reply is an absent answer under the one answer rule, and a wrong one for a present fact', () => {
    for (const names of [['Hiazom'], ['Lorcan', 'Mayfield'], ['a', 'b', 'c']]) {
      const reply = notInMemoryReply(names);
      expect(saysAbsent(reply)).toBe(true);
      expect(isCorrect(reply, [])).toBe(true);
      expect(isCorrect(reply, ['42'])).toBe(false);
      for (const n of names) expect(reply).toContain(`“${n}”`);
    }
  });

  it('indexes the memory incrementally: the same answers as one pass, within [0, end), skipping what is rejected', () => {
    const tok = new FakeTokenizer();
    const chunks = ['Staff list. ', 'Lorcan Mayfield', ': badge 42. ', 'Later, Oriel Vance joined.'];
    const ids = chunks.flatMap((c) => tok.encode(c));
    const once = new MemoryLetters(tok);
    once.extend(ids);
    const step = new MemoryLetters(tok);
    for (let end = 0; end <= ids.length; end += 3) step.extend(ids, end);
    step.extend(ids);
    expect(step.tokens).toBe(ids.length);
    for (const needle of ['lorcanmayfield', 'badge42', 'oriel', 'hiazom', 'mayfieldbadge'])
      expect(step.has(needle)).toBe(once.has(needle));
    expect(once.has('lorcanmayfield')).toBe(true);
    expect(once.has('mayfieldbadge')).toBe(true); // across words: counted present (the safe side)
    const lorcanEnd = tok.encode(chunks[0]!).length + tok.encode(chunks[1]!).length;
    expect(once.has('oriel', lorcanEnd)).toBe(false); // later than `end`
    expect(once.has('lorcan', lorcanEnd)).toBe(true);
    // Skipping every run that touches Lorcan Mayfield's tokens hides the name and nothing else.
    const start = tok.encode(chunks[0]!).length;
    const hide = (a: number, b: number) => a < lorcanEnd && b > start;
    expect(once.has('lorcan', ids.length, hide)).toBe(false);
    expect(once.has('oriel', ids.length, hide)).toBe(true);
    expect(once.tokensOf('lorcan')).toEqual([start]);
    expect(once.tokensOf('lorcan', ids.length, 5, hide)).toEqual([]);
  });

  it('finds exactly what one string of the memory holds, whatever the chunking (property)', () => {
    const vocab = ['ab', 'c', '', 'abc', 'b', 'ca', 'x'];
    const terms: TokenTerms = { ofId: Int32Array.from(vocab, (t, i) => (t ? i : -1)), terms: vocab };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: vocab.length - 1 }), { maxLength: 40 }),
        fc.stringMatching(/^[abcx]{1,5}$/),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 40 }),
        (ids, needle, chunk, cut) => {
          const end = Math.min(cut, ids.length);
          const index = new MemoryLetters(terms, chunk);
          index.extend(ids, Math.floor(end / 2));
          index.extend(ids);
          const upTo = ids
            .slice(0, end)
            .map((i) => vocab[i])
            .join('');
          expect(index.has(needle, end)).toBe(upTo.includes(needle));
          // tokensOf: the token holding the first character of every occurrence, oldest first.
          const starts: number[] = [];
          let length = 0;
          for (const i of ids.slice(0, end)) {
            starts.push(length);
            length += vocab[i]!.length;
          }
          const expected: number[] = [];
          for (let at = upTo.indexOf(needle); at >= 0; at = upTo.indexOf(needle, at + 1))
            expected.push(starts.findLastIndex((s) => s <= at));
          expect(index.tokensOf(needle, end)).toEqual(expected);
          expect(index.tokensOf(needle, end, 1)).toEqual(expected.slice(0, 1));
        },
      ),
    );
  });
});
