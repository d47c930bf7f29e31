// Initial Working Context layout (seed: turn 1 of the coding session — "recent tokens at LOD0,
// related files at LOD1, distant code at LOD2", total under W_max).
//
// Policy: start from the coarsest legal tiling — the protected region (and the tail) at LOD0,
// everything older at the highest level whose aligned, complete node fits before the protected
// region — then refine newest-first: repeatedly expand the newest entry that is not LOD0 while
// the budget allows (+K−1 each). The result reads, oldest → newest:
//     LOD_max gists … | one partially refined gist (LOD_max−1 … LOD1) | LOD0 blocks … tail
// i.e. detail falls off with age, and it is the finest newest-first layout that fits.
// O(#entries) time; no scores needed (LensNet takes over at the first refocus).

import type { MegaContextConfig } from './config.ts';
import { blockCount, entryUnit } from './addressing.ts';
import { BudgetError } from './errors.ts';
import { WorkingContext } from './working-context.ts';

export interface LayoutOptions {
  /** Token-equivalents to fill (default W_max); leave headroom for the first refocus if wanted. */
  readonly budget?: number;
}

/** Cost of the coarsest legal layout for `tokenCount` tokens (what restoreBudget can reach). */
export function coarsestCost(config: Readonly<MegaContextConfig>, tokenCount: number): number {
  const { lv } = coarseTiling(config, tokenCount);
  const K = config.blockSize;
  const ps = protectedStartOf(config, tokenCount);
  const coarseEnd = Math.min(ps, Math.floor(tokenCount / K) * K);
  return lv.length + (tokenCount - coarseEnd);
}

/** Build the initial working context for a tree of `tokenCount` tokens. */
export function initialLayout(
  config: Readonly<MegaContextConfig>,
  tokenCount: number,
  opts: LayoutOptions = {},
): WorkingContext {
  const budget = opts.budget ?? config.wMax;
  const K = config.blockSize;
  const ps = protectedStartOf(config, tokenCount);
  const coarseEnd = Math.min(ps, Math.floor(tokenCount / K) * K);
  const { lv: stackLv, ix: stackIx } = coarseTiling(config, tokenCount);
  const lod0Cost = tokenCount - coarseEnd;
  let cost = stackLv.length + lod0Cost;
  if (cost > budget) {
    throw new BudgetError(
      `${tokenCount} tokens need at least ${cost} token-equivalents at LOD0–LOD${config.maxLevel} ` +
        `(protected region ${lod0Cost}), more than the budget ${budget}; raise wMax or maxLevel, ` +
        `or lower protectedTokens.`,
      { tokenCount, minCost: cost, budget },
    );
  }
  // Refine newest-first: the stack top is the newest coarse entry.
  const outLv: number[] = [];
  const outIx: number[] = [];
  let canExpand = true;
  while (stackLv.length > 0) {
    const l = stackLv.pop() as number;
    const i = stackIx.pop() as number;
    if (l > 0 && canExpand && cost + (K - 1) <= budget) {
      cost += K - 1;
      if (l === 1) {
        stackLv.push(0);
        stackIx.push(i);
      } else {
        for (let j = 0; j < K; j++) {
          stackLv.push(l - 1);
          stackIx.push(i * K + j);
        }
      }
    } else {
      if (l > 0) canExpand = false; // every expansion costs K−1: once one fails, all do
      outLv.push(l);
      outIx.push(i);
    }
  }
  const nEntries = outLv.length + (blockCount(K, tokenCount) - coarseEnd / K);
  const wc = new WorkingContext(config, nEntries + 64);
  wc.resetTokens(tokenCount);
  for (let k = outLv.length - 1; k >= 0; k--) wc.push(outLv[k] as number, outIx[k] as number, 0, 0);
  for (let b = coarseEnd / K, end = blockCount(K, tokenCount); b < end; b++) wc.push(0, b, 0, 0);
  return wc;
}

/** First token of the protected region (block-aligned), as WorkingContext.protectedStart(). */
export function protectedStartOf(config: Readonly<MegaContextConfig>, tokenCount: number): number {
  const R = config.protectedTokens;
  const K = config.blockSize;
  if (R === 0) return tokenCount;
  const s = tokenCount - R;
  return s <= 0 ? 0 : Math.floor(s / K) * K;
}

/** Coarsest tiling of [0, coarseEnd) as (level, index) lists, oldest first. */
function coarseTiling(config: Readonly<MegaContextConfig>, tokenCount: number): { lv: number[]; ix: number[] } {
  const K = config.blockSize;
  const ps = protectedStartOf(config, tokenCount);
  const coarseEnd = Math.min(ps, Math.floor(tokenCount / K) * K);
  const lv: number[] = [];
  const ix: number[] = [];
  let s = 0;
  while (s < coarseEnd) {
    let l = config.maxLevel;
    for (; l > 1; l--) {
      const u = entryUnit(K, l);
      if (s % u === 0 && s + u <= coarseEnd) break;
    }
    const u = entryUnit(K, l);
    lv.push(l);
    ix.push(s / u);
    s += u;
  }
  return { lv, ix };
}
