// A word-level fake tokenizer for the memory check's and the memory quote's tests: a common word
// (and punctuation) is one token, any other word one token per character — the shape of a
// byte-level BPE vocabulary, where rare names split into pieces. Its terms are the tokens'
// lower-cased letters and digits, as the real term map's.
import type { TokenTerms } from '../../../src/core/memory-letters';

const COMMON = new Set('the of is what a me for in and my remind tell station door building height code'.split(' '));

export class FakeTokenizer implements TokenTerms {
  private readonly idOf = new Map<string, number>();
  readonly texts: string[] = [];
  ofId = new Int32Array(0);
  terms: string[] = [];

  private id(piece: string): number {
    let id = this.idOf.get(piece);
    if (id === undefined) {
      id = this.texts.length;
      this.idOf.set(piece, id);
      this.texts.push(piece);
    }
    return id;
  }

  decode(ids: number[]): string {
    return ids.map((id) => this.texts[id]!).join('');
  }

  encode(text: string): number[] {
    const ids: number[] = [];
    for (const m of text.matchAll(/ ?[\p{L}\p{N}]+| ?[^\s\p{L}\p{N}]+|\s+/gu)) {
      const piece = m[0];
      const word = piece.trim().toLowerCase();
      if (COMMON.has(word) || !/[\p{L}\p{N}]/u.test(piece)) ids.push(this.id(piece));
      else for (const [k, ch] of [...piece].entries()) ids.push(this.id(k === 0 && piece.startsWith(' ') ? ' ' : ch));
    }
    this.refreshTerms();
    return ids;
  }

  private refreshTerms() {
    this.terms = [];
    const termIds = new Map<string, number>();
    this.ofId = Int32Array.from(this.texts, (t) => {
      const term = t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      if (!term) return -1;
      if (!termIds.has(term)) {
        termIds.set(term, this.terms.length);
        this.terms.push(term);
      }
      return termIds.get(term)!;
    });
  }
}
