// The documents list: documents fed to a conversation, pieces merged, with their size (tokens,
// characters) and where they lie in the tree; and the heatmap window that shows one of them.
import { describe, expect, it } from 'vitest';
import { attachedRuns, fedDocuments } from '../../../src/ui/memory/documents';
import { revealWindow } from '../../../src/ui/heatmap/heatmap-model';
import { turnSequence } from './turn-sequence';

describe('fed documents', () => {
  it('lists each document once, pieces merged, with tokens, characters and its range', () => {
    const turn = turnSequence();
    const turns = [
      turn('system', 'Be brief.', 6, { kind: 'system-prompt' }),
      turn('system', '[notes.md]\n# Notes\nalpha beta', 40),
      turn('user', 'hi', 5),
      turn('assistant', 'hello', 7),
      turn('system', '[pasted text (30 characters) · part 1/2]\n' + 'a'.repeat(20), 1000),
      turn('system', '[pasted text (30 characters) · part 2/2]\n' + 'b'.repeat(10), 500),
      turn('system', '[docs/ (2 files)]\nxyz', 3),
    ];
    const list = fedDocuments(turns);
    expect(list.documents.map((d) => [d.label, d.parts, d.tokens, d.chars, d.tokenStart, d.tokenEnd])).toEqual([
      ['notes.md', 1, 40, 18, 6, 46],
      ['pasted text (30 characters)', 2, 1500, 30, 58, 1558],
      ['docs/ (2 files)', 1, 3, 3, 1558, 1561],
    ]);
    expect(list.tokens).toBe(1543);
    expect(list.chars).toBe(51);
  });

  it('is empty for a chat without documents', () => {
    const turn = turnSequence();
    expect(fedDocuments([turn('user', 'q', 4), turn('assistant', 'a', 4)])).toEqual({
      documents: [],
      tokens: 0,
      chars: 0,
    });
  });
});

describe('reveal window', () => {
  it('centres a range a quarter wider than it, at least minWidth wide, inside the axis', () => {
    expect(revealWindow({ start: 400, end: 480 }, 10_000)).toEqual({ from: 390, to: 490 });
    expect(revealWindow({ start: 100, end: 110 }, 10_000)).toEqual({ from: 73, to: 137 });
    expect(revealWindow({ start: 0, end: 40 }, 10_000)).toEqual({ from: 0, to: 64 });
    expect(revealWindow({ start: 9_980, end: 10_000 }, 10_000)).toEqual({ from: 9_936, to: 10_000 });
    expect(revealWindow({ start: 0, end: 9_000 }, 10_000)).toEqual({ from: 0, to: 10_000 });
    expect(revealWindow({ start: 5, end: 20 }, 30)).toEqual({ from: 0, to: 30 });
  });
});

describe('attached shared memories', () => {
  it('groups the documents of one attach into one range to detach; a later attach of the same memory is its own', () => {
    const turn = turnSequence();
    const shared = (name: string) => ({ kind: 'shared-memory' as const, collection: `c-${name}`, name });
    const turns = [
      turn('system', '[own.md]\nmine', 10),
      turn('system', '[a.md]\nalpha', 100, shared('Handbook')),
      turn('system', '[b.md]\nbeta', 50, shared('Handbook')),
      turn('system', '[x.md]\nex', 20, shared('Other')),
      turn('user', 'hi', 5),
      turn('assistant', 'hello', 7),
      turn('system', '[a.md]\nalpha', 100, shared('Handbook')),
    ];
    const runs = attachedRuns(fedDocuments(turns).documents);
    expect(runs).toEqual([
      { name: 'Handbook', start: 10, end: 160, documents: 2 },
      { name: 'Other', start: 160, end: 180, documents: 1 },
      { name: 'Handbook', start: 192, end: 292, documents: 1 },
    ]);
  });

  it('has no attachment when nothing came from a shared memory', () => {
    const turn = turnSequence();
    expect(attachedRuns(fedDocuments([turn('system', '[own.md]\nmine', 10)]).documents)).toEqual([]);
  });
});
