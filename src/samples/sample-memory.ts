// The bundled sample memory (issue 19 item 5; seed: the MegaContext Tree holds a whole book, the
// Working Context sees a budget of it, focus decides where). A public-domain text with a few
// facts planted in it, each with the question that asks for it: the first-run card feeds it to a
// new conversation and offers the questions as one-click chips. Pure (no DOM): the file format,
// its validation, the planting used by the generator (scripts/make-sample-memory.ts) and the
// label that tells a sample conversation from any other.

/** One planted fact: the sentence put in the book, the question a chip asks, the value it wants. */
export interface PlantedFact {
  /** Short id, stable across rebuilds (e.g. "cabin-key"). */
  id: string;
  /** The sentence planted between two paragraphs of the book. */
  sentence: string;
  /** The question the chip sends, worded as the demo model answers it best (measured). */
  question: string;
  /** What a correct answer contains. */
  answer: string;
  /** Character offset of the sentence in `text`. */
  offset: number;
  /**
   * Measured with the shipped runtime (`npm run eval`, docs/sample-memory.md): correct answers
   * out of cases over variants of the sample (other values, other places in the book).
   */
  measured?: { correct: number; cases: number };
}

export interface SampleMemory {
  format: 1;
  id: string;
  /** Shown on the card and as the document label in memory. */
  title: string;
  /** Where the text comes from and under what terms. */
  source: { work: string; author: string; excerpt: string; origin: string; licence: string };
  text: string;
  facts: PlantedFact[];
}

/** Label of the memory turn a sample is fed under: the chips appear in conversations that hold it. */
export const sampleLabel = (s: Pick<SampleMemory, 'title'>): string => `Sample memory: ${s.title}`;

/** Where the app fetches the sample (relative to the app's base URL; public/samples/ in the repo). */
export const SAMPLE_MEMORY_PATH = 'samples/moby-dick.json';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** The parsed sample, or why the file is not one (a damaged or foreign file never reaches the engine). */
export function parseSampleMemory(raw: unknown): { ok: true; sample: SampleMemory } | { ok: false; why: string } {
  if (!isObj(raw) || raw.format !== 1) return { ok: false, why: 'not a sample memory file (format 1)' };
  const src = raw.source;
  if (!isStr(raw.id) || !isStr(raw.title) || !isStr(raw.text)) return { ok: false, why: 'needs id, title and text' };
  if (!isObj(src) || !['work', 'author', 'excerpt', 'origin', 'licence'].every((k) => isStr(src[k])))
    return { ok: false, why: 'needs a source with work, author, excerpt, origin and licence' };
  if (!Array.isArray(raw.facts) || raw.facts.length === 0) return { ok: false, why: 'needs at least one fact' };
  const text = raw.text;
  for (const f of raw.facts as unknown[]) {
    if (!isObj(f) || !isStr(f.id) || !isStr(f.sentence) || !isStr(f.question) || !isStr(f.answer))
      return { ok: false, why: 'every fact needs id, sentence, question and answer' };
    if (typeof f.offset !== 'number' || text.slice(f.offset, f.offset + f.sentence.length) !== f.sentence)
      return { ok: false, why: `fact "${f.id}": its sentence is not at its offset in the text` };
    if (!f.sentence.includes(f.answer)) return { ok: false, why: `fact "${f.id}": its sentence lacks its answer` };
  }
  return { ok: true, sample: raw as unknown as SampleMemory };
}

/**
 * Plants `sentences` in a text made of `paragraphs`: sentence i goes before the paragraph at
 * fraction `depths[i]` ∈ [0, 1] of the paragraphs (as its own paragraph). Returns the text
 * (paragraphs joined by a blank line) and each sentence's character offset, in input order.
 */
export function plantSentences(
  paragraphs: readonly string[],
  sentences: readonly string[],
  depths: readonly number[],
): { text: string; offsets: number[] } {
  if (sentences.length !== depths.length) throw new RangeError('one depth per sentence');
  if (depths.some((d) => !(d >= 0 && d <= 1))) throw new RangeError('depths must lie in [0, 1]');
  const at = depths.map((d) => Math.round(d * paragraphs.length));
  const order = sentences.map((_, i) => i).sort((a, b) => at[a]! - at[b]! || a - b);
  const parts: string[] = [];
  const partOf: number[] = new Array<number>(sentences.length);
  let k = 0;
  for (let p = 0; p <= paragraphs.length; p++) {
    while (k < order.length && at[order[k]!]! === p) {
      partOf[order[k]!] = parts.length;
      parts.push(sentences[order[k]!]!);
      k++;
    }
    if (p < paragraphs.length) parts.push(paragraphs[p]!);
  }
  const starts: number[] = [];
  let pos = 0;
  for (const part of parts) {
    starts.push(pos);
    pos += part.length + 2;
  }
  return { text: parts.join('\n\n'), offsets: partOf.map((i) => starts[i]!) };
}

/** Whether a memory label (a fed document's) is a sample memory's. */
export const isSampleLabel = (label: string): boolean => label.startsWith('Sample memory: ');
