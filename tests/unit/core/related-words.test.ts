// Related words (src/core/related-words.ts): words of one WordNet synset of a word's commonest senses,
// found through regular and irregular inflections, and the readers that count them beside a value.
import { describe, expect, it } from 'vitest';
import { related, relatedWords } from '../../../src/core/related-words';
import { startsInSlidingWindow } from '../../../src/core/answer-sliding';
import { startsNearAsked } from '../../../src/core/answer-near';
import { valuesKept } from './value-openings';

describe('related', () => {
  it('joins the words of a common sense, both ways, and not a word to itself or to an unrelated one', () => {
    expect(related('back', 'rear')).toBe(true);
    expect(related('rear', 'back')).toBe(true);
    expect(related('reservation', 'booking')).toBe(true);
    expect(related('reason', 'cause')).toBe(true);
    expect(related('back', 'table')).toBe(false);
    expect(related('price', 'green')).toBe(false);
    expect(related('rear', 'rear')).toBe(false); // (the word itself is the stem match's, not this)
    expect(related('zzyzx', 'back')).toBe(false);
  });

  it('reads inflected forms: regular endings and irregular ones', () => {
    expect(related('bookings', 'reservations')).toBe(true);
    expect(related('replied', 'answered')).toBe(true);
    expect(related('starting', 'beginning')).toBe(true);
    expect(related('children', 'kids')).toBe(true);
  });

  it('leaves out the light words whose synsets say little', () => {
    expect(related('get', 'become')).toBe(false);
    expect(related('have', 'own')).toBe(false);
  });
});

describe('relatedWords', () => {
  it('lists the words a word shares a group with, not itself; none for a word the table lacks', () => {
    expect(relatedWords('damp')).toContain('moist');
    expect(relatedWords('reservation')).toContain('booking');
    expect(relatedWords('damp')).not.toContain('damp');
    for (const w of relatedWords('reservation')) expect(related('reservation', w) || w.includes(' ')).toBe(true);
    expect(relatedWords('zzyzx')).toEqual([]);
  });
});

describe('readers with related words', () => {
  it('take the value a related word stands beside when no word of the request does', () => {
    const tyres = 'Tyre pressures (psi): front 32, rear 36. Spare: 60.';
    const n = /^\d/;
    const back = 'What should the back tyres be pumped up to?';
    expect(valuesKept(tyres, back, n, startsInSlidingWindow)).toEqual(['36']);
    // (clause by clause: "Spare: 60" stays in its own clause, where no asked word stands)
    expect(valuesKept(tyres, back, n, startsNearAsked)).toEqual(['36', '60']);
  });

  it('count the word itself before a related word', () => {
    // ("ref" would be "reference" itself: abbreviations.ts)
    const s = 'Booking QX7-44B for the ferry; reservation RZ-1180 for the hotel.';
    expect(valuesKept(s, 'What is the reservation number?', /^[A-Z]{2}/, startsInSlidingWindow)).toEqual(['RZ-1180']);
  });
});
