// Abbreviations (src/core/abbreviations.ts): a label's short form matches the word a request says in
// full, through `sameStem` (src/core/answer-table.ts), which every reader of the request's words uses.
import { describe, expect, it } from 'vitest';
import { fullForm } from '../../../src/core/abbreviations';
import { sameStem } from '../../../src/core/answer-table';

describe('abbreviations', () => {
  it('names the word a short form stands for, and nothing for an ordinary word', () => {
    expect(fullForm('ref')).toBe('reference');
    expect(fullForm('qty')).toBe('quantity');
    expect(fullForm('no')).toBeNull();
    expect(fullForm('constructor')).toBeNull();
  });

  it("matches a short form with its word's forms, either way round", () => {
    expect(sameStem('reference', 'ref')).toBe(true);
    expect(sameStem('ref', 'references')).toBe(true);
    expect(sameStem('appointments', 'appt')).toBe(true);
    expect(sameStem('temperature', 'temp')).toBe(true);
    expect(sameStem('ref', 'refund')).toBe(false);
    expect(sameStem('tel', 'tell')).toBe(false);
    // (a key's "id": "device_id: HX-7742-QB" asked "the identifier of the weighing unit" — writer 146)
    expect(sameStem('identifier', 'id')).toBe(true);
    expect(sameStem('id', 'idea')).toBe(false);
  });

  it("matches a rota's short weekdays (writer 121), not months", () => {
    expect(sameStem('wednesday', 'wed')).toBe(true);
    expect(sameStem('thurs', 'thursday')).toBe(true);
    expect(sameStem('jan', 'january')).toBe(false);
    expect(sameStem('wed', 'friday')).toBe(false);
  });
});
