// The previous request read back from a memory (src/core/previous-request.ts), whatever framing
// the chat template puts around a user message.
import { describe, expect, it } from 'vitest';
import { previousRequest, turnMarks } from '../../../src/core/previous-request';
import { FakeTokenizer } from './fake-word-tokenizer';

const tok = new FakeTokenizer();
// special tokens as a template writes them (ids past the fake vocabulary): BOS only on a first
// turn, a newline after an answer
const [BOS, USER, END, ASSISTANT] = [9001, 9002, 9003, 9004];
const NL = tok.encode('\n')[0]!;
const userTurn = (m: string, first: boolean) => [
  ...(first ? [BOS] : [NL]),
  USER,
  NL,
  ...tok.encode(m),
  END,
  NL,
  ASSISTANT,
  NL,
];

describe('previous request', () => {
  it('finds the marks both framings share around a message', () => {
    expect(turnMarks(userTurn)).toEqual({ open: [USER, NL], close: [END, NL, ASSISTANT, NL] });
    expect(turnMarks((m) => tok.encode(m))).toBeNull(); // a framing that marks nothing
  });

  it('reads the last user message of the memory, a first turn included', () => {
    const marks = turnMarks(userTurn)!;
    const reply = (t: string) => [...tok.encode(t), END];
    const memory = [
      ...userTurn('What is the badge of Lorcan Mayfield?', true),
      ...reply('It is 7.'),
      ...tok.encode(' Some text fed in between.'),
    ];
    const read = (ids: number[], reach?: number) =>
      previousRequest(
        (a, b) => ids.slice(a, b),
        (x) => tok.decode(x),
        marks,
        ids.length,
        reach,
      );
    expect(read(memory)).toBe('What is the badge of Lorcan Mayfield?');
    const later = [...memory, ...userTurn('And his code?', false), ...reply('It is 9.')];
    expect(read(later)).toBe('And his code?');
    expect(read(later, 6)).toBe(''); // beyond the reach
    expect(read(tok.encode('No turns at all.'))).toBe('');
  });
});
