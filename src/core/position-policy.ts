// Position policies for the working context (ARCHITECTURE §4 "Positions"; seeds: a gist sits at
// the central index of its span, indices stay absolute). Pure TS, no GPU/DOM: used by the CPU
// reference, the assembly kernel's host side and (later, from src/core) the runtime and training
// parity tests. Addressing follows src/core/addressing.ts:
//   LOD0 WC entry b = block b = tokens [b·K, min((b+1)·K, T))  → one row per token
//   LODℓ entry i (ℓ ≥ 1) = tokens [i·K^ℓ, (i+1)·K^ℓ)            → one row (the gist)
//
// Policies (row positions in WC order):
//   absolute      token rows at their absolute index; a gist at the central index of its span,
//                 start + K^ℓ/2 (= (start + end) // 2).
//   compacted     0 … W−1.
//   bounded-gaps  like absolute, but every step between consecutive rows' positions is capped at
//                 G ≥ 1: q_r = q_{r−1} + min(p_r − p_{r−1}, G), with p_{−1} = q_{−1} = −1. G = 1 gives
//                 compacted, G = ∞ gives absolute. Rows inside an LOD0 block always step by 1.

export type PositionPolicy = { kind: 'absolute' } | { kind: 'compacted' } | { kind: 'bounded-gaps'; maxGap: number };

export type PositionPolicyKind = PositionPolicy['kind'];

/** Numeric ids used by shaders/assemble.wgsl (keep in sync with its POLICY_* constants). */
export const POSITION_POLICY_IDS: Record<PositionPolicyKind, number> = { absolute: 0, compacted: 1, 'bounded-gaps': 2 };

export interface WcEntryAddress {
  level: number;
  index: number;
}

/** Where one WC entry lands in the assembled rows. */
export interface EntryPlacement {
  rowOffset: number; // first output row
  rows: number; // rows it contributes (≤ K for LOD0, 1 for a gist)
  positionBase: number; // position of its first row under the policy
}

export class PositionPolicyError extends Error {
  override readonly name = 'PositionPolicyError';
  constructor(
    message: string,
    readonly data: { entry: number; level: number; index: number },
  ) {
    super(message);
  }
}

/** Positions must fit a signed 32-bit integer (int64 on the wire, but RoPE tables are far smaller). */
export const MAX_POSITION = 2 ** 31 - 1;

export function validatePositionPolicy(p: PositionPolicy): void {
  if (p.kind === 'bounded-gaps' && (!Number.isInteger(p.maxGap) || p.maxGap < 1)) {
    throw new PositionPolicyError(`bounded-gaps needs an integer maxGap ≥ 1, got ${p.maxGap}`, {
      entry: -1,
      level: -1,
      index: -1,
    });
  }
}

/** Rows a WC entry contributes: the block's token count for LOD0 (short tail), 1 for a gist. */
export function entryRowCount(K: number, e: WcEntryAddress, totalTokens: number): number {
  return e.level === 0 ? Math.max(0, Math.min(K, totalTokens - e.index * K)) : 1;
}

/** Absolute position of row `row` of an entry (seeds: a gist at the centre of its span). */
export function absolutePosition(K: number, e: WcEntryAddress, row: number): number {
  if (e.level === 0) return e.index * K + row;
  const span = K ** e.level;
  return e.index * span + Math.floor(span / 2);
}

function checkEntry(K: number, e: WcEntryAddress, i: number, T: number): void {
  const bad = (why: string) =>
    new PositionPolicyError(`WC entry ${i} (LOD${e.level}, ${e.index}): ${why}`, {
      entry: i,
      level: e.level,
      index: e.index,
    });
  if (!Number.isInteger(e.level) || e.level < 0 || !Number.isInteger(e.index) || e.index < 0)
    throw bad('level and index must be integers ≥ 0');
  if (e.level === 0 && e.index * K >= T) throw bad(`block starts past the last token (${T} tokens)`);
  if (e.level > 0 && (e.index + 1) * K ** e.level > T) throw bad(`gist of an incomplete node (${T} tokens)`);
}

/**
 * Places the WC entries (in timeline order) and computes each one's first position under `policy`.
 * Throws PositionPolicyError on an entry that does not exist or breaks timeline order.
 */
export function placeEntries(
  entries: readonly WcEntryAddress[],
  policy: PositionPolicy,
  K: number,
  totalTokens: number,
): { placements: EntryPlacement[]; totalRows: number } {
  validatePositionPolicy(policy);
  const placements: EntryPlacement[] = [];
  let row = 0;
  let prevAbs = -1; // p_{r−1}
  let prevPos = -1; // q_{r−1}
  entries.forEach((e, i) => {
    checkEntry(K, e, i, totalTokens);
    const rows = entryRowCount(K, e, totalTokens);
    const first = absolutePosition(K, e, 0);
    if (first <= prevAbs) {
      throw new PositionPolicyError(
        `WC entry ${i} (LOD${e.level}, ${e.index}) is not after the previous entry (position ${first} ≤ ${prevAbs})`,
        { entry: i, level: e.level, index: e.index },
      );
    }
    let base: number;
    if (policy.kind === 'absolute') base = first;
    else if (policy.kind === 'compacted') base = row;
    else base = prevPos + Math.min(first - prevAbs, policy.maxGap);
    placements.push({ rowOffset: row, rows, positionBase: base });
    row += rows;
    prevAbs = absolutePosition(K, e, rows - 1);
    prevPos = base + rows - 1; // rows inside a block step by 1 (≤ G since G ≥ 1)
    if (prevPos > MAX_POSITION || prevAbs > MAX_POSITION)
      throw new PositionPolicyError(`WC entry ${i}: position exceeds 2^31−1`, {
        entry: i,
        level: e.level,
        index: e.index,
      });
  });
  return { placements, totalRows: row };
}

/** position_ids (W) for the WC under `policy`, row by row. */
export function positionIds(
  entries: readonly WcEntryAddress[],
  policy: PositionPolicy,
  K: number,
  totalTokens: number,
): Int32Array {
  const { placements, totalRows } = placeEntries(entries, policy, K, totalTokens);
  const out = new Int32Array(totalRows);
  placements.forEach((p) => {
    for (let r = 0; r < p.rows; r++) out[p.rowOffset + r] = p.positionBase + r;
  });
  return out;
}
