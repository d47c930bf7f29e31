// Completion (ARCHITECTURE §4, the runtime loop without a chat turn; EVALUATION.md's "completion
// framing"): a prompt continued as raw text after the conversation's memory. When the prompt ends
// in a request — a question ("Q: Piodoun Holdings' release year?\nA:") or a line left for the
// answer to finish ("The rushing total of New Zeipraepest is", "… leaves the White Hart at") — it
// gets what a chat request gets:
// the memory check of its names (src/core/memory-check.ts), the memory quote before the prompt
// (src/core/memory-quote.ts) and answer copy (src/core/answer-copy.ts) with one frame, the value
// alone, since a completion's answer is the value itself. A prompt that asks nothing is continued
// freely. Shared by the engine's `complete` and `npm run eval`'s completion cases.
import type { AnswerFrame } from '../core/answer-copy';
import { isRequest } from '../core/memory-check';

/** The label of a completion's prompt in the conversation's turns (a memory record: "[completion]\n<prompt>"). */
export const COMPLETION_LABEL = 'completion';

/**
 * The frames of a completion's answer: one value, then the end (a stop token). A fresh array per
 * model: answer copy keeps one vocabulary of token texts per frames array.
 */
export function completionFrames(): AnswerFrame[] {
  return [{ literals: [[], []] }];
}

/**
 * The request a completion prompt ends in: its last paragraph (the text after its last blank
 * line) when the prompt stops mid-line or that paragraph asks (a question, a request, a sentence
 * left for the answer: memory-check.ts `isRequest`); null when it asks nothing — it ends its line
 * or its sentence ("It was a dark and stormy night.\n") — and is continued as text.
 */
export function completionRequest(prompt: string): string | null {
  const last = prompt
    .split(/\n[ \t]*\n/)
    .at(-1)!
    .trim();
  if (last === '') return null;
  // A prompt that stops mid-line leaves its line for the answer to finish ("Every morning the Bath
  // coach leaves the White Hart at"); one that ends a line or a sentence asks only in so many words.
  // (on a word, a number, or a ':' or '=' that leaves the value to come; not on a bracket or a comma:
  // "function add(a, b) {" is code to write, not a value to recall — unless the line is prose: "…
  // will be with the chief technology officer,", "… once it reaches (in degrees C)")
  const lastLine = prompt.split('\n').at(-1)!;
  const unfinished = /[\p{L}\p{N}:=]$/u.test(prompt) || (/[,)]$/.test(prompt) && !CODE_MARKS.test(lastLine));
  return unfinished || isRequest(last) ? last : null;
}

// Code's marks on a line: a block's, a statement's, an assignment's, a call's ("add(a,").
const CODE_MARKS = /[{};=<>[\]]|\w\(/;

const newlineIdCache = new WeakMap<object, number[]>();

/**
 * Ids whose text holds a newline, stop ids left out (a one-line completion ends at the first):
 * scanned once per vocabulary (`key`: the model or tokenizer it belongs to).
 */
export function newlineIds(
  key: object,
  vocabSize: number,
  decode: (ids: number[]) => string,
  stopIds: readonly number[],
): number[] {
  let ids = newlineIdCache.get(key);
  if (!ids) {
    ids = [];
    for (let id = 0; id < vocabSize; id++) {
      if (stopIds.includes(id)) continue;
      let text: string;
      try {
        text = decode([id]);
      } catch {
        continue; // an embedding row past the tokenizer's vocabulary (padded tables) has no text
      }
      if (text.includes('\n')) ids.push(id);
    }
    newlineIdCache.set(key, ids);
  }
  return ids;
}
