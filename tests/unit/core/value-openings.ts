// A fixture the answer-copy rule tests share: the openings of a source's values a test keeps, passed
// through one rule, read back as the values' texts.
import { FUNCTION_WORDS, ValueBounds } from '../../../src/core/answer-value-bounds';

const VALUE = /^(?:[£$]|[-−](?=\d))?[\p{L}\p{N}]+(?:[.,:-][\p{L}\p{N}]+)*/u;

/** The values whose openings `rule` keeps, of `source`'s openings that `keep` matches. */
export function valuesKept(
  source: string,
  request: string,
  keep: RegExp,
  rule: (source: string, request: string, starts: readonly number[]) => number[],
): string[] {
  const starts = new ValueBounds(source, FUNCTION_WORDS).starts.filter((q) => keep.test(source.slice(q)));
  return rule(source, request, starts).map((q) => VALUE.exec(source.slice(q))![0]);
}
