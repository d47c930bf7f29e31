// Evaluation cases (../shared/EVALUATION.md): {context, question, answer} records, the passkey
// generator with the benchmark's exact template, and answer checking.
import { makeRng } from '../models/sampling';

export interface EvalCase {
  id: string;
  /** Text placed in the memory before the question (the haystack). */
  context: string;
  /** Appended right after the context; generation continues from it. */
  question: string;
  answer: string;
  /** 'completion': context + "\n" + question is raw text (passkey); 'chat': question is a user turn. */
  mode?: 'completion' | 'chat';
  meta?: Record<string, number | string>;
}

export class EvalCaseError extends Error {
  override readonly name = 'EvalCaseError';
  constructor(message: string, readonly data: { line: number }) {
    super(message);
  }
}

export function parseCases(jsonl: string): EvalCase[] {
  const out: EvalCase[] = [];
  jsonl.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let c: Partial<EvalCase>;
    try {
      c = JSON.parse(line) as Partial<EvalCase>;
    } catch (e) {
      throw new EvalCaseError(`cases line ${i + 1}: not JSON (${(e as Error).message})`, { line: i + 1 });
    }
    if (typeof c.context !== 'string' || typeof c.question !== 'string' || typeof c.answer !== 'string') {
      throw new EvalCaseError(`cases line ${i + 1}: needs string fields context, question, answer`, { line: i + 1 });
    }
    out.push({ id: c.id ?? `case-${i + 1}`, context: c.context, question: c.question, answer: c.answer, mode: c.mode ?? 'completion', ...(c.meta ? { meta: c.meta } : {}) });
  });
  return out;
}

export const PASSKEY_INTRO = 'There is an important info hidden inside a lot of irrelevant text. Find it and memorize them. I will quiz you about the important information there.';
export const PASSKEY_QUESTION = 'What is the pass key? The pass key is';
export const PASSKEY_FILLER = 'The grass is green. The sky is blue. The sun is yellow. Here we go. There and back again.';


/**
 * Passkey case of about `tokens` tokens (measured with `countTokens`), needle at `depth` ∈ [0, 1].
 * Template (lines joined by "\n"): intro, prefix filler, needle, suffix filler, question.
 */
export function passkeyCase(tokens: number, depth: number, seed: number, countTokens: (s: string) => number): EvalCase {
  const r = makeRng(seed);
  const key = 1 + Math.floor(r() * 50_000);
  const perFiller = Math.max(1, countTokens(` ${PASSKEY_FILLER}`));
  const fixed = countTokens([PASSKEY_INTRO, '', `The pass key is ${key}. Remember it. ${key} is the pass key.`, '', PASSKEY_QUESTION].join('\n'));
  const repeats = Math.max(0, Math.round((tokens - fixed) / perFiller));
  const before = Math.round(repeats * depth);
  const fill = (n: number) => Array.from({ length: n }, () => PASSKEY_FILLER).join(' ');
  const context = [PASSKEY_INTRO, fill(before), `The pass key is ${key}. Remember it. ${key} is the pass key.`, fill(repeats - before)].join('\n');
  return { id: `passkey-${tokens}-${depth.toFixed(2)}-${seed}`, context, question: PASSKEY_QUESTION, answer: String(key), mode: 'completion', meta: { tokens, depth, key } };
}

/** Integer answers: the first integer in the output must equal it; otherwise the trimmed output must start with the answer. */
export function isCorrect(output: string, answer: string): boolean {
  if (/^-?\d+$/.test(answer.trim())) {
    const m = output.match(/-?\d+/);
    return m !== null && m[0] === answer.trim();
  }
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(output).startsWith(norm(answer));
}
