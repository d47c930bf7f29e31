// Answer copy (issue 16, "recall that does not care about wording"): when the memory check finds a
// request's names in memory (or it names nothing), the reply of a package trained to answer in fixed frames
// ("It is {value}.", "They are {value} and {value}.") must fill each {value} with text copied
// verbatim from a source: the memory quote, the lines holding the request's names that the model
// reads right before the turn (src/runtime/answer-copy-turn.ts). The model still chooses the frame,
// where each value starts and where it ends, from its own logits restricted to what the grammar allows; it can
// no longer answer with a value that occurs nowhere in what it was shown ("It is 18." for "… a sea
// chest numbered 7390.") or misspell a copied one ("Peblestone"). Constrained decoding of this kind
// is what extractive readers do; no library does it over our frames and tokenizer, so it is ours.
//
// The copy is checked on characters, not token ids: a value the source writes `"Fatima Mayfield"`
// or `,Valeria Draper` is answered " Fatima Mayfield" — the frame's space and the word re-tokenized
// as the model writes it after a space. A value starts at a word (a character after a space, or a
// letter or digit after a separator — not after a joiner inside a word, as "11" of "v20.11" — and
// not a line's first word) holding a letter or digit, and ends where a word ends (before
// whitespace, the end, or punctuation no letter or digit follows), so "6" of "612" and "55" of
// "55-0812" are no values; a name is copied whole ("Tobias Wren", not "Wren").
// Pure logic: the state is re-derived from the reply's tokens at every step (a reply is ≤ a few
// dozen tokens).

/** A frame: literals[0] {value} literals[1] … {value} literals[k] (k ≥ 1 values), as token ids. */
export interface AnswerFrame {
  literals: number[][];
}

export const VALUE_SLOT = '{value}';

/** Frames as the manifest writes them ("It is {value}.") → token pieces via `encode`. */
export function encodeFrames(frames: readonly string[], encode: (text: string) => number[]): AnswerFrame[] {
  return frames.map((f) => {
    const parts = f.split(VALUE_SLOT);
    if (parts.length < 2) throw new Error(`answer frame without ${VALUE_SLOT}: ${JSON.stringify(f)}`);
    // A value opens with its own space (" 7390"), so the space before a slot belongs to the value.
    const literals = parts.map((p, i) => (i < parts.length - 1 ? p.replace(/\s+$/, '') : p));
    return { literals: literals.map((p) => (p === '' ? [] : encode(p))) };
  });
}

/** The texts of a vocabulary's ordinary tokens, and the token of a text. */
export class TokenTexts {
  private readonly byText = new Map<string, number>();
  readonly text: string[];
  /** the longest token text, in UTF-16 units */
  readonly maxLength: number;

  /** `decode` of each id; special tokens ("<|end|>") and byte pieces of a character (U+FFFD) are left out. */
  constructor(vocabSize: number, decode: (id: number) => string) {
    this.text = [];
    let max = 0;
    for (let id = 0; id < vocabSize; id++) {
      let t: string;
      try {
        t = decode(id);
      } catch {
        t = ''; // an id past the tokenizer's vocabulary (padded embedding tables)
      }
      this.text.push(t);
      if (t === '' || t.includes('\uFFFD') || /^<\|.*\|>$/.test(t)) continue;
      if (!this.byText.has(t)) this.byText.set(t, id);
      max = Math.max(max, t.length);
    }
    this.maxLength = max;
  }

  idOf(text: string): number | undefined {
    return this.byText.get(text);
  }
}

export interface AnswerCopySpec {
  frames: readonly AnswerFrame[];
  /** the text values are copied from */
  source: string;
  /** tokens that end the reply (allowed only once a frame is complete) */
  stopIds: readonly number[];
  vocab: TokenTexts;
  /**
   * Words (lower-cased letters and digits) no value may open with: the request's own words. Asked
   * "Who hired out the carriage Lady Russell took to Bath?", the model reached for "hired", "Lady
   * Russell" or "Bath" in the quoted sentence before "Tobias Wren"; a value is what the request
   * does not already say.
   */
  avoid?: ReadonlySet<string>;
}

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const JOINER = /[.:\-/@_+#'’]/;

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * Is the word at `i` the second word (or later) of a name — a capitalised word right after a
 * capitalised word and one space ("Wren" of "Tobias Wren", "Mill" of "Winthrop Mill")?
 */
function insideName(s: string, i: number): boolean {
  if (i < 3 || i >= s.length || s[i - 1] !== ' ' || !UPPER.test(s[i]!) || !LETTER.test(s[i - 2]!)) return false;
  let j = i - 2;
  while (j > 0 && LETTER.test(s[j - 1]!)) j--;
  // a sentence's first word is capitalised by grammar, not as a name ("A Code blue")
  const opensSentence = j === 0 || /(?:^|[.!?]\s|\n)$/.test(s.slice(Math.max(0, j - 2), j));
  return UPPER.test(s[j]!) && !opensSentence && !TITLES.has(s.slice(j, i - 1).toLowerCase());
}

// Titles: the name after one is a value of its own ("Pellworth" of "Miss Pellworth").
const TITLES = new Set(
  'mr mrs ms mx dr prof st capt col gen lt sgt rev hon miss mister sir madam lady lord dame captain admiral commander doctor professor colonel general major lieutenant sergeant reverend father mother sister brother uncle aunt king queen prince princess duke duchess saint'.split(
    ' ',
  ),
);

/** The first word at or after `i` (before the next space), lower-cased letters and digits. */
function firstWord(s: string, i: number): string {
  const m = /^[^\s\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(s.slice(i, i + 64));
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * A partial parse of frame f: inside literal p at offset `at`; or inside the value after literal
 * p, the copied text so far ending at source offsets `ends` ([] = nothing copied yet); or done.
 */
type Parse =
  | { f: number; p: number; kind: 'literal'; at: number }
  | { f: number; p: number; kind: 'value'; ends: number[] }
  | { f: number; kind: 'done' };

/**
 * The grammar of copied answers. `allowed(reply)` is the set of ids that may follow the reply's
 * tokens so far, or null when no parse of the reply is alive (the caller then leaves the model
 * free: a grammar that cannot explain the reply constrains nothing).
 */
export class AnswerCopyGrammar {
  /** source offsets a value may start at */
  private readonly starts: number[];

  constructor(private readonly spec: AnswerCopySpec) {
    if (spec.frames.length === 0) throw new Error('answer copy needs at least one frame');
    const s = spec.source;
    this.starts = [];
    // After a space or a tab, or a letter or digit after punctuation — not at a line's start, where
    // sentences open ("The new gamekeeper …", "Captain Harville keeps …"): the model, asked for a
    // value, reaches for such an opening word before the value itself.
    // A value holds a letter or digit: "->" of "colour -> pink" is none, "(ingrid@…)" is one.
    const wordAhead = new Array<boolean>(s.length + 1).fill(false); // a letter or digit before the next space
    for (let i = s.length - 1; i >= 0; i--)
      wordAhead[i] = WORD_CHAR.test(s[i]!) || (!SPACE.test(s[i]!) && wordAhead[i + 1]!);
    for (let i = 1; i < s.length; i++) {
      const prev = s[i - 1]!;
      if (SPACE.test(s[i]!) || prev === '\n' || prev === '\r' || !wordAhead[i]) continue;
      // after a separator (",Valeria", "(ingrid", '"Fatima', "=R938"), not a joiner inside a word
      // ("11" of "v20.11", "SLQ" of "701-SLQ", "solvang" of "ingrid.solvang")
      const joined = JOINER.test(prev) && i >= 2 && WORD_CHAR.test(s[i - 2]!);
      if (!(prev === ' ' || prev === '\t' || (WORD_CHAR.test(s[i]!) && !WORD_CHAR.test(prev) && !joined))) continue;
      if (spec.avoid && spec.avoid.has(firstWord(s, i))) continue;
      if (insideName(s, i)) continue; // a value opens a name, not its second word
      this.starts.push(i);
    }
  }

  /** Can any value be copied at all? */
  get usable(): boolean {
    return this.starts.length > 0;
  }

  /**
   * May a value end before source offset q? At the end, before whitespace, or before punctuation
   * that no letter or digit follows at once: "-" of "55-0812", "." of "21.7.3", ":" of "02:15"
   * join a value; "." of "7390." and '",' of '"Fatima Mayfield",' do not.
   */
  private endsWord(q: number): boolean {
    const s = this.spec.source;
    if (insideName(s, q + 1)) return false; // nor ends inside one ("Winthrop" of "Winthrop Mill")
    if (q >= s.length || SPACE.test(s[q]!)) return true;
    if (WORD_CHAR.test(s[q]!)) return false;
    return !(q + 1 < s.length && WORD_CHAR.test(s[q + 1]!));
  }

  allowed(reply: readonly number[]): number[] | null {
    let parses = this.initial();
    for (const id of reply) {
      parses = parses.flatMap((s) => this.step(s, id));
      if (parses.length === 0) return null;
    }
    const out = new Set<number>();
    for (const s of parses) for (const id of this.next(s)) out.add(id);
    return out.size > 0 ? [...out] : null;
  }

  /** Parses at the start of literal `p` of frame `f` (an empty literal is skipped). */
  private enterLiteral(f: number, p: number): Parse[] {
    const lit = this.spec.frames[f]!.literals;
    if (lit[p]!.length > 0) return [{ f, p, kind: 'literal', at: 0 }];
    return p === lit.length - 1 ? [{ f, kind: 'done' }] : [{ f, p, kind: 'value', ends: [] }];
  }

  private initial(): Parse[] {
    return this.spec.frames.flatMap((_, f) => this.enterLiteral(f, 0));
  }

  /** Tokens whose text is the source's text at `q` (`lead` + a prefix of it, for a value's first token). */
  private tokensAt(q: number, lead: string): number[] {
    const { source, vocab } = this.spec;
    const ids: number[] = [];
    for (let len = 1; len + lead.length <= vocab.maxLength && q + len <= source.length; len++) {
      const id = vocab.idOf(lead + source.slice(q, q + len));
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  /** Ids that may come next in parse `s`. */
  private next(s: Parse): number[] {
    const { stopIds, frames } = this.spec;
    if (s.kind === 'done') return [...stopIds];
    if (s.kind === 'literal') return [frames[s.f]!.literals[s.p]![s.at]!];
    if (s.ends.length === 0) return this.starts.flatMap((q) => this.tokensAt(q, ' '));
    const ids = s.ends.flatMap((q) => this.tokensAt(q, ''));
    // The value may end here, where a word ends: the next literal's first token, or the stop.
    if (s.ends.some((q) => this.endsWord(q)))
      for (const a of this.enterLiteral(s.f, s.p + 1)) ids.push(...this.next(a));
    return ids;
  }

  /** Parses after `id` follows parse `s` (none when `id` is not allowed there). */
  private step(s: Parse, id: number): Parse[] {
    const { source, frames, stopIds, vocab } = this.spec;
    if (s.kind === 'done') return stopIds.includes(id) ? [s] : [];
    if (s.kind === 'literal') {
      const lit = frames[s.f]!.literals;
      if (lit[s.p]![s.at] !== id) return [];
      if (s.at + 1 < lit[s.p]!.length) return [{ ...s, at: s.at + 1 }];
      // literal p complete: the value after it, or the end after the last literal
      return s.p === lit.length - 1 ? [{ f: s.f, kind: 'done' }] : [{ f: s.f, p: s.p, kind: 'value', ends: [] }];
    }
    const t = vocab.text[id] ?? '';
    const out: Parse[] = [];
    let ends: number[] = [];
    if (s.ends.length === 0) {
      const body = t.startsWith(' ') ? t.slice(1) : '';
      if (body !== '') ends = this.starts.filter((q) => source.startsWith(body, q)).map((q) => q + body.length);
    } else if (t !== '') {
      ends = s.ends.filter((q) => source.startsWith(t, q)).map((q) => q + t.length);
    }
    if (ends.length > 0) out.push({ ...s, ends: [...new Set(ends)] });
    // or the value ended before `id`, which then belongs to the next literal (or is the stop)
    if (s.ends.some((q) => this.endsWord(q)))
      for (const a of this.enterLiteral(s.f, s.p + 1)) out.push(...this.step(a, id));
    return out;
  }
}
