// One evaluation case through the runtime (same modules as the worker: ConversationMemory,
// Focus Allocator, WcDecoder, generateTurn) or through a baseline with the same budget.
import { ConversationMemory } from '../runtime/conversation-memory';
import { WcDecoder } from '../runtime/wc-decoder';
import { generateTurn } from '../runtime/generate';
import type { DecoderSession } from '../models/decoder/decoder-session';
import type { EmbeddingTable } from '../models/embedding-table';
import type { Gister } from '../core/gister';
import { SIMILARITY_REFOCUS_OPTIONS, similarityScorer } from '../models/similarity-focus';
import type { TermMap } from '../models/focus/term-map';
import { LEARNED_REFOCUS_OPTIONS, type LensNetScorer } from '../models/lensnet/lensnet-scorer';
import { argmax } from '../models/sampling';
import { sinkWindow, topkRetrieval, truncation, type BaselineKind } from './baselines';
import { isCorrect, type EvalCase } from './eval-case';

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
}

export type EvalMode = { kind: 'megacontext'; focus: 'learned' | 'similarity' | 'none' } | { kind: 'baseline'; baseline: BaselineKind };

export interface CaseResult {
  id: string;
  mode: string;
  contextTokens: number;
  rowsSeen: number;
  output: string;
  correct: boolean;
  ms: number;
  meta?: Record<string, number | string>;
}

export const modeName = (m: EvalMode) => (m.kind === 'megacontext' ? `megacontext/${m.focus}` : m.baseline);

function caseIds(model: EvalModel, c: EvalCase): { ids: number[]; queryIds: number[] } {
  const bos = model.bosId !== undefined && model.bosId !== null ? [model.bosId] : [];
  if (c.mode === 'chat') return { ids: [...bos, ...model.encode(c.context), ...model.userTurn(c.question)], queryIds: model.encode(c.question) };
  return { ids: [...bos, ...model.encode(`${c.context}\n${c.question}`)], queryIds: model.encode(c.question) };
}

export async function runCase(model: EvalModel, c: EvalCase, mode: EvalMode, wMax: number, maxNewTokens = 10): Promise<CaseResult> {
  const t0 = performance.now();
  const { ids, queryIds } = caseIds(model, c);
  let output: string;
  let rowsSeen: number;
  if (mode.kind === 'megacontext') {
    const memory = new ConversationMemory(model.gister, { config: { wMax: wMax - maxNewTokens, protectedTokens: 128, maxLevel: 3 } });
    await memory.ingest(ids);
    if (mode.focus === 'similarity') memory.refocus(similarityScorer(memory.tree, model.terms, queryIds), SIMILARITY_REFOCUS_OPTIONS);
    if (mode.focus === 'learned') {
      if (!model.lens) throw new Error('learned focus needs a package with a LensNet');
      await memory.refocusAsync(model.lens.scorer(memory.tree, model.table, model.terms, undefined, queryIds), LEARNED_REFOCUS_OPTIONS);
    }
    rowsSeen = memory.wc.cost;
    model.decoder.reset();
    const turn = await generateTurn(new WcDecoder(memory, model.decoder, model.table, { kind: 'compacted' }, { decodeHeadroom: maxNewTokens }), {
      maxNewTokens,
      sampling: { temperature: 0, topP: 1, seed: 0 },
      stopIds: model.stopIds,
      decode: (x) => model.decode(x),
    });
    output = turn.text;
  } else {
    const all = Int32Array.from(ids);
    const budget = wMax - maxNewTokens;
    const positions =
      mode.baseline === 'truncation' ? truncation(all.length, budget) : mode.baseline === 'sink-window' ? sinkWindow(all.length, budget) : topkRetrieval(all, model.terms, queryIds, budget);
    rowsSeen = positions.length;
    output = model.decode(await greedyOnTokens(model, Array.from(positions, (p) => all[p]!), maxNewTokens));
  }
  return { id: c.id, mode: modeName(mode), contextTokens: ids.length, rowsSeen, output, correct: isCorrect(output, c.answer), ms: performance.now() - t0, ...(c.meta ? { meta: c.meta } : {}) };
}

/** Greedy decoding from a plain token sequence at compacted positions 0…n−1. */
async function greedyOnTokens(model: EvalModel, ids: number[], maxNewTokens: number): Promise<number[]> {
  const d = model.table.dim;
  model.decoder.reset();
  const rows = new Float32Array(ids.length * d);
  model.table.gather(ids, rows);
  let pos = 0;
  let logits: Float32Array = new Float32Array(0);
  for (let at = 0; at < ids.length; at += 512) {
    const end = Math.min(ids.length, at + 512);
    logits = (await model.decoder.forward(rows.subarray(at * d, end * d), Array.from({ length: end - at }, (_, i) => at + i), 1)).logits;
    pos = end;
  }
  const out: number[] = [];
  for (let i = 0; i < maxNewTokens; i++) {
    const id = argmax(logits);
    if (model.stopIds.includes(id)) break;
    out.push(id);
    if (i === maxNewTokens - 1) break;
    logits = (await model.decoder.forward(model.table.row(id).slice(), [pos++], 1)).logits;
  }
  return out;
}
