// The recall answer rule's TS mirror against the fixture that pytest checks on
// training/recall/check.py (training/tests/test_recall_eval_check.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containsValue, isCorrect, saysAbsent } from '../../../src/eval/answer-check';

interface FixtureCase {
  reply: string;
  answers: string[];
  expected: boolean;
  why: string;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/answer-check.json', import.meta.url), 'utf8')) as {
  cases: FixtureCase[];
};

describe('answer check (parity with training/recall/check.py)', () => {
  it.each(fixture.cases.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    expect(isCorrect(c.reply, c.answers)).toBe(c.expected);
  });

  it('exposes the two parts of the rule', () => {
    expect(saysAbsent('Sorry, I do not know.')).toBe(true);
    expect(saysAbsent('It is 42.')).toBe(false);
    expect(containsValue('It is 42.', '42')).toBe(true);
    expect(containsValue('It is 420.', '42')).toBe(false);
  });
});
