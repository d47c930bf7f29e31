// Whether a reply answers a recall case — THE answer rule of ../shared/EVALUATION.md's recall
// suites, mirrored exactly from training/recall/check.py (a shared fixture,
// tests/fixtures/answer-check.json, is checked by both vitest and pytest):
// a present fact is answered when every expected value appears in the reply as a whole (case- and
// space-insensitive; a value must not be part of a longer number or word) and the reply does not
// say the fact is absent; an absent fact (no expected values) is answered when the reply says it
// is not in memory.
//
// Python semantics reproduced: `\s` and `str.strip()` use Python's whitespace set (no U+FEFF, but
// U+001C–U+001F and U+0085); `re.I` also lets İ/ı match "i", ſ match "s" and K (Kelvin) match "k".
// `str.lower()` and `toLowerCase()` agree except on characters added after Unicode 14.

/** Python's str.isspace() set (= `\s` of a str pattern). */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, 'g');
const EDGE_SPACE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

/** check.py ABSENT_PATTERN, source unchanged; "i" widened to what Python's re.I matches. */
const ABSENT_SOURCE =
  "not in (?:my |the )?memory|don't know|do not know|not mentioned|no information" +
  "|cannot find|can't find|isn't mentioned|is not mentioned";
const ABSENT_PATTERN = new RegExp(ABSENT_SOURCE.replace(/i/g, '[iİı]'), 'iu');

function norm(s: string): string {
  return s.toLowerCase().replace(SPACE_RUN, ' ').replace(EDGE_SPACE, '');
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /^[0-9a-z]$/.test(ch);

/** The reply says that what was asked is not in memory. */
export function saysAbsent(reply: string): boolean {
  return ABSENT_PATTERN.test(reply);
}

/** `value` occurs in `reply` as a whole (not inside a longer number or word), case/space-insensitively. */
export function containsValue(reply: string, value: string): boolean {
  const r = norm(reply);
  const v = norm(value);
  if (!v) return false;
  for (let at = r.indexOf(v); at >= 0; at = r.indexOf(v, at + 1)) {
    if (!isWordChar(r[at - 1]) && !isWordChar(r[at + v.length])) return true;
  }
  return false;
}

/** The rule: `answers` empty → the fact is absent and the reply must say so. */
export function isCorrect(reply: string, answers: readonly string[]): boolean {
  if (answers.length === 0) return saysAbsent(reply);
  return !saysAbsent(reply) && answers.every((a) => containsValue(reply, a));
}
