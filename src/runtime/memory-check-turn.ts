// The memory check of a chat turn (src/core/memory-check.ts) on a conversation's memory: the names
// a request uses, looked for in the history before the request's turn, forgotten spans excluded
// (a forgotten document no longer answers anything). The memory's letters are indexed once per
// tree and extended as it grows (src/core/memory-letters.ts). Used by the engine's turn and by
// the eval runner, so `npm run eval` measures what the app does.
import { checkMemory, type MemoryCheckResult, type MemoryCheckTokenizer, type MemoryText } from '../core/memory-check';
import { MemoryLetters, type TokenTerms } from '../core/memory-letters';
import type { ForgetSet } from '../core/forgetting';
import type { MegaContextTree } from '../core/tree';

const indexes = new WeakMap<MegaContextTree, MemoryLetters>();

/** The letters index of `tree`, extended to its first `end` tokens (shared with the memory quote). */
export function lettersOf(tree: MegaContextTree, terms: TokenTerms, end: number): MemoryLetters {
  let index = indexes.get(tree);
  if (!index || index.terms !== terms || index.tokens > tree.length) {
    index = new MemoryLetters(terms);
    indexes.set(tree, index);
  }
  index.extend(tree.tokenIds(0, end), end);
  return index;
}

/** The memory check of `message` against `tree[0, end)` outside forgotten spans. */
export function checkTurn(
  message: string,
  tree: MegaContextTree,
  end: number,
  tokenizer: MemoryCheckTokenizer & { decode(ids: number[]): string },
  terms: TokenTerms,
  { forgotten, asks }: TurnReading = {},
): MemoryCheckResult {
  const text = treeText(tree, tokenizer);
  return checkMemory(message, lettersOf(tree, terms, end), tokenizer, text, {
    end,
    skip: forgottenSkip(forgotten),
    asks,
  });
}

/** What a turn's check and quote leave out of the memory, and whether its message asks (memory-check.ts `MemoryReading`). */
export interface TurnReading {
  forgotten?: ForgetSet;
  asks?: boolean;
}

/** The tree's tokens and their text (what the check and the quote read around the letters they match). */
export function treeText(tree: MegaContextTree, tokenizer: { decode(ids: number[]): string }): MemoryText {
  return { tokenIds: (a, b) => tree.tokenIds(a, b), decode: (ids) => tokenizer.decode(ids) };
}

/** Rejects token runs that touch a forgotten span (undefined when nothing is forgotten). */
export function forgottenSkip(forgotten?: ForgetSet): ((first: number, last: number) => boolean) | undefined {
  return forgotten && !forgotten.isEmpty ? (a, b) => forgotten.forgottenIn(a, b) > 0 : undefined;
}
