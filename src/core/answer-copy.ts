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
// as the model writes it after a space. Where a value may start and end (whole words, names and
// quantities: src/core/answer-value-bounds.ts) is the source's; the values of one reply are copied
// from different places of it (not "They are 97 and 97." where it says 97 once). A character no
// token's text holds (a byte-level vocabulary's "£" or "é", two byte tokens that decode to nothing
// alone) is copied through the ids the tokenizer spells it with (`spell`). Where a one-value reply
// may open, the readers (answer-clause.ts, answer-place.ts, answer-sliding.ts …) each vote and
// learned weights choose (answer-rank.ts).
// Pure logic: the state is re-derived from the reply's tokens at every step (a reply is ≤ a few
// dozen tokens).

import { ValueBounds } from './answer-value-bounds.ts';
import {
  asksPerson,
  asksWhere,
  namedStarts,
  placeKindStarts,
  placeStarts,
  startsOfKind,
  weekdayStarts,
  withWeekday,
  type AnswerKind,
} from './answer-kind.ts';
import {
  durationStarts,
  measureStarts,
  moneyStarts,
  percentStarts,
  priceAsked,
  thingCountedStarts,
} from './answer-quantity.ts';
import { phoneStarts } from './answer-phone.ts';
import { portStarts } from './answer-port.ts';
import { startsAfterPrompt } from './answer-follows.ts';
import { startsAfterRequest } from './answer-place.ts';
import { plateStarts } from './answer-plate.ts';
import { currentStarts, supersededAt } from './answer-superseded.ts';
import { attributeWords, startsInClauseAsked, startsInLineAsked } from './answer-clause.ts';
import { startsNearAsked } from './answer-near.ts';
import { startsAfterExtreme } from './answer-extreme.ts';
import { startsInSlidingWindow } from './answer-sliding.ts';
import { namesAsked, notSubjectNumbers } from './answer-name-asked.ts';
import { datedLineStarts } from './answer-dated-line.ts';
import { quotedPhraseStarts } from './answer-phrase.ts';
import { personStarts } from './answer-person.ts';
import { whenOnLineAsked } from './answer-when-line.ts';
import { versionStarts } from './answer-version.ts';
import { namedRowStarts } from './answer-named-row.ts';
import { withInitialisms } from './initialisms.ts';
import { SHIPPED_RANK, rankedStarts, rankFeatures, type ReaderVotes } from './answer-rank.ts';

// The kinds a value's own shape says (a colour word, a clock time, a date, a code's digits).
const STRICT_KINDS: ReadonlySet<AnswerKind | null> = new Set<AnswerKind>(['colour', 'time', 'date', 'code']);

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
  /**
   * The kind of value the request asks for (answer-kind.ts): values open only at words of that
   * kind when the source holds any.
   */
  kind?: AnswerKind | null;
  /**
   * The words the value follows (answer-follows.ts): values open right after the longest run of
   * `text`'s last words the source holds, when there is one — a completion's prompt, among all the
   * values; a chat request, among the values of its kind only (`onlyOfKind`: "… keep the lamp lit?"
   * → "forty" of "kept the lamp lit for forty years", not the "3" of "Document 3").
   */
  follows?: { text: string; onlyOfKind: boolean };
  /**
   * A request and the one before it (a follow-up's: answer-place.ts, `startsAfterRequest`): in
   * each line of the source that holds the request's words, values open right after them when a
   * mark or "is" sets a value there, or at the subject said before "is" and them.
   */
  about?: { request: string; previous?: string };
  /**
   * Values end only where a clause does (before . , ; : ! ? | a bracket or quote that closes, or the
   * line's end), and there: a completion goes on to the end of the copied clause ("… kept in the" →
   * " blue dressing room at Uppercross Cottage", not " blue"), past a sentence's end at most ("
   * 7390."), not past a comma, colon or semicolon ('"spite dictate device," Daklybroak answered.' →
   * " spite dictate device").
   */
  wholeClause?: boolean;
  /**
   * The tokenizer's encoding of a text: a character no token's text holds — a byte-level
   * vocabulary writes "£", "é" as two byte tokens, which decode to nothing alone — is copied as the
   * ids it spells it with ("£12.75", "CAFÉ"). Without it such a character ends what can be copied.
   */
  spell?: (text: string) => number[];
  /**
   * Called with each one-value request's openings and their features (answer-rank.ts) where the
   * readers vote: `npm run eval -- --rank-features` writes them for the weights' fit.
   */
  onRank?: (record: RankRecord) => void;
}

/** A request's openings and their features, as answer rank's fit reads them (training/recall/answer_rank.py). */
export interface RankRecord {
  request: string;
  source: string;
  starts: readonly number[];
  features: number[][];
}

// What ends a clause: its punctuation, a closing bracket or quote, the line's end, a code comment
// ("MAX_UPLOAD_MB = 48  # raised after …").
const COMMENT_AHEAD = /^[ \t]+(?:#|\/\/)/;
// A request that opens asking when ("When is …", "Remind me when does …", "By when must …"; not a
// completion's scene: "When mature, Calloway Sun fruits change from green to", "When the overpressure
// warning halted the run, the autosampler had got as far as").
const WHEN_ASKED =
  /^\s*(?:(?:remind me|tell me|do you (?:know|remember)|any idea|and|so|by|until|till)\W+)*when\s+(?:is|was|are|were|does|did|do|will|would|should|can|could|has|have|had|must|shall)\b/i;
const CLAUSE_END = /[.,;:!?)\]}"'”’|\n\r]/;

// The second end of a range: "14:40–15:25", "1812-1815", "pages 4–9", "01/05/2025 to 30/04/2026".
const RANGE_BEFORE = /\p{N}[–—-]$/u;
const RANGE_TO_BEFORE = /(?<=^|\s)\S*\p{N} to $/u;
// A request that asks where a span ends ("Until what date …?", "When does the permit expire?").
// (or how late it stays open: "How late can I stay …?", "… closes its doors at")
const RANGE_END_ASKED =
  /\b(?:until|till|ends?|ending|expir(?:e|es|ed|y|ing)|valid to|to what|how late|clos(?:e|es|ing))\b/i;
// Other words of an end, read after RANGE_END_ASKED: either end may answer them ("ended", "arrive", "last").
const ASKS_END = /\b(?:ended|finish(?:es|ed)?|closed|arriv(?:e|es|ed|al)|last|latest|upper|maximum|max)\b/i;

// The words of a follow-up that names only its subject ("What about …?", "Same question for …").
const FOLLOW_UP_WORDS: ReadonlySet<string> = new Set(['about', 'same', 'question']);

/**
 * A copied span of the source: [start, end), and the ids still to write of the character at `end`
 * when it is spelled by several byte tokens (none: the span ends on a whole character).
 */
type Span = readonly [number, number, (readonly number[])?];
const whole = (sp: Span) => sp[2] === undefined;

/**
 * A partial parse of frame f: inside literal p at offset `at`; or inside the value after literal
 * p, the copied text so far being one of `spans` ([] = nothing copied yet); or done. `taken`: the
 * spans the frame's earlier values may have been copied from.
 */
type Parse =
  | { f: number; p: number; kind: 'literal'; at: number; taken: readonly Span[] }
  | { f: number; p: number; kind: 'value'; spans: readonly Span[]; taken: readonly Span[] }
  | { f: number; kind: 'done' };

const overlaps = (a: Span, taken: readonly Span[]) => taken.some(([s, e]) => a[0] < e && a[1] > s);

/**
 * The grammar of copied answers. `allowed(reply)` is the set of ids that may follow the reply's
 * tokens so far, or null when no parse of the reply is alive (the caller then leaves the model
 * free: a grammar that cannot explain the reply constrains nothing).
 */
export class AnswerCopyGrammar {
  private readonly bounds: ValueBounds;

  /**
   * source offsets a value may open at: the bounds' starts — those of the request's kind when there
   * are any, and of them those that follow a completion's own words when there are any
   */
  private readonly starts: number[];

  private readonly spec: AnswerCopySpec;

  constructor(given: AnswerCopySpec) {
    if (given.frames.length === 0) throw new Error('answer copy needs at least one frame');
    // (the request read with the initialisms of the source it spells out: "annual general meeting" →
    // "AGM" — initialisms.ts)
    const spec: AnswerCopySpec = given.about
      ? { ...given, about: { ...given.about, request: withInitialisms(given.about.request, given.source) } }
      : given;
    this.spec = spec;
    this.bounds = new ValueBounds(spec.source, spec.avoid);
    const { kind, source, follows } = spec;
    // (a reply of one value: "It is {value}.", a completion's "{value}")
    const oneValue = spec.frames.every((f) => f.literals.length === 2);
    let kindStarts = kind ? startsOfKind(source, this.bounds.starts, kind) : [];
    // a time the source writes as no clock time may still be a date's ("on Friday")
    if (kind === 'time' && kindStarts.length === 0) kindStarts = startsOfKind(source, this.bounds.starts, 'date');
    // asked when, of no kind yet (a date or an hour: "When is the harp now expected to turn up?"), a
    // date's or a time's, where the source writes any ("19:05", not the road "A614" beside the new ETA)
    if (!kind && spec.about && WHEN_ASKED.test(spec.about.request))
      kindStarts = [
        ...new Set([
          ...startsOfKind(source, this.bounds.starts, 'time'),
          ...startsOfKind(source, this.bounds.starts, 'date'),
        ]),
      ].sort((a, b) => a - b);
    // of the names, those a naming word introduces ("a spaniel named Brisket")
    const named = kind === 'name' ? namedStarts(source, kindStarts) : [];
    // (not the request's own subject, nor a numbered room: answer-name-asked.ts)
    const ofKindAsked =
      named.length > 0
        ? named
        : kind === 'name' && spec.about
          ? namesAsked(source, spec.about.request, kindStarts)
          : kindStarts;
    // (asked when, the other kind of when where only the line that says the request holds one: a
    // heading's date, the appointment's row's clock time — answer-when-line.ts)
    const ofKind = spec.about
      ? whenOnLineAsked(source, spec.about.request, this.bounds.starts, kind ?? null, ofKindAsked)
      : ofKindAsked;
    let starts = ofKind.length > 0 ? ofKind : this.bounds.starts;
    // asked a price, a money value ("£49.26", not "2 @ £27.99")
    // asked how long, a value with its unit of time ("19 days", not the "2" of "Aero 2")
    // asked a share, a percentage ("15 per cent", not "25/3/1862")
    // asked a measure, a value with its unit ("5.1 m", not the "14th" of "Thursday 14th")
    // asked how much of a thing, a value the thing follows ("150 ml golden syrup", not "one batch")
    // (or a price asked by its verb alone: "What did I pay altogether at the Pharmacie du Pont?" —
    // of every value, the money values)
    if (
      spec.about &&
      ((kind === 'count' && ofKind.length > 0) || (kind === null && priceAsked(spec.about.request) !== null))
    ) {
      const r = spec.about.request;
      starts = thingCountedStarts(
        source,
        r,
        measureStarts(source, r, percentStarts(source, r, durationStarts(source, r, moneyStarts(source, r, starts)))),
      );
    }
    // asked a phone, a phone number ("Mobile 07723 418 902", not the "8" of "weekdays 8 to 5");
    // asked a port, the number after its host or its word ("internal:6380", not "TTL_SECONDS=5400")
    // asked which day of the week, a weekday ("Thursday", not "1 July")
    if (kind === 'date' && ofKind.length > 0 && spec.about) starts = weekdayStarts(source, spec.about.request, starts);
    // asked a version, one written as versions are ("3.8.2", not the "7200" of "Aurelis 7200 GC": answer-version.ts)
    if (spec.about && kind !== 'name') starts = versionStarts(source, spec.about.request, starts);
    // asked a vehicle's plate, one written as plates are ("KX19 TFE", not the log's "14/03": answer-plate.ts)
    if (spec.about) starts = plateStarts(source, spec.about.request, starts);
    if (kind === 'code' && ofKind.length > 0 && spec.about)
      starts = portStarts(source, spec.about.request, phoneStarts(source, spec.about.request, starts));
    // asked a phrase or a password, the words a source sets in quotation marks, whatever their kind
    // ("shouts 'Marmalade Sunday'", "password this term is 'orange kite'": answer-phrase.ts)
    // (of a one-value reply: two asked together may be one quoted, one not — the recall suite's mottos)
    if (spec.about && oneValue) starts = quotedPhraseStarts(source, spec.about.request, this.bounds.starts) ?? starts;
    // a range's second end ("14:40–15:25", "01/05/2025 to 30/04/2026") answers only when the request
    // asks where it ends — and then it does
    // (a "to" between two values ends a range, not a change's "from 85 to 78": answer-superseded.ts)
    if (spec.about) {
      const request = spec.about.request;
      const second = (q: number) => {
        if (RANGE_BEFORE.test(source.slice(Math.max(0, q - 2), q))) return true;
        const to = RANGE_TO_BEFORE.exec(source.slice(Math.max(0, q - 40), q));
        // (not where the value before the "to" — any of its words: "from 28 February 2025 to" — is old)
        return (
          to !== null &&
          !this.bounds.starts.some(
            (p) =>
              p >= q - 40 &&
              p <= q - to[0].length &&
              !/[;\n]|[,.]\s/.test(source.slice(p, q - 4)) &&
              supersededAt(source, p),
          )
        );
      };
      // (asked until when a thing runs, only the second ends; asked anything but an end, only the first)
      const kept = RANGE_END_ASKED.test(request)
        ? starts.filter(second)
        : ASKS_END.test(request)
          ? []
          : starts.filter((q) => !second(q));
      if (kept.length > 0) starts = kept;
    }
    // not a value the source says was before a change ("up from 11,905"), and — of a one-value
    // reply — the one whose clause says the request ("… Flat 7B goes up to £1,140 …; Flat 7A
    // stays at £980"), in a list the one whose item says it ("225 g caster sugar")
    // (nor the number of the request's own subject: "14" of "14 Alder Close")
    if (spec.about) starts = notSubjectNumbers(source, spec.about.request, starts);
    // (a value the request names, the other of its row: "the 11:15 crossing … ashore on Skerrin at" →
    // "12:30" — answer-named-row.ts)
    if (spec.about && ofKind.length > 0) starts = namedRowStarts(source, spec.about.request, starts);
    // (of a log's or a diary's lines, the one dated on the day asked: answer-dated-line.ts)
    if (spec.about) starts = datedLineStarts(source, spec.about.request, starts);
    // (the openings every reader votes on: answer-rank.ts)
    const voted = [...starts];
    if (spec.about) {
      starts = currentStarts(source, spec.about.request, starts);
      if (oneValue) {
        // (asked the most or the least: the value a limit's or an extreme's words mark)
        starts = startsAfterExtreme(source, spec.about.request, starts);
        // (asked "where": no time, date, sum or quantity — a number only where it numbers a place)
        starts = placeKindStarts(source, spec.about.request, starts);
        starts = startsInClauseAsked(source, spec.about.request, starts);
        // (asked who: of the names, those written as a person's)
        if (kind === 'name' && ofKind.length > 0 && asksPerson(spec.about.request))
          starts = personStarts(source, starts);
        // (values of the kind asked: beside the request's words)
        if (ofKind.length > 0) starts = startsNearAsked(source, spec.about.request, starts);
      }
    }
    const following =
      follows && (!follows.onlyOfKind || ofKind.length > 0) ? startsAfterPrompt(source, follows.text, starts) : [];
    // (what follows a completion's own words decides; else where the request's words set a value)
    const about =
      following.length === 0 && spec.about
        ? startsAfterRequest(source, spec.about.request, starts, {
            oneValue,
            previous: spec.about.previous,
          })
        : starts;
    // asked where, and no line places the value: one a place's preposition introduces ("… seated in
    // Valletta"), when there is one
    const placed =
      following.length === 0 && spec.about && asksWhere(spec.about.request) && about.length === starts.length
        ? placeStarts(source, about)
        : [];
    const picked = following.length > 0 ? following : placed.length > 0 ? placed : about;
    // (of a one-value reply's openings not after a completion's own words, those whose window says
    // most of the request: answer-sliding.ts — a completion's clauses, or values of the kind asked;
    // not any word of a chat reply, where the window's best is a word beside the request's, not a value)
    const chain =
      following.length === 0 && spec.about && (spec.wholeClause === true || ofKind.length > 0) && oneValue
        ? startsInSlidingWindow(source, spec.about.request, picked)
        : picked;
    // (of a one-value reply, each reader votes on every opening and learned weights choose: answer-rank.ts)
    // (the chain's own openings are voted on too: a completion's sliding window opens at a clause's
    // first word, "so he is officially Admiral Pennywhistle", of no kind asked)
    // (not a follow-up that names only its subject, "What about Uriel Praquiopeirk?": the readers
    // read the request, which names no attribute; the chain's request's-words reader reads the
    // request before it, which does)
    const bareFollowUp =
      spec.about !== undefined &&
      (spec.about.previous ?? '') !== '' &&
      attributeWords(spec.about.request).every((w) => FOLLOW_UP_WORDS.has(w));
    // (asked a colour, a time, a date or a code the source writes, only values of that kind are
    // voted on: not "the humidity" a reader of the request's words found beside "glows turquoise")
    const strict = STRICT_KINDS.has(kind ?? null) && ofKind.length > 0;
    const votedAt = new Set(voted);
    const chainOfKind = strict ? chain.filter((q) => votedAt.has(q)) : chain;
    const chosen =
      spec.about && oneValue && !bareFollowUp
        ? this.ranked(
            [...new Set([...voted, ...(strict ? chainOfKind : chain)])].sort((a, b) => a - b),
            strict && chainOfKind.length === 0 ? voted : chainOfKind,
            ofKind.length > 0,
          )
        : chain;
    // a start at a symbol the vocabulary cannot open a value with (a byte-level "£" of "£12.75")
    // opens at the word after it
    const opens = [
      ...new Set(
        chosen.map((q) =>
          this.tokensAt(q, ' ').length === 0 &&
          this.spelledAt(q, ' ').length === 0 &&
          /^[^\p{L}\p{N}\s][\p{L}\p{N}]/u.test(source.slice(q, q + 2))
            ? q + 1
            : q,
        ),
      ),
    ];
    // a money value opens at its currency's symbol where it can ("£1,140", not "1,140"); a lone date at
    // its weekday ("Thursday 14 March", not "14 March"; beside another opening, a weekday there would
    // draw the model to the other's: "Tuesday at 8:00" of "closed on Monday 26 August 2024 …")
    // (the symbol's opening taken for the number's, where the reader chose the number alone: "389,950" of
    // "reduced from £412,000 to £389,950" was copied without its "£" — writer 112)
    const boundsAt = new Set(this.bounds.starts);
    const symbolOpens = (q: number) =>
      q > 0 &&
      /[$£€¥₹]/u.test(source[q - 1]!) &&
      boundsAt.has(q - 1) &&
      (this.tokensAt(q - 1, ' ').length > 0 || this.spelledAt(q - 1, ' ').length > 0);
    const money = [...new Set(opens.map((q) => (symbolOpens(q) ? q - 1 : q)))];
    this.starts = money.length === 1 ? [withWeekday(source, money[0]!, new Set(this.bounds.starts))] : money;
  }

  /** The openings of `voted` the readers' votes rank best (answer-rank.ts), each reader reading all of them. */
  private ranked(voted: readonly number[], chain: readonly number[], hasKind: boolean): number[] {
    const { source, about, follows, kind } = this.spec;
    const request = about!.request;
    const after = startsAfterRequest(source, request, voted, { oneValue: true, previous: about!.previous });
    const v: ReaderVotes = {
      source,
      starts: voted,
      votes: {
        current: currentStarts(source, request, voted),
        extreme: startsAfterExtreme(source, request, voted),
        placeKind: placeKindStarts(source, request, voted),
        clause: startsInClauseAsked(source, request, voted),
        person: kind === 'name' && hasKind && asksPerson(request) ? personStarts(source, voted) : voted,
        near: hasKind ? startsNearAsked(source, request, voted) : voted,
        following: follows && (!follows.onlyOfKind || hasKind) ? startsAfterPrompt(source, follows.text, voted) : [],
        about: after,
        placed: asksWhere(request) && after.length === voted.length ? placeStarts(source, after) : [],
        sliding: this.spec.wholeClause === true || hasKind ? startsInSlidingWindow(source, request, voted) : voted,
        line: startsInLineAsked(source, request, voted),
        chain,
      },
      framing: this.spec.wholeClause === true ? 'completion' : 'chat',
      kind: kind ?? null,
    };
    if (!this.spec.onRank) return rankedStarts(v);
    const features = rankFeatures(v);
    this.spec.onRank({ request, source, starts: voted, features });
    return rankedStarts(v, SHIPPED_RANK, features);
  }

  /** May a value end before source offset `q`? */
  private endsAt(q: number): boolean {
    if (!this.bounds.endsAt(q)) return false;
    const { source, wholeClause } = this.spec;
    return (
      !wholeClause ||
      q >= source.length ||
      CLAUSE_END.test(source[q]!) ||
      COMMENT_AHEAD.test(source.slice(q, q + 8)) ||
      this.bounds.stampEndsAt(q)
    );
  }

  /**
   * Must a value that reached offset `e` end there: a completion's, before the comma, colon, semicolon
   * or table bar that ends its clause; a reply's, where a number's unit ends ("It is 190°C.", not
   * "190°C for 25 minutes"; "It is 4 L.", not "4 L romesco"). (A completion goes on with its clause: cut
   * at the unit, writers 1–140's completions lost three answers whose clause went on to the one asked —
   * "42.0 m. Groundwater was struck at 11.2 m" — and won none.) Either, where an ISO stamp's time ends.
   */
  private mustEnd(e: number): boolean {
    // (either, where an ISO stamp's time ends: "03:41:07", not "03:41:07Z WARN …")
    if (this.bounds.stampEndsAt(e) && this.endsAt(e)) return true;
    if (this.spec.wholeClause === true) return /[,;:|]/.test(this.spec.source[e] ?? '') && this.endsAt(e);
    return this.bounds.unitEndsAt(e) && this.endsAt(e);
  }

  /** Can any value be copied at all? */
  get usable(): boolean {
    return this.starts.length > 0;
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
  private enterLiteral(f: number, p: number, taken: readonly Span[]): Parse[] {
    const lit = this.spec.frames[f]!.literals;
    if (lit[p]!.length > 0) return [{ f, p, kind: 'literal', at: 0, taken }];
    return p === lit.length - 1 ? [{ f, kind: 'done' }] : [{ f, p, kind: 'value', spans: [], taken }];
  }

  private initial(): Parse[] {
    return this.spec.frames.flatMap((_, f) => this.enterLiteral(f, 0, []));
  }

  /**
   * The parses after value `s` ends here, one per place it was copied from (none when no span of
   * it may end): a value the source holds twice leaves the other place to the next value.
   */
  private afterValue(s: Extract<Parse, { kind: 'value' }>): Parse[] {
    const ended = s.spans.filter((sp) => whole(sp) && this.endsAt(sp[1]));
    if (ended.length === 0) return [];
    if (this.spec.frames[s.f]!.literals.length === s.p + 2) return this.enterLiteral(s.f, s.p + 1, s.taken); // the last value
    return ended.flatMap((sp) => this.enterLiteral(s.f, s.p + 1, [...s.taken, sp]));
  }

  /** Starts of a value not inside an earlier value of the frame. */
  private freeStarts(taken: readonly Span[]): number[] {
    return this.starts.filter((q) => !overlaps([q, q + 1], taken));
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

  private readonly spelled = new Map<string, number[]>();

  /**
   * The ids that spell `lead` and the character at `q` when no token's text holds that character
   * (a byte-level vocabulary's "£"): [] when it is a character some token holds, or no `spell`.
   */
  private spelledAt(q: number, lead: string): number[] {
    const { source, spell, vocab } = this.spec;
    const cp = source.codePointAt(q);
    if (!spell || cp === undefined || cp < 0x80) return [];
    const ch = String.fromCodePoint(cp);
    const key = lead + ch;
    let ids = this.spelled.get(key);
    if (ids === undefined) {
      ids = spell(key);
      // (only a spelling by ids no text holds: a character some token holds is copied as text)
      if (
        ids.length < 2 ||
        ids
          .slice(lead === '' ? 0 : 1)
          .some((id) => (vocab.text[id] ?? '') !== '' && !vocab.text[id]!.includes('\uFFFD'))
      )
        ids = [];
      this.spelled.set(key, ids);
    }
    return ids;
  }

  /** The span [b, e) with `rest` still to write of the character at e: whole once rest is empty. */
  private spelling(b: number, e: number, rest: readonly number[]): Span {
    if (rest.length > 0) return [b, e, rest];
    return [b, e + String.fromCodePoint(this.spec.source.codePointAt(e)!).length];
  }

  /** Ids that may come next in parse `s`. */
  private next(s: Parse): number[] {
    const { stopIds, frames } = this.spec;
    if (s.kind === 'done') return [...stopIds];
    if (s.kind === 'literal') return [frames[s.f]!.literals[s.p]![s.at]!];
    if (s.spans.length === 0)
      return this.freeStarts(s.taken).flatMap((q) => [...this.tokensAt(q, ' '), ...this.spelledAt(q, ' ').slice(0, 1)]);
    const ids = s.spans.flatMap((sp) =>
      !whole(sp)
        ? [sp[2]![0]!]
        : this.mustEnd(sp[1])
          ? []
          : [...this.tokensAt(sp[1], ''), ...this.spelledAt(sp[1], '').slice(0, 1)],
    );
    // The value may end here, where a word ends: the next literal's first token, or the stop.
    for (const a of this.afterValue(s)) ids.push(...this.next(a));
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
      return s.p === lit.length - 1
        ? [{ f: s.f, kind: 'done' }]
        : [{ f: s.f, p: s.p, kind: 'value', spans: [], taken: s.taken }];
    }
    const t = vocab.text[id] ?? '';
    const out: Parse[] = [];
    let spans: Span[] = [];
    if (s.spans.length === 0) {
      const body = t.startsWith(' ') ? t.slice(1) : '';
      if (body !== '')
        spans = this.freeStarts(s.taken)
          .filter((q) => source.startsWith(body, q))
          .map((q) => [q, q + body.length] as const);
      // (or the first id of a character spelled with its space: " £" as " ", 0xC2, 0xA3)
      for (const q of this.freeStarts(s.taken)) {
        const spelled = this.spelledAt(q, ' ');
        if (spelled[0] === id) spans.push(this.spelling(q, q, spelled.slice(1)));
      }
    } else {
      for (const sp of s.spans) {
        const [b, e, pending] = sp;
        if (pending) {
          if (pending[0] === id) spans.push(this.spelling(b, e, pending.slice(1)));
          continue;
        }
        if (this.mustEnd(e)) continue;
        if (t !== '' && source.startsWith(t, e)) spans.push([b, e + t.length]);
        const spelled = this.spelledAt(e, '');
        if (spelled[0] === id) spans.push(this.spelling(b, e, spelled.slice(1)));
      }
    }
    spans = spans.filter((sp) => !overlaps(sp, s.taken));
    if (spans.length > 0) out.push({ ...s, spans });
    // or the value ended before `id`, which then belongs to the next literal (or is the stop)
    for (const a of this.afterValue(s)) out.push(...this.step(a, id));
    return out;
  }
}
