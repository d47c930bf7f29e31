// The memory check of a chat turn (src/core/memory-check.ts) on a conversation's memory: the names
// a request uses, looked for in the history before the request's turn, forgotten spans excluded
// (a forgotten document no longer answers anything). Used by the engine's turn and by the eval
// runner, so `npm run eval` measures what the app does.
import { checkMemory, type MemoryCheckTokenizer, type TokenTerms } from '../core/memory-check';
import type { ForgetSet } from '../core/forgetting';
import type { MegaContextTree } from '../core/tree';

/** Names of `message` that occur nowhere in `tree[0, end)` outside forgotten spans ([] = ask the model). */
export function namesNotInMemory(
  message: string,
  tree: MegaContextTree,
  end: number,
  tokenizer: MemoryCheckTokenizer,
  terms: TokenTerms,
  forgotten?: ForgetSet,
): string[] {
  const view = tree.tokenIds(0, end); // (end) the tree's own buffer: never written
  const ids = forgotten && !forgotten.isEmpty ? view.slice() : view;
  for (const r of forgotten?.ranges ?? []) ids.fill(-1, Math.min(r.start, end), Math.min(r.end, end)); // −1: no term
  return checkMemory(message, ids, tokenizer, terms).missing;
}
