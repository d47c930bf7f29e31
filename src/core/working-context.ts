// Working Context (seed: "what the base model sees, at most W_max token-equivalents": an ordered
// list of entries tiling the timeline from the first token to the newest, no gaps or overlaps).
//
// Entries are parallel typed arrays (length = #entries):
//   level  Uint8Array   LOD of the entry
//   index  Int32Array   LOD0: block index; LOD≥1: tree node index   (see addressing.ts)
//   born   Int32Array   allocator iteration (clock) at which an action created the entry
//   dir    Int8Array    +1 created by an expand, −1 by a collapse, 0 initial / appended
//
// Cost: an LOD0 block costs its token count (K, or fewer for the tail); a gist costs 1.
// Actions (every one changes the cost by exactly K−1, because gists only exist for complete spans):
//   expand  LOD1 (1,b)      → LOD0 block (0,b)                       +(K−1)
//   expand  LODℓ (ℓ,i), ℓ≥2 → K gists (ℓ−1, iK … iK+K−1)            +(K−1)
//   collapse LOD0 block (0,b) (complete, not protected) → (1,b)      −(K−1)
//   collapse K aligned siblings (ℓ, jK … jK+K−1), ℓ<maxLevel → (ℓ+1, j)  −(K−1)
// Legality: LOD0 can't expand; the top level can't collapse; only full aligned sibling groups
// collapse; the tail block can't collapse (it has no gist); the protected region (every block
// touching the newest R tokens) stays LOD0. Cooldown: an entry created by an expand is not
// collapsed back (and vice versa) while clock − born ≤ C (C = 0 disables it). The allocator
// advances `clock` once per iteration, so a flip-back needs at least C+1 iterations.

import type { MegaContextConfig } from './config.ts';
import { blockCount, entryUnit, type NodeAddress } from './addressing.ts';
import { IllegalActionError, InvariantError, type IllegalReason } from './errors.ts';
import { collapseEntry, collapseUnit, expandBlocker, expandEntry } from './legality.ts';
import { validateWorkingContext } from './invariants.ts';

export type ActionKind = 'expand' | 'collapse';
/** Who asked for an action: the Focus Allocator / a user ('focus'), or budget restoration after ingest ('budget'). */
export type ActionOrigin = 'focus' | 'budget';

export interface FocusAction {
  readonly kind: ActionKind;
  /** WC position of the first entry acted on, before the action. */
  readonly position: number;
  /** Entries replaced: expand 1; collapse 1 (LOD0 block) or K (gist group). */
  readonly members: number;
  /** The coarse node: expand → the gist expanded; collapse → the parent created. */
  readonly node: NodeAddress;
  /** Score that triggered it (group score for collapses); NaN for manual actions. */
  readonly score: number;
  /** Change of WC cost: +(K−1) or −(K−1). */
  readonly delta: number;
}

/** JSON-able snapshot of a working context (for the UI / persistence). */
export interface WorkingContextSnapshot {
  readonly tokenCount: number;
  readonly cost: number;
  readonly clock: number;
  readonly levels: number[];
  readonly indices: number[];
}

export class WorkingContext {
  readonly config: Readonly<MegaContextConfig>;
  /** Allocator iterations performed so far (cooldown clock). */
  clock = 0;
  private lv: Uint8Array;
  private ix: Int32Array;
  private bn: Int32Array;
  private dr: Int8Array;
  private bLv: Uint8Array;
  private bIx: Int32Array;
  private bBn: Int32Array;
  private bDr: Int8Array;
  private len = 0;
  private n = 0;
  private total = 0;
  private readonly K: number;
  private readonly units: number[] = [];
  private pinStarts: number[] = [];
  private pinEnds: number[] = [];
  /** Held ranges (forgetting.ts: blocks at the edges of forgotten spans): they act like pins but are not the user's. */
  private holdStarts: number[] = [];
  private holdEnds: number[] = [];

  constructor(config: Readonly<MegaContextConfig>, capacity = 256) {
    this.config = config;
    this.K = config.blockSize;
    for (let l = 0; l <= config.maxLevel; l++) this.units.push(entryUnit(this.K, l));
    const c = Math.max(16, capacity);
    this.lv = new Uint8Array(c);
    this.ix = new Int32Array(c);
    this.bn = new Int32Array(c);
    this.dr = new Int8Array(c);
    this.bLv = new Uint8Array(c);
    this.bIx = new Int32Array(c);
    this.bBn = new Int32Array(c);
    this.bDr = new Int8Array(c);
  }

  /** Build from explicit entries covering `tokenCount` tokens; validates all invariants. */
  static fromEntries(
    config: Readonly<MegaContextConfig>,
    tokenCount: number,
    entries: readonly NodeAddress[],
  ): WorkingContext {
    const wc = new WorkingContext(config, entries.length + 16);
    wc.n = tokenCount;
    for (const e of entries) wc.push(e.level, e.index, 0, 0);
    wc.validate();
    return wc;
  }

  /** Rebuild from toJSON() output (e.g. after a reload); validates. Cooldown stamps restart at 0. */
  static fromSnapshot(config: Readonly<MegaContextConfig>, snap: WorkingContextSnapshot): WorkingContext {
    if (snap.levels.length !== snap.indices.length) {
      throw new InvariantError(`Snapshot has ${snap.levels.length} levels but ${snap.indices.length} indices.`);
    }
    const wc = WorkingContext.fromEntries(
      config,
      snap.tokenCount,
      snap.levels.map((level, i) => ({ level, index: snap.indices[i] as number })),
    );
    if (wc.cost !== snap.cost) {
      throw new InvariantError(`Snapshot cost ${snap.cost} ≠ recomputed ${wc.cost}; it was made with another config.`);
    }
    wc.clock = snap.clock;
    return wc;
  }

  get length(): number {
    return this.len;
  }
  /** Tokens covered (the tree length at the last sync). */
  get tokenCount(): number {
    return this.n;
  }
  /** Σ entry costs in token-equivalents. */
  get cost(): number {
    return this.total;
  }
  /** Raw arrays for hot loops (valid until the next mutation; only [0, length) is meaningful). */
  raw(): { level: Uint8Array; index: Int32Array; born: Int32Array; dir: Int8Array; length: number } {
    return { level: this.lv, index: this.ix, born: this.bn, dir: this.dr, length: this.len };
  }

  level(i: number): number {
    this.checkPos(i);
    return this.lv[i] as number;
  }
  index(i: number): number {
    this.checkPos(i);
    return this.ix[i] as number;
  }
  entry(i: number): NodeAddress {
    this.checkPos(i);
    return { level: this.lv[i] as number, index: this.ix[i] as number };
  }
  entries(): NodeAddress[] {
    const out: NodeAddress[] = [];
    for (let i = 0; i < this.len; i++) out.push({ level: this.lv[i] as number, index: this.ix[i] as number });
    return out;
  }
  bornAt(i: number): number {
    this.checkPos(i);
    return this.bn[i] as number;
  }
  bornDirection(i: number): number {
    this.checkPos(i);
    return this.dr[i] as number;
  }
  entryStart(i: number): number {
    return (this.ix[i] as number) * (this.units[this.lv[i] as number] as number);
  }
  entryEnd(i: number): number {
    const l = this.lv[i] as number;
    const u = this.units[l] as number;
    const e = ((this.ix[i] as number) + 1) * u;
    return l === 0 && e > this.n ? this.n : e;
  }
  entryCost(i: number): number {
    if (this.lv[i] !== 0) return 1;
    const s = (this.ix[i] as number) * this.K;
    return Math.min(this.K, this.n - s);
  }
  /** Σ cost of entries [0, p): the WC token-equivalent position of entry p. */
  prefixCost(p: number): number {
    let c = 0;
    for (let i = 0; i < p && i < this.len; i++) c += this.lv[i] === 0 ? this.entryCost(i) : 1;
    return c;
  }
  /**
   * Token-equivalents at the start that this WC shares with `other` (same entries in the same
   * order): the KV a decoder holding `other` keeps when this WC replaces it.
   */
  sharedPrefixCost(other: WorkingContext): number {
    let c = 0;
    for (let i = 0; i < this.len && i < other.length; i++) {
      if (this.lv[i] !== other.level(i) || this.ix[i] !== other.index(i)) break;
      c += this.entryCost(i);
    }
    return c;
  }
  /** Entries per level (LOD0 first). */
  levelCounts(): number[] {
    const out = this.units.map(() => 0);
    for (let i = 0; i < this.len; i++) out[this.lv[i] as number]! += 1;
    return out;
  }
  /** Tokens shown at LOD0. */
  lod0Tokens(): number {
    let t = 0;
    for (let i = 0; i < this.len; i++) if (this.lv[i] === 0) t += this.entryCost(i);
    return t;
  }
  /** First token of the protected region (block-aligned); tokenCount when R = 0. */
  protectedStart(): number {
    const R = this.config.protectedTokens;
    if (R === 0) return this.n;
    const s = this.n - R;
    return s <= 0 ? 0 : Math.floor(s / this.K) * this.K;
  }
  isProtected(i: number): boolean {
    return this.entryEnd(i) > this.protectedStart();
  }

  /**
   * Pinned token ranges [start, end) (the user clicked "keep this at full detail"): nothing that
   * overlaps a pin may collapse. Expanding pinned gists is the caller's job (the runtime does it
   * when a pin is set); the pins only keep them expanded. Ranges are sorted and merged.
   */
  setPins(ranges: readonly { start: number; end: number }[]): void {
    [this.pinStarts, this.pinEnds] = mergedBounds(ranges);
  }

  pins(): { start: number; end: number }[] {
    return this.pinStarts.map((start, i) => ({ start, end: this.pinEnds[i]! }));
  }

  /**
   * Held token ranges: kept at full detail like pins (nothing overlapping one may collapse) but
   * set by the runtime, not the user — the blocks at the edges of forgotten spans (forgetting.ts),
   * so no gist mixing forgotten and kept tokens stays in the working context. Not listed by pins().
   */
  setHolds(ranges: readonly { start: number; end: number }[]): void {
    [this.holdStarts, this.holdEnds] = mergedBounds(ranges);
  }

  holds(): { start: number; end: number }[] {
    return this.holdStarts.map((start, i) => ({ start, end: this.holdEnds[i]! }));
  }

  /** Whether token range [start, end) overlaps a pin or a hold (binary search over the merged ranges). */
  overlapsPin(start: number, end: number): boolean {
    return overlaps(this.pinStarts, this.pinEnds, start, end) || overlaps(this.holdStarts, this.holdEnds, start, end);
  }
  /** Position of the entry covering token `pos` (binary search), or −1. */
  positionOfToken(pos: number): number {
    if (!(pos >= 0 && pos < this.n)) return -1;
    let lo = 0;
    let hi = this.len - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.entryStart(mid) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** True if the entry at i was created by an action in direction `dir` within the cooldown. */
  inCooldown(i: number, createdBy: 1 | -1): boolean {
    const C = this.config.cooldownIterations;
    return C > 0 && this.dr[i] === createdBy && this.clock - (this.bn[i] as number) <= C;
  }

  /** Why entry i can't expand now, or null if it can (see legality.ts). */
  expandBlocker(i: number, respectCooldown = true): IllegalReason | null {
    return expandBlocker(this, i, respectCooldown);
  }

  /** The collapse unit containing entry i, or the reason it can't collapse (see legality.ts). */
  collapseUnit(i: number, respectCooldown = true): { first: number; members: number } | IllegalReason {
    return collapseUnit(this, i, respectCooldown);
  }

  /** Expand entry i (manual / UI use). Throws IllegalActionError if illegal or over W_max. */
  expand(i: number, opts: { respectCooldown?: boolean; enforceBudget?: boolean } = {}): FocusAction {
    return expandEntry(this, i, opts);
  }

  /** Collapse the unit containing entry i (manual / UI use). Throws IllegalActionError if illegal. */
  collapse(i: number, opts: { respectCooldown?: boolean; origin?: ActionOrigin } = {}): FocusAction {
    return collapseEntry(this, i, opts);
  }

  /**
   * Apply legal, disjoint actions sorted by ascending position in one O(length) pass.
   * New entries are stamped with the current clock and the action's direction — the cooldown
   * that stops the allocator undoing its own recent decisions. Collapses with origin 'budget'
   * (restoreBudget after ingest: oldest-first, no scores) are no focus decision and leave the
   * new gist free to expand at the next refocus; it inherits a member's expansion stamp, so the
   * allocator still cannot collapse a unit it expanded within the cooldown. Does not re-check
   * legality (callers do).
   */
  applyActions(actions: readonly FocusAction[], opts: { origin?: ActionOrigin } = {}): void {
    const collapseDir = opts.origin === 'budget' ? 0 : -1;
    const K = this.K;
    let grow = 0;
    for (const a of actions) if (a.kind === 'expand') grow += (this.lv[a.position] as number) === 1 ? 0 : K - 1;
    this.ensureCapacity(this.len + grow);
    const { lv, ix, bn, dr, bLv, bIx, bBn, bDr } = this;
    const t = this.clock;
    let r = 0;
    let w = 0;
    let delta = 0;
    const copy = (to: number) => {
      if (to > r) {
        bLv.set(lv.subarray(r, to), w);
        bIx.set(ix.subarray(r, to), w);
        bBn.set(bn.subarray(r, to), w);
        bDr.set(dr.subarray(r, to), w);
        w += to - r;
        r = to;
      }
    };
    for (const a of actions) {
      const p = a.position;
      copy(p);
      const l = lv[p] as number;
      const idx = ix[p] as number;
      if (a.kind === 'expand') {
        if (l === 1) {
          bLv[w] = 0;
          bIx[w] = idx;
          bBn[w] = t;
          bDr[w] = 1;
          w++;
          delta += this.blockCost(idx) - 1;
        } else {
          bLv.fill(l - 1, w, w + K);
          for (let j = 0; j < K; j++) bIx[w + j] = idx * K + j;
          bBn.fill(t, w, w + K);
          bDr.fill(1, w, w + K);
          w += K;
          delta += K - 1;
        }
        r = p + 1;
      } else {
        if (l === 0) {
          bLv[w] = 1;
          bIx[w] = idx;
          delta -= this.blockCost(idx) - 1;
        } else {
          bLv[w] = l + 1;
          bIx[w] = Math.floor(idx / K);
          delta -= a.members - 1;
        }
        bBn[w] = t;
        bDr[w] = collapseDir;
        if (collapseDir === 0) {
          // A budget collapse keeps any member's recent expansion stamp (the youngest), so the
          // allocator cannot fold back what it just expanded; expanding the new gist stays free.
          for (let j = p; j < p + a.members; j++) {
            if (dr[j] === 1 && (bDr[w] !== 1 || (bn[j] as number) > (bBn[w] as number))) {
              bDr[w] = 1;
              bBn[w] = bn[j] as number;
            }
          }
        }
        w++;
        r = p + a.members;
      }
    }
    copy(this.len);
    this.lv = bLv;
    this.ix = bIx;
    this.bn = bBn;
    this.dr = bDr;
    this.bLv = lv;
    this.bIx = ix;
    this.bBn = bn;
    this.bDr = dr;
    this.len = w;
    this.total += delta;
  }

  /**
   * Extend to cover `tokenCount` tokens after appends: the tail block grows, new blocks are
   * appended at LOD0. Returns the number of entries added. The cost may now exceed W_max:
   * call restoreBudget() (budget.ts).
   */
  syncToTokenCount(tokenCount: number): number {
    if (!(Number.isInteger(tokenCount) && tokenCount >= this.n)) {
      throw new InvariantError(`The tree is append-only: cannot sync from ${this.n} down to ${tokenCount} tokens.`, {
        from: this.n,
        to: tokenCount,
      });
    }
    const K = this.K;
    let nextBlock = 0;
    if (this.len > 0) {
      const last = this.len - 1;
      if (this.lv[last] === 0) {
        const before = this.entryCost(last);
        const s = (this.ix[last] as number) * K;
        this.total += Math.min(K, tokenCount - s) - before;
        nextBlock = (this.ix[last] as number) + 1;
      } else {
        nextBlock = this.entryEnd(last) / K;
      }
    }
    this.n = tokenCount;
    const end = blockCount(K, tokenCount);
    const added = Math.max(0, end - nextBlock);
    this.ensureCapacity(this.len + added);
    for (let b = nextBlock; b < end; b++) this.push(0, b, this.clock, 0);
    return added;
  }

  /** Check every invariant; throws InvariantError naming the first violation (invariants.ts). */
  validate(opts: { budget?: boolean } = {}): void {
    validateWorkingContext(this, opts);
  }

  clone(): WorkingContext {
    const c = new WorkingContext(this.config, this.lv.length);
    c.lv.set(this.lv.subarray(0, this.len));
    c.ix.set(this.ix.subarray(0, this.len));
    c.bn.set(this.bn.subarray(0, this.len));
    c.dr.set(this.dr.subarray(0, this.len));
    c.len = this.len;
    c.n = this.n;
    c.total = this.total;
    c.clock = this.clock;
    c.pinStarts = this.pinStarts.slice();
    c.pinEnds = this.pinEnds.slice();
    c.holdStarts = this.holdStarts.slice();
    c.holdEnds = this.holdEnds.slice();
    return c;
  }

  toJSON(): WorkingContextSnapshot {
    return {
      tokenCount: this.n,
      cost: this.total,
      clock: this.clock,
      levels: Array.from(this.lv.subarray(0, this.len)),
      indices: Array.from(this.ix.subarray(0, this.len)),
    };
  }

  /** @internal Append one entry (used by layouts); keeps the cost cache. */
  push(level: number, index: number, born: number, dir: number): void {
    this.ensureCapacity(this.len + 1);
    this.lv[this.len] = level;
    this.ix[this.len] = index;
    this.bn[this.len] = born;
    this.dr[this.len] = dir;
    this.len++;
    this.total += level === 0 ? this.blockCost(index) : 1;
  }

  /** @internal Set the covered token count of an empty context (used by layouts). */
  resetTokens(tokenCount: number): void {
    this.len = 0;
    this.total = 0;
    this.n = tokenCount;
  }

  private blockCost(b: number): number {
    return Math.min(this.K, this.n - b * this.K);
  }

  private ensureCapacity(need: number): void {
    if (need <= this.lv.length) return;
    let cap = this.lv.length;
    while (cap < need) cap *= 2;
    const grow = <T extends Uint8Array | Int8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const x = make(cap);
      x.set(a);
      return x;
    };
    this.lv = grow(this.lv, (c) => new Uint8Array(c));
    this.ix = grow(this.ix, (c) => new Int32Array(c));
    this.bn = grow(this.bn, (c) => new Int32Array(c));
    this.dr = grow(this.dr, (c) => new Int8Array(c));
    this.bLv = new Uint8Array(cap);
    this.bIx = new Int32Array(cap);
    this.bBn = new Int32Array(cap);
    this.bDr = new Int8Array(cap);
  }

  private checkPos(i: number): void {
    if (!(Number.isInteger(i) && i >= 0 && i < this.len)) {
      throw new IllegalActionError('position-out-of-range', `WC position ${i} is outside [0, ${this.len}).`, { i });
    }
  }
}

/** Sorted, merged [starts, ends] of token ranges (empty ones dropped). */
function mergedBounds(ranges: readonly { start: number; end: number }[]): [number[], number[]] {
  const sorted = ranges
    .filter((r) => r.end > r.start)
    .map((r) => ({ start: Math.max(0, Math.floor(r.start)), end: Math.ceil(r.end) }))
    .sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const r of sorted) {
    if (ends.length > 0 && r.start <= ends[ends.length - 1]!)
      ends[ends.length - 1] = Math.max(ends[ends.length - 1]!, r.end);
    else {
      starts.push(r.start);
      ends.push(r.end);
    }
  }
  return [starts, ends];
}

/** Whether [start, end) overlaps one of the merged ranges (binary search). */
function overlaps(starts: readonly number[], ends: readonly number[], start: number, end: number): boolean {
  if (ends.length === 0 || end <= start) return false; // an empty range overlaps nothing
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ends.length && starts[lo]! < end;
}
