import { describe, expect, it } from 'vitest';
import {
  FakeGister,
  GistError,
  MegaContextTree,
  TokenIdError,
  AddressError,
  fillGists,
  fillGistsSync,
  type Gister,
  type GistJob,
} from '../../../src/core/index.ts';

const ids = (n: number, from = 0) => Int32Array.from({ length: n }, (_, i) => (from + i) % 50_257);

/** Records every job it sees; gist = [level, first index, token/child checksum, …]. */
class RecordingGister implements Gister {
  readonly version: string;
  readonly dim = 4;
  jobs: Array<{ level: number; first: number; count: number }> = [];
  constructor(version = 'rec@1') {
    this.version = version;
  }
  gist(job: GistJob): Float32Array {
    this.jobs.push({ level: job.level, first: job.first, count: job.count });
    const out = new Float32Array(job.count * 4);
    for (let b = 0; b < job.count; b++) {
      let sum = 0;
      if (job.tokenIds) for (let t = 0; t < 32; t++) sum += job.tokenIds[b * 32 + t]!;
      if (job.childGists) for (let c = 0; c < 32; c++) sum += job.childGists[(b * 32 + c) * 4 + 2]!;
      out.set([job.level, job.first + b, sum, 0], b * 4);
    }
    return out;
  }
}

describe('MegaContextTree', () => {
  it('100k tokens → 3,125 LOD1 and 97 LOD2 gists (seeds’ coding session)', () => {
    const tree = new MegaContextTree({ gistDim: 8 });
    tree.append(ids(100_000));
    expect(tree.counts()).toEqual([100_000, 3125, 97]);
    expect(fillGistsSync(tree, new FakeGister(8))).toBe(3125 + 97);
    expect(tree.isFullyGisted()).toBe(true);
    expect(tree.tailLength).toBe(0);
  });

  it('1M tokens → 31,250 LOD1 and 976 LOD2; LOD3 possible by parameter', () => {
    const tree = new MegaContextTree({ gistDim: 2, maxLevel: 3 });
    tree.append(ids(1_000_000));
    expect(tree.counts()).toEqual([1_000_000, 31_250, 976, 30]);
  });

  it('the tail is never gisted and GistNet never sees padding', () => {
    const tree = new MegaContextTree({ gistDim: 4 });
    const g = new RecordingGister();
    tree.append(ids(100));
    fillGistsSync(tree, g);
    expect(tree.gistedCount(1)).toBe(3);
    expect(tree.tailLength).toBe(4);
    expect(g.jobs).toEqual([{ level: 1, first: 0, count: 3 }]);
    // completing the block makes it (and only it) ready
    tree.append(ids(28, 100));
    expect(tree.pendingCount(1)).toBe(1);
    fillGistsSync(tree, g);
    expect(g.jobs[1]).toEqual({ level: 1, first: 3, count: 1 });
    expect(tree.gist(1, 3)[2]).toBe(Array.from(ids(32, 96)).reduce((a, b) => a + b, 0));
  });

  it('level-2 gists are made from their 32 child gists, after the children', () => {
    const tree = new MegaContextTree({ gistDim: 4 });
    const g = new RecordingGister();
    tree.append(ids(2048 + 5));
    fillGistsSync(tree, g, 40);
    expect(g.jobs).toEqual([
      { level: 1, first: 0, count: 40 },
      { level: 1, first: 40, count: 24 },
      { level: 2, first: 0, count: 2 },
    ]);
    let want = 0;
    for (let c = 32; c < 64; c++) want += tree.gist(1, c)[2]!;
    expect(tree.gist(2, 1)[2]).toBe(want);
    expect(tree.gist(2, 1)[1]).toBe(1);
  });

  it('records the gister version per node and finds stale gists for lazy refresh', () => {
    const tree = new MegaContextTree({ gistDim: 4 });
    tree.append(ids(96));
    fillGistsSync(tree, new RecordingGister('v1'));
    tree.append(ids(64, 96));
    fillGistsSync(tree, new RecordingGister('v2'));
    expect(tree.gistVersionOf(1, 0)).toBe('v1');
    expect(tree.gistVersionOf(1, 4)).toBe('v2');
    expect(tree.gistVersionOf(1, 5)).toBeNull();
    expect(tree.staleGists(1, 'v2')).toEqual([0, 1, 2]);
    // refresh one stale gist in place
    tree.writeGists(1, 1, new Float32Array(4).fill(9), 'v2');
    expect(tree.staleGists(1, 'v2')).toEqual([0, 2]);
    expect(Array.from(tree.gist(1, 1))).toEqual([9, 9, 9, 9]);
  });

  it('async gisters work batch by batch (the runtime GistNet path)', async () => {
    const tree = new MegaContextTree({ gistDim: 8 });
    tree.append(ids(32 * 70));
    const fake = new FakeGister(8);
    const asyncGister: Gister = { version: 'async@1', dim: 8, gist: async (job) => fake.gist(job) };
    expect(await fillGists(tree, asyncGister, 16)).toBe(70 + 2);
    expect(tree.gistVersionOf(2, 1)).toBe('async@1');
    expect(() => fillGistsSync(tree, asyncGister)).not.toThrow(); // nothing pending
    tree.append(ids(32));
    expect(() => fillGistsSync(tree, asyncGister)).toThrow(/use fillGists/);
  });

  it('FakeGister is deterministic', () => {
    const a = new MegaContextTree({ gistDim: 8 });
    const b = new MegaContextTree({ gistDim: 8 });
    a.append(ids(4096));
    b.append(ids(4096));
    fillGistsSync(a, new FakeGister(8), 7);
    fillGistsSync(b, new FakeGister(8), 1000);
    expect(Array.from(a.gistRange(2, 0, 4))).toEqual(Array.from(b.gistRange(2, 0, 4)));
  });

  it('rejects bad token ids, bad gist shapes, out-of-order writes and dim mismatches', () => {
    const tree = new MegaContextTree({ gistDim: 4 });
    expect(() => tree.append([1, 2, -1])).toThrow(TokenIdError);
    expect(() => tree.append([1.5])).toThrow(TokenIdError);
    expect(tree.length).toBe(0);
    tree.append(ids(128));
    expect(() => tree.writeGists(1, 2, new Float32Array(4), 'v')).toThrow(/write in order/);
    expect(() => tree.writeGists(1, 0, new Float32Array(5), 'v')).toThrow(GistError);
    expect(() => tree.writeGists(1, 0, new Float32Array(4), '')).toThrow(/version/);
    expect(() => fillGistsSync(tree, new FakeGister(8))).toThrow(/gistDim/);
    expect(() => tree.gist(1, 0)).toThrow(/run the gister/);
    expect(() => tree.gist(3, 0)).toThrow(AddressError);
    expect(() => tree.tokenIds(0, 129)).toThrow(AddressError);
    expect(Array.from(tree.tokenIds(30, 33))).toEqual([30, 31, 32]);
    expect(tree.tokenAt(127)).toBe(127);
  });
});
