// The clause a value is said in (src/core/answer-clause.ts): of a line's values, those in the
// clause that says most of the request (by stem, a pronoun carrying the clause before it, a question
// holding no answer), and in a list the item that alone says the request's attribute words. Lines
// are compared by startsInLineAsked alone: the line that says most of the request.
import { describe, expect, it } from 'vitest';
import { attributeWords, startsInClauseAsked, startsInLineAsked } from '../../../src/core/answer-clause';
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

describe('startsInLineAsked', () => {
  const line = (source: string, request: string) => {
    const starts = new ValueBounds(source, FUNCTION_WORDS).starts.filter((q) => /[\d$]/.test(source[q]!));
    return startsInLineAsked(source, request, starts).map((q) => VALUE.exec(source.slice(q))![0]);
  };

  it('keeps the values of the line that says most of the request, its names counting whole (writers 141, 146)', () => {
    const hives =
      '2024-07-03 06:42:09 [INFO] hive=H11 site=Cobb Lane weight=38.9kg\n' +
      '2024-07-03 06:42:11 [INFO] hive=H12 site=Cobb Lane weight=41.3kg';
    expect(line(hives, 'How heavy was colony H12 in the early-morning reading on 3 July?')).toEqual([
      '2024-07-03',
      '41.3kg',
    ]);
    const list = '2020 Reserve Syrah ....... $48\n2022 Rose of Grenache .... $19';
    expect(line(list, 'What will a bottle of the 2020 Reserve Syrah set them back?')).toEqual(['2020', '$48', '48']); // (a price opens at its sign and its number)
  });

  it('compares the rows of a table, not its header row, with each other', () => {
    const table = '| Farm | Crates |\n| Hollins | 40 |\n| Bramblecote | 12 |';
    expect(line(table, 'How many crates does Bramblecote take?')).toEqual(['12']);
    // (the header says "delivery" and "driver", the one row "Bramblecote": no opinion)
    const rows = '| Farm | Delivery day | Driver |\n| Bramblecote | Tuesday | Wren Abernathy |';
    const all = new ValueBounds(rows, FUNCTION_WORDS).starts;
    expect(startsInLineAsked(rows, "Bramblecote's deliveries are driven by", all)).toEqual(all);
  });

  it("does not compare one record's lines, each under a label of its own (guard tech 3)", () => {
    expect(line('port: 8443\nreplicas: 14 (team Kestrel)', 'What port does team Kestrel use?')).toEqual(['8443', '14']);
  });

  it('keeps all where the values share one line or no line says the request', () => {
    expect(line('It cost 12 and weighed 40.', 'What did it cost?')).toEqual(['12', '40']);
    expect(line('Shed 12\nGate 40', 'What colour is the door?')).toEqual(['12', '40']);
  });
});
