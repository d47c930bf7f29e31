// The value a limit or an extreme says (src/core/answer-extreme.ts): asked the most or the least,
// the value the source marks as a maximum or a minimum, in its own words, not the clause's first.
import { describe, expect, it } from 'vitest';
import { extremeAsked, startsAfterExtreme } from '../../../src/core/answer-extreme';
import { valuesKept } from './value-openings';

const pick = (source: string, request: string, keep: RegExp) => valuesKept(source, request, keep, startsAfterExtreme);
const NUMBER = /^[-−£$]?\d/;

describe('extremeAsked', () => {
  it('reads a maximum, a minimum, or neither', () => {
    expect(extremeAsked("What's the most naproxen I could take in a single day?")).toBe('max');
    expect(extremeAsked('What was the strongest burst of wind that night?')).toBe('max');
    expect(extremeAsked("What's the RAM cap on each worker container?")).toBe('max');
    expect(extremeAsked('What was the least she would accept for the bicycle?')).toBe('min');
    expect(extremeAsked('The lowest overnight temperature the station registered was')).toBe('min');
    // an order or a frequency, not an amount; both ends at once: neither
    expect(extremeAsked("What did Caradoc's most recent clotting check come back as?")).toBeNull();
    expect(extremeAsked('How many hours did the boiler run?')).toBeNull();
    expect(extremeAsked('What were the highest and the lowest readings?')).toBeNull();
  });
});

describe('startsAfterExtreme', () => {
  it('takes the value a bound or an extreme marks, in words other than the request', () => {
    const advice =
      "Dr Okafor's advice: one 250 mg naproxen tablet twice a day for ten days, never more than 500 mg in a day, and go back after 3 weeks.";
    expect(pick(advice, "What's the most naproxen I could take in a single day?", NUMBER)).toEqual(['500']);
    const gauge = 'Overnight low at the ridge gauge: -6.3°C at 04:40; max gust 71 km/h from the NNW at 02:15.';
    expect(pick(gauge, 'What was the strongest burst of wind recorded that night?', NUMBER)).toEqual(['71']);
    const station =
      'The station logged a minimum of -23.4 °C on the night of 17 January; the maximum the next day was -15.8 °C.';
    expect(pick(station, 'The lowest temperature the station registered on 17 January was', NUMBER)).toEqual(['-23.4']);
    expect(pick(station, 'The highest temperature the day after was', NUMBER)).toEqual(['-15.8']);
    const seller = "Seller (petra.oakes): Lowest I'll go is £165, and you'd collect from Wexcombe on the 3rd.";
    expect(pick(seller, 'What was the least she would accept for the bicycle?', NUMBER)).toEqual(['£165']);
    const compose = 'worker:\n  replicas: 6\n  mem_limit: 768m\n  cpus: 2';
    expect(pick(compose, "What's the RAM cap on each worker container?", NUMBER)).toEqual(['768m']);
  });

  it('reads no mark across a sentence or far from its value, and leaves the starts when none is near', () => {
    const far = 'Peak season runs from June to August. Rooms cost £95 a night and £120 at weekends.';
    expect(pick(far, 'What is the most a room costs?', /^£/)).toEqual(['£95', '£120']);
    const none = 'Bake at 230°C for 18 minutes; the second tray needs 22 minutes.';
    expect(pick(none, 'What is the longest a tray stays in the oven?', NUMBER)).toEqual(['230', '18', '22']);
  });
});
