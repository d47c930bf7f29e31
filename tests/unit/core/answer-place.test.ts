// Where a reply's value stands in a quoted line (src/core/answer-place.ts): after the words that name
// it where a mark or "is" sets it, at the subject said before "is", in a table under its header.
import { describe, expect, it } from 'vitest';
import { startsAfterRequest } from '../../../src/core/answer-place';
import { FUNCTION_WORDS, ValueBounds } from '../../../src/core/answer-value-bounds';

describe('startsAfterRequest', () => {
  // (answer copy opens no value with the request's words or a function word)
  const after = (source: string, request: string) => {
    const avoid = new Set([...request.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase()));
    const starts = new ValueBounds(source, new Set([...avoid, ...FUNCTION_WORDS])).starts;
    return startsAfterRequest(source, request, starts).map((q) => source.slice(q).split(' ')[0]);
  };

  it('opens where a mark or a verb saying "is" sets the value after the words that name it', () => {
    const motto =
      'oven_79_last_words = "trap circuit leader laboratory"\n- order motto of the new station: chandler hurt tool';
    expect(after(motto, 'What are the last words of oven 79 and the order motto of the new station?')).toEqual([
      'trap',
      'chandler',
    ]);
    const log = '[2021-03-04 10:15] amber_toolbox: emergency_contact set to Valeria Draper';
    expect(after(log, "What is the amber toolbox's emergency contact?")).toEqual(['Valeria']);
    const search = 'After a long search, the polls contact of oven 26 turned out to be Uriel Delacroix.';
    expect(after(search, 'Tell me the polls contact of oven 26.')).toEqual(['Uriel']);
    const fork = 'Our internal fork of the REPL is known as Pebblestone.';
    expect(after(fork, 'What do we call our internal fork of the REPL?')).toEqual(['Pebblestone.']);
    const arrow = 'INFO The lower kitchen updated last words -> mold scheduler';
    expect(after(arrow, "What are the lower kitchen's last words?")).toEqual(['mold']);
    // past function words and the request's own words, and a question said and answered on its line
    expect(after('reasoning colour for Omar ... navy', "What was Omar's reasoning colour?")).toEqual(['navy']);
    const asked = '"The emergency contact of Totroussford? That would be Valeria Ellison," Walter said.';
    expect(after(asked, "Totroussford's emergency contact is")).toEqual(['Valeria']);
    const annotated = '6661064872 recorded as locker number for Pryvakford (log)';
    expect(after(annotated, 'What is the locker number of Pryvakford?')).toEqual(['6661064872', 'recorded', 'log)']); // no mark sets "log": all stay
    const salts = 'Mary kept her smelling salts in the blue dressing room at Uppercross Cottage.';
    expect(after(salts, 'Where did Mary keep her smelling salts?')).toEqual(['blue']); // a place, asked where
    const rotated = '[09:42] <dmitri> the staging database password got rotated to kelp-orbit-77';
    expect(after(rotated, "What's the staging database password now?")).toEqual(['kelp-orbit-77']); // "changed to"
    const has = 'Brigid Delacroix has the farming contact Farid Silva.';
    expect(after(has, 'What is the farming contact of Brigid Delacroix?')).toEqual(['Farid']); // what it has, named
    const constant = 'MAX_UPLOAD_MB = 48  # raised after the March incident';
    expect(after(constant, 'The upload limit is set to')).toEqual(['48']); // past the rest of the identifier
  });

  it('keeps every start of a line where nothing sets the value after the request words', () => {
    const footman = "Lady Dalrymple's footman answers to the name of Osric.";
    expect(after(footman, "What is the name of Lady Dalrymple's footman?")).toEqual(['answers', 'Osric.']); // a verb sets nothing
    const dog = "The Musgroves' dog at Uppercross was a spaniel named Brisket.";
    expect(after(dog, "What was the Musgroves' dog called?")).toContain('Brisket.'); // a modifier sets nothing
    const card = 'Later the privacy date of the radio was written on a card: 1928-01-04.';
    expect(after(card, 'What is the privacy date of the radio?')).toContain('1928-01-04.'); // the passive sets nothing
    expect(after('Sarah Connor worked as a waitress.', 'What was the occupation of Sarah Connor?')).toEqual([
      'worked',
      'waitress.',
    ]); // only a name is held: no attribute word
  });

  it('opens at the subject a line says first, before "is" and the words that name the value', () => {
    const first = "Peiflanaikford is the dark door of Moabloas' home town.\nThe badge number of Vouhaer is 97.";
    expect(after(first, "What is the dark door of Moabloas' home town, and Vouhaer's badge number?")).toEqual([
      'Peiflanaikford',
      '97.',
    ]);
    const cake = 'For the lemon cake you need 175 grams of caster sugar and three eggs.';
    expect(after(cake, 'How much caster sugar goes into the lemon cake?')).toEqual(['175']); // a quantity "of" them
    const date = 'October 3, 1822 is the expense date of Cutynou.';
    expect(after(date, 'Looking it up, the expense date of Cutynou is')).toEqual(['October']); // a date's comma breaks no clause
    const brother = 'At Kellynch, Captain Wentworth was the brother of Mrs Croft.';
    expect(after(brother, "Who is Mrs Croft's brother?")).toEqual(['Captain']);
    // a subject that only says the request's own words is none
    expect(after('The ferry is the polls contact of Farid.', 'Who is the polls contact of the ferry?')).toEqual([
      'Farid.',
    ]);
  });

  it('opens at a code or number said right after the words that name it', () => {
    const log =
      '2023-11-14 03:17:52 ERROR [billing-worker] Payment batch PB-88231 rejected: gateway timeout after 3 retries';
    expect(after(log, 'Which batch of payments did the billing worker fail on?')).toEqual(['PB-88231']);
    // a plain word after them is no value set there: the line keeps its starts
    expect(after('The gateway timeout hit twice.', 'Which gateway failed?').length).toBeGreaterThan(1);
  });

  it("reads a label's participle as part of the label, and the line about the asked subject", () => {
    const form = 'Customer name: Alderic Munroe\nTechnician assigned: Sunniva Brekke\nEstimated completion: Thursday';
    const one = (source: string, request: string) => {
      const avoid = new Set([...request.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase()));
      const starts = new ValueBounds(source, new Set([...avoid, ...FUNCTION_WORDS])).starts;
      return startsAfterRequest(source, request, starts, { oneValue: true }).map((q) => source.slice(q).split(' ')[0]);
    };
    expect(one(form, "Who's the technician working on the car?")).toEqual(['Sunniva']);
    const kit = '- Tripod: Velbon, serial TR-5521\n- GPS receiver: Garnet X4, serial GX4-80317K';
    expect(one(kit, 'I need the serial for the Garnet GPS.')).toEqual(['GX4-80317K']);
  });
});
