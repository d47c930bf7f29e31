// The pieces the memory quote cuts a text into (issue 16, memory-quote.ts): sentences and lines,
// a key line with the line after it, a JSON object, a YAML block or a list item with its sub-items
// as one record, short paragraphs as records — and which of a piece's lines its names are counted
// in. The trainer's twin is training/recall/quote.py `pieces` (shared fixture:
// tests/fixtures/quote-pieces.json; records are the runtime's only).

// "key: value", "k = v", "| a | b |", a CSV row "wide oven,4966428": a whole fact on its line, which
// keeps no next line ("key: {" opens a block and holds no value).
const HAS_VALUE = /[:=|,]\s*[^\s{[]/;
// A sentence ends at . ! or ? before a space or the line's end: the dots of "4.5.38" end none, nor
// does a leader or an ellipsis ("locker number ... 34"), nor an abbreviation's dot before a digit
// or a lower-case word ("(ext. 2291)", "e.g. the"), nor a title's before its name ("Dr. Anneliese Kobbe"),
// nor an initial's ("Bed 7 - J. Whitcombe (chart MC-0712)").
const PIECE =
  /(?:[^\n.!?]|\.{2,}|[.!?](?!\s|$)|\.(?=[ \t]+[a-z0-9])|(?:(?<=\bDr)|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bSt)|(?<=\bProf)|(?<=\bCapt))\.(?=[ \t]+[A-Z])|(?<=\b[A-Z])\.(?=[ \t]+[A-Z][a-z]))+[.!?]?/g;
// A line that heads the lines indented under it: a YAML key ("replication:") or a list item with
// sub-items ("- Project Tamarind" / "  - Target launch: 12 March 2026").
export const BLOCK_HEAD = /:$|^[-*•+]\s/;
// An INI section's header ("[harbor_relay]") heads the key lines after it ("max_retries = 38").
const INI_SECTION = /^\[[^\]\s]+\]$/;
const KEY_LINE = /^[\w.-]+\s*[=:]/;
// A key line that opens a block ("victor_hartley": {) keeps the block's lines, at most this many.
const BLOCK_LINES = 6;

// A question someone says: it opens with a quotation mark ('"The code of the Hatrus project?'), and
// may close it and say who asked ('"And the level motto?" asked Bruna.').
const DIALOGUE_QUESTION = /^["“'‘«](?:.*\?|[^"”'’»]*\?["”'’»](?:\s+[\p{L}'’]+){1,3}[.,]?)$/su;

/**
 * A question said in dialogue and what follows it on its line are one piece: in `"The code of the
 * Hatrus project? That would be 582-BSL," Fatima said.` and in `"And the level motto?" asked Bruna.
 * "spite dictate device," Daklybroak answered.` the names are in the question and the value in its
 * answer. Any other question — an earlier chat turn's "Which locker …? Answer briefly." —
 * stays a piece of its own (a question states nothing).
 */
function answeredQuestions(found: string[]): string[] {
  const out: string[] = [];
  for (const piece of found) {
    if (out.length > 0 && DIALOGUE_QUESTION.test(out.at(-1)!)) out[out.length - 1] += ` ${piece}`;
    else out.push(piece);
  }
  return out;
}

/**
 * Sentences and lines of `text` (a question with the rest of its line); a short line that ends no sentence and holds no value after a
 * separator (a header, a key on its own line) keeps the next one, or the block it opens — with `{`
 * or `[`, the block's lines up to its closing bracket; with `:` or as a list item, the lines indented
 * under it (YAML, sub-items); as an INI section ("[harbor_relay]"), its key lines — at most
 * BLOCK_LINES lines after it.
 */
export function quotePieces(text: string): string[] {
  const parts: { piece: string; open: boolean; indent: number }[] = [];
  for (const line of text.split('\n')) {
    const found = answeredQuestions((line.match(PIECE) ?? []).map((p) => p.trim()).filter((p) => p !== ''));
    const indent = /^\s*/.exec(line)![0].length;
    for (const piece of found)
      parts.push({ piece, indent, open: found.length === 1 && !/[.!?]$/.test(piece) && !HAS_VALUE.test(piece) });
  }
  return parts.map(({ piece, open, indent }, j) => {
    const header = tableHeader(parts, j);
    if (header !== null) return `${header}\n${piece}`;
    if (!open || piece.length >= 40 || j + 1 >= parts.length) return piece;
    const bracket = /[{[]$/.test(piece);
    const section = INI_SECTION.test(piece);
    const indented = BLOCK_HEAD.test(piece) && parts[j + 1]!.indent > indent;
    if (!bracket && !indented && !section) return `${piece}\n${parts[j + 1]!.piece}`;
    const inside = (k: number) =>
      section ? KEY_LINE.test(parts[k]!.piece) : bracket ? !/^[}\]]/.test(parts[k]!.piece) : parts[k]!.indent > indent;
    const block = [piece];
    for (let k = j + 1; k < parts.length && block.length <= BLOCK_LINES && inside(k); k++) block.push(parts[k]!.piece);
    return block.join('\n');
  });
}

// A table's row ("| Bramblecote | Tuesday | Wren Abernathy |") and its rule line ("|---|:---|").
const TABLE_ROW = /^\|.*\|$/;
export const TABLE_RULE = /^\|[\s:|-]+\|$/;

/**
 * A table row's shape, or null when the line is none: a Markdown row ('|', whatever its cells), or
 * cells between bars without the outer ones ("Willow Room | 9 Oct | Ben Oduya": '|3'), or a CSV line
 * ("FX-2231,M8 nylon lock nut,310,400,A-15": ',5' — commas, none before a space as prose writes them,
 * not only a number's thousands). Rows of one table share a shape. (A line of code may look like
 * either: `f(a,b,c)` does; `a || b || c` does not.)
 */
export function rowShape(line: string): string | null {
  if (TABLE_ROW.test(line)) return '|';
  const bars = line.split('|').length - 1;
  // (not code's "||": `if (a || b || c)`)
  if (bars >= 2 && !line.includes('||')) return `|${bars + 1}`;
  const commas = line.split(',').length - 1;
  if (commas >= 2 && !/,\s/.test(line) && /\D,|,\D/.test(line)) return `,${commas + 1}`;
  return null;
}

/**
 * Does a record hold a table: a Markdown rule, or two lines of one row shape? One line with bars or
 * commas among lines of another shape is a labelled line, not a table ("Ref: TMR-55920 | Stand B14 |
 * 2 exhibitor passes" under "BOOKING CONFIRMED - Trentham Model Rail Show"; "Crew call 06:15 | Talent
 * call 07:00" on a call sheet).
 */
export function holdsTable(record: string): boolean {
  const seen = new Set<string>();
  for (const line of record.split('\n')) {
    if (TABLE_RULE.test(line)) return true;
    const shape = rowShape(line);
    if (shape === null) continue;
    if (seen.has(shape)) return true;
    seen.add(shape);
  }
  return false;
}

/**
 * The header of the table whose data row is part j — the first row of the rows above it, when the
 * text holds it — or null: a row is quoted under its header ("| Farm | Delivery day | Driver |"), which
 * says what each of its cells is.
 */
function tableHeader(parts: readonly { piece: string }[], j: number): string | null {
  const row = parts[j]!.piece;
  const shape = rowShape(row);
  if (shape === null || TABLE_RULE.test(row)) return null;
  let k = j;
  while (k > 0 && rowShape(parts[k - 1]!.piece) === shape) k--;
  const header = parts[k]!.piece;
  return k < j && !TABLE_RULE.test(header) && headsTable(header, shape) ? header : null;
}

/**
 * May a table's first row be its header? A Markdown table's always; another's when it holds no digit
 * ("Date | Mileage | Work done | Shop", "sku,description,qty_on_hand,bin") — a window that cut a
 * table's top begins at a row of data ("2022-01-18 | 51,870 mi | Front brake pads"), which heads nothing.
 */
export const headsTable = (row: string, shape: string) => shape === '|' || !/\d/.test(row);

/**
 * The text whose names a piece counts: its first line, or the whole piece when that line opens a
 * block (ends with `:`, `{` or `[`: a JSON object or a YAML mapping is one record, its name in any
 * of its lines) or is a table's header (its row follows).
 */
export function namedText(piece: string): string {
  const head = piece.split('\n')[0]!;
  return /[:{[]$/.test(head) || rowShape(head) !== null ? piece : head;
}

/**
 * The records of `text`: its short paragraphs (lines between blank lines, at most `maxChars`) of
 * two pieces or more, each line trimmed — an e-mail's header, a list item and its sub-items, a
 * museum label, an FAQ's question and answer, a match report and its attendance. A fact written as
 * its own paragraph often names its subject in one line and states the value in another ("-
 * Project Tamarind" / "- Target launch: 12 March 2026"), which no line or sentence holds both of.
 * `whole`: whether the text's first and last paragraphs are whole (a window that reaches the
 * memory's edges); a cut one is no record.
 */
export function paragraphRecords(
  text: string,
  maxChars: number,
  whole: { first: boolean; last: boolean } = { first: true, last: true },
): string[] {
  const paragraphs = text.split(/\n[ \t]*\n/);
  const out: string[] = [];
  paragraphs.forEach((p, k) => {
    if ((k === 0 && !whole.first) || (k === paragraphs.length - 1 && !whole.last)) return;
    const record = p
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
    if (record.length > 0 && record.length <= maxChars && quotePieces(record).length >= 2 && oneKindOfLines(record))
      out.push(record);
  });
  return out;
}

// A line of prose: a sentence (or more) of five words or more, from a capital to its stop, not
// a label's ("Q: …", "Customer name: …").
const PROSE_LINE = /^["'“‘(]?\p{Lu}[^\n]*[.!?]["'”’)]?$/u;
const LABELLED = /^[^\s:=|][^:=|]{0,40}[:=|]\s/u;
const isProse = (line: string) => PROSE_LINE.test(line) && !LABELLED.test(line) && line.split(/\s+/).length >= 5;
// Code's marks: a statement's, a block's, an assignment's, a call's.
const CODE_MARK = /[;{}=<>`]|\w\(/u;

/**
 * Is a record's first line its heading: short, no sentence, no code — a title over what follows
 * ("ASHBURY DISTRICT COUNCIL - Receipt", "Station visit form", "LOST - GINGER TOM 'MARMADUKE'")? A
 * record under a heading is the heading's, whatever its lines are; code's first line heads nothing
 * ("assert.notEqual(1, '1');" over a fact line set in its paragraph), nor does a sentence ("The
 * weather turned." before a notice set in its paragraph).
 */
export function isHeading(line: string): boolean {
  return line.length <= 80 && !line.includes('\n') && !/[.!?]["'”’)]?$/u.test(line) && !CODE_MARK.test(line);
}

/**
 * Are a paragraph's lines all prose or all something else (labels, a list, a table, code, a
 * heading) — or under a heading (`isHeading`: "LOST - GINGER TOM 'MARMADUKE'" over a sentence and
 * "£300 REWARD - call Hettie …"), or labelled lines and then prose, as an e-mail's or a memo's header over its body
 * ("From: Ottoline Frey" / "Subject: Noam's bar mitzvah" / "The kiddush will be at …")? A paragraph
 * mixing them otherwise is no record: a fact line set in someone else's paragraph
 * ("assert.notEqual(1, '1');" / "The checksum contact of Walter Walsh is Fatima Walsh.").
 */
function oneKindOfLines(record: string): boolean {
  const lines = record.split('\n');
  const prose = lines.map(isProse);
  if (new Set(prose).size === 1 || isHeading(lines[0]!)) return true;
  const body = prose.indexOf(true);
  return body > 0 && prose.slice(body).every(Boolean) && lines.slice(0, body).every((l) => LABELLED.test(l));
}
