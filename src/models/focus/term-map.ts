// Terms of a vocabulary, the unit of the lexical query relevance (block-relevance.ts) behind
// similarity focus, LensNet's `match` feature and top-k retrieval (ARCHITECTURE §2 "similarity
// focus"). Every token id maps to a term: the id decoded alone by the model's tokenizer,
// lower-cased, with only letters and digits kept (Unicode \p{L}\p{N}); nothing left → no term
// (−1). So " Alder", "Alder" and "ALDER" are one term, and punctuation, whitespace, special tokens
// (the tokenizer drops them when decoding) and partial UTF-8 bytes have none. Built once per
// tokenizer. Python twin: training/lensnet/terms.py (same normalisation, same term ids).

/** Lower-cased letters and digits of `text` (the term it names; '' = none). */
export function normaliseTerm(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What a term map is built from: the tokenizer's vocabulary size and its decoder. */
export interface TokenDecoder {
  readonly vocabSize: number;
  /** Text of `ids`, special tokens left out. */
  decode(ids: readonly number[]): string;
}

export class TermMap {
  /**
   * @param ofId (vocab) term id of each token id, −1 = no term
   * @param terms term id → its normalised text
   */
  constructor(
    readonly ofId: Int32Array,
    readonly terms: readonly string[],
  ) {}

  /** Term ids numbered in order of first appearance over the vocabulary (as terms.py). */
  static fromTokenTexts(texts: readonly string[]): TermMap {
    const ofId = new Int32Array(texts.length);
    const ids = new Map<string, number>();
    const terms: string[] = [];
    for (let v = 0; v < texts.length; v++) {
      const term = normaliseTerm(texts[v]!);
      if (term === '') {
        ofId[v] = -1;
        continue;
      }
      let t = ids.get(term);
      if (t === undefined) {
        t = terms.length;
        ids.set(term, t);
        terms.push(term);
      }
      ofId[v] = t;
    }
    return new TermMap(ofId, terms);
  }

  get count(): number {
    return this.terms.length;
  }

  /** Term id of token `id` (−1: none, or an id outside the vocabulary). */
  of(id: number): number {
    return id >= 0 && id < this.ofId.length ? this.ofId[id]! : -1;
  }
}

const cache = new WeakMap<TokenDecoder, TermMap>();

/** The term map of `tokenizer`, built on first use (one decode per id) and kept for it. */
export function termMapOf(tokenizer: TokenDecoder): TermMap {
  let map = cache.get(tokenizer);
  if (!map) {
    map = TermMap.fromTokenTexts(Array.from({ length: tokenizer.vocabSize }, (_, v) => tokenizer.decode([v])));
    cache.set(tokenizer, map);
  }
  return map;
}
