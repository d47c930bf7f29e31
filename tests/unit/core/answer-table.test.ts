// Reading a table row under its header (src/core/answer-table.ts).
import { describe, expect, it } from 'vitest';
import { readTables, sameStem } from '../../../src/core/answer-table';
import { startsAfterRequest } from '../../../src/core/answer-place';
import { FUNCTION_WORDS, ValueBounds } from '../../../src/core/answer-value-bounds';

const TABLE = '| Farm | Delivery day | Driver |\n|---|---|---|\n| Bramblecote | Tuesday | Wren Abernathy |';

describe('answer table', () => {
  it('matches words by their stem', () => {
    expect(sameStem('driver', 'drives')).toBe(true);
    expect(sameStem('delivery', 'deliveries')).toBe(true);
    expect(sameStem('day', 'days')).toBe(false); // too short to be a stem
    expect(sameStem('driver', 'drink')).toBe(false);
  });

  it('reads the cell under the header cell the request names, and no value in the header', () => {
    const reading = readTables(TABLE, new Set(['who', 'drives', 'the', 'bramblecote', 'delivery']));
    expect([...reading.headers]).toEqual([0]);
    const row = TABLE.lastIndexOf('| Bramblecote');
    const [a, b] = reading.asked.get(row)!;
    expect(TABLE.slice(a, b).trim()).toBe('Wren Abernathy');
    const request = 'Who drives the Bramblecote delivery?';
    const avoid = new Set([...request.toLowerCase().matchAll(/[a-z]+/g)].map((m) => m[0]).concat([...FUNCTION_WORDS]));
    const starts = new ValueBounds(TABLE, avoid).starts;
    const kept = startsAfterRequest(TABLE, request, starts, { oneValue: true });
    expect(kept.map((q) => TABLE.slice(q).split(' ')[0])).toEqual(['Wren']);
  });

  it('leaves a table alone when no header cell is asked for', () => {
    const reading = readTables(TABLE, new Set(['what', 'about', 'bramblecote']));
    expect(reading.asked.size).toBe(0);
    expect(reading.headers.size).toBe(1);
  });
});
