// The training-free gister (src/models/training-free-gister.ts): a hand computation at LOD1 and
// LOD2, the tree's order through fillGistsSync, and parity with its Python twin
// (training/gistnet/training_free.py writes tests/fixtures/training-free-gister.json; the pytest
// test_gistnet_training_free.py checks that the fixture is what the Python code makes now).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MegaContextTree } from '../../../src/core/tree';
import { FakeGister, fillGistsSync } from '../../../src/core/gister';
import { refreshStaleSync } from '../../../src/core/gist-refresh';
import { EmbeddingTable } from '../../../src/models/embedding-table';
import { TRAINING_FREE_GISTER_VERSION, TrainingFreeGister } from '../../../src/models/training-free-gister';

interface Fixture {
  gister: string;
  K: number;
  vocab: number;
  dim: number;
  table: number[];
  ids: number[];
  lod1: number[];
  lod2: number[];
}
const fx = JSON.parse(readFileSync('tests/fixtures/training-free-gister.json', 'utf8')) as Fixture;

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

describe('TrainingFreeGister', () => {
  // vocab 5, d 2: row v = [v, 10·v]; K = 4
  const table = new EmbeddingTable(Float32Array.from([0, 0, 1, 10, 2, 20, 3, 30, 4, 40]), 5, 2);
  const g = new TrainingFreeGister(table, 4);

  it("LOD1: each block's gist is its last token's embedding row", () => {
    const ids = Int32Array.from([1, 2, 3, 4, /**/ 4, 3, 0, 2]); // (2 blocks, K = 4)
    expect(Array.from(g.gist({ level: 1, first: 0, count: 2, tokenIds: ids }))).toEqual([4, 40, 2, 20]);
  });

  it("LOD2: each node's gist is its last child's gist", () => {
    // (count 2, K 4, d 2): node 0's children [1,2] [3,4] [5,6] [7,8], node 1's [9,10] … [15,16]
    const children = Float32Array.from({ length: 16 }, (_, i) => i + 1);
    expect(Array.from(g.gist({ level: 2, first: 0, count: 2, childGists: children }))).toEqual([7, 8, 15, 16]);
  });

  it("names its version, so gists of the mean-pool fallback it replaced ('mean-pool/1') are refreshed", () => {
    expect(g.version).toBe(TRAINING_FREE_GISTER_VERSION);
    const tree = new MegaContextTree({ gistDim: 2, maxLevel: 2, blockSize: 4 });
    tree.append([1, 2, 3, 4, 4, 3, 0, 2, 1, 1, 1, 1, 0, 0, 0, 3]); // 4 blocks → 4 LOD1 gists, 1 LOD2
    fillGistsSync(tree, new FakeGister(2, 4, 'mean-pool/1'));
    expect(tree.staleGists(1, g.version)).toEqual([0, 1, 2, 3]);
    expect(refreshStaleSync(tree, g)).toBe(5);
    expect(tree.staleGists(1, g.version)).toEqual([]);
    expect(Array.from(tree.gistRange(1, 0, 4))).toEqual([4, 40, 2, 20, 1, 10, 3, 30]);
    expect(Array.from(tree.gist(2, 0))).toEqual([3, 30]);
  });

  it('makes what its Python twin makes (training_free.py, the parity fixture), through the tree', () => {
    expect(fx.gister).toBe('last');
    const K = fx.K;
    const gister = new TrainingFreeGister(new EmbeddingTable(Float32Array.from(fx.table), fx.vocab, fx.dim), K);
    const tree = new MegaContextTree({ gistDim: fx.dim, maxLevel: 2, blockSize: K });
    tree.append(fx.ids);
    expect(fillGistsSync(tree, gister)).toBe(K + 1);
    expect(maxAbsDiff(tree.gistRange(1, 0, K), fx.lod1)).toBeLessThan(1e-6);
    expect(maxAbsDiff(tree.gist(2, 0), fx.lod2)).toBeLessThan(1e-6);
    expect(tree.gistVersionOf(2, 0)).toBe(TRAINING_FREE_GISTER_VERSION);
  });
});
