// Working Context assembly, host side (ARCHITECTURE §4 step 3 "Assemble"): the rows the decoder
// sees — one per token of an LOD0 entry, one per gist — with their position ids under the
// configured policy, and the identity of each row so that the KV prefix can be reused up to the
// first row that changed (the cost model: a refocus at row p recomputes rows p…W−1 only).
// Forgotten tokens (src/core/forgetting.ts) contribute no row: an LOD0 row of a forgotten token
// and a gist row whose span holds any forgotten token are dropped; the rows left keep their
// position ids.
import type { WorkingContext } from '../core/working-context';
import type { MegaContextTree } from '../core/tree';
import { placeEntries, type PositionPolicy, type WcEntryAddress } from '../core/position-policy';
import type { EmbeddingTable } from '../models/embedding-table';
import { ForgetSet } from '../core/forgetting';

export interface RowPlan {
  rows: number; // W
  level: Uint8Array; // (W) LOD of the row's entry
  key: Int32Array; // (W) token position for LOD0 rows, node index for gist rows
  position: Int32Array; // (W) position id
  /** Rows the working context's entries have that were dropped because they are forgotten. */
  forgottenRows: number;
}

export function planRows(
  wc: WorkingContext,
  policy: PositionPolicy,
  K: number,
  totalTokens: number,
  forgotten: ForgetSet = ForgetSet.EMPTY,
): RowPlan {
  const entries: WcEntryAddress[] = [];
  for (let i = 0; i < wc.length; i++) entries.push({ level: wc.level(i), index: wc.index(i) });
  const { placements, totalRows } = placeEntries(entries, policy, K, totalTokens);
  const plan: RowPlan = {
    rows: totalRows,
    level: new Uint8Array(totalRows),
    key: new Int32Array(totalRows),
    position: new Int32Array(totalRows),
    forgottenRows: 0,
  };
  entries.forEach((e, n) => {
    const p = placements[n]!;
    for (let r = 0; r < p.rows; r++) {
      const row = p.rowOffset + r;
      plan.level[row] = e.level;
      plan.key[row] = e.level === 0 ? e.index * K + r : e.index;
      plan.position[row] = p.positionBase + r;
    }
  });
  return forgotten.isEmpty ? plan : dropForgotten(plan, forgotten, K);
}

/** The plan without its forgotten rows: LOD0 rows of forgotten tokens, gist rows whose span is not wholly kept. */
function dropForgotten(plan: RowPlan, forgotten: ForgetSet, K: number): RowPlan {
  const keep: number[] = [];
  for (let r = 0; r < plan.rows; r++) {
    const level = plan.level[r]!;
    const key = plan.key[r]!;
    const shown =
      level === 0
        ? !forgotten.isForgotten(key)
        : forgotten.classify(key * K ** level, (key + 1) * K ** level) === 'kept';
    if (shown) keep.push(r);
  }
  const n = keep.length;
  const out: RowPlan = {
    rows: n,
    level: new Uint8Array(n),
    key: new Int32Array(n),
    position: new Int32Array(n),
    forgottenRows: plan.rows - n,
  };
  keep.forEach((r, i) => {
    out.level[i] = plan.level[r]!;
    out.key[i] = plan.key[r]!;
    out.position[i] = plan.position[r]!;
  });
  return out;
}

/** First row at which `cached` (its first `cachedRows` rows) and `next` differ; min length if none. */
export function firstDifferentRow(cached: RowPlan | null, cachedRows: number, next: RowPlan): number {
  if (!cached) return 0;
  const n = Math.min(cachedRows, next.rows, cached.rows);
  for (let r = 0; r < n; r++) {
    if (cached.level[r] !== next.level[r] || cached.key[r] !== next.key[r] || cached.position[r] !== next.position[r])
      return r;
  }
  return n;
}

/** inputs_embeds rows [from, W) of the plan: (W − from, d). Token rows from the table, gists from the tree. */
export function materializeRows(
  plan: RowPlan,
  from: number,
  tree: MegaContextTree,
  table: EmbeddingTable,
): Float32Array {
  const d = table.dim;
  const out = new Float32Array((plan.rows - from) * d);
  for (let r = from; r < plan.rows; r++) {
    const level = plan.level[r]!;
    const src = level === 0 ? table.row(tree.tokenAt(plan.key[r]!)) : tree.gist(level, plan.key[r]!);
    out.set(src, (r - from) * d);
  }
  return out;
}
