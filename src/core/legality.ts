// Expand/collapse legality (seed: "Legality: L0 can't expand further, L2 can't collapse higher";
// block alignment; contiguity invariant; protected recent tokens; hysteresis/cooldown).
//
// Rules, for WC entry i:
//   expand    — LOD ≥ 1 (LOD0 blocks are full detail); not cooling from a collapse.
//   collapse  — LOD0 block: complete (the tail has no gist), outside the protected region, not
//               overlapping a pinned range, not cooling from an expand; its unit is the block
//               alone (→ its LOD1 gist).
//             — LOD ℓ ≥ 1 gist: ℓ < maxLevel, and all K aligned siblings (ℓ, jK … jK+K−1) are
//               present and consecutive (a partially covered parent can't collapse), the group's
//               span overlaps no pin, none cooling from an expand; the unit is the whole group.
// The allocator inlines the same rules in its O(n) scan (focus-allocator.ts); the property
// tests cross-check both against a reference implementation.

import { IllegalActionError, type IllegalReason } from './errors.ts';
import type { ActionKind, ActionOrigin, FocusAction, WorkingContext } from './working-context.ts';

/** Why entry i can't expand now, or null if it can. */
export function expandBlocker(wc: WorkingContext, i: number, respectCooldown = true): IllegalReason | null {
  if (!(Number.isInteger(i) && i >= 0 && i < wc.length)) return 'position-out-of-range';
  const { level } = wc.raw();
  if (level[i] === 0) return 'lod0-cannot-expand';
  if (respectCooldown && wc.inCooldown(i, -1)) return 'cooldown';
  return null;
}

/**
 * The collapse unit containing entry i: { first, members }, or the reason it can't collapse.
 * LOD0: the block itself; LOD ≥ 1: its K aligned siblings, which must all be present.
 */
export function collapseUnit(
  wc: WorkingContext,
  i: number,
  respectCooldown = true,
): { first: number; members: number } | IllegalReason {
  if (!(Number.isInteger(i) && i >= 0 && i < wc.length)) return 'position-out-of-range';
  const { level: lv, index: ix, length } = wc.raw();
  const l = lv[i] as number;
  const K = wc.config.blockSize;
  if (l >= wc.config.maxLevel) return 'top-level-cannot-collapse';
  if (l === 0) {
    if (wc.entryCost(i) < K) return 'incomplete-block';
    if (wc.entryEnd(i) > wc.protectedStart()) return 'protected-region';
    if (wc.overlapsPin(wc.entryStart(i), wc.entryEnd(i))) return 'pinned';
    if (respectCooldown && wc.inCooldown(i, 1)) return 'cooldown';
    return { first: i, members: 1 };
  }
  const idx = ix[i] as number;
  const first = i - (idx % K);
  const base = idx - (idx % K);
  if (first < 0 || first + K > length) return 'partial-group';
  for (let j = 0; j < K; j++) {
    if (lv[first + j] !== l || ix[first + j] !== base + j) return 'partial-group';
  }
  if (wc.overlapsPin(wc.entryStart(first), wc.entryEnd(first + K - 1))) return 'pinned';
  if (respectCooldown) for (let j = 0; j < K; j++) if (wc.inCooldown(first + j, 1)) return 'cooldown';
  return { first, members: K };
}

/** Expand entry i. Throws IllegalActionError if illegal or (by default) over W_max. */
export function expandEntry(
  wc: WorkingContext,
  i: number,
  opts: { respectCooldown?: boolean; enforceBudget?: boolean } = {},
): FocusAction {
  const why = expandBlocker(wc, i, opts.respectCooldown ?? true);
  if (why) throw illegal(why, 'expand', i, wc);
  const d = wc.config.blockSize - 1;
  if ((opts.enforceBudget ?? true) && wc.cost + d > wc.config.wMax) throw illegal('over-budget', 'expand', i, wc);
  const a: FocusAction = { kind: 'expand', position: i, members: 1, node: wc.entry(i), score: NaN, delta: d };
  wc.applyActions([a]);
  return a;
}

/** Collapse the unit containing entry i. Throws IllegalActionError if illegal. */
export function collapseEntry(
  wc: WorkingContext,
  i: number,
  opts: { respectCooldown?: boolean; origin?: ActionOrigin } = {},
): FocusAction {
  const u = collapseUnit(wc, i, opts.respectCooldown ?? true);
  if (typeof u === 'string') throw illegal(u, 'collapse', i, wc);
  const K = wc.config.blockSize;
  const { level: l, index: idx } = wc.entry(u.first);
  const node = l === 0 ? { level: 1, index: idx } : { level: l + 1, index: Math.floor(idx / K) };
  const a: FocusAction = { kind: 'collapse', position: u.first, members: u.members, node, score: NaN, delta: -(K - 1) };
  wc.applyActions([a], { origin: opts.origin ?? 'focus' });
  return a;
}

const HINTS: Record<IllegalReason, string> = {
  'lod0-cannot-expand': 'LOD0 blocks are already full detail',
  'top-level-cannot-collapse': 'the entry is at the top level (raise maxLevel for coarser gists)',
  'partial-group': 'only K aligned sibling gists that are all present can collapse into their parent',
  'incomplete-block': 'the tail block is incomplete and has no gist yet',
  'protected-region': 'the newest protectedTokens tokens always stay LOD0',
  pinned: 'the span is pinned to full detail; unpin it first',
  cooldown: 'the entry was just created by the opposite action; wait cooldownIterations iterations',
  'position-out-of-range': 'the position is outside the working context',
  'over-budget': 'the expansion would exceed W_max; collapse something first',
};

function illegal(reason: IllegalReason, kind: ActionKind, i: number, wc: WorkingContext): IllegalActionError {
  const at = Number.isInteger(i) && i >= 0 && i < wc.length ? ` (LOD${wc.level(i)}, ${wc.index(i)})` : '';
  return new IllegalActionError(reason, `Cannot ${kind} WC entry ${i}${at}: ${HINTS[reason]}.`, {
    kind,
    position: i,
  });
}
