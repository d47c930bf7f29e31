// Find in memory: case-insensitive hits over documents, messages, answers and system prompts, a
// snippet with the match marked, the hit's token position inside its turn, and a limit that still
// counts every match.
import { describe, expect, it } from 'vitest';
import { searchMemory } from '../../../src/ui/memory/search';
import type { TurnView } from '../../../src/runtime/engine-api';
import { turnSequence } from './turn-sequence';

function fixture(): TurnView[] {
  const turn = turnSequence();
  return [
    turn('system', 'Answer about the ferry.', 8, { kind: 'system-prompt' }),
    turn(
      'system',
      '[harbour.md · part 1/2]\n' + 'x'.repeat(100) + 'The Osprey ferry leaves at dawn.' + 'y'.repeat(68),
      200,
    ),
    turn('system', '[harbour.md · part 2/2]\nNo ferry on Sundays.', 10),
    turn('user', 'When does the FERRY leave?', 12),
    turn('assistant', 'At  dawn,\nthe ferry\tleaves.', 9),
  ];
}

describe('find in memory', () => {
  it('finds every case-insensitive match, names its source and marks it in the snippet', () => {
    const r = searchMemory(fixture(), ' Ferry ');
    expect(r.total).toBe(5);
    expect(r.hits.map((h) => [h.turnIndex, h.source])).toEqual([
      [0, { kind: 'system-prompt' }],
      [1, { kind: 'document', label: 'harbour.md' }],
      [2, { kind: 'document', label: 'harbour.md' }],
      [3, { kind: 'user' }],
      [4, { kind: 'assistant' }],
    ]);
    for (const h of r.hits) expect(h.snippet.slice(h.matchStart, h.matchEnd).toLowerCase()).toBe('ferry');
    // Whitespace runs collapse in the snippet; the match is still where it says.
    expect(r.hits[4]!.snippet).toBe('At dawn, the ferry leaves.');
  });

  it('places a hit by its character share of the turn, inside the turn, with a range around it', () => {
    const hits = searchMemory(fixture(), 'osprey').hits;
    expect(hits).toHaveLength(1);
    const h = hits[0]!;
    // "[harbour.md · part 1/2]\n" is 24 characters; the match starts at 24 + 104 = 128 of 224.
    expect(h.token).toBe(8 + Math.floor((128 / 224) * 200));
    expect(h.range).toEqual({ start: h.token - 16, end: h.token + 16 });
    const last = searchMemory(fixture(), 'leaves.').hits.at(-1)!;
    expect(last.turnIndex).toBe(4);
    expect(last.token).toBeGreaterThanOrEqual(230);
    expect(last.token).toBeLessThan(239);
    expect(last.range.start).toBeGreaterThanOrEqual(230);
    expect(last.range.end).toBe(239);
  });

  it('lists at most `limit` hits but counts them all; short or absent queries find nothing', () => {
    const r = searchMemory(fixture(), 'ferry', 2);
    expect(r.hits).toHaveLength(2);
    expect(r.total).toBe(5);
    expect(searchMemory(fixture(), 'f')).toEqual({ hits: [], total: 0 });
    expect(searchMemory(fixture(), 'submarine')).toEqual({ hits: [], total: 0 });
  });
});
