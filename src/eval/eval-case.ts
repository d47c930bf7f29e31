// Evaluation cases (../shared/EVALUATION.md): {context, question, answers} records — the recall
// suites of training/recall/make_eval.py and the passkey generator with the benchmark's exact
// template. Whether a reply answers a case is decided by answer-check.ts (one rule, shared with
// training/recall/check.py).
import { makeRng } from '../models/sampling';

export type CaseMeta = Record<string, number | string | boolean>;

export interface EvalCase {
  id: string;
  /** Text placed in the memory before the question (the haystack, and any earlier turns). */
  context: string;
  /** Appended right after the context; generation continues from it. */
  question: string;
  /** Values a correct reply contains, all of them; empty: the fact is absent and the reply must say so. */
  answers: string[];
  /** The first answer (or "" for an absent fact); kept for files written before `answers`. */
  answer: string;
  /** 'completion': context + "\n" + question is raw text (passkey); 'chat': question is a user turn. */
  mode: 'completion' | 'chat';
  /** make_eval.py: the generator's fields plus tokens, length_bucket and split ("seen" / "heldout"). */
  meta?: CaseMeta;
}

export class EvalCaseError extends Error {
  override readonly name = 'EvalCaseError';
  constructor(
    message: string,
    readonly data: { line: number },
  ) {
    super(message);
  }
}

const isScalar = (v: unknown) => typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';

/**
 * One JSONL line (1-based `lineNo` for messages). Needs string context and question and either
 * `answers` (strings) or `answer` (older passkey files: answers = [answer]).
 */
export function parseCaseLine(line: string, lineNo: number): EvalCase {
  const bad = (why: string) => new EvalCaseError(`cases line ${lineNo}: ${why}`, { line: lineNo });
  let c: Record<string, unknown>;
  try {
    c = JSON.parse(line) as Record<string, unknown>;
  } catch (e) {
    throw bad(`not JSON (${(e as Error).message})`);
  }
  if (c === null || typeof c !== 'object' || typeof c.context !== 'string' || typeof c.question !== 'string')
    throw bad('needs string fields context and question');
  const answers = c.answers !== undefined ? c.answers : typeof c.answer === 'string' ? [c.answer] : undefined;
  if (!Array.isArray(answers) || !answers.every((a) => typeof a === 'string'))
    throw bad('needs answers (a list of strings) or answer (a string)');
  const mode = c.mode ?? 'completion';
  if (mode !== 'chat' && mode !== 'completion')
    throw bad(`mode must be "chat" or "completion", not ${JSON.stringify(mode)}`);
  const meta = c.meta;
  if (meta !== undefined && (meta === null || typeof meta !== 'object' || !Object.values(meta).every(isScalar)))
    throw bad('meta must be an object of numbers, strings and booleans');
  return {
    id: typeof c.id === 'string' ? c.id : `case-${lineNo}`,
    context: c.context,
    question: c.question,
    answers: answers as string[],
    answer: typeof c.answer === 'string' ? c.answer : ((answers[0] as string | undefined) ?? ''),
    mode,
    ...(meta ? { meta: meta as CaseMeta } : {}),
  };
}

export function parseCases(jsonl: string): EvalCase[] {
  const out: EvalCase[] = [];
  jsonl.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line) out.push(parseCaseLine(line, i + 1));
  });
  return out;
}

export const PASSKEY_INTRO =
  'There is an important info hidden inside a lot of irrelevant text. Find it and memorize them. I will quiz you about the important information there.';
export const PASSKEY_QUESTION = 'What is the pass key? The pass key is';
export const PASSKEY_FILLER =
  'The grass is green. The sky is blue. The sun is yellow. Here we go. There and back again.';

/**
 * Passkey case of about `tokens` tokens (measured with `countTokens`), needle at `depth` ∈ [0, 1].
 * Template (lines joined by "\n"): intro, prefix filler, needle, suffix filler, question.
 */
export function passkeyCase(tokens: number, depth: number, seed: number, countTokens: (s: string) => number): EvalCase {
  const r = makeRng(seed);
  const key = 1 + Math.floor(r() * 50_000);
  const perFiller = Math.max(1, countTokens(` ${PASSKEY_FILLER}`));
  const fixed = countTokens(
    [PASSKEY_INTRO, '', `The pass key is ${key}. Remember it. ${key} is the pass key.`, '', PASSKEY_QUESTION].join(
      '\n',
    ),
  );
  const repeats = Math.max(0, Math.round((tokens - fixed) / perFiller));
  const before = Math.round(repeats * depth);
  const fill = (n: number) => Array.from({ length: n }, () => PASSKEY_FILLER).join(' ');
  const context = [
    PASSKEY_INTRO,
    fill(before),
    `The pass key is ${key}. Remember it. ${key} is the pass key.`,
    fill(repeats - before),
  ].join('\n');
  return {
    id: `passkey-${tokens}-${depth.toFixed(2)}-${seed}`,
    context,
    question: PASSKEY_QUESTION,
    answers: [String(key)],
    answer: String(key),
    mode: 'completion',
    meta: { tokens, depth, key },
  };
}
