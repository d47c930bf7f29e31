// Where a completion's answer follows its own words (issue 16, answer copy — src/core/answer-copy.ts):
// a prompt left for the answer to finish often ends with the fact's own words ("Mary's smelling
// salts were kept in the" → "… kept her smelling salts in the blue dressing room …"; "The pass key
// is" → "The pass key is 4416."), and the value is what follows them in the source. Of the values
// answer copy may open, those right after the longest run of the prompt's last words that the
// source holds are the answer's — the copy an induction head makes, which the demo model missed
// (" room" for the smelling salts). A run of one word counts only when it is not a function word
// ("the" follows everywhere). Pure logic over words.
import { FUNCTION_WORDS, WORD_RUN } from './answer-value-bounds.ts';

/** The most words of a prompt's end that are looked for. */
const MAX_RUN = 8;

/**
 * The offsets of `starts` (ascending) that follow the longest run of `prompt`'s last words found in
 * `source` — right after it, or after function words and punctuation ("at a quarter to nine"); []
 * when no run of them is followed by a start.
 */
export function startsAfterPrompt(source: string, prompt: string, starts: readonly number[]): number[] {
  const words = [...source.matchAll(WORD_RUN)].map((m) => ({ w: m[0].toLowerCase(), end: m.index! + m[0].length }));
  const tail = [...prompt.matchAll(WORD_RUN)].map((m) => m[0].toLowerCase()).slice(-MAX_RUN);
  for (let n = tail.length; n >= 1; n--) {
    const run = tail.slice(-n);
    if (n === 1 && FUNCTION_WORDS.has(run[0]!)) break;
    const out = new Set<number>();
    for (let i = 0; i + n <= words.length; i++) {
      if (!run.every((w, k) => words[i + k]!.w === w)) continue;
      const at = nextStart(source, words[i + n - 1]!.end, starts);
      if (at !== null) out.add(at);
    }
    if (out.size > 0) return [...out].sort((a, b) => a - b);
  }
  return [];
}

/** The first start at or after `from` with nothing but spaces, punctuation and function words before it. */
function nextStart(source: string, from: number, starts: readonly number[]): number | null {
  for (const q of starts) {
    if (q < from) continue;
    const between = source.slice(from, q);
    const wordsBetween = [...between.matchAll(WORD_RUN)].map((m) => m[0].toLowerCase());
    return wordsBetween.every((w) => FUNCTION_WORDS.has(w)) && !between.includes('\n') ? q : null;
  }
  return null;
}
