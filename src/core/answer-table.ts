// Reading a table row under its header (issue 16, answer copy — src/core/answer-copy.ts): the memory
// quote gives a Markdown table's row with the table's first row (src/core/quote-pieces.ts), and the
// value a request asks for is the row's cell under the header cell that names it — "Who drives the
// Bramblecote delivery?" of
//   | Farm | Delivery day | Driver |
//   | Bramblecote | Tuesday | Wren Abernathy |
// is "Wren Abernathy" (Driver ~ drives), not "Tuesday", the first name-like cell the demo model
// reached for. Words match by their stem (a shared start of four letters or more, all but a last
// letter or two: "driver" ~ "drives", "delivery" ~ "deliveries"). Pure logic over characters.

import { WORD_RUN } from './answer-value-bounds.ts';
import { TABLE_ROW, TABLE_RULE } from './quote-pieces.ts';

/** Do two words (lower case) share a stem? */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 4 && p >= Math.min(a.length, b.length) - 2;
}

/** [start, end) of each cell of a table row at `offset` in its text. */
function cells(row: string, offset: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = row.indexOf('|') + 1;
  for (let bar = row.indexOf('|', at); bar >= 0; bar = row.indexOf('|', at)) {
    out.push([offset + at, offset + bar]);
    at = bar + 1;
  }
  return out;
}

/** What a source's tables say: the header lines (whose cells are no values) and each row's cell asked for. */
export interface TableReading {
  /** offsets of the lines that head a table quoted with its rows */
  headers: Set<number>;
  /** a row line's offset → [start, end) of the cell under the header cell the request names */
  asked: Map<number, [number, number]>;
}

/** The tables of `source` read for a request of words `asked` (lower case). */
export function readTables(source: string, asked: ReadonlySet<string>): TableReading {
  const reading: TableReading = { headers: new Set(), asked: new Map() };
  const lines: Array<{ text: string; at: number }> = [];
  let at = 0;
  for (const text of source.split('\n')) {
    lines.push({ text: text.trim(), at: at + text.length - text.trimStart().length });
    at += text.length + 1;
  }
  let header: { text: string; at: number; column: number | null } | null = null;
  for (const line of lines) {
    if (!TABLE_ROW.test(line.text)) {
      header = null;
      continue;
    }
    if (TABLE_RULE.test(line.text)) continue;
    if (header === null) {
      header = { ...line, column: askedColumn(line.text, asked) };
      continue;
    }
    reading.headers.add(header.at);
    const row = cells(line.text, line.at);
    if (header.column !== null && row.length === cells(header.text, 0).length)
      reading.asked.set(line.at, row[header.column]!);
  }
  return reading;
}

/** The header cell most of whose words the request says (by stem), or null when none says any. */
function askedColumn(header: string, asked: ReadonlySet<string>): number | null {
  let best: number | null = null;
  let bestShare = 0;
  cells(header, 0).forEach(([a, b], c) => {
    const words = [...header.slice(a, b).matchAll(WORD_RUN)].map((m) => m[0].toLowerCase());
    const share = words.filter((w) => [...asked].some((x) => sameStem(w, x))).length / Math.max(1, words.length);
    if (share > bestShare) [best, bestShare] = [c, share];
  });
  return best;
}
