// Where a completion's answer follows its own words (src/core/answer-follows.ts): the value starts
// right after the longest run of the prompt's last words that the source holds.
import { describe, expect, it } from 'vitest';
import { startsAfterPrompt } from '../../../src/core/answer-follows';
import { FUNCTION_WORDS, ValueBounds } from '../../../src/core/answer-value-bounds';

const at = (source: string, prompt: string) => {
  const starts = new ValueBounds(source, FUNCTION_WORDS).starts; // (answer copy opens no value with a function word)
  return startsAfterPrompt(source, prompt, starts).map((q) => source.slice(q).split(' ')[0]);
};

describe('startsAfterPrompt', () => {
  it("opens right after the prompt's own words, past function words", () => {
    const salts = 'Mary kept her smelling salts in the blue dressing room at Uppercross Cottage.';
    expect(at(salts, "Mary's smelling salts were kept in the")).toEqual(['blue']);
    const coach = 'The coach leaves the White Hart every morning at a quarter to nine.';
    expect(at(coach, 'Each day the coach leaves the White Hart every morning at')).toEqual(['a']); // "a quarter to nine"
    expect(at('The pass key is 4416. Remember it.', 'What is the pass key? The pass key is')).toEqual(['4416.']);
  });

  it('prefers the longest run; nothing when the source does not hold the last words, or only a function word', () => {
    const keys = 'The red key is 12. The blue key is 34.';
    expect(at(keys, 'The blue key is')).toEqual(['34.']);
    expect(at(keys, 'Tell me: the key is')).toEqual(['12.', '34.']); // only "key is" is held: both follow it
    expect(at(keys, 'The key of the blue door is')).toEqual([]); // "door is" is not held; "is" alone does not count
    expect(at("Lady Dalrymple's footman answers to the name of Osric.", 'The footman is called')).toEqual([]);
    expect(at('It is in the box.', 'Look in the')).toEqual(['box.']); // "in the": a run of two
    expect(at('It is the box.', 'Look at the')).toEqual([]); // "the" alone follows everywhere
  });
});
