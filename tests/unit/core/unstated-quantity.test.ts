// The memory check's second question (src/core/unstated-quantity.ts): a request for a number whose
// quote states none is answered as absent — and one whose quote states any number, or that asks
// for something a word may answer, is left to the model.
import { describe, expect, it } from 'vitest';
import { asksQuantity, statesNumber, unstatedQuantityReply } from '../../../src/core/unstated-quantity';
import { saysAbsent } from '../../../src/eval/answer-check';

describe('unstated quantity', () => {
  it('asks a quantity only with words that only a number answers', () => {
    expect(asksQuantity('What budget has been allocated to Project Tamarind?')).toBe(true);
    expect(asksQuantity('How much does it cost to become a member of the Kennel Club?')).toBe(true);
    expect(asksQuantity('The number of fans who turned up was')).toBe(true);
    expect(asksQuantity('What size is the shirt Harville ordered?')).toBe(false); // "large" answers it
    expect(asksQuantity('What is the motto of the guild?')).toBe(false);
  });

  it("counts digits and number words, not a date's or a time's", () => {
    expect(statesNumber('- Project Tamarind\n- Lead: Ishaan Varghese\n- Target launch: 12 March 2026')).toBe(false);
    expect(statesNumber('Thu 9 Oct | 14:40 | Dentist, March 3; 2026-03-12')).toBe(false);
    expect(statesNumber('Charles shot fourteen brace on the first of September')).toBe(true);
    expect(statesNumber('Registration: KX-55-B')).toBe(true);
    expect(statesNumber('Attendance: 6,418.')).toBe(true);
  });

  it('replies absent only when the quote states no number', () => {
    const quote = '- Project Tamarind\n- Lead: Ishaan Varghese\n- Target launch: 12 March 2026';
    const reply = unstatedQuantityReply('What budget has been allocated to Project Tamarind?', quote, [
      'Project',
      'Tamarind',
    ]);
    expect(reply).not.toBeNull();
    expect(saysAbsent(reply!)).toBe(true);
    expect(reply).toContain('“Project” and “Tamarind”');
    expect(unstatedQuantityReply('What budget has Project Tamarind?', `${quote}\n- Budget: 40,000`, [])).toBeNull();
    expect(unstatedQuantityReply('When does Project Tamarind launch?', quote, [])).toBeNull(); // no quantity asked
    expect(unstatedQuantityReply('How much is the budget?', '', [])).toBeNull(); // nothing quoted: the model answers
    // a year: any digit, a date's included
    expect(unstatedQuantityReply('What year was Oriel born?', 'Oriel was born on 3 March 1950.', [])).toBeNull();
    expect(
      unstatedQuantityReply('What year was the lighthouse built?', 'The cottage door is yellow.', []),
    ).not.toBeNull();
  });
});
