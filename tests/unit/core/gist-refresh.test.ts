// Lazy refresh of stale gists: overwriteGists replaces gists of gisted nodes only (tokens intact),
// the stale closure includes parents of stale children, refreshStale recomputes level by level
// (LOD1 from tokens, then LOD2+ from the refreshed children) so the tree ends exactly as if the new
// gister had made it, and fillGists never builds a parent from another version's children.
import { describe, expect, it } from 'vitest';
import { gisterA, gisterB } from '../../fixtures/versioned-gister.ts';
import {
  AddressError,
  GistError,
  MegaContextTree,
  closureSize,
  consecutiveRuns,
  fillGists,
  fillGistsSync,
  refreshStale,
  refreshStaleSync,
  staleClosure,
  type Gister,
} from '../../../src/core/index.ts';

const D = 8;
const ids = (n: number, from = 0) => Int32Array.from({ length: n }, (_, i) => ((from + i) * 7919) % 50_257);

const A = () => gisterA(D);
const B = () => gisterB(D);

function built(tokens: number, gister: Gister, maxLevel = 3): MegaContextTree {
  const tree = new MegaContextTree({ gistDim: D, maxLevel });
  tree.append(ids(tokens));
  fillGistsSync(tree, gister);
  return tree;
}

function allGists(tree: MegaContextTree): number[][] {
  const out: number[][] = [];
  for (let l = 1; l <= tree.maxLevel; l++) out.push(Array.from(tree.gistRange(l, 0, tree.gistedCount(l))));
  return out;
}

function versions(tree: MegaContextTree): Set<string | null> {
  const s = new Set<string | null>();
  for (let l = 1; l <= tree.maxLevel; l++)
    for (let i = 0; i < tree.gistedCount(l); i++) s.add(tree.gistVersionOf(l, i));
  return s;
}

describe('MegaContextTree.overwriteGists / gistInputs', () => {
  it('overwrites gisted nodes only, keeps tokens and the filled prefix', () => {
    const tree = built(32 * 40, A());
    const before = Array.from(tree.tokenIds(0, tree.length));
    tree.overwriteGists(1, 3, new Float32Array(2 * D).fill(5), 'v9');
    expect(Array.from(tree.gist(1, 4))).toEqual(new Array(D).fill(5));
    expect(tree.gistVersionOf(1, 3)).toBe('v9');
    expect(tree.gistVersionOf(1, 5)).toBe('gist-A@1');
    expect(tree.gistedCount(1)).toBe(40);
    expect(Array.from(tree.tokenIds(0, tree.length))).toEqual(before);
    expect(tree.staleGists(1, 'v9')).toEqual([0, 1, 2, ...Array.from({ length: 35 }, (_, i) => i + 5)]);
    expect(tree.staleGists(1, 'v9', 2, 6)).toEqual([2, 5]);
    // Beyond the gisted prefix, a ragged buffer or a negative index: refused.
    expect(() => tree.overwriteGists(1, 39, new Float32Array(2 * D), 'v9')).toThrow(GistError);
    expect(() => tree.overwriteGists(1, 0, new Float32Array(D + 1), 'v9')).toThrow(GistError);
    expect(() => tree.overwriteGists(1, -1, new Float32Array(D), 'v9')).toThrow(GistError);
    expect(() => tree.overwriteGists(1, 0, new Float32Array(D), '')).toThrow(GistError);
  });

  it('counts overwrites in a revision, per node, for consumers that mirror gists', () => {
    const tree = built(32 * 64, A());
    expect(tree.gistRevision).toBe(0);
    expect(tree.firstOverwrittenSince(1, 0)).toBe(-1);
    tree.overwriteGists(1, 40, new Float32Array(D), 'v9');
    const r1 = tree.gistRevision;
    expect(r1).toBe(1);
    tree.overwriteGists(1, 7, new Float32Array(2 * D), 'v9');
    expect(tree.firstOverwrittenSince(1, 0)).toBe(7);
    expect(tree.firstOverwrittenSince(1, r1)).toBe(7);
    expect(tree.firstOverwrittenSince(2, 0)).toBe(-1);
    expect(tree.overwrittenRevision(1, 40)).toBe(r1);
    expect(tree.overwrittenRevision(1, 8)).toBe(2);
    expect(tree.overwrittenRevision(1, 9)).toBe(0);
    expect(tree.firstOverwrittenSince(1, tree.gistRevision)).toBe(-1);
    // New gists (appends) are not overwrites.
    tree.append(ids(32, 32 * 64));
    fillGistsSync(tree, A());
    expect(tree.gistRevision).toBe(2);
  });

  it('gives the inputs of gisted nodes (tokens at LOD1, child gists above)', () => {
    const tree = built(32 * 64 + 5, A());
    const j1 = tree.gistInputs(1, 2, 3);
    expect(Array.from(j1.tokenIds!)).toEqual(Array.from(tree.tokenIds(64, 160)));
    const j2 = tree.gistInputs(2, 1, 1);
    expect(Array.from(j2.childGists!)).toEqual(Array.from(tree.gistRange(1, 32, 32)));
    expect(() => tree.gistInputs(1, 64, 1)).toThrow(AddressError); // the incomplete tail block
    expect(() => tree.gistInputs(2, 1, 2)).toThrow(AddressError);
  });
});

describe('stale closure', () => {
  it('includes the parents (and their ancestors) of stale children', () => {
    const tree = built(32 * 32 * 40, B()); // 1,280 LOD1, 40 LOD2, 1 LOD3
    tree.overwriteGists(1, 70, new Float32Array(D), 'old'); // in span 2
    tree.overwriteGists(2, 5, new Float32Array(D), 'old');
    const c = staleClosure(tree, 'gist-B@2');
    expect(c).toEqual([[], [70], [2, 5], [0]]);
    expect(closureSize(c)).toBe(4);
    // Restricted to the descendants of LOD2 node 2: LOD1 only, LOD2+ left out.
    expect(staleClosure(tree, 'gist-B@2', { level: 2, first: 2, count: 1 })).toEqual([[], [70], [], []]);
    expect(staleClosure(tree, 'gist-B@2', { level: 2, first: 3, count: 5 })).toEqual([[], [], [], []]);
  });

  it('splits indices into consecutive runs bounded by the batch size', () => {
    expect(consecutiveRuns([1, 2, 3, 7, 8, 20], 2)).toEqual([
      { first: 1, count: 2 },
      { first: 3, count: 1 },
      { first: 7, count: 2 },
      { first: 20, count: 1 },
    ]);
  });
});

describe('refreshStale', () => {
  it('turns a tree made with gister A into exactly the tree gister B would make', async () => {
    const tokens = 32 * 32 * 33 + 32 * 5 + 17; // 33 spans (one LOD3 node), 5 blocks and a partial one
    const tree = built(tokens, A());
    const reference = built(tokens, B());
    expect(allGists(tree)).not.toEqual(allGists(reference));
    const tokensBefore = Array.from(tree.tokenIds(0, tree.length));
    const b = B();
    const made = await refreshStale(tree, b, 100);
    expect(made).toBe(tree.gistedCount(1) + tree.gistedCount(2) + tree.gistedCount(3));
    for (let l = 1; l <= 3; l++) expect(tree.staleGists(l, b.version)).toEqual([]);
    expect(versions(tree)).toEqual(new Set(['gist-B@2']));
    expect(allGists(tree)).toEqual(allGists(reference));
    expect(Array.from(tree.tokenIds(0, tree.length))).toEqual(tokensBefore);
    // Level by level, batched: every LOD1 call precedes every LOD2 call, which precede LOD3.
    const levels = b.calls.map((c) => c.level);
    expect(levels).toEqual([...levels].sort());
    expect(Math.max(...b.calls.map((c) => c.count))).toBeLessThanOrEqual(100);
    expect(await refreshStale(tree, b)).toBe(0); // nothing left
  });

  it('refreshes only the stale part (and its ancestors); the sync variant agrees', () => {
    const tree = built(32 * 32 * 4, B());
    const reference = allGists(tree);
    tree.overwriteGists(1, 33, new Float32Array(D).fill(1), 'old');
    const b = B();
    expect(refreshStaleSync(tree, b)).toBe(2); // LOD1 33 and its parent LOD2 1
    expect(b.calls).toEqual([
      { level: 1, first: 33, count: 1 },
      { level: 2, first: 1, count: 1 },
    ]);
    expect(allGists(tree)).toEqual(reference);
  });
});

describe('fillGists with stale children', () => {
  it('refreshes the older children before making a parent, so the parent is of one version', async () => {
    const tree = new MegaContextTree({ gistDim: D, maxLevel: 2 });
    tree.append(ids(32 * 20)); // 20 blocks of span 0 gisted by A
    fillGistsSync(tree, A());
    tree.append(ids(32 * 12, 32 * 20)); // completes span 0 with gister B
    const b = B();
    await fillGists(tree, b);
    expect(versions(tree)).toEqual(new Set(['gist-B@2']));
    const reference = new MegaContextTree({ gistDim: D, maxLevel: 2 });
    reference.append(ids(32 * 32));
    fillGistsSync(reference, B());
    expect(allGists(tree)).toEqual(allGists(reference));
  });

  it('the sync path does the same', () => {
    const tree = new MegaContextTree({ gistDim: D, maxLevel: 2 });
    tree.append(ids(32 * 31));
    fillGistsSync(tree, A());
    tree.append(ids(32, 32 * 31));
    fillGistsSync(tree, B());
    expect(versions(tree)).toEqual(new Set(['gist-B@2']));
  });
});
