// Forgotten turns in the UI (issue 19 item 3): a wholly forgotten document or message is not
// shown, listed or found; a partly forgotten document is listed and marked, and Find only sees its
// kept text. The engine's redaction of a turn (keptTurnText) keeps a document's label line.
import { describe, expect, it } from 'vitest';
import { fedDocuments } from '../../../src/ui/memory/documents';
import { groupTurns } from '../../../src/ui/chat/turn-groups';
import { searchMemory } from '../../../src/ui/memory/search';
import { FORGOTTEN_MARK, keptTurnText } from '../../../src/runtime/conversation-forgetting';
import { ForgetSet } from '../../../src/core/forgetting';
import type { TurnView } from '../../../src/runtime/engine-api';
import type { TurnRecord } from '../../../src/storage/records';

const turns: TurnView[] = [
  { index: 0, role: 'system', text: '', tokenStart: 0, tokenEnd: 40, createdAt: 0, forgotten: 'all' },
  {
    index: 1,
    role: 'system',
    text: '[b.txt]\nkept words […] more kept',
    tokenStart: 40,
    tokenEnd: 140,
    createdAt: 0,
    forgotten: 'part',
  },
  { index: 2, role: 'user', text: '', tokenStart: 140, tokenEnd: 150, createdAt: 0, forgotten: 'all' },
  { index: 3, role: 'assistant', text: 'an answer', tokenStart: 150, tokenEnd: 160, createdAt: 0 },
];

describe('forgotten turns in the UI', () => {
  it('are left out of the transcript and the documents; a partly forgotten document is marked', () => {
    const shown = groupTurns(turns);
    expect(shown.map((g) => g.key)).toEqual(['t1', 't3']);
    const docs = fedDocuments(turns).documents;
    expect(docs.map((d) => [d.label, d.partlyForgotten])).toEqual([['b.txt', true]]);
  });

  it('Find sees only kept text', () => {
    expect(searchMemory(turns, 'kept').total).toBe(2);
    expect(searchMemory(turns, 'answer').total).toBe(1);
  });

  it('keptTurnText decodes the kept runs and keeps the label line', () => {
    const t: TurnRecord = {
      conversationId: 'c',
      index: 0,
      role: 'system',
      text: '[a.txt]\nwhole text',
      tokenStart: 10,
      tokenEnd: 30,
      createdAt: 0,
    };
    const decode = (s: number, e: number) => `<${s}-${e}>`;
    expect(keptTurnText(t, new ForgetSet([{ start: 15, end: 20 }]), decode)).toEqual({
      text: `[a.txt]\n<10-15>${FORGOTTEN_MARK}<20-30>`,
      forgotten: 'part',
    });
    expect(keptTurnText(t, new ForgetSet([{ start: 0, end: 20 }]), decode)).toEqual({
      text: `[a.txt]\n[…] <20-30>`,
      forgotten: 'part',
    });
    expect(keptTurnText(t, new ForgetSet([{ start: 10, end: 30 }]), decode)).toEqual({ text: '', forgotten: 'all' });
    expect(keptTurnText(t, new ForgetSet([{ start: 30, end: 40 }]), decode)).toEqual({ text: '[a.txt]\nwhole text' });
    const user: TurnRecord = { ...t, role: 'user', text: 'hello there' };
    expect(keptTurnText(user, new ForgetSet([{ start: 25, end: 30 }]), decode)).toEqual({
      text: '<10-25> […]',
      forgotten: 'part',
    });
  });
});
