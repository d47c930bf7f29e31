// Lazy refresh of stale gists (seed: "gists carry the GistNet version; a retrained GistNet can
// refresh them lazily"). A gist is stale when another gister version made it, or — above LOD1 —
// when one of its children is stale: a parent is only as current as the gists it was made from.
// Refreshing recomputes them level by level (LOD1 from the tokens, then LOD2+ from the refreshed
// children) and overwrites them in place; token ids are never touched.
//
// fillGists() relies on the same rule: before it makes a new parent it refreshes the parent's
// stale descendants, so a gist labelled with version V is always made from V-made inputs (this
// matters when new blocks complete a span whose older blocks were made by another gister).

import type { Gister } from './gister.ts';
import type { GistJob, MegaContextTree } from './tree.ts';
import { GistError } from './errors.ts';

/** Restricts a closure to the descendants of nodes [first, first+count) of `level` (exclusive). */
export interface RefreshScope {
  readonly level: number;
  readonly first: number;
  readonly count: number;
}

/**
 * The stale closure: for each level (index = level; [0] is empty), the ascending indices of gisted
 * nodes that must be recomputed with gister `version` — made by another version, or with a child
 * in the closure. With `scope`, only the descendants of those nodes.
 */
export function staleClosure(tree: MegaContextTree, version: string, scope?: RefreshScope): number[][] {
  const K = tree.blockSize;
  const out: number[][] = [[]];
  for (let l = 1; l <= tree.maxLevel; l++) {
    if (scope && l >= scope.level) {
      out.push([]);
      continue;
    }
    const unit = scope ? K ** (scope.level - l) : 0;
    const lo = scope ? scope.first * unit : 0;
    const hi = Math.min(tree.gistedCount(l), scope ? (scope.first + scope.count) * unit : Number.POSITIVE_INFINITY);
    const own = tree.staleGists(l, version, lo, hi);
    const parents: number[] = [];
    for (const child of out[l - 1] as number[]) {
      const p = Math.floor(child / K);
      if (p >= lo && p < hi && parents[parents.length - 1] !== p) parents.push(p);
    }
    out.push(mergeSorted(own, parents));
  }
  return out;
}

/** Total number of gists in a closure. */
export function closureSize(closure: readonly (readonly number[])[]): number {
  return closure.reduce((n, level) => n + level.length, 0);
}

function mergeSorted(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x =
      j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? (a[i++] as number) : (b[j++] as number);
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

/** Splits ascending indices into runs of consecutive nodes, each at most `maxBatch` long. */
export function consecutiveRuns(indices: readonly number[], maxBatch: number): Array<{ first: number; count: number }> {
  const runs: Array<{ first: number; count: number }> = [];
  for (const i of indices) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === i && last.count < Math.max(1, maxBatch)) last.count++;
    else runs.push({ first: i, count: 1 });
  }
  return runs;
}

/** A stable copy of a job's inputs (the views may be invalidated while an async gister runs). */
function stableJob(job: GistJob): GistJob {
  return {
    ...job,
    ...(job.tokenIds ? { tokenIds: job.tokenIds.slice() } : {}),
    ...(job.childGists ? { childGists: job.childGists.slice() } : {}),
  };
}

function checkOut(gister: Gister, job: GistJob, out: Float32Array, dim: number): void {
  if (out.length !== job.count * dim) {
    throw new GistError(
      `Gister "${gister.version}" returned ${out.length} floats for ${job.count} LOD${job.level} gists of dim ${dim}.`,
      {
        level: job.level,
        count: job.count,
        length: out.length,
      },
    );
  }
}

/**
 * Recomputes the gists of already-gisted nodes `indices` (ascending) of `level` with `gister`,
 * consecutive nodes batched up to `maxBatch` per call, and overwrites them. Returns #gists.
 */
export async function regist(
  tree: MegaContextTree,
  gister: Gister,
  level: number,
  indices: readonly number[],
  maxBatch = 256,
): Promise<number> {
  let made = 0;
  for (const run of consecutiveRuns(indices, maxBatch)) {
    const job = stableJob(tree.gistInputs(level, run.first, run.count));
    const out = await gister.gist(job);
    checkOut(gister, job, out, tree.gistDim);
    tree.overwriteGists(level, run.first, out, gister.version);
    made += run.count;
  }
  return made;
}

/** The same with a synchronous gister. */
export function registSync(
  tree: MegaContextTree,
  gister: Gister,
  level: number,
  indices: readonly number[],
  maxBatch = 256,
): number {
  let made = 0;
  for (const run of consecutiveRuns(indices, maxBatch)) {
    const job = tree.gistInputs(level, run.first, run.count);
    const out = gister.gist(job);
    if (out instanceof Promise)
      throw new GistError(`Gister "${gister.version}" is async; use regist() instead of registSync().`);
    checkOut(gister, job, out, tree.gistDim);
    tree.overwriteGists(level, run.first, out, gister.version);
    made += run.count;
  }
  return made;
}

/** Refreshes every stale gist of the tree (or of a scope's descendants), level by level. Returns #gists. */
export async function refreshStale(
  tree: MegaContextTree,
  gister: Gister,
  maxBatch = 256,
  scope?: RefreshScope,
): Promise<number> {
  const closure = staleClosure(tree, gister.version, scope);
  let made = 0;
  for (let l = 1; l < closure.length; l++) made += await regist(tree, gister, l, closure[l] as number[], maxBatch);
  return made;
}

/** The same with a synchronous gister. */
export function refreshStaleSync(tree: MegaContextTree, gister: Gister, maxBatch = 256, scope?: RefreshScope): number {
  const closure = staleClosure(tree, gister.version, scope);
  let made = 0;
  for (let l = 1; l < closure.length; l++) made += registSync(tree, gister, l, closure[l] as number[], maxBatch);
  return made;
}
