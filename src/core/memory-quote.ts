// The memory quote (issue 16, "recall that does not care about wording"): before a request is
// answered, the sentences or lines of the memory that hold the request's names are quoted again
// right before its turn, best last. The demo model copies a fact next to the question far more
// often than one a thousand tokens back (training/recall/quote_probe.py: held-out in-budget recall
// 24.9 → 37.6 %, 27 cases gained and 2 lost of 197). Names are the memory check's (memory-check.ts)
// and are found the same way — lower-cased letters and digits in the memory's letters index
// (memory-letters.ts) — so "Ursula Thorne" finds `ursula_thorne: height 195`; the text around
// each occurrence is decoded and cut into sentences and lines. The same rule as the probe's
// `quote_by_names` (a piece holding more of the request's names, then more of its words, then the
// newer one, ranks higher). A short paragraph is a record too (quote-pieces.ts `paragraphRecords`:
// an e-mail's header, a form, an FAQ entry, a museum label; not one mixing prose and other lines),
// quoted whole when it holds more of the request's names or attribute words than any one of its
// lines, a value of the kind asked where that line holds none ("Who's the mechanic …?" of a repair
// form), goes on about that line's subject through a pronoun ("Its skipper, …"), is a paragraph
// of one line that the line opens (a fact written as its own paragraph: "… aged 94. Born in
// Kirkcudbright, …"), or is a record of lines that line heads, the only one naming its subject
// ("Name: Thaddeus Mowbray" over "Allergen: Cefadroxane"); and the best piece, the first line or
// sentence of a short paragraph that is no table (or the line under its heading), brings its
// paragraph whole — an e-mail's header lines and body, a form, a poster under its title — which
// the answer's readers choose the value from (answer-copy.ts). A request that names nothing and
// whose words quote nothing may be quoted by its words rare in this memory (`keys: 'rareInMemory'`;
// a word the memory lacks by its stem or a related word: "damp" by "moist"), a weaker quote its
// callers read as such.
import {
  commonWordTest,
  describesPerson,
  distinctiveNumber,
  heldKey,
  isRequest,
  letters,
  namesIn,
  insideAddress,
  nameSkip,
  startsAtWord,
  wordStartSkip,
  type MemoryCheckTokenizer,
  type MemoryReading,
  type MemoryText,
} from './memory-check.ts';
import type { MemoryLetters } from './memory-letters.ts';
import {
  BLOCK_HEAD,
  holdsTable,
  isHeading,
  namedText,
  paragraphRecords,
  quotePieces,
  rowShape,
} from './quote-pieces.ts';
import { FUNCTION_WORDS, ValueBounds, wordsNoValueOpens } from './answer-value-bounds.ts';
import { relatedWords } from './related-words.ts';
import { answerKind, joinsSeveral, startsOfKind, type AnswerKind } from './answer-kind.ts';

// Kinds whose values have a shape of their own (a piece holding one holds what a "when" asks, not a stray number).
const SHAPED_KINDS: ReadonlySet<AnswerKind> = new Set(['time', 'date', 'address', 'colour']);

export interface MemoryQuoteOptions {
  /** pieces quoted */
  pieces: number;
  /** at most this many characters (the newest kept) */
  maxChars: number;
  /** tokens decoded on each side of an occurrence */
  reach: number;
  /** occurrences read per name: those with most of the request's words around them, then the newest */
  perName: number;
}

export const MEMORY_QUOTE_DEFAULTS: MemoryQuoteOptions = { pieces: 2, maxChars: 300, reach: 48, perName: 16 };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** The request's words of four letters or more that are not common words, as letters. */
function rareWords(message: string, common: (word: string) => boolean): string[] {
  const words = [...message.matchAll(WORD)].map((m) => m[0].replace(/(?:['’]s|['’])$/u, ''));
  return [...new Set(words.filter((w) => w.length >= 4 && !common(w)).map(letters))];
}

// Words that ask rather than say what is asked about: no key of a request is made of them.
const ASKING = new Set(
  'what which who whom whose where when why how many much does did do have has had may might can could will would shall should must tell give please most least more less'.split(
    ' ',
  ),
);

// Words no key is made of besides the function and asking words: pronouns and the verbs of asking.
const NO_KEY = new Set(
  'you your yours me mine we us our ours they them she him hers i am was be been being get got know'.split(' '),
);
const content = (w: string) => w.length >= 3 && !FUNCTION_WORDS.has(w) && !ASKING.has(w) && !NO_KEY.has(w);

/** The request's content words, as letters ("Where did I park the car?" → park, car). */
function contentWords(message: string): string[] {
  return [...new Set([...message.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase()).filter(content))];
}

// A word's ending that its other forms do not share ("tours", "quarterly", "interns", "booked").
const ENDING = /(?:ies|es|s|ed|ing|ly|ers|er)$/;

/** A word (letters) without its ending, when four letters or more remain; else the word. */
export function stemOf(word: string): string {
  const m = ENDING.exec(word);
  return m && m.index >= 4 ? word.slice(0, m.index) : word;
}

/**
 * Adjacent pairs of the request's content words, as letters ("the build farm" → "buildfarm"): the
 * keys of a request that names nothing and holds no rare word ("How many workers may the child
 * process pool on the build farm have at most?" — every word of it is common, but "build farm"
 * and "process pool" together are not).
 */
function wordPairs(message: string): string[] {
  const out = new Set<string>();
  const words = [...message.matchAll(/[\p{L}\p{N}]+/gu)];
  for (let k = 0; k + 1 < words.length; k++) {
    const [a, b] = [words[k]!, words[k + 1]!];
    const gap = message.slice(a.index! + a[0].length, b.index);
    if (/^\s+$/.test(gap) && content(a[0].toLowerCase()) && content(b[0].toLowerCase())) out.add(letters(a[0] + b[0]));
  }
  return [...out];
}

/** The words of three letters or more of `text`, as letters (what a piece shares with a request). */
function wordsOf(text: string): Set<string> {
  return new Set([...text.matchAll(WORD)].filter((m) => m[0].length > 2).map((m) => letters(m[0])));
}

const CAMEL = /(?<=\p{Ll})(?=\p{Lu})/u;
// A sentence that goes on about the one before it opens with a word that refers back to it.
const REFERS_BACK = /^["'“‘]?(?:it|its|he|his|him|she|her|they|their|them|this|these|those|there)\b/i;
// A request's own verbs and politeness ("Say …, please. Thank you!"), no attribute of what it asks about.
const POLITE = new Set(
  'say tell show find look remind recall remember need want like please thank thanks answer briefly just again based'.split(
    ' ',
  ),
);

/**
 * The request's attribute words: content words written in lower case, not a request's own verbs
 * or politeness ("motto" of "Say the motto for Gyklia Holdings, please."). Between two pieces that hold
 * its names, the one holding more of them is the fact asked for ("… updated motto -> precision need
 * funny" over "… courtesy code was set to N8Z36", which shares only "the" more).
 */
function attributeWordsOf(text: string): string[] {
  return [
    ...new Set(
      [...text.matchAll(WORD)]
        .map((m) => m[0])
        .filter((w) => /^\p{Ll}+$/u.test(w) && content(w) && !POLITE.has(w))
        .map(letters),
    ),
  ];
}

/** One side of a two-part request: its keys and its words. */
interface RequestPart {
  keys: string[];
  words: Set<string>;
}

/**
 * A request that asks two things joined by "and" ("the emergency contact of the Jousoaprialt
 * project and the privacy date of the onset radio"): each side's keys — the request's names that
 * side holds, or its rare words when it holds none — and words; null when no "and" parts it so (a
 * side without keys, or both with the same).
 */
function requestParts(message: string, names: readonly string[], common: (w: string) => boolean): RequestPart[] | null {
  for (const m of message.matchAll(/\band\b/gi)) {
    const part = (side: string): RequestPart => {
      const own = names.filter((n) => letters(side).includes(n));
      return { keys: own.length > 0 ? own : rareWords(side, common), words: wordsOf(side) };
    };
    const [a, b] = [part(message.slice(0, m.index)), part(message.slice(m.index! + m[0].length))];
    const same = a.keys.every((k) => b.keys.includes(k)) && b.keys.every((k) => a.keys.includes(k));
    if (a.keys.length > 0 && b.keys.length > 0 && !same) return [a, b];
  }
  return null;
}

/**
 * The `perName` occurrences (first tokens, oldest first) whose windows hold most of `words` (as
 * letters, read from the index: nothing is decoded), the newer first on ties. A name a long memory
 * mentions hundreds of times ("Harville" in a novel) is found where the request's other words
 * are ("sea chest"), not only among its newest mentions.
 */
function mostWorded(
  found: number[],
  index: MemoryLetters,
  words: ReadonlySet<string>,
  end: number,
  opts: MemoryQuoteOptions,
): number[] {
  if (found.length <= opts.perName) return found;
  const score = (at: number) => {
    const text = index.lettersOf(Math.max(0, at - opts.reach), Math.min(end, at + opts.reach));
    let n = 0;
    for (const w of words) if (text.includes(w)) n++;
    return n;
  };
  return found
    .map((at) => ({ at, n: score(at) }))
    .sort((x, y) => y.n - x.n || y.at - x.at)
    .slice(0, opts.perName)
    .map((o) => o.at)
    .sort((x, y) => x - y);
}

/** Where and how a quote reads the memory (every field optional; `end`, `skip`, `asks`: memory-check.ts). */
export interface QuoteContext extends MemoryReading {
  /**
   * the conversation's request before this one (previous-request.ts): a follow-up that names
   * nothing ("And its drive height?") is keyed by its names too, and a piece sharing its words
   * ranks higher among pieces that share as many of this message's
   */
  previous?: string;
  opts?: MemoryQuoteOptions;
  /**
   * Which keys: the request's (its names, rare words, word pairs, content words: the default), or
   * — for a request that names nothing and got no quote by them — its content words the memory holds
   * only a few times (`'rareInMemory'`: a weaker quote, which the callers read as such:
   * src/runtime/memory-quote-turn.ts `quoteForTurn`).
   */
  keys?: 'request' | 'rareInMemory';
}

/**
 * The quote for `message` from the memory ('' when the message is no request, names nothing, or
 * no name occurs).
 */
export function memoryQuote(...args: Parameters<typeof memoryQuotePieces>): string {
  return quoteText(memoryQuotePieces(...args), args[4]?.opts);
}

/** The window's text read on past token `b` (up to `wb`) to the end of the piece it cuts, or '' when that piece does not end there either. */
function finishPiece(text: string, source: MemoryText, a: number, b: number, wb: number): string {
  if (wb <= b) return '';
  const far = source.decode(Array.from(source.tokenIds(a, wb)));
  const m = /[.!?](?=\s|$)|\n/.exec(far.slice(text.length));
  return far.startsWith(text) && m ? far.slice(0, text.length + m.index + 1) : '';
}

/** The first piece of a window's text, to its mark before a space or its line break. */
const FIRST_PIECE = /^[^\n]*?(?:[.!?](?=\s|$)|\n)/;

/** Where the last whole piece of `text` ends: after its last mark before a space, or line break (0: none). */
function lastPieceEnd(text: string): number {
  const m = [...text.matchAll(/[.!?](?=\s|$)|\n/g)].at(-1);
  return m ? m.index! + 1 : 0;
}

/** The quote's text: its pieces, best last, at most `maxChars` (the newest kept). */
export function quoteText(pieces: readonly string[], opts: MemoryQuoteOptions = MEMORY_QUOTE_DEFAULTS): string {
  return pieces.join('\n').slice(-opts.maxChars);
}

/** The lines of a piece that state its fact: not a line of brackets alone, nor a table row's header. */
function factLines(piece: string): string[] {
  const lines = piece.split('\n').filter((line) => /[\p{L}\p{N}]/u.test(line));
  return lines.length === 2 && rowShape(lines[0]!) !== null ? lines.slice(1) : lines;
}

/** How a piece answers a request: names (keys) held, words shared, the previous request's words, where. */
interface Score {
  hits: number;
  /** of them, the request's own keys (not the earlier request's names) */
  ownHits: number;
  shared: number;
  /** of the shared words, the request's attribute words (lower case, no function or asking word) */
  attributes: number;
  earlier: number;
  at: number;
  /** the text whose names it counts (namedText) */
  named: string;
  /** its words, as letters */
  own: Set<string>;
}

/**
 * The sentence after `piece` on its line, with the space that joins them, read in the tokens after
 * the occurrence `at` it was found by (up to 3 reaches on); '' when its line ends there or the
 * window cuts the sentence (a line's next line is another record's: a table's row, a key's line,
 * another speaker's).
 */
function sentenceAfter(source: MemoryText, piece: string, at: number, end: number, reach: number): string {
  const text = source.decode(Array.from(source.tokenIds(Math.max(0, at - reach), Math.min(end, at + 3 * reach))));
  const i = text.indexOf(piece);
  const line = i < 0 ? '' : text.slice(i + piece.length).split('\n')[0]!;
  if (!/^ \S/.test(line)) return '';
  const next = quotePieces(line.trim())[0] ?? '';
  return /[.!?]["'”’)]?$/.test(next) && line.trim().startsWith(next) ? ` ${next}` : '';
}

/** The pieces `memoryQuote` quotes, best last ([] when it quotes nothing). */
export function memoryQuotePieces(
  message: string,
  index: MemoryLetters,
  source: MemoryText,
  tok: MemoryCheckTokenizer,
  { end = index.tokens, skip, asks, previous = '', opts = MEMORY_QUOTE_DEFAULTS, keys = 'request' }: QuoteContext = {},
): string[] {
  if (end === 0 || !(asks ?? isRequest(message))) return [];
  const common = commonWordTest(tok);
  // A request that names nothing ("After how many milliseconds is a quill worker killed?") is keyed
  // by its rare words: four letters or more, not one of the model's common words ("quill"), and by
  // the names of the request it follows. One with no rare word either is keyed by the pairs of its
  // words that the memory holds ("build farm"; "Same question for the wide oven."), else by the
  // names of the request before ("And its drive height?"), whose words then break ties.
  // (a relative's or a party's word the memory does not hold is no key: "When did Dad shut the shop?"
  // of "My father ran the hardware store …" is keyed as a request that names nothing)
  const held = (key: string) => index.has(key, end, wordStartSkip(source, key, end, skip));
  // (a name counts inside an address too: "Velo" of "kit@ashcombevelo.cc"; a word only at a word's start)
  const heldName = (key: string) => index.has(key, end, nameSkip(source, key, end, skip));
  const requestNames = namesIn(message, common).filter((n) => !describesPerson(n) || heldName(letters(n)));
  // (a request that names something has no quote by words rare in the memory: read nothing more)
  if (keys === 'rareInMemory' && requestNames.length > 0) return [];
  // (by the key the memory holds each by: a family's plural by its singular, "Tremletts" by "Tremlett";
  // a numbered subject the memory writes otherwise by its number, "deposit 5012" by "(5012, 5, 'fill')")
  const numberKey = (n: string) => {
    const num = distinctiveNumber(n);
    return num !== null && held(num) ? num : null;
  };
  const nameKeys = new Set(requestNames.map((n) => heldKey(letters(n), heldName) ?? numberKey(n) ?? letters(n)));
  // (a piece holds a key at a word's start, a name inside an address too)
  const holdsKey = (text: string, key: string) =>
    startsAtWord(text, key) || (nameKeys.has(key) && insideAddress(text, key));
  if (keys === 'rareInMemory') {
    // Keyed by words rare in this memory: for a request that names nothing and whose keys quoted
    // nothing ("In that detective story, what time was the broken watch frozen at?" of "… turned the
    // pocket watch over …"), its content words the memory holds only a few times are its keys, a
    // piece holding one of them is quoted — rare here, as a retriever's idf, not in the language
    // (writers 16, 17: training/recall/guard.py).
    const times = (w: string) => index.tokensOf(w, end, RARE_IN_MEMORY + 1, wordStartSkip(source, w, end, skip)).length;
    const few = (n: number) => n > 0 && n <= RARE_IN_MEMORY;
    const fewTimes = (w: string) => few(times(w));
    // (a word the memory does not hold at all is looked for by its stem, then by the words WordNet
    // groups it with: "tickets" by "ticket", "damp" by "moist" — src/core/related-words.ts)
    const heldForm = (w: string): string[] => {
      const n = times(w);
      if (n > 0) return few(n) ? [w] : [];
      const stem = stemOf(w);
      const m = stem !== w && stem.length >= 4 ? times(stem) : 0;
      if (m > 0) return few(m) ? [stem] : [];
      return relatedWords(w)
        .filter((r) => r.length >= 4 && /^\p{L}+$/u.test(r))
        .map(letters)
        .filter(fewTimes);
    };
    const rareHere = [
      ...new Set(contentWords(message).flatMap((w) => (w.length >= 4 && !POLITE.has(w) ? heldForm(w) : []))),
    ];
    return rareHere.length > 0 ? quotedPieces(rareHere, new Set(rareHere), 1) : [];
  }
  let names = [...nameKeys];
  // the request's own keys: a piece holding more of them ranks above one holding more of the earlier request's
  let ownKeys = new Set(names);
  // pieces must hold this many of the keys (two when the keys are single common words)
  let minHits = 1;
  if (names.length === 0) {
    const earlier = previous !== '' && isRequest(previous) ? namesIn(previous, common).map(letters) : [];
    // (a rare word the memory lacks is looked for by its stem — "tours" by "tour", "quarterly" by
    // "quarter" —, and where the memory holds none, the pairs are the keys)
    const rare = rareWords(message, common).flatMap((w) => {
      if (held(w)) return [w];
      const stem = stemOf(w);
      return stem !== w && held(stem) ? [stem] : [];
    });
    ownKeys = new Set(rare.length > 0 ? rare : wordPairs(message).filter(held));
    if (ownKeys.size === 0 && earlier.length === 0) {
      // "Where did I park the car?": no pair is adjacent either — its content words, where a piece holds two
      const words = contentWords(message).filter(held);
      if (words.length >= 2) [ownKeys, minHits] = [new Set(words), 2];
    }
    names = [...new Set([...ownKeys, ...earlier])];
    // (keys that are no names weigh by how rare the memory holds them, as a retriever's idf: "food"
    // and "bank" of "When is the food bank collection happening …?" over "happen" and "moved", which
    // a manual says on every page)
    const rarity = new Map([...ownKeys].map((k) => [k, rarityOf(k, index, source, { end, skip }).idf]));
    return names.length > 0 ? quotedPieces(names, ownKeys, minHits, rarity) : [];
  }
  return names.length > 0 ? quotedPieces(names, ownKeys, minHits) : [];

  /**
   * The pieces quoted for keys `names` (of them the request's own `ownKeys`), each holding `minHits`
   * of them; a piece's hits are its keys' `weights` summed where given (else each counts 1).
   */
  function quotedPieces(
    names: string[],
    ownKeys: ReadonlySet<string>,
    minHits: number,
    weights?: ReadonlyMap<string, number>,
  ): string[] {
    const weigh = (keys: string[]) => (weights ? keys.reduce((sum, k) => sum + (weights.get(k) ?? 1), 0) : keys.length);
    // A request of two parts quotes the best piece of each ("They are {value} and {value}." copies
    // from both): a part that names nothing is keyed by its own rare words.
    const parts = requestParts(message, names, common);
    if (parts) names = [...new Set([...names, ...parts.flatMap((p) => p.keys)])];
    // The request's words of three letters or more, common ones included ("sea", "chest"), as the
    // trainer's twin counts them (training/recall/quote.py); the previous request's break ties.
    const words = wordsOf(message);
    const attributeWords = attributeWordsOf(message);
    const earlierWords = [...wordsOf(previous)].filter((w) => !words.has(w));
    const best = new Map<string, Score>();
    const recordPieces = new Set<string>();
    const isRecord = (piece: string) => recordPieces.has(piece);
    // the short paragraph a piece is a line or sentence of
    const recordOf = new Map<string, string>();
    const blockPieces = new Set<string>();
    const isBlock = (piece: string) => blockPieces.has(piece);
    for (const name of names) {
      const found = mostWorded(
        index.tokensOf(name, end, Infinity, (nameKeys.has(name) ? nameSkip : wordStartSkip)(source, name, end, skip)),
        index,
        words,
        end,
        opts,
      );
      for (const at of found) {
        const a = Math.max(0, at - opts.reach);
        const b = Math.min(end, at + opts.reach);
        let text = source.decode(Array.from(source.tokenIds(a, b)));
        // a short paragraph is a record too, its names counted in all its lines: read in a window
        // twice as wide, when this one holds a line break (the wide window's first and last
        // paragraphs may be cut: no record unless it reaches the memory's edge)
        const [wa, wb] = [Math.max(0, at - 2 * opts.reach), Math.min(end, at + 2 * opts.reach)];
        const records = text.includes('\n')
          ? paragraphRecords(source.decode(Array.from(source.tokenIds(wa, wb))), opts.maxChars, {
              first: wa === 0,
              last: wb === end,
            })
          : [];
        // (and the paragraph a piece opens, read four times as wide: twice as wide cut a fixtures
        // list of padded table rows before its fourth line — writer 20)
        const [ra, rb] = [Math.max(0, at - RECORD_REACH * opts.reach), Math.min(end, at + RECORD_REACH * opts.reach)];
        const around =
          text.includes('\n') && (ra < wa || rb > wb)
            ? paragraphRecords(source.decode(Array.from(source.tokenIds(ra, rb))), opts.maxChars, {
                first: ra === 0,
                last: rb === end,
              })
            : records;
        // The window's first and last pieces may be cut: drop them unless the window reaches the
        // memory's edge (a piece ends where quotePieces ends one: a mark before a space or a line
        // break — not the "!" of "Quokka!Fern48" nor the "." of "v3.14.7").
        // The piece holding the name, when the window's end cuts it, is read on to its end within
        // the wide window ("… is now Quokka!Fern48 — ignore the old one …, she changed it when …").
        // (where a window's edge cut a piece, whether it is the name's: the tokens before the name,
        // decoded once, where an edge asks)
        let nameAt: number | undefined;
        const named = () => (nameAt ??= source.decode(Array.from(source.tokenIds(a, at))).length);
        if (b < end) {
          const cut = lastPieceEnd(text);
          text = (cut < text.length && cut <= named() && finishPiece(text, source, a, b, wb)) || text.slice(0, cut);
        }
        // (unless it holds the name: then it is read back to its start within the wide window — a
        // long line, "# postgresql.conf on pg-ledger-02 -- … max_connections = 380  # raised from 250
        // by Ines Ardelean …", is the fact, not a cut piece before it)
        if (a > 0) {
          const cutEnd = FIRST_PIECE.exec(text)?.[0].length ?? 0;
          if (cutEnd > 0 && cutEnd > named()) {
            const wide = source.decode(Array.from(source.tokenIds(wa, a)));
            text = wide.slice(lastPieceEnd(wide)) + text;
          } else text = text.slice(cutEnd);
        }
        const cut = quotePieces(text);
        for (const piece of cut) {
          const record = around.find((r) => r !== piece && r.includes(piece));
          if (record !== undefined) recordOf.set(piece, record);
        }
        for (const [k, piece] of [...cut, ...records].entries()) {
          const record = k >= cut.length && !cut.includes(piece);
          if (record) recordPieces.add(piece);
          else if (piece.includes('\n') && BLOCK_HEAD.test(piece.split('\n')[0]!)) blockPieces.add(piece);
          // A question states nothing (an earlier turn's question holds the names, not the fact); a
          // piece that is a short line and the next counts the names of its first line (the key's),
          // a block those of all its lines, a record those of all its lines.
          if (/\?$/.test(record ? piece : piece.split('\n')[0]!)) continue;
          const named = record ? piece : namedText(piece);
          const held = names.filter((n) => holdsKey(named, n));
          if (held.length < minHits) continue;
          const hits = weigh(held);
          const ownHits = weigh(held.filter((n) => ownKeys.has(n)));
          const own = new Set([...piece.matchAll(WORD)].map((m) => letters(m[0])));
          const shared = [...words].filter((w) => own.has(w)).length;
          // (an identifier's words too: "weatherMotto", "emergency_contact")
          const parts =
            attributeWords.length > 0
              ? new Set([...piece.matchAll(WORD)].flatMap((m) => m[0].split(CAMEL).map(letters)))
              : own;
          const attributes = attributeWords.filter((w) => own.has(w) || parts.has(w)).length;
          const earlier = earlierWords.filter((w) => own.has(w)).length;
          const seen = best.get(piece);
          if (!seen || at > seen.at) best.set(piece, { hits, ownHits, shared, attributes, earlier, at, named, own });
        }
      }
    }
    // Does a record go on about what its piece names — each of its other sentences opening with a
    // pronoun that refers back ("The ferry Marisol Quay pulled out … . Its skipper, a wiry woman
    // named Odalys Fenwick, …")?
    const recordParts = new Map<string, string[]>();
    const partsOf = (record: string) => {
      let parts = recordParts.get(record);
      if (!parts) recordParts.set(record, (parts = quotePieces(record)));
      return parts;
    };
    const continues = (record: string, piece: string) => {
      const rest = partsOf(record).filter((r) => r !== piece && !piece.includes(r));
      return record.includes(piece) && rest.length > 0 && rest.every((r) => REFERS_BACK.test(r));
    };
    // Is a record a paragraph of one line that the piece opens — a fact written as its own paragraph,
    // naming its subject first and going on about it ("HALLIWELL, Margaret (Peggy), peacefully at
    // Brookside Nursing Home on 2nd February, aged 94. Born in Kirkcudbright, …"; "Rental agreement
    // RA-30921: pick-up at Keflavik Airport, Desk 4. The car must be brought back … to the Reykjavik
    // city office on Skeifan 9.")? (Not a piece set inside someone else's paragraph, nor a record of
    // several lines, whose other lines may be other facts about other subjects.)
    const opensParagraph = (record: string, piece: string) => !record.includes('\n') && record.startsWith(piece);
    // Does the piece introduce what its record's next lines say, ending on a colon ("What the company
    // carried out of Duskmere:" over the list of who carried what)?
    const introduces = (record: string, piece: string) =>
      /:\s*$/.test(piece) && record.includes(`${piece.trimEnd()}\n`);
    // Does a piece hold a value of the kind the request asks for, other than the request's own words?
    const kind = answerKind(message);
    const avoid = wordsNoValueOpens(message);
    const holding = new Map<string, boolean>();
    const holdsKind = (piece: string) => {
      let h = holding.get(piece);
      if (h === undefined) {
        h =
          kind !== null && startsOfKind(piece, new ValueBounds(piece, avoid).starts, kind, { strict: true }).length > 0;
        holding.set(piece, h);
      }
      return h;
    };
    // Does the piece head its record — the record's only piece naming what the request asks about,
    // saying none of its attribute words, the other lines going on about that subject without naming
    // it ("Travel request TR-2291 — APPROVED" over "Hotel budget: €165/night"; "Name: Thaddeus
    // Mowbray   DOB: 22/08/1957" over "Allergen: Cefadroxane")? Not a line among others that name the
    // subject again ("The lucky number of Filip Siostult is …"), nor a sentence of a paragraph of prose
    // (its other sentences may be other facts), nor a table's row (the other rows are other records).
    // Nor a piece that holds a value of a shape asked itself — a time, a date, an address, a colour
    // ("feeder.schedule = 06:30, 12:15, 18:45" over the rest of the feeder's config block, asked when:
    // writer 47); not a count's or a name's, which a heading holds as often as not ("Store #0412",
    // "PATIENT: Biscuit (Beagle …": writers 4 and 18 lost their records with them).
    // (read once per record and piece: the ranking's comparisons ask again)
    const headed = new Map<string, boolean>();
    const heads = (record: string, piece: string) => {
      if (
        !record.includes('\n') ||
        !record.includes(piece) ||
        (best.get(piece)?.attributes ?? 0) > 0 ||
        (kind !== null && SHAPED_KINDS.has(kind) && holdsKind(piece))
      )
        return false;
      const key = `${record}\u0000${piece}`;
      let h = headed.get(key);
      if (h === undefined) {
        // (its other pieces: not one holding it, as a short line and the next)
        const rest = partsOf(record).filter((r) => !r.includes(piece) && !piece.includes(r));
        h = !holdsTable(record) && rest.length > 0 && rest.every((r) => !names.some((n) => holdsKey(r, n)));
        headed.set(key, h);
      }
      return h;
    };
    /** > 0 when p, of record p and piece q (or of piece p and record q), ranks higher. */
    const recordWins = (p: string, q: string) => {
      const [record, piece] = isRecord(p) ? [p, q] : [q, p];
      const wins =
        continues(record, piece) ||
        (holdsKind(record) && !holdsKind(piece)) ||
        opensParagraph(record, piece) ||
        introduces(record, piece) ||
        heads(record, piece);
      return (isRecord(p) ? 1 : -1) * (wins ? 1 : -1);
    };
    const rank = (score: (s: Score) => Pick<Score, 'hits' | 'ownHits' | 'shared'>) =>
      [...best.entries()]
        .map(([piece, s]): [string, Score] => [piece, { ...s, ...score(s) }])
        .filter(([, s]) => s.hits > 0)
        .sort(
          ([p, x], [q, y]) =>
            x.ownHits - y.ownHits ||
            // a record wins over a piece by the request's own names or its attribute words, or by
            // holding a value of the kind asked where the piece holds none ("Who's the mechanic …?"
            // of a form whose "Customer name:" line holds the names); else it loses: its other lines
            // may be another fact's about the same subject ("The lucky number of Filip Siostult is
            // 660557."), or an earlier request's
            (isRecord(p) !== isRecord(q) ? x.attributes - y.attributes || recordWins(p, q) : 0) ||
            x.hits - y.hits ||
            x.attributes - y.attributes ||
            x.shared - y.shared ||
            x.earlier - y.earlier ||
            // a block (YAML, a list item's sub-items) holding as much as one of its lines says the rest of its record too
            Number(isBlock(p)) - Number(isBlock(q)) ||
            x.at - y.at,
        );
    // no line twice: a key line and its value may also be pieces of their own
    // (a line of brackets alone, as two JSON records both open with "{", is no line of a fact; nor is
    // the header two rows of one table are quoted under)
    // (nor a sentence of a chosen record, nor a record holding a chosen sentence)
    const within = (a: string, b: string) =>
      factLines(a).some((line) => factLines(b).includes(line) || (isRecord(b) && b.includes(line)));
    const overlaps = (piece: string, chosen: readonly string[]) =>
      chosen.some((c) => within(piece, c) || within(c, piece));
    const chosen: string[] = [];
    if (parts && opts.pieces >= 2) {
      // each part's best piece, the first part's first
      for (const { keys, words: partWords } of parts) {
        const ranked = rank((s) => {
          const hits = keys.filter((k) => holdsKey(s.named, k)).length;
          return { hits, ownHits: hits, shared: [...partWords].filter((w) => s.own.has(w)).length };
        });
        for (let i = ranked.length - 1; i >= 0; i--)
          if (!overlaps(ranked[i]![0], chosen)) {
            chosen.push(ranked[i]![0]);
            break;
          }
      }
    }
    const ranked = rank((s) => s);
    for (let i = ranked.length - 1; i >= 0 && chosen.length < opts.pieces; i--) {
      const piece = ranked[i]![0];
      if (!overlaps(piece, chosen)) chosen.unshift(piece);
    }
    // The best piece, the first line or sentence of a short paragraph, is quoted as that whole
    // record: the piece names the subject, the record's other lines say the rest about it — an
    // invoice's heading over its lines ("What did we pay for the screen on that Bramley invoice?"
    // of "Bramley Office Supply - Invoice 7718" over "1 x Vantra 27" monitor £219.99"), a court
    // report's sentence after the one naming the accused ("The Bench sentenced him to 21 days"). The
    // answer's readers then choose the value (answer-copy.ts); the request's words alone named the
    // wrong line often (writers 1–62: 321 of 386 present short cases whose quote missed the answer
    // had it in the best piece's paragraph). Not a line after the first (a fact set in someone
    // else's paragraph: "> Victor Silva, tyre colour -> pink" under a code sample) unless the first
    // is the paragraph's heading (quote-pieces.ts `isHeading`: "Station visit form" over "Site:
    // Quennell Marsh (QM-2)" and the form's other lines), nor a table's row (the other rows are
    // other records; one line of bars among others is no table: quote-pieces.ts `holdsTable`), nor
    // for a request that may ask several values, copied from the whole quote ("Tell me the last
    // words of oven 16 … and the birthday of …").
    // A later line or sentence brings its record too where it goes on about an earlier one through a
    // pronoun ("'He starts on the large-animal rota on Monday …'" after the sentence naming the new
    // vet), or where it holds no value of the kind asked and its record does (writers 141–146).
    const top = chosen.at(-1);
    const record = top === undefined || isRecord(top) || parts || joinsSeveral(message) ? undefined : recordOf.get(top);
    const bringsRecord = (piece: string, record: string) =>
      headedBy(record, piece) || REFERS_BACK.test(piece) || (kind !== null && !holdsKind(piece) && holdsKind(record));
    if (record !== undefined && bringsRecord(top!, record) && !holdsTable(record)) {
      recordPieces.add(record);
      chosen[chosen.length - 1] = record;
      for (let i = chosen.length - 2; i >= 0; i--) if (within(chosen[i]!, record)) chosen.splice(i, 1);
    }
    // The best piece goes on with the sentence after it on its line where it holds no value of
    // the kind asked ("In that detective story, what time was the broken watch frozen at?" of
    // "Inspector Halloran turned the pocket watch over in his gloved hand. The hands had stopped at
    // twenty past four."): the request's words name the sentence that introduces a fact, the value
    // may be in the next one.
    const last = chosen.at(-1);
    const lastAt =
      last === undefined || isRecord(last) || kind === null || holdsKind(last) ? undefined : best.get(last)?.at;
    const after = lastAt === undefined ? '' : sentenceAfter(source, last!, lastAt, end, opts.reach);
    if (after !== '' && last!.length + after.length <= opts.maxChars) chosen[chosen.length - 1] = last + after;
    return chosen;
  }
}

/**
 * Does `piece` open `record`, or the line after its heading (quote-pieces.ts `isHeading`: "Station
 * visit form" over "Site: Quennell Marsh (QM-2)")?
 */
function headedBy(record: string, piece: string): boolean {
  if (record.startsWith(piece)) return true;
  const [first, next] = record.split('\n');
  return next !== undefined && isHeading(first!) && next.startsWith(piece);
}

// How many reaches on each side of an occurrence are read for the short paragraph around it.
const RECORD_REACH = 4;

// How often a word may occur in the memory and still key a quote of a request that names nothing.
const RARE_IN_MEMORY = 3;

// Occurrences counted for a key's rarity (more count as many).
const MANY_TIMES = 256;

/**
 * How rare the memory [0, end) holds `word` where words start with it: its occurrences (`n`, at most
 * MANY_TIMES) and a retriever's idf, log((N + 1) / (n + 1)) over the memory's N tokens — the one
 * measure the keys' quote and `requestWeight` weigh words by.
 */
function rarityOf(
  word: string,
  index: MemoryLetters,
  source: MemoryText,
  { end = index.tokens, skip }: MemoryReading,
): { n: number; idf: number } {
  const n = index.tokensOf(word, end, MANY_TIMES, wordStartSkip(source, word, end, skip)).length;
  return { n, idf: Math.log((end + 1) / (n + 1)) };
}

/**
 * A word's root as `requestWeight` matches it: without its plural's or its verb's ending and a final
 * "e" ("markings" → "mark", "emergencies" of "emergency", "closing" of "close"), four letters or more
 * kept — not `stemOf`'s, which makes "form" of "former".
 */
function rootOf(word: string): string {
  let w = word.replace(/ies$/, 'y');
  for (const end of ['s', 'ing', 'ed']) if (w.endsWith(end) && w.length - end.length >= 4) w = w.slice(0, -end.length);
  return w.length >= 5 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/**
 * How much of a request each of `pieces` says, as a retriever (BM25) weighs it: over the request's
 * content words whose root a word of the piece starts with (a word's other forms: "markings" of
 * "mark"; the letters index finds a key the same way, "parcel" in "PARCELPOINT"), the sum of how rare
 * the memory holds that root (idf: log((tokens + 1) / (occurrences + 1))), scaled down as the piece
 * is longer than a line (BM25's length term, k1 = 1.2, b = 0.75, an average of AVERAGE_WORDS words:
 * a long sentence of prose says a few of any request's words). A piece weighs what its heaviest
 * sentence or line does: a record's other lines, often another text's, add nothing. Reads the
 * memory's occurrences of each root once per call.
 */
export function requestWeight(
  message: string,
  pieces: readonly string[],
  index: MemoryLetters,
  source: MemoryText,
  { end = index.tokens, skip }: MemoryReading = {},
): number[] {
  const roots = [
    ...new Set(
      contentWords(message)
        .filter((w) => !POLITE.has(w))
        .map((w) => rootOf(letters(w))),
    ),
  ].filter((r) => r.length >= 3);
  const idf = new Map(
    roots.map((r) => {
      const { n, idf: w } = rarityOf(r, index, source, { end, skip });
      return [r, n === 0 ? 0 : w];
    }),
  );
  const weigh = (text: string) => {
    const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].length;
    const said = roots.reduce((sum, r) => sum + (startsAtWord(text, r) ? idf.get(r)! : 0), 0);
    return (said * (K1 + 1)) / (1 + K1 * (1 - B + (B * words) / AVERAGE_WORDS));
  };
  return pieces.map((piece) => {
    const units = quotePieces(piece).filter((p) => p.length > 0);
    return Math.max(0, ...(units.length > 0 ? units : [piece]).map(weigh));
  });
}
const [K1, B, AVERAGE_WORDS] = [1.2, 0.75, 16];
