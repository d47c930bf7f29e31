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

  it('reads a table of bars without the outer ones, and a CSV table, the same way', () => {
    const bars =
      'Room | Date | Booked by | Capacity\nCedar Suite | 9 Oct | Farah Quinlan | 80\nWillow Room | 9 Oct | Ben Oduya | 35';
    const reading = readTables(bars, new Set(['whose', 'willow', 'room', 'booked']));
    const [a, b] = reading.asked.get(bars.indexOf('Willow Room'))!;
    expect(bars.slice(a, b).trim()).toBe('Ben Oduya');
    const csv = 'sku,description,qty_on_hand,bin\nFX-2231,M8 nylon lock nut,310,A-15';
    const [c, d] = readTables(csv, new Set(['nuts', 'kept', 'bin'])).asked.get(csv.indexOf('FX-2231'))!;
    expect(csv.slice(c, d)).toBe('A-15');
    // (not the key's column: its cell says the request's words — "pg-ravel-11" of "the ravel host")
    const hosts = 'region,host,disk_gb,owner\nap-south,pg-ravel-11,3840,Yusuf Demirel';
    const [e, f] = readTables(hosts, new Set(['gigabytes', 'disk', 'ravel', 'host', 'south'])).asked.get(
      hosts.indexOf('ap-south'),
    )!;
    expect(hosts.slice(e, f)).toBe('3840');
    // (a first row of data heads nothing: a window that cut the table's top)
    const cut = '2022-01-18 | 51,870 mi | Kessler\n2022-08-30 | 58,402 mi | Hallworth';
    expect(readTables(cut, new Set(['miles', 'kessler'])).asked.size).toBe(0);
    // (code's "||" is no table either)
    expect(readTables('const a = x || y || z;\nconst b = p || q || r;', new Set(['const'])).headers.size).toBe(0);
    // (prose with a number's thousands is no table)
    expect(readTables('It held 1,204,000 rows.\nThen 2,000,000 more.', new Set(['rows'])).headers.size).toBe(0);
  });

  it('leaves a table alone when no header cell is asked for', () => {
    const reading = readTables(TABLE, new Set(['what', 'about', 'bramblecote']));
    expect(reading.asked.size).toBe(0);
    expect(reading.headers.size).toBe(1);
  });
});
