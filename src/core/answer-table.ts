// Reading a table row under its header (issue 16, answer copy — src/core/answer-copy.ts): the memory
// quote gives a table's row with the table's first row (src/core/quote-pieces.ts: a Markdown table,
// cells between bars without the outer ones, or CSV), and the value a request asks for is the row's
// cell under the header cell that names it — "Who drives the Bramblecote delivery?" of
//   | Farm | Delivery day | Driver |
//   | Bramblecote | Tuesday | Wren Abernathy |
// is "Wren Abernathy" (Driver ~ drives), not "Tuesday", the first name-like cell the demo model
// reached for; not a cell that says the request's own words, the key's ("Willow Room" under "Room"
// of "Whose name is the Willow Room reservation under?"). Words match by their stem (a shared start
// of four letters or more, all but a last letter or two: "driver" ~ "drives", "delivery" ~
// "deliveries"). Pure logic over characters.

import { FUNCTION_WORDS, WORD_RUN } from './answer-value-bounds.ts';
import { TABLE_RULE, headsTable, rowShape } from './quote-pieces.ts';
import { fullForm } from './abbreviations.ts';

/** Do two words (lower case) share a stem, or is one the short form of the other ("ref", "reference")? */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  // (a short form and its word: "ref" and "reference" — abbreviations.ts)
  const fa = fullForm(a);
  const fb = fullForm(b);
  if ((fa !== null && stemsMeet(fa, b)) || (fb !== null && stemsMeet(fb, a))) return true;
  return stemsMeet(a, b);
}

function stemsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 4 && p >= Math.min(a.length, b.length) - 2;
}

/** [start, end) of each cell of a table row at `offset` in its text (its shape: quote-pieces.ts `rowShape`). */
function cells(row: string, offset: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const shape = rowShape(row);
  if (shape === null) return out;
  const mark = shape[0]!;
  // (a Markdown row's cells lie between its outer bars; other rows' from the line's start to its end)
  const markdown = shape === '|';
  let at = markdown ? row.indexOf('|') + 1 : 0;
  for (let next = row.indexOf(mark, at); next >= 0; next = row.indexOf(mark, at)) {
    out.push([offset + at, offset + next]);
    at = next + 1;
  }
  if (!markdown) out.push([offset + at, offset + row.length]);
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
  let header: { text: string; at: number; shares: number[]; shape: string } | null = null;
  for (const line of lines) {
    const shape = rowShape(line.text);
    if (shape === null) {
      header = null;
      continue;
    }
    if (TABLE_RULE.test(line.text)) continue;
    if (header === null || header.shape !== shape) {
      header = { ...line, shares: askedShares(line.text, asked), shape };
      continue;
    }
    if (!headsTable(header.text, shape)) continue;
    reading.headers.add(header.at);
    const row = cells(line.text, line.at);
    if (row.length !== header.shares.length) continue;
    // the column the request names most of, of those whose cell in this row says none of the
    // request's words (not the key's own column: "Willow Room" under "Room" asked "Whose name is
    // the Willow Room reservation under?" — the booker's is; "pg-ravel-11" under "host" asked "How
    // many gigabytes of disk does the ravel host in ap-south have?")
    let best: number | null = null;
    header.shares.forEach((share, c) => {
      const [a, b] = row[c]!;
      const key = [...source.slice(a, b).matchAll(WORD_RUN)]
        .map((m) => m[0].toLowerCase())
        .some((w) => !FUNCTION_WORDS.has(w) && isAsked(w, asked));
      if (share > 0 && !key && (best === null || share > header!.shares[best]!)) best = c;
    });
    if (best !== null) reading.asked.set(line.at, row[best]!);
  }
  return reading;
}

const isAsked = (word: string, asked: ReadonlySet<string>) => [...asked].some((x) => sameStem(word, x));

/** For each header cell, the share of its words (no function word) the request says, by stem. */
function askedShares(header: string, asked: ReadonlySet<string>): number[] {
  return cells(header, 0).map(([a, b]) => {
    const words = [...header.slice(a, b).matchAll(WORD_RUN)]
      .map((m) => m[0].toLowerCase())
      .filter((w) => !FUNCTION_WORDS.has(w));
    return words.filter((w) => isAsked(w, asked)).length / Math.max(1, words.length);
  });
}
