// Small documents the memory e2e tests feed (the documents list, shared memories): a one-line
// harbour log and a ledger of numbered lines, long enough to span several blocks.
export const HARBOUR_LOG =
  'Alpha harbour log. The ferry Osprey leaves pier nine at dawn and carries forty crates of figs.';

/** `lines` numbered ledger lines. */
export const ledger = (lines: number) =>
  Array.from(
    { length: lines },
    (_, i) => `Line ${i}: the beta archive keeps ledger ${i * 3} beside ledger ${i * 3 + 1}.`,
  ).join('\n');
