// Memory cards: a document streamed in pieces shows as one card with its total tokens.
import { describe, expect, it } from 'vitest';
import { groupTurns, splitMemoryText } from '../../../src/ui/chat/turn-groups';
import type { TurnView } from '../../../src/runtime/engine-api';

let next = 0;
const turn = (role: TurnView['role'], text: string, tokens: number): TurnView => {
  const t = { index: next, role, text, tokenStart: next * 1000, tokenEnd: next * 1000 + tokens, createdAt: 0 };
  next++;
  return t;
};

describe('turn groups', () => {
  it('splits a memory turn into label and body', () => {
    expect(splitMemoryText('[notes.md]\n# Hi\nthere')).toEqual({ label: 'notes.md', body: '# Hi\nthere' });
    expect(splitMemoryText('no label')).toEqual({ label: 'document', body: 'no label' });
  });

  it('merges consecutive pieces of one document and keeps other turns', () => {
    const shown = groupTurns([
      turn('system', '[paste · part 1/3]\nalpha', 100),
      turn('system', '[paste · part 2/3]\nbeta', 90),
      turn('system', '[paste · part 3/3]\ngamma', 10),
      turn('user', 'hi', 5),
      turn('assistant', 'hello', 7),
      turn('system', '[doc.md]\n' + 'x'.repeat(600), 150),
    ]);
    expect(shown.map((s) => s.kind)).toEqual(['memory', 'turn', 'turn', 'memory']);
    expect(shown[0]).toMatchObject({ label: 'paste', parts: 3, tokens: 200, preview: 'alpha', truncated: false });
    expect(shown[3]).toMatchObject({ label: 'doc.md', parts: 1, tokens: 150, truncated: true });
  });
});
