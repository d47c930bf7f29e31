// The memory quote of a chat turn (src/core/memory-quote.ts) on a conversation's memory: the
// pieces of the history before the request's turn that hold its names, forgotten spans excluded,
// as the text the engine puts before the turn ("\n\n" + quote, part of the user turn's span).
// The letters index is the memory check's (memory-check-turn.ts), built once per tree.
import { memoryQuotePieces, quoteText, type QuoteContext } from '../core/memory-quote';
import type { MemoryLetters, TokenTerms } from '../core/memory-letters';
import type { MemoryCheckTokenizer } from '../core/memory-check';
import type { MegaContextTree } from '../core/tree';
import { previousRequest, type TurnMarks } from '../core/previous-request';
import { forgottenSkip, lettersOf, treeText, type TurnReading } from './memory-check-turn';
import type { MemoryText } from '../core/memory-check';

/** A request's memory quote: the text put before its turn, its best piece and the request before it. */
export interface MemoryQuote {
  /** '\n\n' + the quote, or '' when nothing is quoted */
  text: string;
  best: string;
  previous: string;
  /**
   * What answer copy reads (src/runtime/answer-copy-turn.ts): the quote; or, when nothing is quoted
   * and the whole memory fits in the working context as raw tokens (`readWhole`), the memory's text —
   * the model reads all of it anyway, and a request paraphrased past every word of the fact ("What
   * did the paint on its own cost me at the DIY shop?" of "2 tins of sage emulsion £38.50") keys no
   * quote: free, the demo model wrote "the room, and the room was still in the room" (writer 13);
   * copying, it answers with a value of the kind asked from what it read.
   */
  copy: string;
}

/**
 * Answer copy's text when nothing is quoted: the memory [0, end) when it has at most `readWhole`
 * tokens and nothing of it is forgotten, else ''.
 */
export function wholeMemoryText(
  source: MemoryText,
  end: number,
  readWhole: number | undefined,
  forgotten?: boolean,
): string {
  if (readWhole === undefined || end === 0 || end > readWhole || forgotten) return '';
  return source.decode(Array.from(source.tokenIds(0, end)));
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
  { forgotten, asks, readWhole }: TurnReading & { readWhole?: number } = {},
): MemoryQuote {
  const source = treeText(tree, tokenizer);
  const previous = marks ? previousRequest(source.tokenIds, source.decode, marks, end) : '';
  const { quote, best, copy } = quoteForTurn(
    message,
    lettersOf(tree, terms, end),
    source,
    tokenizer,
    { end, skip: forgottenSkip(forgotten), asks, previous },
    readWhole,
    forgotten !== undefined && !forgotten.isEmpty,
  );
  return { text: quote ? `\n\n${quote}` : '', best, previous, copy };
}

/**
 * A request's quote, its best piece and what answer copy reads (the engine's and `npm run eval`'s
 * one rule): the quote by the request's keys; else, for a request that names nothing, the quote by
 * words rare in the memory (src/core/memory-quote.ts, `keys: 'rareInMemory'`) — a weaker one: when
 * the whole memory fits (`wholeMemoryText`), answer copy reads the whole memory rather than it (by
 * writers 9, 15: "… the side entrance?" quoted a sentence of the novel sharing "side", and copy
 * held to it lost the code the model had read).
 */
export function quoteForTurn(
  message: string,
  index: MemoryLetters,
  source: MemoryText,
  tok: MemoryCheckTokenizer,
  context: QuoteContext & { end: number },
  readWhole: number | undefined,
  forgotten = false,
): { quote: string; best: string; copy: string } {
  const pieces = memoryQuotePieces(message, index, source, tok, context);
  if (pieces.length > 0) {
    const quote = quoteText(pieces);
    return { quote, best: pieces.at(-1)!, copy: quote };
  }
  const whole = wholeMemoryText(source, context.end, readWhole, forgotten);
  const weak = memoryQuotePieces(message, index, source, tok, { ...context, keys: 'rareInMemory' });
  const quote = quoteText(weak);
  return whole !== '' ? { quote, best: '', copy: whole } : { quote, best: weak.at(-1) ?? '', copy: quote };
}
