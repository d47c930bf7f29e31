// The memory's letters, for the memory check (memory-check.ts; issue 16, "the answer says a fact is
// not in memory"): every token's normalised term (its lower-cased letters and digits; the same
// terms similarity focus uses) concatenated over the history, with the offset where each token's
// term starts. The history is append-only, so the index is extended by the tokens added since the
// last check and a check costs a string search, not a pass over the history: rebuilding it for
// every question took 153 ms at 1M tokens, a search now 5 ms (docs/memory-check.md, "Cost").

/** The normalised term of every token id (a TermMap, src/models/focus/term-map.ts, satisfies it). */
export interface TokenTerms {
  /** (vocab) term id of each token id, −1 = none */
  readonly ofId: Int32Array;
  /** term id → its lower-cased letters and digits */
  readonly terms: readonly string[];
}

/** Characters per chunk of the text: a search flattens at most one growing chunk, not the whole text. */
const CHUNK = 1 << 20;

export class MemoryLetters {
  /** The text in chunks of about CHUNK characters (the last one grows). */
  private chunks: string[] = [''];
  private chunkStart: number[] = [0];
  private length = 0;
  /** (tokens + 1) offset in the text where token p's term starts; the last entry is the text's length */
  private offsets = new Int32Array(1025);
  private n = 0;

  /** @param chunkChars characters per chunk (tests make it small to cross chunk seams) */
  constructor(
    readonly terms: TokenTerms,
    private readonly chunkChars = CHUNK,
  ) {}

  /** Tokens indexed so far. */
  get tokens(): number {
    return this.n;
  }

  /** Indexes tokens [this.tokens, end) of `ids` (the whole history so far: earlier tokens are never re-read). */
  extend(ids: ArrayLike<number>, end = ids.length): void {
    if (end <= this.n) return;
    if (end + 1 > this.offsets.length) {
      const grown = new Int32Array(Math.max(end + 1, this.offsets.length * 2));
      grown.set(this.offsets.subarray(0, this.n + 1));
      this.offsets = grown;
    }
    const { ofId, terms } = this.terms;
    let parts: string[] = [];
    let tail = this.chunks.length - 1;
    let tailLength = this.length - this.chunkStart[tail]!;
    const flush = () => {
      this.chunks[tail] += parts.join('');
      parts = [];
    };
    for (let p = this.n; p < end; p++) {
      this.offsets[p] = this.length;
      const id = ids[p]!;
      const t = id >= 0 && id < ofId.length ? ofId[id]! : -1;
      if (t < 0) continue;
      const term = terms[t]!;
      if (tailLength >= this.chunkChars) {
        flush();
        this.chunks.push('');
        this.chunkStart.push(this.length);
        tail++;
        tailLength = 0;
      }
      parts.push(term);
      this.length += term.length;
      tailLength += term.length;
    }
    flush();
    this.offsets[end] = this.length;
    this.n = end;
  }

  /**
   * Whether `needle` (lower-case letters and digits) occurs within tokens [0, end) in a run of
   * tokens [first, last) that `skip(first, last)` does not reject (e.g. one touching a forgotten span).
   */
  has(needle: string, end = this.n, skip?: (first: number, last: number) => boolean): boolean {
    return this.tokensOf(needle, end, 1, skip).length > 0;
  }

  /**
   * The first token of each of the first `limit` occurrences of `needle` within tokens [0, end),
   * oldest first, runs that `skip(first, last)` rejects left out.
   */
  tokensOf(needle: string, end = this.n, limit = Infinity, skip?: (first: number, last: number) => boolean): number[] {
    const found: number[] = [];
    if (needle === '' || limit <= 0) return found;
    const limitChar = this.offsets[Math.min(end, this.n)]!;
    const L = needle.length;
    /** false = stop: past `end` or `limit` reached */
    const visit = (at: number): boolean => {
      if (at + L > limitChar) return false;
      const first = this.tokenAt(at);
      if (!skip || !skip(first, this.tokenAt(at + L - 1) + 1)) found.push(first);
      return found.length < limit;
    };
    for (let c = 0; c < this.chunks.length && this.chunkStart[c]! < limitChar; c++) {
      const chunk = this.chunks[c]!;
      const base = this.chunkStart[c]!;
      for (let at = chunk.indexOf(needle); at >= 0; at = chunk.indexOf(needle, at + 1)) {
        if (!visit(base + at)) return found;
      }
      // A match across this chunk's end: search the seam (L − 1 characters each side of it; a
      // chunk may be shorter than that, so the seam is read across chunks). A seam match starting
      // before this chunk crossed the previous seam and was found there.
      const next = this.chunkStart[c + 1];
      if (next === undefined || L < 2) continue;
      const seamBase = Math.max(base, next - (L - 1));
      const seam = this.slice(seamBase, next + L - 1);
      for (let at = seam.indexOf(needle); at >= 0 && seamBase + at < next; at = seam.indexOf(needle, at + 1)) {
        if (!visit(seamBase + at)) return found;
      }
    }
    return found;
  }

  /** The letters of tokens [first, last) (each token's term, concatenated). */
  lettersOf(first: number, last: number): string {
    const a = Math.max(0, Math.min(first, this.n));
    const b = Math.max(a, Math.min(last, this.n));
    return this.slice(this.offsets[a]!, this.offsets[b]!);
  }

  /** Characters [from, to) of the text, read across chunks. */
  private slice(from: number, to: number): string {
    let out = '';
    for (let c = 0; c < this.chunks.length && this.chunkStart[c]! < to; c++) {
      const start = this.chunkStart[c]!;
      const chunk = this.chunks[c]!;
      if (start + chunk.length > from) out += chunk.slice(Math.max(0, from - start), to - start);
    }
    return out;
  }

  /** The token whose term holds character `c` of the text. */
  private tokenAt(c: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid]! <= c) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
