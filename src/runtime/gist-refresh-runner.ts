// Lazy refresh of a conversation's stale gists in the background (seed: "gists carry the GistNet
// version; a retrained GistNet can refresh them lazily"; ARCHITECTURE §5 — one transaction per
// span). When a memory made by one gister (e.g. the training-free fallback) is opened with another
// (a learned GistNet), its gists are recomputed span by span: the span's stale LOD1 gists from
// its tokens, then its LOD2 gist from the refreshed children, then the span record is rewritten
// (one transaction, one version); then LOD3+ gists level by level. Between batches it yields and
// can be cancelled; a cancelled or crashed refresh leaves every stored record self-consistent and
// the next run continues with what is still stale.
import type { Gister } from '../core/gister';
import type { MegaContextTree } from '../core/tree';
import { closureSize, regist, staleClosure } from '../core/gist-refresh';
import type { TreePersistence } from './tree-persistence';
import { yieldToEventLoop } from './yield';

/** Gists per LOD1 block group of one stored span record. */
const SPAN_BLOCKS = 32;

export interface GistRefreshProgress {
  gistsDone: number;
  gistsTotal: number;
  /** The gister version the gists are being brought to. */
  version: string;
}

export interface RefreshOptions {
  /** LOD1 gists per batch (whole spans; at least one span per batch). */
  batch?: number;
  signal?: AbortSignal;
  onProgress?: (p: GistRefreshProgress) => void;
}

/** How many gists are stale for `gister` (the refresh's total). */
export function staleGistCount(tree: MegaContextTree, gister: Gister): number {
  return closureSize(staleClosure(tree, gister.version));
}

/** Groups the LOD1/LOD2 part of a closure by whole spans, in batches of about `batch` LOD1 gists (+ their parents). */
function spanBatches(l1: number[], l2: number[], batch: number): Array<{ l1: number[]; l2: number[] }> {
  const bySpan = new Map<number, { l1: number[]; l2: number[] }>();
  const at = (s: number) => bySpan.get(s) ?? bySpan.set(s, { l1: [], l2: [] }).get(s)!;
  for (const i of l1) at(Math.floor(i / SPAN_BLOCKS)).l1.push(i);
  for (const i of l2) at(i).l2.push(i);
  const out: Array<{ l1: number[]; l2: number[] }> = [];
  for (const s of [...bySpan.keys()].sort((a, b) => a - b)) {
    const g = bySpan.get(s)!;
    const last = out[out.length - 1];
    if (last && last.l1.length + last.l2.length + g.l1.length + g.l2.length <= batch + batch / SPAN_BLOCKS) {
      last.l1.push(...g.l1);
      last.l2.push(...g.l2);
    } else out.push({ l1: [...g.l1], l2: [...g.l2] });
  }
  return out;
}

/**
 * Brings every gist of `tree` to `gister`'s version and stores the rewritten records through
 * `persistence` after each batch. Throws AbortError when cancelled (what was done is kept and
 * stored). Returns the number of gists refreshed.
 */
export async function refreshStaleGists(
  tree: MegaContextTree,
  gister: Gister,
  persistence: TreePersistence,
  opts: RefreshOptions = {},
): Promise<number> {
  const batch = Math.max(SPAN_BLOCKS, opts.batch ?? 256);
  const closure = staleClosure(tree, gister.version);
  const total = closureSize(closure);
  if (total === 0) return 0;
  let done = 0;
  const report = () => opts.onProgress?.({ gistsDone: done, gistsTotal: total, version: gister.version });
  report();
  // Within a batch nothing is awaited but the gister, so a span's LOD1 and LOD2 gists change
  // together and the flush that follows writes each span with a single version.
  const steps: Array<Array<{ level: number; indices: number[] }>> = spanBatches(
    closure[1] ?? [],
    closure[2] ?? [],
    batch,
  ).map((b) => [
    { level: 1, indices: b.l1 },
    { level: 2, indices: b.l2 },
  ]);
  for (let level = 3; level < closure.length; level++) {
    const indices = closure[level] as number[];
    for (let i = 0; i < indices.length; i += batch) steps.push([{ level, indices: indices.slice(i, i + batch) }]);
  }
  for (const step of steps) {
    await yieldToEventLoop(); // lets a cancel (and other requests) through between batches
    opts.signal?.throwIfAborted();
    for (const { level, indices } of step)
      if (indices.length > 0) done += await regist(tree, gister, level, indices, batch);
    await persistence.flush();
    report();
  }
  return done;
}
