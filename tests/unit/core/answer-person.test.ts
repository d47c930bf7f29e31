// The person a "Who …" request asks (src/core/answer-person.ts): of the names a line holds, those
// written as a person's — titled, or a first name and a surname that name no place — not a place
// after its article or preposition, nor the one a letter greets.
import { describe, expect, it } from 'vitest';
import { personStarts } from '../../../src/core/answer-person';

const at = (s: string, words: string[]) => words.map((w) => s.indexOf(w));
const said = (s: string, qs: number[]) => qs.map((q) => s.slice(q).split(/[\s,.|]/)[0]);

describe('personStarts', () => {
  it("prefers a titled name or a first name and surname to a place's name", () => {
    const play =
      "The Quillon Players revive 'A Lantern' at the Corran Street Playhouse from 3 March. Directed by Fenella Oduya.";
    expect(said(play, personStarts(play, at(play, ['Corran', 'Fenella'])))).toEqual(['Fenella']);
    const report = 'Year 5 report for Toby: Maths 88%. Mrs Okonkwo notes he must stop chatting.';
    expect(said(report, personStarts(report, at(report, ['Toby', 'Okonkwo'])))).toEqual(['Okonkwo']);
    const will = 'I, WALTER LUND of Saxmundham, GIVE my clock to my niece Harriet Mary Lund.';
    expect(said(will, personStarts(will, at(will, ['Saxmundham', 'Harriet'])))).toEqual(['Harriet']);
    const form = 'Vehicle: 2016 Halberd Tourer / Technician assigned: Sunniva Brekke';
    expect(said(form, personStarts(form, at(form, ['Halberd', 'Sunniva'])))).toEqual(['Sunniva']);
  });

  it("reads a relation's word as a title, and a single word after 'of' as a place", () => {
    const bequests =
      "Aunt Hilda's bequests: the walnut bureau to cousin Freda, and the silver teapot to Reverend Ames.";
    expect(said(bequests, personStarts(bequests, at(bequests, ['Freda', 'Reverend'])))).toEqual(['Freda', 'Reverend']);
    const baptism = 'Eliza, daughter of Thomas Hebden, weaver, and Mary his wife, of Lumb Foot.';
    expect(said(baptism, personStarts(baptism, at(baptism, ['Thomas', 'Mary'])))).toEqual(['Thomas']);
  });

  it('passes over the one a letter greets, keeps ties, and keeps all when no name reads as a person', () => {
    const letter = 'Dear Ms Okonjo, the council approved your dropped kerb. Your case officer is Declan Ashworth-Pyle.';
    expect(said(letter, personStarts(letter, at(letter, ['Okonjo', 'Declan'])))).toEqual(['Declan']);
    const ticket =
      'Ticket OPS-7719 (reporter: Marguerite Olansky): lag on the Frankfurt standby. Assignee: Tobiah Renwick.';
    expect(said(ticket, personStarts(ticket, at(ticket, ['Marguerite', 'Frankfurt', 'Tobiah'])))).toEqual([
      'Marguerite',
      'Tobiah',
    ]);
    const places = 'The bus runs from Dunhallow to the Corran Street Playhouse.';
    const ps = at(places, ['Dunhallow', 'Corran']);
    expect(personStarts(places, ps)).toEqual(ps);
  });
});
