// Superseded values (src/core/answer-superseded.ts): of two values of a fact that changed, the one
// the source marks as before the change ("up from", "(it was", "not", "the earlier … of", "… was
// corrected to") opens no value, unless the request asks the old one. Wordings of writers who never
// saw the rule (training/recall/guard.py OTHER4, OTHER5).
import { describe, expect, it } from 'vitest';
import { currentStarts, supersededAt } from '../../../src/core/answer-superseded';
import { FUNCTION_WORDS, ValueBounds } from '../../../src/core/answer-value-bounds';

const VALUE = /^[£$]?[\p{L}\p{N}]+(?:[.,:-][\p{L}\p{N}]+)*%?/u;
const words = (source: string, request: string) => {
  const starts = new ValueBounds(source, FUNCTION_WORDS).starts.filter((q) => /\d/.test(source[q]!));
  return currentStarts(source, request, starts).map((q) => VALUE.exec(source.slice(q))![0]);
};

describe('currentStarts', () => {
  it('drops the value a change started from, a bracket says it was, or the source says it is not', () => {
    const fair = 'It drew 14,382 visitors over the two days, organisers said, up from 11,905 last year.';
    expect(words(fair, 'How many people came this year?')).toEqual(['14,382']);
    const meeting = 'The kickoff has been pushed to 4:45 pm Thursday (it was 2:15).';
    expect(words(meeting, 'What time is the kickoff now?')).toEqual(['4:45']);
    const pier = 'The contractor now expects completion on 28 August 2025 (slipped from 12 June).';
    expect(words(pier, 'When will the pier be finished?')).toEqual(['28']); // (a date's year opens no value)
    const cabin = "the cabin door code changed, it's 5082 now not 9147 lol";
    expect(words(cabin, "What's the door code?")).toEqual(['5082']);
    const fee = 'The club fee is moving from 40 to 55 euros, after 3 years.';
    expect(words(fee, 'What is the club fee now?')).not.toContain('40');
    // (a change's verb in any form, up to three words before its "from": writers 11 and 47)
    const rent = 'NOTICE: the rent will increase from £875 to £940 per calendar month from 1 September.';
    expect(words(rent, 'What will I be paying each month for the flat?')).toEqual(['940', '1']);
    const vet = "Dr. Vance had to move Biscuit's dental cleaning from Tue 9 April to Thu 11 April, same time (08:15).";
    expect(words(vet, "What day did Biscuit's appointment get pushed back to?")).toEqual(['11', '08:15']);
    // asked the new value, the one the change goes to (writer 14)
    const resizer =
      'the resizer now supports AVIF output, default JPEG quality drops from 85 to 78, and 25 MB uploads.';
    expect(words(resizer, "What's the new default compression setting for jpegs?")).toEqual(['78']);
    expect(words(resizer, 'How big may an upload be?')).toEqual(['78', '25']);
    const survey = 'the earlier turnout estimate of 63.4% was corrected to 58.7%.';
    expect(words(survey, 'What turnout did the survey report?')).toEqual(['58.7%']);
  });

  it('drops the value an upgrade, a relocation or a renaming started from (writer 136)', () => {
    const log = '2025-05-14 07:58:31 INFO updater: ChairSide Pro upgraded from 4.9.7 to 4.11.2 on RECEPTION-PC.';
    expect(words(log, 'Which release of ChairSide Pro is the front desk machine on now?')).toEqual(['4.11.2']);
    const hut = 'The kit store relocated from Unit 4 to Unit 9 in March.';
    expect(words(hut, 'Which unit is the kit store in now?')).toEqual(['9']);
  });

  it('drops a value a few words into a change "from", and every value "instead of" lists', () => {
    const window = 'The maintenance window is moving from Saturday 02:00 to Sunday 04:30 UTC.';
    expect(words(window, 'What time is the archive work happening after the reschedule?')).toEqual(['04:30']);
    const decision = "The group agreed to call the effort 'Kingfisher' instead of 'Heron' or 'Osprey'.";
    const names = new ValueBounds(decision, FUNCTION_WORDS).starts.filter((q) => /\p{Lu}/u.test(decision[q]!));
    expect(currentStarts(decision, 'What name did we settle on?', names).map((q) => decision.slice(q, q + 10))).toEqual(
      ['Kingfisher'],
    );
  });

  it("drops a comparison's other term (writer 8)", () => {
    const budget = 'The support contract renews on 1 September at $48,250, compared with $41,900 last year.';
    expect(words(budget, "How much is this year's renewal going to cost us?")).toEqual(['1', '48,250']);
  });

  it("drops the value before an arrow, one marked cancelled or deprecated, a label's previous one (writers 105–116)", () => {
    const log = 'card-reader[SR-7731]: firmware update complete 2.8.1 -> 2.9.0, rebooting';
    expect(words(log, 'Which firmware version is the card reader running now?')).toEqual(['2.9.0']);
    expect(words('dues going up: individual $40 -> $45, family $55 → $60', 'What will a family pay?')).toEqual([
      '45',
      '60',
    ]);
    const codes = (source: string, request: string) => {
      const starts = new ValueBounds(source, FUNCTION_WORDS).starts.filter((q) => /^\S*\d/.test(source.slice(q)));
      return currentStarts(source, request, starts).map((q) => VALUE.exec(source.slice(q))![0]);
    };
    const cert = 'Certificate No.: BX-4471-K    Previous certificate: BX-3902-F (cancelled)';
    expect(codes(cert, "What is the Corncrake's certificate number?")).toEqual(['BX-4471-K']);
    expect(codes(cert, 'Which certificate was cancelled?')).toEqual(['BX-4471-K', 'BX-3902-F']);
    const order = 'Your order reference is MH-40719-B (the old one, MH-40622-A, was cancelled).';
    expect(codes(order, 'What is the order reference?')).toEqual(['MH-40719-B']);
    const chase = 'invoice INV-2291 is now overdue. The earlier one, INV-2274 for 640 euros, was paid on 2 May.';
    expect(codes(chase, 'Which invoice number is the one Kessler still owes on?')).not.toContain('INV-2274');
    const notes = 'shipment-tracker v3.12.4 fixes the bug; v3.12.3 is deprecated and v3.13.0 is planned.';
    expect(words(notes, 'Which release fixed the bug?')).toEqual(['3.12.4', '3.13.0']);
    const deploy = 'spec:\n  replicas: 14\n  # was 6 before the peak\n  image: planner:2.1';
    expect(words(deploy, 'How many copies of the route planner are configured to run right now?')).toEqual(['14']);
    const ticket = 'Ticket LOGI-4482 was reopened on 19 March 2024; it had originally been closed on 2 March 2024.';
    expect(words(ticket, 'When did the ticket get opened up again?')).toEqual(['19']);
    const pitch = 'Agreed to raise the standard Saturday pitch from £35 to £42, effective 1 July.';
    expect(words(pitch, 'How much will a Saturday pitch cost?')).toEqual(['42', '1']);
  });

  it("drops an old thing's value, one that no longer works, a record's previous key (writers 118, 121)", () => {
    const door = 'The old code 4471 no longer works; the new one is 83920. - Maureen';
    expect(words(door, 'What digits do I punch in to open the scene dock entrance now?')).toEqual(['83920']);
    expect(words('Door code 4471 no longer works. Ask Maureen.', 'What is the door code?')).toEqual(['4471']);
    const press = '{\n"firmware": "4.11.3",\n"previous_firmware": "4.9.0",\n"updated": "2023-08-30"\n}';
    expect(words(press, 'Which firmware does the press run?')).toEqual(['4.11.3', '2023-08-30']);
    expect(words('pin_old = 4471\npin = 83920', 'What is the pin?')).toEqual(['83920']);
    expect(words(press, 'Which firmware did the press run before?')).toEqual(['4.11.3', '4.9.0', '2023-08-30']);
  });

  it('drops what a "no longer" says a thing goes to, not a "no longer than" limit (writer 145)', () => {
    const spoil =
      'Item 4: excavated spoil will no longer go to Cutler Yard; with immediate effect all spoil is to be hauled to Brennock Quarry.';
    const at = (w: string) => supersededAt(spoil, spoil.indexOf(w));
    expect([at('Cutler'), at('Brennock')]).toEqual([true, false]);
    const pipe = 'Offcuts must be no longer than 30 cm.';
    expect(supersededAt(pipe, pipe.indexOf('30'))).toBe(false);
    const code = 'The gate no longer opens with 4471: use 83920 from Monday.';
    expect(words(code, 'What opens the gate?')).toEqual(['83920']);
  });

  it('keeps every value when the request asks the old one, or when nothing else would remain', () => {
    const fair = 'It drew 14,382 visitors, up from 11,905 last year.';
    expect(words(fair, 'How many came last year?')).toEqual(['14,382', '11,905']);
    expect(words('Attendance was up from 11,905.', 'What was the attendance?')).toEqual(['11,905']);
  });

  it('does not call a value old for an age ("old Tobias"), nor for a plain "from"', () => {
    expect(supersededAt('the one who knows is old Tobias Wrenfield', 34)).toBe(false);
    const log = 'shedding load from tenant MX-8820-K';
    expect(supersededAt(log, log.indexOf('MX'))).toBe(false);
  });

  it('drops a value a "was … but" takes back, and a departure the source cancels (writers 125 and 128)', () => {
    const lab = '[Dev] it was 4417 but Sandra reset it this morning\n[Dev] new one is 80293';
    expect(words(lab, 'Now that it has been changed, what number opens the antechamber?')).toEqual(['80293']);
    const text = "Rhoda: hey, the 3:10 boat is cancelled cos of the swell, I'm getting the one at 4:45 instead";
    expect(words(text, 'Which departure has Rhoda switched to?')).toEqual(['4:45']);
    expect(supersededAt('it was 4417 and it still is', 7)).toBe(false);
    // (asked after an increase, the value each change goes to — an arrow's too)
    const notice = 'Rent for Flat 4 will increase from £875 to £940 per month; the parking fee stays at £35.';
    expect(words(notice, 'Once the increase kicks in, what will I be paying each month?')).toEqual(['940']);
    const dues = 'individual $40 -> $45, family $55 -> $60, student rate staying at $20';
    expect(words(dues, 'From September the family subscription will be')).toEqual(['45', '60']);
    // (the next sentence's words are no thing of the value's: "52. Resit no longer required.")
    const board = 'module ECON305 mark revised from 38 to 52. Resit no longer required.';
    expect(words(board, "What did Ravi's mark get changed to?")).toEqual(['52']);
  });
});
