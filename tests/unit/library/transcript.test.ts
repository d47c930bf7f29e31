// transcript.ts: which of the messages a client sends the memory already holds.
import { describe, expect, it } from 'vitest';
import {
  contentText,
  newMessages,
  systemPromptOf,
  transcriptOf,
  type TranscriptMessage,
} from '../../../src/library/transcript';
import { ChatRequestError } from '../../../src/library/errors';
import type { TurnView } from '../../../src/runtime/engine-api';

const u = (content: string): TranscriptMessage => ({ role: 'user', content });
const a = (content: string): TranscriptMessage => ({ role: 'assistant', content });
const turn = (role: TurnView['role'], text: string, meta?: TurnView['meta']): TurnView => ({
  index: 0,
  role,
  text,
  tokenStart: 0,
  tokenEnd: 1,
  createdAt: 0,
  ...(meta ? { meta } : {}),
});

describe('newMessages', () => {
  it('feeds only what follows the held history (whole history resent)', () => {
    expect(newMessages([u('hi'), a('hello')], [u('hi'), a('hello'), u('how are you?')])).toEqual([u('how are you?')]);
  });
  it('feeds only what follows when the client sends just the latest part of the history', () => {
    expect(newMessages([u('1'), a('one'), u('2'), a('two')], [u('2'), a('two'), u('3')])).toEqual([u('3')]);
  });
  it('feeds everything when the history does not continue the memory', () => {
    expect(newMessages([u('hi'), a('hello')], [u('hi'), a('something else'), u('q')])).toEqual([
      u('hi'),
      a('something else'),
      u('q'),
    ]);
    expect(newMessages([], [u('a'), a('b'), u('c')])).toEqual([u('a'), a('b'), u('c')]);
  });
  it('a repeated question is new (the held history ends with the answer, not the question)', () => {
    expect(newMessages([u('hi'), a('hello')], [u('hi')])).toEqual([u('hi')]);
  });
});

describe('transcriptOf / systemPromptOf', () => {
  it('reads chat turns and messages appended without a reply; skips documents and system prompts', () => {
    const turns = [
      turn('system', 'Be brief.', { kind: 'system-prompt' }),
      turn('system', '[notes.txt]\nsome document'),
      turn('system', '[chat:user]\nearlier question'),
      turn('system', '[chat:assistant]\nearlier answer'),
      turn('user', 'q'),
      turn('assistant', 'r'),
    ];
    expect(transcriptOf(turns)).toEqual([u('earlier question'), a('earlier answer'), u('q'), a('r')]);
    expect(systemPromptOf(turns)).toBe('Be brief.');
    expect(systemPromptOf([...turns, turn('system', '', { kind: 'system-prompt' })])).toBe('');
  });
});

describe('contentText', () => {
  it('joins text parts of both shapes and refuses other parts', () => {
    expect(contentText('x')).toBe('x');
    expect(
      contentText([
        { type: 'text', text: 'a' },
        { type: 'text', value: 'b' },
      ]),
    ).toBe('ab');
    expect(() => contentText([{ type: 'image_url', image_url: { url: 'x' } }])).toThrow(ChatRequestError);
  });
});
