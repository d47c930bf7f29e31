// Initialisms a request spells out (issue 16, answer copy — src/core/answer-copy.ts): "When is the
// annual general meeting going to take place?" of writer 127's minutes ("Item 3: AGM agreed for Tuesday
// 19 March") says none of the minutes' words, and the readers that look for the request's words
// beside a value found only the meeting's own date ("4 Feb."). A run of the request's words whose
// first letters spell a word of capitals the source writes (three to six letters, not two: the
// initials of people present at a meeting, "JR, MO, SA"; "of", "and", "for",
// "the" inside the run may be skipped: "Department for Transport" → "DfT", "DT") is said by that
// word: the request is read with the initialism for the run ("When is the AGM going to take place?"
// — with both, "meeting" drew the readers to "Minutes, committee meeting 4 Feb." as much as "AGM" to
// the AGM's date). Pure logic over words.

const CAPITALS = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}a-z&]{1,5})(?![\p{L}\p{N}])/gu;
const REQUEST_WORD = /[\p{L}][\p{L}'’-]*/gu;
const SKIPPED = new Set(['of', 'and', 'for', 'the', '&']);

/** `request` with each initialism of `source` it spells out written for its words. */
export function withInitialisms(request: string, source: string): string {
  // (each initialism's capitals → the word as the source writes it: "DT" → "DfT")
  const initialisms = new Map<string, string>();
  for (const m of source.matchAll(CAPITALS)) {
    const letters = m[1]!.replace(/[a-z&]/g, '');
    if (letters.length >= 3 && letters.length <= 6 && /^\p{Lu}+$/u.test(letters)) initialisms.set(letters, m[1]!);
  }
  if (initialisms.size === 0) return request;
  const words = [...request.matchAll(REQUEST_WORD)].map((m) => ({
    w: m[0],
    at: m.index!,
    end: m.index! + m[0].length,
  }));
  const inserts: Array<[number, number, string]> = [];
  for (let i = 0; i < words.length; i++) {
    if (inserts.length > 0 && words[i]!.at < inserts[inserts.length - 1]![1]) continue;
    if (SKIPPED.has(words[i]!.w.toLowerCase())) continue;
    let letters = '';
    for (let j = i; j < words.length && letters.length < 6; j++) {
      const w = words[j]!.w;
      if (j > i && SKIPPED.has(w.toLowerCase())) continue;
      letters += w[0]!.toUpperCase();
      // (a run of three words or more, whose initialism the request does not write itself)
      const written = initialisms.get(letters);
      if (letters.length >= 3 && written !== undefined && !request.includes(written)) {
        inserts.push([words[i]!.at, words[j]!.end, written]);
        break;
      }
    }
  }
  let out = request;
  for (const [at, end, written] of inserts.sort((a, b) => b[0] - a[0]))
    out = `${out.slice(0, at)}${written}${out.slice(end)}`;
  return out;
}
