// The clause a value is said in (src/core/answer-clause.ts): of a line's values, those in the
// clause that says most of the request (by stem, a pronoun carrying the clause before it, a question
// holding no answer), and in a list the item that alone says the request's attribute words. Lines
// are not compared with each other.
import { describe, expect, it } from 'vitest';
import { attributeWords, startsInClauseAsked } from '../../../src/core/answer-clause';
import { FUNCTION_WORDS, ValueBounds } from '../../../src/core/answer-value-bounds';

const VALUE = /^[£$]?[\p{L}\p{N}]+(?:[.,:-][\p{L}\p{N}]+)*%?/u;
const pick = (source: string, request: string, keep: RegExp = /\d/) => {
  const starts = new ValueBounds(source, FUNCTION_WORDS).starts.filter((q) => keep.test(source[q]!));
  return startsInClauseAsked(source, request, starts).map((q) => VALUE.exec(source.slice(q))![0]);
};

describe('attributeWords', () => {
  it("keeps a request's content words that are no name", () => {
    expect(attributeWords('What about Uriel Praquiopeirk?')).toEqual(['about']);
    expect(attributeWords('And its drive height?')).toEqual(['drive', 'height']);
    expect(attributeWords('The hygiene rating awarded to The Lantern Bistro was')).toEqual([
      'hygiene',
      'rating',
      'awarded',
    ]);
  });
});

describe('startsInClauseAsked', () => {
  it("takes the value of the clause that says the request's words", () => {
    const rent = 'Rent for Flat 7B goes up to £1,140 a month from 1 April; Flat 7A stays at £980 as agreed.';
    expect(pick(rent, "What's the new monthly rent on Flat 7B?", /[£\d]/)).toEqual(['7B', '£1,140', '1,140', '1']);
    const survey = 'Figures were revised on 2 February 2019; the turnout estimate was corrected to 58.7%.';
    expect(pick(survey, 'After the correction, what turnout did it report?')).toEqual(['58.7%']); // correction ~ corrected
  });

  it("counts a request's name half a word of its attribute: the names found the line", () => {
    const report =
      'Inspection - Premises: The Lantern Bistro, 9 Quay Street. Rating awarded: 3 (Generally satisfactory).';
    // the heading says "Lantern" and "Bistro" (1), the rating's clause "rating" and "awarded" (2)
    expect(pick(report, 'The hygiene rating awarded to The Lantern Bistro was')).toEqual(['3']);
    // a name beside its number still counts whole ("Flat 7B", above)
  });

  it("counts a name's number with its name and a short form as its word", () => {
    const review = 'The Aero 2 lasted eight months before the switch failed; the Aero 3 died after 19 days.';
    expect(pick(review, "How long did Priya's Fennick Aero 3 keep working?", /[\de]/)).toEqual(['3', '19']);
    const notice = 'Your order (ref. BCX-88120-Q, 3 parcels) left today. Your tracking number is VF-2231907-NL.';
    expect(pick(notice, 'I forgot the order reference for my purchase, what was it?', /[A-Z]/)).toEqual([
      'BCX-88120-Q',
    ]);
  });

  it("in a list, the item that alone says the request's attribute", () => {
    const gin =
      "Aunt Fenella's damson gin: 450 g damsons, pricked all over, 225 g caster sugar, one 70cl bottle of gin.";
    expect(pick(gin, "How much sugar goes into Aunt Fenella's damson gin?")).toEqual(['225']);
    const trip = 'Day 3: leave Lyon 08:12 on TGV 6611 to Marseille, coach 14, seat 87 for me (Rafa has 88).';
    expect(pick(trip, "What's my seat number on the Lyon to Marseille train?")).toEqual(['87']);
  });

  it('reads a pronoun as the clause before it, and no answer in a question', () => {
    const note =
      'The mirror rejects payloads above 7340032 bytes, so we chunk at 6 MiB. Ask Ilse 4471 before changing this.';
    expect(pick(note, 'Whom do I ask before changing the chunk size for the mirror?')).toEqual(['4471']);
    const said = '"Which locker holds the box 12?" asked Louisa. "Locker 31," said the gardener.';
    expect(pick(said, 'Which locker holds the box?')).toEqual(['31']); // not the question's 12
  });

  it('compares no lines, and changes nothing where no clause says the request', () => {
    const yaml = 'deploy:\nregion: eu-west-3\nreplicas: 14\nowner: team-kestrel-2';
    expect(pick(yaml, 'Which region does team Kestrel deploy to?', /[a-z\d]/)).toContain('eu-west-3');
    expect(pick('It cost 12 and weighed 40.', 'What colour is the door?')).toEqual(['12', '40']);
  });
});
