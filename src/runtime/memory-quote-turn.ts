// The memory quote of a chat turn (src/core/memory-quote.ts) on a conversation's memory: the
// pieces of the history before the request's turn that hold its names, forgotten spans excluded,
// as the text the engine puts before the turn ("\n\n" + quote, part of the user turn's span).
// The letters index is the memory check's (memory-check-turn.ts), built once per tree.
import { memoryQuotePieces, quoteText } from '../core/memory-quote';
import type { MemoryCheckTokenizer } from '../core/memory-check';
import type { TokenTerms } from '../core/memory-letters';
import type { MegaContextTree } from '../core/tree';
import { previousRequest, type TurnMarks } from '../core/previous-request';
import { forgottenSkip, lettersOf, treeText, type TurnReading } from './memory-check-turn';

/** A request's memory quote: the text put before its turn, its best piece and the request before it. */
export interface MemoryQuote {
  /** '\n\n' + the quote, or '' when nothing is quoted */
  text: string;
  best: string;
  previous: string;
}

/**
 * The text to ingest before the user turn of `message` ('' when nothing is quoted), the quote's
 * best piece (answer copy's source for a one-value reply: src/runtime/answer-copy-turn.ts) and the
 * conversation's request before this one (read through the package's `marks`; '' when none).
 */
export function quoteBeforeTurn(
  message: string,
  tree: MegaContextTree,
  end: number,
  tokenizer: MemoryCheckTokenizer & { decode(ids: number[]): string },
  terms: TokenTerms,
  marks: TurnMarks | null,
  { forgotten, asks }: TurnReading = {},
): MemoryQuote {
  const source = treeText(tree, tokenizer);
  const previous = marks ? previousRequest(source.tokenIds, source.decode, marks, end) : '';
  const pieces = memoryQuotePieces(message, lettersOf(tree, terms, end), source, tokenizer, {
    end,
    skip: forgottenSkip(forgotten),
    asks,
    previous,
  });
  const quote = quoteText(pieces);
  return { text: quote ? `\n\n${quote}` : '', best: pieces.at(-1) ?? '', previous };
}
