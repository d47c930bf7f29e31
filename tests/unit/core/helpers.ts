// Shared helpers for the core unit tests: reference (slow, obviously-correct) re-implementations
// of the rules, used to cross-check the optimised code, and small fixtures several tests share.
import {
  DEFAULT_CONFIG,
  WorkingContext,
  type IterationReport,
  type MegaContextConfig,
  type NodeAddress,
  entrySpan,
  entryUnit,
  validateConfig,
} from '../../../src/core/index.ts';

/** Deterministic LCG in [−1, 1) — tests never use Math.random. */
export function lcg(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return (x / 2 ** 32) * 2 - 1;
  };
}

/** Independent invariant check (does not trust WorkingContext.validate). */
export function referenceCheck(wc: WorkingContext): void {
  const cfg = wc.config;
  const K = cfg.blockSize;
  const n = wc.tokenCount;
  let cursor = 0;
  let cost = 0;
  const R = cfg.protectedTokens;
  for (let i = 0; i < wc.length; i++) {
    const { level, index } = wc.entry(i);
    const span = entrySpan(K, level, index, n); // throws if the node doesn't exist
    if (span.start !== cursor) throw new Error(`gap/overlap at entry ${i}: ${span.start} ≠ ${cursor}`);
    if (span.start % entryUnit(K, level) !== 0) throw new Error(`misaligned entry ${i}`);
    if (level > cfg.maxLevel) throw new Error(`level ${level} > maxLevel`);
    // protected: any entry containing one of the newest R tokens must be LOD0
    if (R > 0 && span.end > n - R && level !== 0) throw new Error(`protected token under a gist at entry ${i}`);
    cost += level === 0 ? span.end - span.start : 1;
    cursor = span.end;
  }
  if (cursor !== n) throw new Error(`coverage ends at ${cursor}, tree has ${n}`);
  if (cost !== wc.cost) throw new Error(`cost ${cost} ≠ cached ${wc.cost}`);
}

export interface RefCandidate {
  position: number;
  score: number;
  members: number;
}

const cooling = (wc: WorkingContext, i: number, createdBy: 1 | -1) => {
  const C = wc.config.cooldownIterations;
  return C > 0 && wc.bornDirection(i) === createdBy && wc.clock - wc.bornAt(i) <= C;
};

/** Reference candidate queues, fully sorted (expand desc, collapse asc; ties → later first). */
export function referenceQueues(
  wc: WorkingContext,
  scores: ArrayLike<number>,
): { expand: RefCandidate[]; collapse: RefCandidate[] } {
  const cfg = wc.config;
  const K = cfg.blockSize;
  const n = wc.tokenCount;
  const expand: RefCandidate[] = [];
  const collapse: RefCandidate[] = [];
  const tauE = Math.fround(cfg.tauExpand); // thresholds compare in float32 (see focus-allocator.ts)
  const tauC = Math.fround(cfg.tauCollapse);
  for (let i = 0; i < wc.length; i++) {
    const { level, index } = wc.entry(i);
    const s = scores[i] as number;
    if (level > 0 && s > tauE && !cooling(wc, i, -1)) expand.push({ position: i, score: s, members: 1 });
    if (level === 0) {
      const span = entrySpan(K, 0, index, n);
      const protectedStart = cfg.protectedTokens === 0 ? n : Math.max(0, Math.floor((n - cfg.protectedTokens) / K) * K);
      if (span.end - span.start === K && span.end <= protectedStart && s < -tauC && !cooling(wc, i, 1)) {
        collapse.push({ position: i, score: s, members: 1 });
      }
    } else if (level < cfg.maxLevel && index % K === 0 && i + K <= wc.length) {
      const member: number[] = [];
      let ok = true;
      for (let j = 0; j < K; j++) {
        const e = wc.entry(i + j);
        if (e.level !== level || e.index !== index + j || cooling(wc, i + j, 1)) ok = false;
        member.push(scores[i + j] as number);
      }
      if (!ok || member.some((v) => v > tauE)) continue;
      let g: number;
      if (cfg.groupScore === 'max') {
        if (member.some((v) => !(v < -tauC))) continue;
        g = Math.max(...member);
      } else g = member.reduce((a, b) => a + b, 0) / K;
      if (g < -tauC) collapse.push({ position: i, score: g, members: K });
    }
  }
  expand.sort((a, b) => b.score - a.score || b.position - a.position);
  collapse.sort((a, b) => a.score - b.score || b.position - a.position);
  return { expand, collapse };
}

/** Reference selection: the positions of the actions one step should take (collapses only pay). */
export function referenceSelection(
  wc: WorkingContext,
  scores: ArrayLike<number>,
): { expand: number[]; collapse: number[] } {
  const cfg = wc.config;
  const d = cfg.blockSize - 1;
  const q = referenceQueues(wc, scores);
  let free = cfg.wMax - wc.cost;
  let slots = cfg.nDiff;
  let ci = 0;
  const ex: number[] = [];
  const co: number[] = [];
  for (const e of q.expand) {
    if (slots === 0) break;
    if (free >= d) {
      ex.push(e.position);
      free -= d;
      slots--;
    } else if (slots >= 2 && ci < q.collapse.length) {
      co.push(q.collapse[ci++]!.position);
      ex.push(e.position);
      slots -= 2;
    } else break;
  }
  // no standalone collapses: a collapse only ever pays for an expansion
  return { expand: ex, collapse: co };
}

export function cfgWith(base: MegaContextConfig, over: Partial<MegaContextConfig>): MegaContextConfig {
  return { ...base, ...over };
}

export const addr = (level: number, index: number): NodeAddress => ({ level, index });

/**
 * 64 LOD1 gists then two LOD0 blocks (66 entries over 66 × 32 tokens; protectedTokens 32), in a
 * full budget: cost 128 of W_max 158 (less than one expansion free, so expansions need payers).
 */
export function wc66(): WorkingContext {
  const cfg = validateConfig({ ...DEFAULT_CONFIG, protectedTokens: 32, wMax: 158 });
  const entries: NodeAddress[] = [];
  for (let i = 0; i < 64; i++) entries.push({ level: 1, index: i });
  entries.push({ level: 0, index: 64 }, { level: 0, index: 65 });
  return WorkingContext.fromEntries(cfg, 66 * 32, entries);
}

/** An allocator iteration that changed nothing, reporting `swapRate` (for telemetry counters). */
export const iterationReport = (swapRate: number): IterationReport => ({
  iteration: 0,
  actions: [],
  entriesBefore: 10,
  costBefore: 0,
  costAfter: 0,
  changedEntries: 0,
  swapRate,
  expandCandidates: 0,
  collapseCandidates: 0,
  firstChangedPosition: -1,
  firstChangedTokenPosition: -1,
  recomputedTokens: 0,
});

/** Score each entry from its token span (and level). */
export function spanScorer(fn: (start: number, end: number, level: number) => number) {
  return (wc: WorkingContext): Float32Array => {
    const s = new Float32Array(wc.length);
    for (let i = 0; i < wc.length; i++) s[i] = fn(wc.entryStart(i), wc.entryEnd(i), wc.level(i));
    return s;
  };
}

/** Reference legality of a manual expand at i (cooldown respected, budget enforced). */
export function referenceCanExpand(wc: WorkingContext, i: number): boolean {
  return wc.level(i) > 0 && !cooling(wc, i, -1) && wc.cost + wc.config.blockSize - 1 <= wc.config.wMax;
}

/** Reference legality of a manual collapse of the unit containing i (cooldown respected). */
export function referenceCanCollapse(wc: WorkingContext, i: number): boolean {
  const cfg = wc.config;
  const K = cfg.blockSize;
  const n = wc.tokenCount;
  const { level, index } = wc.entry(i);
  if (level >= cfg.maxLevel) return false;
  if (level === 0) {
    const span = entrySpan(K, 0, index, n);
    // a block may collapse only if it contains none of the newest R tokens (and is complete)
    return span.end - span.start === K && span.end <= n - cfg.protectedTokens && !cooling(wc, i, 1);
  }
  const first = i - (index % K);
  if (first < 0 || first + K > wc.length) return false;
  for (let j = 0; j < K; j++) {
    const e = wc.entry(first + j);
    if (e.level !== level || e.index !== index - (index % K) + j || cooling(wc, first + j, 1)) return false;
  }
  return true;
}

/**
 * fast-check runs for a property: `n`, or MEGACONTEXT_PROPERTY_RUNS when set (a local stress run,
 * e.g. `MEGACONTEXT_PROPERTY_RUNS=20000 npx vitest run tests/unit/core/`).
 */
export function propertyRuns(n: number): number {
  const env = Number(process.env.MEGACONTEXT_PROPERTY_RUNS);
  return Number.isInteger(env) && env > 0 ? env : n;
}

/**
 * Whether some gist may expand (LOD ≥ 1, not cooling from a collapse) at allocator clock `clock`
 * (default the WC's): the fill's legality.
 */
export function referenceLegalExpansionExists(wc: WorkingContext, clock = wc.clock): boolean {
  const C = wc.config.cooldownIterations;
  for (let i = 0; i < wc.length; i++) {
    if (wc.level(i) > 0 && !(C > 0 && wc.bornDirection(i) === -1 && clock - wc.bornAt(i) <= C)) return true;
  }
  return false;
}
