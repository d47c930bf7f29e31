// The value nearest the request's words (src/core/answer-near.ts): in a clause of several values of
// the kind asked, the one the request's words stand beside, a word before it counting twice one after.
import { describe, expect, it } from 'vitest';
import { startsNearAsked } from '../../../src/core/answer-near';
import { valuesKept } from './value-openings';

const pick = (source: string, request: string, keep: RegExp) => valuesKept(source, request, keep, startsNearAsked);

describe('startsNearAsked', () => {
  it("takes the value beside the request's words in a clause of several", () => {
    const letter =
      'The new pianoforte arrived on Tuesday, having cost my father forty-two guineas, though the tuner charged a further nine shillings.';
    const money = /^(?:forty|nine)\b/;
    expect(pick(letter, 'How much did the father end up paying for the instrument?', money)).toEqual(['forty-two']);
    expect(pick(letter, 'What did the tuner charge?', money)).toEqual(['nine']);
  });

  it('counts a word after the value half: a list goes on after its item', () => {
    const list = "Shopping: oat milk, 2 lemons, birthday candles (blue, for Freddie — he's turning six), bin bags.";
    expect(pick(list, 'How old is Freddie going to be on his birthday?', /^(?:2|six)\b/)).toEqual(['six']);
  });

  it("credits no word across a list's 'and' or a table's bar, nor one far off", () => {
    const cake = 'For the lemon cake you need 175 grams of caster sugar and three eggs.';
    expect(pick(cake, 'How much caster sugar goes into the lemon cake?', /^(?:175|three)\b/)).toEqual(['175']);
    const row = '| Oskari Vantteland | Forklift (counterbalance) | issued 02/04/2024 | expires 17/03/2027 |';
    expect(pick(row, "When does Oskari's forklift certification run out?", /^\d/)).toEqual(['02', '17']);
    const fest = 'It drew 14,382 visitors over the two days, organisers said, up from 11,905 last year.';
    expect(pick(fest, 'How many people came to the festival this year?', /^(?:14|two)\b/)).toEqual(['14,382', 'two']);
  });

  it('leaves the starts as they were where no clause says a word asked, or each clause holds one', () => {
    const note = 'Wi-Fi code is TULIP-4471. Spare key under the green can, code 2291.';
    expect(pick(note, 'What password do I type to get online?', /^(?:TULIP|\d)/)).toEqual(['TULIP-4471', '2291']);
    const two = 'The Aero 2 lasted 8 months. The Aero 3 died after 19 days.';
    expect(pick(two, 'How long did the Aero 3 last?', /^\d+ (?:months|days)/)).toEqual(['8', '19']);
  });
});
