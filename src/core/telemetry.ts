// Focus telemetry (seeds: swap rate — healthy 0.05–0.20, > 0.25 is thrash; access and mutation
// counts per node for MegaCuration; ARCHITECTURE §4: recomputed tokens per refocus).
//
// Counters are per WC-entry address (level, index) — LOD0 counts are per block — in growable
// Uint32Arrays, one per level:
//   access[ℓ][i]    times (ℓ, i) was present in the WC when recordAccess() ran (once per assembly)
//   mutation[ℓ][i]  times (ℓ, i) was expanded (the gist) or created by a collapse (the parent)
// Iteration stats keep a bounded history (ring of the last `historySize` iterations).
// toJSON() / Telemetry.fromJSON() persist all of it (format and validation in telemetry-codec.ts).

import type { WorkingContext, FocusAction } from './working-context.ts';
import {
  TELEMETRY_FORMAT,
  TELEMETRY_FORMAT_VERSION,
  encodeCounts,
  parseTelemetryJSON,
  type TelemetryJSON,
} from './telemetry-codec.ts';

/** What one allocator iteration did (produced by FocusAllocator.step). */
export interface IterationReport {
  /** Clock value of this iteration (entries it creates are stamped with it). */
  readonly iteration: number;
  readonly actions: readonly FocusAction[];
  readonly entriesBefore: number;
  readonly costBefore: number;
  readonly costAfter: number;
  /** Entries replaced by actions (expand 1, collapse 1 or K). */
  readonly changedEntries: number;
  /** changedEntries / entriesBefore (0 for an empty WC). */
  readonly swapRate: number;
  /** Entries eligible this iteration (score beyond threshold, legal, not cooling). */
  readonly expandCandidates: number;
  readonly collapseCandidates: number;
  /** First changed WC entry position (−1 if no action). */
  readonly firstChangedPosition: number;
  /** Token-equivalent WC position of the first change (−1 if no action): the KV before it is kept. */
  readonly firstChangedTokenPosition: number;
  /** Tokens whose KV must be recomputed: costAfter − firstChangedTokenPosition (0 if no action). */
  readonly recomputedTokens: number;
}

export interface TelemetrySnapshot {
  readonly iterations: number;
  readonly actions: number;
  readonly expands: number;
  readonly collapses: number;
  readonly lastSwapRate: number;
  readonly meanSwapRate: number;
  /** Iterations with swap rate > thrashThreshold. */
  readonly thrashIterations: number;
  readonly refocuses: number;
  readonly lastRecomputedTokens: number;
  readonly totalRecomputedTokens: number;
  readonly recentSwapRates: number[];
}

export class Telemetry {
  readonly thrashThreshold: number;
  private access: Uint32Array[] = [];
  private mutation: Uint32Array[] = [];
  private readonly ring: Float64Array;
  private ringPos = 0;
  private iterations = 0;
  private actions = 0;
  private expands = 0;
  private collapses = 0;
  private swapSum = 0;
  private lastSwap = 0;
  private thrash = 0;
  private refocuses = 0;
  private lastRecomputed = 0;
  private totalRecomputed = 0;

  constructor(opts: { historySize?: number; thrashThreshold?: number } = {}) {
    this.ring = new Float64Array(Math.max(1, opts.historySize ?? 256));
    this.thrashThreshold = opts.thrashThreshold ?? 0.25;
  }

  /** Count one iteration: swap rate and per-node mutation counts. */
  recordIteration(r: IterationReport): void {
    this.iterations++;
    this.lastSwap = r.swapRate;
    this.swapSum += r.swapRate;
    if (r.swapRate > this.thrashThreshold) this.thrash++;
    this.ring[this.ringPos % this.ring.length] = r.swapRate;
    this.ringPos++;
    for (const a of r.actions) {
      this.actions++;
      if (a.kind === 'expand') this.expands++;
      else this.collapses++;
      bump(this.mutation, a.node.level, a.node.index);
    }
  }

  /** Count one refocus (user turn) and the KV tokens it forced to recompute. */
  recordRefocus(recomputedTokens: number): void {
    this.refocuses++;
    this.lastRecomputed = recomputedTokens;
    this.totalRecomputed += recomputedTokens;
  }

  /** Count one access to every entry currently in the WC (call once per assembly). */
  recordAccess(wc: WorkingContext): void {
    const { level, index, length } = wc.raw();
    for (let i = 0; i < length; i++) bump(this.access, level[i] as number, index[i] as number);
  }

  accessCount(level: number, index: number): number {
    return this.access[level]?.[index] ?? 0;
  }

  mutationCount(level: number, index: number): number {
    return this.mutation[level]?.[index] ?? 0;
  }

  /** Everything this object counts, as versioned plain JSON (per-node counts run-length encoded). */
  toJSON(): TelemetryJSON {
    return {
      format: TELEMETRY_FORMAT,
      version: TELEMETRY_FORMAT_VERSION,
      historySize: this.ring.length,
      thrashThreshold: this.thrashThreshold,
      iterations: this.iterations,
      actions: this.actions,
      expands: this.expands,
      collapses: this.collapses,
      thrashIterations: this.thrash,
      refocuses: this.refocuses,
      lastRecomputedTokens: this.lastRecomputed,
      totalRecomputedTokens: this.totalRecomputed,
      swapSum: this.swapSum,
      lastSwapRate: this.lastSwap,
      recentSwapRates: this.recentSwapRates(),
      access: this.access.map(encodeCounts),
      mutation: this.mutation.map(encodeCounts),
    };
  }

  /** Rebuilds telemetry saved by toJSON(); throws TelemetryFormatError for anything malformed. */
  static fromJSON(json: unknown): Telemetry {
    const s = parseTelemetryJSON(json);
    const t = new Telemetry({ historySize: s.historySize, thrashThreshold: s.thrashThreshold });
    t.iterations = s.iterations;
    t.actions = s.actions;
    t.expands = s.expands;
    t.collapses = s.collapses;
    t.thrash = s.thrashIterations;
    t.refocuses = s.refocuses;
    t.lastRecomputed = s.lastRecomputedTokens;
    t.totalRecomputed = s.totalRecomputedTokens;
    t.swapSum = s.swapSum;
    t.lastSwap = s.lastSwapRate;
    // The ring position is the iteration count; the saved rates are the newest k, oldest first.
    t.ringPos = s.iterations;
    const k = s.recentSwapRates.length;
    s.recentSwapRates.forEach((r, j) => (t.ring[(s.iterations - k + j) % t.ring.length] = r));
    t.access = s.access;
    t.mutation = s.mutation;
    return t;
  }

  private recentSwapRates(): number[] {
    const k = Math.min(this.ringPos, this.ring.length);
    const recent: number[] = [];
    for (let j = this.ringPos - k; j < this.ringPos; j++) recent.push(this.ring[j % this.ring.length] as number);
    return recent;
  }

  snapshot(): TelemetrySnapshot {
    return {
      iterations: this.iterations,
      actions: this.actions,
      expands: this.expands,
      collapses: this.collapses,
      lastSwapRate: this.lastSwap,
      meanSwapRate: this.iterations === 0 ? 0 : this.swapSum / this.iterations,
      thrashIterations: this.thrash,
      refocuses: this.refocuses,
      lastRecomputedTokens: this.lastRecomputed,
      totalRecomputedTokens: this.totalRecomputed,
      recentSwapRates: this.recentSwapRates(),
    };
  }
}

function bump(arrs: Uint32Array[], level: number, index: number): void {
  while (arrs.length <= level) arrs.push(new Uint32Array(64));
  let a = arrs[level] as Uint32Array;
  if (index >= a.length) {
    let cap = a.length;
    while (cap <= index) cap *= 2;
    const b = new Uint32Array(cap);
    b.set(a);
    arrs[level] = b;
    a = b;
  }
  a[index] = (a[index] as number) + 1;
}
