// Working Context assembly, host side (ARCHITECTURE §4 step 3 "Assemble"): the rows the decoder
// sees — one per token of an LOD0 entry, one per gist — with their position ids under the
// configured policy, and the identity of each row so that the KV prefix can be reused up to the
// first row that changed (the cost model: a refocus at row p recomputes rows p…W−1 only).
import type { WorkingContext } from '../core/working-context';
import type { MegaContextTree } from '../core/tree';
import { placeEntries, type PositionPolicy, type WcEntryAddress } from '../core/position-policy';
import type { EmbeddingTable } from '../models/embedding-table';

export interface RowPlan {
  rows: number; // W
  level: Uint8Array; // (W) LOD of the row's entry
  key: Int32Array; // (W) token position for LOD0 rows, node index for gist rows
  position: Int32Array; // (W) position id
}

export function planRows(wc: WorkingContext, policy: PositionPolicy, K: number, totalTokens: number): RowPlan {
  const entries: WcEntryAddress[] = [];
  for (let i = 0; i < wc.length; i++) entries.push({ level: wc.level(i), index: wc.index(i) });
  const { placements, totalRows } = placeEntries(entries, policy, K, totalTokens);
  const plan: RowPlan = { rows: totalRows, level: new Uint8Array(totalRows), key: new Int32Array(totalRows), position: new Int32Array(totalRows) };
  entries.forEach((e, n) => {
    const p = placements[n]!;
    for (let r = 0; r < p.rows; r++) {
      const row = p.rowOffset + r;
      plan.level[row] = e.level;
      plan.key[row] = e.level === 0 ? e.index * K + r : e.index;
      plan.position[row] = p.positionBase + r;
    }
  });
  return plan;
}

/** First row at which `cached` (its first `cachedRows` rows) and `next` differ; min length if none. */
export function firstDifferentRow(cached: RowPlan | null, cachedRows: number, next: RowPlan): number {
  if (!cached) return 0;
  const n = Math.min(cachedRows, next.rows, cached.rows);
  for (let r = 0; r < n; r++) {
    if (cached.level[r] !== next.level[r] || cached.key[r] !== next.key[r] || cached.position[r] !== next.position[r]) return r;
  }
  return n;
}

/** inputs_embeds rows [from, W) of the plan: (W − from, d). Token rows from the table, gists from the tree. */
export function materializeRows(plan: RowPlan, from: number, tree: MegaContextTree, table: EmbeddingTable): Float32Array {
  const d = table.dim;
  const out = new Float32Array((plan.rows - from) * d);
  for (let r = from; r < plan.rows; r++) {
    const level = plan.level[r]!;
    const src = level === 0 ? table.row(tree.tokenAt(plan.key[r]!)) : tree.gist(level, plan.key[r]!);
    out.set(src, (r - from) * d);
  }
  return out;
}
