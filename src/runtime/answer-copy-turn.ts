// Answer copy on a chat turn (src/core/answer-copy.ts): the grammar of the reply when the package
// names its answer frames, the memory check vouches for the request and the memory quote holds its
// lines — the values are copied from the quote. Shared by the engine's turn and `npm run eval`
// (src/eval/run-case.ts).
import { AnswerCopyGrammar, TokenTexts, type AnswerFrame } from '../core/answer-copy';

export interface AnswerCopyTurn {
  /** the package's frames, encoded (null: the package names none, or the setting is off) */
  frames: readonly AnswerFrame[] | null;
  /** the memory quote: the text values are copied from ('' = none) */
  source: string;
  /** did the memory check find every name of a request? */
  vouched: boolean;
  stopIds: readonly number[];
  vocabSize: number;
  decode: (ids: number[]) => string;
}

// One vocabulary of token texts per model: its frames are encoded once, when it loads.
const vocabs = new WeakMap<readonly AnswerFrame[], TokenTexts>();

/** `generateTurn`'s `allowedNext` for this turn, or undefined when the reply is left free. */
export function answerCopyFor(t: AnswerCopyTurn): ((reply: readonly number[]) => readonly number[] | null) | undefined {
  if (!t.frames || !t.vouched || t.source.trim() === '') return undefined;
  let vocab = vocabs.get(t.frames);
  if (!vocab) {
    vocab = new TokenTexts(t.vocabSize, (id) => t.decode([id]));
    vocabs.set(t.frames, vocab);
  }
  const grammar = new AnswerCopyGrammar({ frames: t.frames, source: t.source, stopIds: t.stopIds, vocab });
  return grammar.usable ? (reply) => grammar.allowed(reply) : undefined;
}
