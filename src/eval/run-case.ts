// One evaluation case through the runtime (same modules as the worker: ConversationMemory,
// Focus Allocator, WcDecoder, generateTurn) or through a baseline with the same budget.
// A case is tokenized once and ingested once — GistNet runs once per case: every focus mode gets a
// memory rebuilt from those gists (shared-gister.ts), so the modes differ only in their refocus.
// Chat cases are framed as the app sends a turn after fed memory (BOS + context +
// userTurn(question)); completion cases as the engine's `complete` continues a prompt after fed
// memory (BOS + context, then "\n" + stem as the prompt: src/runtime/completion-turn.ts) and stop
// at the first newline.
import { ConversationMemory } from '../runtime/conversation-memory';
import { WcDecoder } from '../runtime/wc-decoder';
import { generateTurn } from '../runtime/generate';
import type { DecoderSession } from '../models/decoder/decoder-session';
import type { EmbeddingTable } from '../models/embedding-table';
import type { Gister } from '../core/gister';
import type { MegaContextConfig } from '../core/config';
import { SIMILARITY_REFOCUS_OPTIONS, similarityScorer } from '../models/similarity-focus';
import type { TermMap } from '../models/focus/term-map';
import { LEARNED_REFOCUS_OPTIONS, type LensNetScorer } from '../models/lensnet/lensnet-scorer';
import { argmax } from '../models/sampling';
import { sinkWindow, topkRetrieval, truncation, type BaselineKind } from './baselines';
import type { EvalCase } from './eval-case';
import { isCorrect, saysAbsent } from './answer-check';
import { SharedGister } from './shared-gister';
import { checkTurn } from '../runtime/memory-check-turn';
import { checkAnswer, vouchesForPresence, type MemoryCheckResult } from '../core/memory-check';
import { MemoryLetters } from '../core/memory-letters';
import type { AnswerFrame, RankRecord } from '../core/answer-copy';
import { answerCopyFor } from '../runtime/answer-copy-turn';
import { quoteForTurn } from '../runtime/memory-quote-turn';
import { previousRequest, type TurnMarks } from '../core/previous-request';
import { completionRequest, newlineIds } from '../runtime/completion-turn';
import type { ResultRow } from './summary';

export interface EvalModel {
  decoder: DecoderSession;
  table: EmbeddingTable;
  gister: Gister;
  /** The tokenizer's term map (similarity focus, LensNet's match feature, top-k retrieval). */
  terms: TermMap;
  encode(text: string): number[];
  decode(ids: number[]): string;
  userTurn(message: string): number[];
  stopIds: number[];
  /** BOS id: every case starts with it, as every training sequence did. */
  bosId?: number | null;
  /** Learned focus (LensNet), when the package has one. */
  lens?: LensNetScorer | null;
  /** First token of the package's `absent_reply`: masked when the memory check vouches, as in the app. */
  absentReplyStart?: number | null;
  /** The package's answer frames, encoded (manifest `answer_frames`): answer copy, as in the app. */
  answerFrames?: AnswerFrame[] | null;
  /** A completion's answer frames (src/runtime/completion-turn.ts `completionFrames`), one array per model. */
  completionFrames?: AnswerFrame[] | null;
  /** The ids around a user message (follow-ups read the request before theirs, as in the app). */
  turnMarks?: TurnMarks | null;
}

export type EvalMode =
  { kind: 'megacontext'; focus: 'learned' | 'similarity' | 'none' } | { kind: 'baseline'; baseline: BaselineKind };

/** Replies can be phrases (names, dates, "X and Y"): 24 new tokens by default. */
export const DEFAULT_MAX_NEW_TOKENS = 24;

export interface RunOptions {
  /** W_max: rows the model may see, the reply reserve included. */
  wMax: number;
  /** The reply reserve: generation stops after this many tokens. */
  maxNewTokens: number;
  /** The app's memory check (src/core/memory-check.ts) on chat cases and asking completions in the MegaContext modes. */
  memoryCheck?: boolean;
  /** The memory quote (src/core/memory-quote.ts) before chat questions and completion requests in the MegaContext modes. */
  memoryQuote?: boolean;
  /** Answer copy (src/core/answer-copy.ts): values copied from the quote, when the package names its frames. */
  answerCopy?: boolean;
  /** Called with the case's id, its mode and each request's openings and features (answer-rank.ts): `--rank-features`. */
  onRank?: (id: string, mode: string, record: RankRecord) => void;
}

export interface CaseResult extends ResultRow {
  /** The memory quote this mode read before the question (MegaContext modes, `memoryQuote` on). */
  quote?: string;
  framing: 'chat' | 'completion';
  contextTokens: number;
  /** Tokenizing and ingesting the case (GistNet included): paid once per case, shared by the modes (ms). */
  sharedMs: number;
}

export const modeName = (m: EvalMode) => (m.kind === 'megacontext' ? `megacontext/${m.focus}` : m.baseline);

/**
 * The case's ids, the question's ids and where the question's chat turn or completion prompt
 * starts (its history's end): the context is fed as the app feeds text, then the turn or prompt.
 */
function caseIds(model: EvalModel, c: EvalCase): { ids: number[]; queryIds: number[]; turnStart: number } {
  const bos = model.bosId !== undefined && model.bosId !== null ? [model.bosId] : [];
  const queryIds = model.encode(c.question);
  const history = [...bos, ...model.encode(c.context)];
  const turn = c.mode === 'chat' ? model.userTurn(c.question) : model.encode(completionPrompt(c));
  return { ids: [...history, ...turn], queryIds, turnStart: history.length };
}

/** A completion case's prompt: the stem on a line of its own after the context. */
const completionPrompt = (c: EvalCase) => `\n${c.question}`;

/** A case tokenized once and, for the MegaContext modes, ingested once. */
export class PreparedCase {
  private master: ConversationMemory | null = null;
  /** ms spent on work every mode shares (tokenizing; the ingest once a MegaContext mode asked). */
  sharedMs: number;
  private readonly config: Partial<MegaContextConfig>;
  private check: MemoryCheckResult | null | undefined = undefined;
  /** The MegaContext modes' ids: `ids` with the memory quote before the question's turn, when there is one. */
  private megaIds: number[] | null = null;
  /** The memory quote made for this case ('' = none). */
  quote = '';
  /** The quote's best piece (answer copy's source for a one-value reply). */
  best = '';
  /** What answer copy reads: the quote, or a short history's whole text (memory-quote-turn.ts `MemoryQuote.copy`). */
  copy = '';
  /** The user request before the question in the case's history ('' = none). */
  previous = '';
  /** What the case asks: a chat question; a completion prompt's request, or null when it asks nothing. */
  readonly request: string | null;
  /** A completion's request asks whatever its words (completion-turn.ts); a chat question as `isRequest` reads it. */
  readonly asks: boolean | undefined;

  private constructor(
    readonly c: EvalCase,
    readonly ids: number[],
    readonly queryIds: number[],
    readonly turnStart: number,
    readonly opts: RunOptions,
    tokenizeMs: number,
  ) {
    this.sharedMs = tokenizeMs;
    this.request = c.mode === 'chat' ? c.question : completionRequest(completionPrompt(c));
    this.asks = c.mode === 'chat' ? undefined : true;
    this.config = { wMax: opts.wMax - opts.maxNewTokens, protectedTokens: 128, maxLevel: 3 };
  }

  static prepare(model: EvalModel, c: EvalCase, opts: RunOptions): PreparedCase {
    const t0 = performance.now();
    const { ids, queryIds, turnStart } = caseIds(model, c);
    return new PreparedCase(c, ids, queryIds, turnStart, opts, performance.now() - t0);
  }

  /**
   * The memory check's own reply, as the app's engine answers without the model: names of the
   * request that occur nowhere in its history, or a number its quote does not state
   * (src/core/unstated-quantity.ts); null when the check is off, for a completion that asks
   * nothing, or when the model answers.
   */
  async checkReply(model: EvalModel): Promise<string | null> {
    const check = await this.memoryCheck(model);
    return check === null ? null : (checkAnswer(check, this.request, this.quote)?.text ?? null);
  }

  /** The app's memory check of the case's request (null when off, or for a completion that asks nothing). */
  async memoryCheck(model: EvalModel): Promise<MemoryCheckResult | null> {
    if (this.check === undefined) {
      const request = this.opts.memoryCheck ? this.request : null;
      const memory = request !== null ? await this.memory(model) : null;
      this.check =
        memory && request !== null
          ? checkTurn(request, memory.tree, this.turnStart, model, model.terms, { asks: this.asks })
          : null;
    }
    return this.check;
  }

  /**
   * The ids the MegaContext modes ingest: with the memory quote on, a chat question's turn (or a
   * completion's prompt) follows the quote of its history (where the engine puts it:
   * src/runtime/memory-quote-turn.ts); the baselines read `ids`.
   */
  private quotedIds(model: EvalModel): number[] {
    if (this.megaIds) return this.megaIds;
    this.megaIds = this.ids;
    if (this.opts.memoryQuote && this.request !== null) {
      const history = this.ids.slice(0, this.turnStart);
      const index = new MemoryLetters(model.terms);
      index.extend(history);
      const source = {
        tokenIds: (a: number, b: number) => history.slice(a, b),
        decode: (x: number[]) => model.decode(x),
      };
      this.previous = model.turnMarks
        ? previousRequest(source.tokenIds, source.decode, model.turnMarks, history.length)
        : '';
      const { quote, best, copy } = quoteForTurn(
        this.request,
        index,
        source,
        model,
        { end: history.length, previous: this.previous, asks: this.asks },
        this.config.wMax,
      );
      [this.quote, this.best, this.copy] = [quote, best, copy];
      if (this.quote)
        this.megaIds = [...history, ...model.encode(`\n\n${this.quote}`), ...this.ids.slice(this.turnStart)];
    }
    return this.megaIds;
  }

  /** A fresh memory holding the case: the first call runs GistNet, the next ones reuse its gists. */
  async memory(model: EvalModel): Promise<ConversationMemory> {
    const ids = this.quotedIds(model);
    if (!this.master) {
      const t0 = performance.now();
      this.master = new ConversationMemory(model.gister, { config: this.config });
      await this.master.ingest(ids);
      this.sharedMs += performance.now() - t0;
    }
    const memory = new ConversationMemory(new SharedGister(this.master.tree, model.gister), { config: this.config });
    await memory.ingest(ids);
    return memory;
  }
}

/** Generation stops at the model's stop ids; a completion also at any token holding a newline. */
export function stopIdsFor(model: EvalModel, framing: EvalCase['mode']): number[] {
  if (framing === 'chat') return model.stopIds;
  return [...model.stopIds, ...newlineIds(model, model.table.vocabSize, (x) => model.decode(x), model.stopIds)];
}

/** The reply: generated tokens without stop tokens; a completion is cut at its first newline. */
export function replyText(model: EvalModel, tokenIds: readonly number[], framing: EvalCase['mode']): string {
  const text = model.decode(tokenIds.filter((t) => !model.stopIds.includes(t)));
  return framing === 'completion' ? text.split('\n')[0]! : text;
}

/** One mode on a prepared case. */
export async function runMode(model: EvalModel, prep: PreparedCase, mode: EvalMode): Promise<CaseResult> {
  const { c, ids } = prep;
  const shared0 = prep.sharedMs;
  const t0 = performance.now();
  const checked = mode.kind === 'megacontext' ? await prep.checkReply(model) : null;
  // The memory check answers as the engine does (the model does not run), else the mode decodes.
  const { output, rowsSeen } =
    checked !== null ? { output: checked, rowsSeen: 0 } : await decodeMode(model, prep, mode);
  return {
    id: c.id,
    mode: modeName(mode),
    framing: c.mode,
    question: c.question,
    answers: c.answers,
    contextTokens: ids.length,
    rowsSeen,
    output,
    correct: isCorrect(output, c.answers),
    saidAbsent: saysAbsent(output),
    ...(mode.kind === 'megacontext' && prep.quote ? { quote: prep.quote } : {}),
    ms: performance.now() - t0 - (prep.sharedMs - shared0),
    sharedMs: prep.sharedMs,
    ...(c.meta ? { meta: c.meta } : {}),
  };
}

/** The mode's reply to a prepared case and the rows the model saw. */
async function decodeMode(
  model: EvalModel,
  prep: PreparedCase,
  mode: EvalMode,
): Promise<{ output: string; rowsSeen: number }> {
  const { c, ids, queryIds } = prep;
  const { wMax, maxNewTokens } = prep.opts;
  const stopIds = stopIdsFor(model, c.mode);
  let tokenIds: number[];
  let rowsSeen: number;
  if (mode.kind === 'megacontext') {
    const memory = await prep.memory(model);
    if (mode.focus !== 'none') memory.relayoutForQuery(); // as the app does before a question's refocus
    if (mode.focus === 'similarity')
      memory.refocus(similarityScorer(memory.tree, model.terms, queryIds), SIMILARITY_REFOCUS_OPTIONS);
    if (mode.focus === 'learned') {
      if (!model.lens) throw new Error('learned focus needs a package with a LensNet');
      await memory.refocusAsync(
        model.lens.scorer(memory.tree, model.table, model.terms, undefined, queryIds),
        LEARNED_REFOCUS_OPTIONS,
      );
    }
    rowsSeen = memory.wc.cost;
    // Every name found: the model may not open with its absent reply, as in the app's turn.
    const check = await prep.memoryCheck(model);
    const vouched = check !== null && vouchesForPresence(check);
    const allowedNext = answerCopyFor({
      frames: prep.opts.answerCopy ? ((c.mode === 'chat' ? model.answerFrames : model.completionFrames) ?? null) : null,
      source: prep.copy,
      best: prep.best,
      checked: check !== null && check.request && check.missing.length === 0,
      message: prep.request ?? c.question,
      previous: prep.previous,
      stopIds,
      vocabSize: model.table.vocabSize,
      decode: (x) => model.decode(x),
      encode: (text) => model.encode(text),
      ...(prep.opts.onRank ? { onRank: (r: RankRecord) => prep.opts.onRank!(c.id, modeName(mode), r) } : {}),
    });
    model.decoder.reset();
    const turn = await generateTurn(
      new WcDecoder(memory, model.decoder, model.table, { kind: 'compacted' }, { decodeHeadroom: maxNewTokens }),
      {
        maxNewTokens,
        sampling: { temperature: 0, topP: 1, seed: 0 },
        stopIds,
        decode: (x) => model.decode(x),
        ...(vouched && model.absentReplyStart != null ? { firstTokenBans: [model.absentReplyStart] } : {}),
        ...(allowedNext ? { allowedNext } : {}),
      },
    );
    tokenIds = turn.tokenIds;
  } else {
    const all = Int32Array.from(ids);
    const budget = wMax - maxNewTokens;
    const positions =
      mode.baseline === 'truncation'
        ? truncation(all.length, budget)
        : mode.baseline === 'sink-window'
          ? sinkWindow(all.length, budget)
          : topkRetrieval(all, model.terms, queryIds, budget);
    rowsSeen = positions.length;
    tokenIds = await greedyOnTokens(
      model,
      Array.from(positions, (p) => all[p]!),
      maxNewTokens,
      stopIds,
    );
  }
  return { output: replyText(model, tokenIds, c.mode), rowsSeen };
}

/** Every mode on one case (tokenized and ingested once). */
export async function runCase(
  model: EvalModel,
  c: EvalCase,
  modes: readonly EvalMode[],
  opts: RunOptions,
): Promise<CaseResult[]> {
  const prep = PreparedCase.prepare(model, c, opts);
  const out: CaseResult[] = [];
  for (const mode of modes) out.push(await runMode(model, prep, mode));
  return out;
}

/** Greedy decoding from a plain token sequence at compacted positions 0…n−1; the stop token that ended it is kept. */
async function greedyOnTokens(
  model: EvalModel,
  ids: number[],
  maxNewTokens: number,
  stopIds: readonly number[],
): Promise<number[]> {
  const d = model.table.dim;
  model.decoder.reset();
  const rows = new Float32Array(ids.length * d);
  model.table.gather(ids, rows);
  let pos = 0;
  let logits: Float32Array = new Float32Array(0);
  for (let at = 0; at < ids.length; at += 512) {
    const end = Math.min(ids.length, at + 512);
    logits = (
      await model.decoder.forward(
        rows.subarray(at * d, end * d),
        Array.from({ length: end - at }, (_, i) => at + i),
        1,
      )
    ).logits;
    pos = end;
  }
  const out: number[] = [];
  for (let i = 0; i < maxNewTokens; i++) {
    const id = argmax(logits);
    out.push(id);
    if (stopIds.includes(id) || i === maxNewTokens - 1) break;
    logits = (await model.decoder.forward(model.table.row(id).slice(), [pos++], 1)).logits;
  }
  return out;
}
