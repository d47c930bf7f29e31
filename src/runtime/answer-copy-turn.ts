// Answer copy on a chat turn (src/core/answer-copy.ts): the grammar of the reply when the package
// names its answer frames, the memory check finds every name of the request (or it names none) and
// the memory quote holds its lines — the values are copied from the quote. Shared by the engine's
// turn and `npm run eval` (src/eval/run-case.ts).
import { AnswerCopyGrammar, TokenTexts, type AnswerFrame, type RankRecord } from '../core/answer-copy';
import { wordsNoValueOpens } from '../core/answer-value-bounds';
import { answerKind, joinsSeveral } from '../core/answer-kind';

export interface AnswerCopyTurn {
  /** the package's frames, encoded (null: the package names none, or the setting is off) */
  frames: readonly AnswerFrame[] | null;
  /** the memory quote: the text a reply of several values copies them from ('' = none) */
  source: string;
  /** the quote's best piece: the text a one-value reply copies from ('' = the whole quote) */
  best: string;
  /**
   * Did the memory check find every name of a request (or a request that names nothing, whose
   * quote is keyed by its rare words)? A package's frames are the model's replies to requests
   * about what is in memory.
   */
  checked: boolean;
  /** the request: its words (and function words) open no value */
  message: string;
  /** the request before it in the conversation ('' = none): a follow-up asks what it asked */
  previous?: string;
  stopIds: readonly number[];
  vocabSize: number;
  decode: (ids: number[]) => string;
  /** the tokenizer's encoding: a character only byte tokens write ("£") is copied as they spell it */
  encode?: (text: string) => number[];
  /** each one-value request's openings and their features (answer-rank.ts), for the weights' fit */
  onRank?: (record: RankRecord) => void;
}

// One vocabulary of token texts per model: its frames are encoded once, when it loads.
const vocabs = new WeakMap<readonly AnswerFrame[], TokenTexts>();

/** `generateTurn`'s `allowedNext` for this turn, or undefined when the reply is left free. */
export function answerCopyFor(t: AnswerCopyTurn): ((reply: readonly number[]) => readonly number[] | null) | undefined {
  if (!t.frames || !t.checked || t.source.trim() === '') return undefined;
  let vocab = vocabs.get(t.frames);
  if (!vocab) {
    vocab = new TokenTexts(t.vocabSize, (id) => t.decode([id]));
    vocabs.set(t.frames, vocab);
  }
  // The request's words (and function words) open no value: alone they are no value, and the model
  // reached for them ("It is the.", "It is Bath." asked about Bath); "the east wing" is answered "east wing".
  // So do the previous request's: "What about Victor Silva?" after "… Ursula's tyre colour?" is not "tyre".
  const avoid = wordsNoValueOpens(`${t.message} ${t.previous ?? ''}`);
  // The kind of value asked for ("Who …": a name; "How many …": a quantity) opens the value where the source has one.
  const kind = answerKind(t.message);
  const about = { request: t.message, previous: t.previous ?? '' };
  // One grammar per frame: "It is {value}." copies from the best piece (the second piece only offered
  // the model another sentence's words), "They are {value} and {value}." from the whole quote.
  // (a reply of several values only to a request that joins several: "… and …", "both"; not "They
  // are lamp and lamp." to "How many of the standing Quillon lights are left in inventory?")
  const joins = joinsSeveral(t.message);
  const grammars = t.frames
    .filter((f) => f.literals.length === 2 || joins)
    .map((f) => {
      const source = f.literals.length === 2 && t.best.trim() !== '' ? t.best : t.source;
      // (a two-value request's kind words may name one of its parts only: "the contact of A and the date of B")
      const ofKind = f.literals.length === 2 ? kind : null;
      // a frame that opens with its value (a completion's) finishes the request's own words and
      // goes on to the end of the clause it copies; a chat reply's value of the kind asked for
      // follows the request's words where the source has them
      const completion = f.literals[0]!.length === 0;
      return new AnswerCopyGrammar({
        frames: [f],
        source,
        stopIds: t.stopIds,
        vocab: vocab!,
        avoid,
        kind: ofKind,
        ...(t.encode ? { spell: t.encode } : {}),
        ...(t.onRank ? { onRank: t.onRank } : {}),
        ...(completion
          ? { follows: { text: t.message, onlyOfKind: false }, about, wholeClause: true }
          : { follows: { text: t.message, onlyOfKind: true }, about }),
      });
    })
    .filter((g) => g.usable);
  if (grammars.length === 0) return undefined;
  return (reply) => {
    const allowed = grammars.map((g) => g.allowed(reply)).filter((a) => a !== null);
    return allowed.length > 0 ? [...new Set(allowed.flat())] : null;
  };
}
