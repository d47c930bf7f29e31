// Where a reply's value stands in a quoted line (issue 16, answer copy — src/core/answer-copy.ts):
// the demo model, given the right line, still chose the wrong place in it ("It is table swift." for
// "Giogult has the last words sympathy cotton table swift.", "It is set." for
// `amber_toolbox: emergency_contact set to Valeria Draper`, "It is Tuesday." for a table row's
// driver). An extractive reader finds the value where the line sets it: after the words that name
// it, past a mark or a verb saying "is"; before them, as the subject of "is"; as another's answer to
// a question said in dialogue; in a table, under the header cell the request names
// (answer-table.ts). `startsAfterRequest` keeps, line by line, the value starts so placed (a line
// that places none keeps all its starts). Pure logic over words.
import { FUNCTION_WORDS, NUMBER_WORDS, WORD_RUN } from './answer-value-bounds.ts';
import { readTables, sameStem } from './answer-table.ts';
import { asksWhere } from './answer-kind.ts';

// What sets a value after the words that name it: a mark ("order motto: chandler hurt tool",
// "port = 8080", "| 473 seconds |", "last words … telling heavens hint", "last words -> mold
// scheduler"; not a bracket: "6661064872 recorded as locker number for Pryvakford (log)") or a verb that says "is"
// ("… would be Tomas Castillo", "emergency_contact set to Valeria Draper", "… turned out to be
// Uriel Delacroix"), with the few words that go with it; a place's preposition for a request that
// asks where ("… kept her smelling salts in the blue dressing room"). A verb of any other meaning
// ("Lady Dalrymple's footman answers to the name of Osric") or a modifier ("the Musgroves' dog at
// Uppercross was a spaniel named Brisket") sets none.
// (or columns: "TOTAL                £12.75", a tab)
const SEPARATOR = /[:=|→⇒—–\t]|(?:^|\s)-(?:\s|$)|-+>|=>|\.\.\.|…| {2,}/;
// What a thing "has" names its value right after it: "Brigid Delacroix has the farming contact Farid
// Silva", "Room 12 has the door code 4471".
const HAS_THE = /\b(?:has|had|have|having|with) (?:the|a|an) $/i;
// A question said and answered on one line: '"The emergency contact of Totroussford? That would be
// Valeria Ellison," Walter said.'
const ANSWERED = /\?["”']?\s+(?:that|it|this)(?:\s+(?:would|will|must|should))?\s+(?:be|is|was)\s+$/iu;
const COPULA: ReadonlySet<string> = new Set(
  'is are was were be been being became becomes become equals equal reads remains remained set changed updated turned'.split(
    ' ',
  ),
);
const WITH_COPULA: ReadonlySet<string> = new Set(
  'a an the to out now would will shall has have had got gets still also then called named known as which who whom'.split(
    ' ',
  ),
);
// A verb in the passive after "was" says what was done, not what the thing is: "… was written on a
// card: 1928-01-04" sets no value at "written" (the line keeps its starts).
const PARTICIPLE =
  /^(?:\p{L}{2,}ed|written|given|taken|made|kept|held|found|shown|seen|done|left|sent|told|said|put|brought|bought|sold|built|chosen)$/u;
// A label's mark after its participle: "Technician assigned: Sunniva Brekke".
const LABEL_MARK = /^[ \t]*[:=]/;
// A verb of change and "to" say "is now" ("… password got rotated to kelp-orbit-77", "moved to Room 4B").
const changedTo = (word: string, rest: string) => PARTICIPLE.test(word) && /^\s+to\s/.test(rest);
const PLACE: ReadonlySet<string> = new Set('in at on inside under behind near beside by from into'.split(' '));

// What ends a sentence or clause that a value would have to cross (not an ellipsis).
const BREAK = /(?<!\.)[.!?;](?!\.)(?:\s|$)|\n/;

// The header words of a table's column of places, read as asked when the request asks where.
const PLACE_HEADERS = ['location', 'place', 'site', 'venue', 'where', 'position', 'storage'];

/**
 * A chat request's value follows the words that name it in the source, as an extractive reader
 * reads it: "… the order motto of the new station?" → "chandler" of "order motto of the new station:
 * chandler hurt tool", not "tool"; "… the emergency contact of the amber toolbox?" → "Valeria" of
 * "amber_toolbox: emergency_contact set to Valeria Draper", not "set". Line by line: where a line
 * holds a run of the request's words that names an attribute (a word the request writes in lower
 * case, no function word) and a mark or a verb that says "is" sets a start of `starts` after it in
 * its clause, that line's values open only there (after its longest such runs); else, where
 * such a run follows a clause's "is", at that clause's subject, even a line's first word
 * ("Peiflanaikford is the dark door of Moabloas' home town": a value said first); a line with
 * neither keeps all its starts. A one-value reply keeps, of the lines that place a value, those saying
 * most of the request's content words. Returns the starts, ascending.
 */
export function startsAfterRequest(
  source: string,
  request: string,
  starts: readonly number[],
  { oneValue = false, previous = '' }: { oneValue?: boolean; previous?: string } = {},
): number[] {
  const asked = [...request.matchAll(WORD_RUN)].map((m) => ({
    w: m[0].toLowerCase(),
    attribute: /^\p{Ll}+$/u.test(m[0]) && !FUNCTION_WORDS.has(m[0]),
    content: m[0].length > 2 && !FUNCTION_WORDS.has(m[0].toLowerCase()),
  }));
  const askedWords = new Set(asked.map((a) => a.w));
  const known = new Set([...askedWords, ...[...previous.matchAll(WORD_RUN)].map((m) => m[0].toLowerCase())]);
  const where = asksWhere(request);
  const out: number[] = [];
  const set: { q: number; says: number }[] = [];
  let askedInSpeech = false;
  // (asked where, a table's column of places is asked by its header: "The bottle of sodium borohydride
  // is kept in" of "bottle_id,reagent,qty,location" — writer 125)
  const tables = readTables(source, where ? new Set([...askedWords, ...PLACE_HEADERS]) : askedWords);
  const contentWords = new Set(asked.filter((a) => a.content).map((a) => a.w));
  const says = (line: string) =>
    new Set([...line.toLowerCase().matchAll(WORD_RUN)].filter((m) => contentWords.has(m[0])).map((m) => m[0])).size;
  let lineStart = 0;
  for (const line of source.split('\n')) {
    const lineEnd = lineStart + line.length;
    const lineAt = lineStart + line.length - line.trimStart().length;
    // a table's header holds no value; a row's value is the cell under the header the request names
    // (when a value may open there: "order_id" of "What did Ottoline Price's order come to?" holds no
    // sum, and the row is read as any line)
    const inLine = tables.headers.has(lineAt) ? [] : starts.filter((q) => q >= lineStart && q < lineEnd);
    const cell = tables.asked.get(lineAt);
    const under = cell ? inLine.filter((q) => q >= cell[0] && q < cell[1]) : [];
    if (under.length > 0) {
      out.push(...under);
      set.push(...under.map((q) => ({ q, says: says(line) })));
      lineStart = lineEnd + 1;
      continue;
    }
    const words = [...line.matchAll(WORD_RUN)].map((m) => ({
      w: m[0].toLowerCase(),
      start: lineStart + m.index!,
      end: lineStart + m.index! + m[0].length,
    }));
    // the longest runs a value follows, else the longest a subject says before "is"
    const after = { n: 0, at: [] as number[] };
    const before = { n: 0, at: [] as number[] };
    const keep = (best: { n: number; at: number[] }, n: number, q: number | null) => {
      if (q === null || n < best.n) return;
      if (n > best.n) [best.n, best.at] = [n, []];
      best.at.push(q);
    };
    for (let i = 0; i < words.length; i++)
      for (let j = 0; j < asked.length; j++) {
        let n = 0;
        let attribute = false;
        while (i + n < words.length && j + n < asked.length && sameStem(words[i + n]!.w, asked[j + n]!.w)) {
          attribute ||= asked[j + n]!.attribute;
          n++;
        }
        if (!attribute) continue;
        const held = HAS_THE.test(source.slice(Math.max(lineStart, words[i]!.start - 12), words[i]!.start));
        keep(after, n, startSetAfter(source, keyEnd(source, words[i + n - 1]!.end), inLine, { where, known, held }));
        keep(before, n, subjectBefore(source, lineStart, words[i]!.start, askedWords));
        keep(before, n, quantityBefore(source, words[i]!.start, inLine));
        if (ASKED_IN_SPEECH.test(source.slice(words[i + n - 1]!.end, lineEnd))) askedInSpeech = true;
      }
    const named = after.at.length > 0 ? after.at : before.at;
    out.push(...new Set(named.length > 0 ? named : inLine));
    // (how much of the request the line says: of lines that each place a value, the one about the
    // asked subject — "- GPS receiver: Garnet X4, serial GX4-80317K", not the tripod's serial)
    set.push(...named.map((q) => ({ q, says: says(line) })));
    lineStart = lineEnd + 1;
  }
  // asked in dialogue ('"And the level motto?" asked Bruna.'): the answer is what another says
  if (set.length === 0 && askedInSpeech) set.push(...spokenStarts(source, starts).map((q) => ({ q, says: 0 })));
  const most = Math.max(0, ...set.map((p) => p.says));
  const placed = set.filter((p) => p.says === most).map((p) => p.q);
  return [...new Set(oneValue && placed.length > 0 ? placed : out)].sort((a, b) => a - b);
}

// The request's words asked in a quoted question: '… level motto?" asked Bruna.'
const ASKED_IN_SPEECH = /^[^.!?\n"”]{0,40}\?["”]/u;
// The opening mark of something said: '"spite dictate device," Daklybroak answered.'
const SPEECH = /(?<=^|\s)["“](?=[\p{L}\p{N}])/gmu;

/** The starts that open something said in `source`, other than a question. */
function spokenStarts(source: string, starts: readonly number[]): number[] {
  const at = new Set(starts);
  return [...source.matchAll(SPEECH)]
    .map((m) => m.index! + 1)
    .filter((q) => at.has(q) && !/^[^"”\n]*\?["”]/u.test(source.slice(q)));
}

/** The end of an identifier the run's last word is part of: "MAX_UPLOAD_MB = 48" is set after "_MB". */
function keyEnd(source: string, end: number): number {
  return end + /^(?:[_.-][\p{L}\p{N}]+)*/u.exec(source.slice(end))![0].length;
}

// A quantity said before "of" and the request's words: "you need 175 grams of caster sugar".
const QUANTITY_OF = /^(?:\S*\p{N}\S*|[\p{L}]+)(?:\s+[\p{L}]+)?\s+of\s+(?:the\s+)?$/u;

/** The start of a number that a quantity "… of" before `runStart` opens, or null. */
function quantityBefore(source: string, runStart: number, starts: readonly number[]): number | null {
  for (const q of starts) {
    if (q >= runStart || runStart - q > 48) continue;
    const word = /^[\p{L}\p{N}]*/u.exec(source.slice(q))![0].toLowerCase();
    if ((/\p{N}/u.test(word) || NUMBER_WORDS.has(word)) && QUANTITY_OF.test(source.slice(q, runStart))) return q;
  }
  return null;
}

// A clause's subject said before "is" and the words that name the value: "Peiflanaikford is the
// dark door of Moabloas' home town", "Farid Garcia is ferry 38's polls contact", "Captain Wentworth
// was the brother of Mrs Croft", "Noel Silva is Crateimon Holdings' emergency contact".
const SUBJECT_IS = /^(\s*["'“‘(]?)(\S.{0,80}?)\s+(?:is|was|are|were|became|becomes|remains|remained)(\s.*)?$/isu;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'now', 'still', 'also']);
// (not the comma of a date: "October 3, 1822 is the expense date of Cutynou")
const CLAUSE_BREAK = /[.!?;:](?=\s)|(?<!\d),(?=\s)|(?<=\d),(?=\s+\D)/g;
const MAX_SUBJECT_WORDS = 6;

/**
 * The start of the subject of the clause whose "is" comes right before `runStart` — a value the
 * line says first, even at its start, when it says more than the request's words — or null.
 */
function subjectBefore(source: string, lineStart: number, runStart: number, asked: ReadonlySet<string>): number | null {
  const head = source.slice(lineStart, runStart);
  const breaks = [...head.matchAll(CLAUSE_BREAK)];
  const from = breaks.length > 0 ? breaks[breaks.length - 1]!.index! + 1 : 0;
  const m = SUBJECT_IS.exec(head.slice(from));
  if (!m) return null;
  // between "is" and the run: articles, or the request's own words said as a possessive
  // ("Noel Silva is Crateimon Holdings' emergency contact")
  const rest = m[3] ?? ' ';
  const between = [...rest.matchAll(WORD_RUN)].map((w) => w[0].toLowerCase());
  const possessive = /['’]s?\s+$/u.test(rest) && between.every((w) => ARTICLES.has(w) || asked.has(w));
  if (!/\s$/u.test(rest) || !(between.every((w) => ARTICLES.has(w)) || possessive)) return null;
  const subject = [...m[2]!.matchAll(WORD_RUN)].map((w) => w[0].toLowerCase());
  if (subject.length === 0 || subject.length > MAX_SUBJECT_WORDS || subject.every((w) => asked.has(w))) return null;
  return lineStart + from + m[1]!.length;
}

/** The first start at or after `from` that a mark or a verb saying "is" sets in its clause, or null. */
function startSetAfter(
  source: string,
  from: number,
  starts: readonly number[],
  { where, known, held }: { where: boolean; known: ReadonlySet<string>; held: boolean },
): number | null {
  const linking = (w: string) => COPULA.has(w) || WITH_COPULA.has(w) || (where && PLACE.has(w));
  for (const q of starts) {
    if (q < from) continue;
    const word = /^[\p{L}\p{N}]*/u.exec(source.slice(q))![0].toLowerCase();
    if (linking(word) || changedTo(word, source.slice(q + word.length))) continue;
    // a label's participle ("Technician assigned: Sunniva Brekke", "Amount paid: £40")
    if (PARTICIPLE.test(word) && LABEL_MARK.test(source.slice(q + word.length))) continue;
    const between = source.slice(from, q);
    const answered = ANSWERED.exec(between);
    if (BREAK.test(answered ? between.slice(0, answered.index) : between)) return null;
    // past linking and function words, and the request's own words: "the earthquake colour of
    // Kleroskorn is beige", "reasoning colour for Omar ... navy"
    const wordsBetween = [...between.matchAll(WORD_RUN)].map((m) => m[0].toLowerCase());
    const changed = wordsBetween.map((w, k) => PARTICIPLE.test(w) && wordsBetween[k + 1] === 'to');
    const labelled = /[:=]/.test(between);
    if (
      !wordsBetween.every(
        (w, k) => linking(w) || FUNCTION_WORDS.has(w) || known.has(w) || changed[k] || (labelled && PARTICIPLE.test(w)),
      )
    )
      return null;
    if (PARTICIPLE.test(word)) return null;
    const sets =
      (held && between === ' ') ||
      // a code or number right after the words that name it: "Payment batch PB-88231", "room 3B"
      (between === ' ' && /\p{N}/u.test(/^\S*/.exec(source.slice(q))![0])) ||
      SEPARATOR.test(between) ||
      changed.includes(true) ||
      wordsBetween.some((w) => COPULA.has(w) || (where && PLACE.has(w)));
    return sets ? q : null;
  }
  return null;
}
