// The memory quote of a chat turn (src/core/memory-quote.ts) on a conversation's memory: the
// pieces of the history before the request's turn that hold its names, forgotten spans excluded,
// as the text the engine puts before the turn ("\n\n" + quote, part of the user turn's span).
// The letters index is the memory check's (memory-check-turn.ts), built once per tree.
import { memoryQuotePieces, quoteText, requestWeight, type QuoteContext } from '../core/memory-quote';
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
  // (a retriever's weights need a memory of some size: `moreSaid`)
  const small = context.end < IDF_MIN_TOKENS || (readWhole !== undefined && context.end <= readWhole);
  // (for a request that names nothing, the words rare in the memory key pieces too)
  const weak = () => memoryQuotePieces(message, index, source, tok, { ...context, keys: 'rareInMemory' });
  if (pieces.length > 0) {
    const chosen = small ? pieces : moreSaid(message, pieces, weak(), index, source, context);
    const quote = quoteText(chosen);
    return { quote, best: chosen.at(-1)!, copy: quote };
  }
  const whole = wholeMemoryText(source, context.end, readWhole, forgotten);
  const rare = weak();
  const quote = quoteText(rare);
  return whole !== '' ? { quote, best: '', copy: whole } : { quote, best: rare.at(-1) ?? '', copy: quote };
}

/**
 * Of a request that names nothing, in a memory larger than the working context, the quote by its keys
 * (`pieces`, best last) — unless a piece of the quote by words rare in the memory (`weak`) says
 * clearly more of the request, weighed as a retriever weighs it
 * (`requestWeight`, at least `CLEARLY_MORE` times the best's weight): then that quote, that piece
 * last. Asked "what colour are the floor markings for the new spots going to be?", the keys
 * ("markings") quoted the novel's "marking out the scheme of retrenchment"; the rare words, "The
 * conductor … Her assistant Tobias Renn will mark the new positions with blue tape before Thursday."
 * too, which says "mark" and "new" (writer 102). (Not in a memory of fewer than IDF_MIN_TOKENS
 * tokens: a few hundred tokens weigh no word's rarity. On writers 1–104's short cases, ~400 tokens
 * each, the quotes this session's code changed went 5 to a right answer and 15 to a wrong one; 17 and
 * 6 through the memory, 32k tokens.) Nor by a little more: pieces
 * within a quarter of each other's weight were a coin's toss on writers 57–62 and 93–104 through the
 * memory. Nor another piece of the keys' quote: its ranking knows a heading from the line under it —
 * "After-school clubs - Summer term" says more of "Who's in charge of the computer club after
 * school?" than "Wed: Coding Club (Ms Brightwell)", writer 99.)
 */
function moreSaid(
  message: string,
  pieces: string[],
  weak: string[],
  index: MemoryLetters,
  source: MemoryText,
  context: QuoteContext,
): string[] {
  if (weak.length === 0) return pieces;
  const [best, ...weights] = requestWeight(message, [pieces.at(-1)!, ...weak], index, source, context);
  const top = Math.max(...weights);
  if (!(top > 0 && top >= CLEARLY_MORE * best!)) return pieces;
  const k = weights.lastIndexOf(top);
  return [...weak.slice(0, k), ...weak.slice(k + 1), weak[k]!];
}

// How much more a piece must say of a request than the quote's best to replace it (`moreSaid`).
const CLEARLY_MORE = 1.25;
// The fewest tokens of memory whose words' rarity `moreSaid` weighs.
const IDF_MIN_TOKENS = 4096;
