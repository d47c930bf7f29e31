// Initialisms a request spells out (src/core/initialisms.ts): the run of words whose first letters
// spell a source's word of capitals is read as that word; two letters (people's initials) are not.
// Writer 127 (training/recall/guard.py).
import { describe, expect, it } from 'vitest';
import { withInitialisms } from '../../../src/core/initialisms';

describe('withInitialisms', () => {
  const minutes = 'Minutes, committee meeting 4 Feb. Present: JR, MO, SA. Item 3: AGM agreed for Tuesday 19 March.';
  it('reads the spelled-out words as the initialism the source writes', () => {
    expect(withInitialisms('When is the annual general meeting going to take place?', minutes)).toBe(
      'When is the AGM going to take place?',
    );
    expect(withInitialisms('Who chairs the National Health Service board?', 'The NHS board is chaired by Ana.')).toBe(
      'Who chairs the NHS board?',
    );
  });

  it('leaves a request that spells none, or only two letters, as it is', () => {
    expect(withInitialisms('Who was at the meeting on Saturday?', minutes)).toBe('Who was at the meeting on Saturday?');
    expect(withInitialisms('Did Mark Oduya come?', minutes)).toBe('Did Mark Oduya come?');
  });
});
