// The memory check's second question for values that are not numbers (src/core/unstated-kind.ts): an
// e-mail, web, IP or street address, a colour or a clock time asked whose quote writes none is answered
// as absent — and one whose quote writes any, in any form the tests read, is left to the model.
import { describe, expect, it } from 'vitest';
import { kindAsked, statesKind, unstatedKind } from '../../../src/core/unstated-kind';
import { unstatedQuantityReply } from '../../../src/core/unstated-quantity';
import { answerKind } from '../../../src/core/answer-kind';

describe('unstated kind', () => {
  it('names which address, colour or time a request asks', () => {
    expect(kindAsked("What is the Gorse & Tilling rep's email address?")).toBe('e-mail address');
    expect(kindAsked('Which website do I use to appeal the ParkGuard charge?')).toBe('web address');
    expect(kindAsked("What's the IP address of the pg-ledger-02 server?")).toBe('IP address');
    expect(kindAsked("What's Tobias Grenfell's home address?")).toBe('address');
    expect(kindAsked("What colour is Dad's MG Midget?")).toBe('colour');
    expect(kindAsked("What time is Felix's christening service?")).toBe('clock time');
    expect(kindAsked('When is the recital?')).toBeNull();
    expect(kindAsked('What date was invoice INV-2207 issued?')).toBe('date');
    expect(kindAsked('In what year did Alun Treharne first register his apiary?')).toBe('date');
    expect(kindAsked('When was the apiary registered?')).not.toBe('date');
    expect(kindAsked('How much did the Burger Barn order cost?')).toBeNull();
    // (a kind a verb some words back suggests — answer-verb-kind.ts — is never called unstated: "…
    // reached the scene on Mill Lane at" of a quote whose line with the times was not quoted, writer
    // 183; a kind the request's last words state is: "… write to")
    expect(kindAsked('To reach the treasurer, write to')).toBe('address');
    expect(answerKind('The engine reached the farm on Lowick Lane at')).toBe('time');
    expect(unstatedKind('The engine reached the farm on Lowick Lane at', 'Barn fire, Lowick Lane.')).toBeNull();
    expect(unstatedKind('What time did the engine reach Lowick Lane?', 'Barn fire, Lowick Lane.')).toBe('clock time');
  });

  it('reads each kind in its forms, erring toward stated', () => {
    const card = 'Supplier: Gorse & Tilling Wholesale. Rep: Soraya Lindqvist (07700 914 226). Terms: 30 days net.';
    expect(statesKind('e-mail address', card)).toBe(false);
    expect(statesKind('e-mail address', `${card} soraya@gorsetilling.co.uk`)).toBe(true);
    expect(statesKind('e-mail address', 'write to ana [at] example [dot] org')).toBe(true);
    expect(statesKind('web address', card)).toBe(false);
    expect(statesKind('web address', 'appeal at parkguard.co.uk/appeals within 28 days')).toBe(true);
    expect(statesKind('IP address', 'pg-ledger-02: shared_buffers = 24GB')).toBe(false);
    expect(statesKind('IP address', 'replica at 10.4.22.118 port 5432')).toBe(true);
    const form = 'Name: Tobias Grenfell\nDOB: 17/08/1991\nPrevious dentist: Castlegate Smiles, Leeds';
    expect(statesKind('address', form)).toBe(false);
    expect(statesKind('address', 'Shop registered at 14 Wellgate, Hexham')).toBe(true);
    expect(statesKind('address', 'Dropped it at Ostrowski & Hale, 4th floor, suite 410.')).toBe(true);
    expect(statesKind('address', 'Post to Flat B, Harbour Road')).toBe(true);
    expect(statesKind('address', 'Deliver to LS6 2QT before noon')).toBe(true);
    expect(statesKind('colour', "Photo: Dad's 1972 MG Midget back from its first full service, £410.")).toBe(false);
    expect(statesKind('colour', 'the Midget, now in British racing green')).toBe(true);
    expect(statesKind('colour', 'Room | Colour | Finish\nKitchen | Sage Drift No. 87 | eggshell')).toBe(true);
    expect(statesKind('time', 'Godparents for Felix: Sunniva Haraldsen; officiant Rev. Gwen Altamirano')).toBe(false);
    expect(statesKind('time', 'the christening is at half past eleven')).toBe(true);
    expect(statesKind('time', 'service at noon')).toBe(true);
  });

  it('answers absent through the memory check only when nothing of the kind is written', () => {
    const card = 'Supplier: Gorse & Tilling Wholesale. Rep: Soraya Lindqvist (07700 914 226).';
    expect(unstatedKind("What is the Gorse & Tilling rep's email address?", card)).toBe('e-mail address');
    expect(unstatedQuantityReply("What is the Gorse & Tilling rep's email address?", card, ['Gorse', 'Tilling'])).toBe(
      "I don't know: what I was given mentions “Gorse” and “Tilling” but states no e-mail address for what you asked.",
    );
    expect(unstatedKind("What is the rep's email address?", `${card} Email soraya@gt.example`)).toBeNull();
    // (a request asking who is no address: "Who should I address the complaint to?")
    expect(unstatedKind('Who should I address the complaint to?', card)).toBeNull();
  });

  it('asks a date or a clock time by its word of lines that write none in any form (writers 1–146)', () => {
    const invoice = 'Commercial invoice INV-2207: seller Hartmoor Textiles Ltd, total 9,870.00. Terms FOB Southampton.';
    expect(unstatedKind('What date was invoice INV-2207 issued?', invoice)).toBe('date');
    expect(unstatedKind('The expiry date printed on the card ending 0923 is', 'card ending 0923 was declined')).toBe(
      'date',
    );
    for (const dated of [
      'issued 3 March',
      'issued 2024-03-11',
      'issued 12/03/24',
      'issued on Tuesday',
      'issued last week',
    ])
      expect(unstatedKind('What date was invoice INV-2207 issued?', `${invoice} ${dated}`)).toBeNull();
    const stay = 'Your stay at Kestrel Lane Hostel: 2 beds in dorm D4, arriving Thu 11 Sept, balance €96.';
    expect(unstatedKind('What time does check-in open at Kestrel Lane Hostel?', stay)).toBe('clock time');
    for (const clock of ['check-in from 15:00', 'check-in opens at 3', 'from 3pm', 'check-in opens at three'])
      expect(unstatedKind('What time does check-in open at Kestrel Lane Hostel?', `${stay} ${clock}`)).toBeNull();
    // ("when" may be answered by a date or an event: left to the model)
    expect(unstatedKind('When do we arrive at Kestrel Lane Hostel?', 'Kestrel Lane Hostel: dorm D4.')).toBeNull();
  });

  it('asks who of a quote that writes no name a person may have (writers 55, 112, 130)', () => {
    expect(
      unstatedKind('Who was the author of the commit that added CSV export?', '6be7702 feat: export timesheets as CSV'),
    ).toBe('person');
    expect(unstatedKind('Who signed off the commit?', '6be7702 feat: export as CSV (Tamsin Reyes)')).toBeNull();
    expect(unstatedKind('Who signed off the commit?', 'commit 6be7702\nauthor: treyes')).toBeNull();
    expect(unstatedKind('Who chairs the Glenarrow Show committee?', 'Glenarrow Show 2025: entries close 1 June.')).toBe(
      'person',
    );
    // (a sentence's first word may be a name; not a word of the request's)
    expect(unstatedKind('Who chairs the committee?', 'Committee meets monthly. Priya chairs.')).toBeNull();
  });
});
