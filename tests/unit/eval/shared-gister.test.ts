// SharedGister: a second tree of the same tokens gets the source tree's gists without running the
// gister again; nodes the source lacks (generated tokens) go to the real gister; other tokens fail.
import { describe, expect, it } from 'vitest';
import { FakeGister, fillGists, type Gister } from '../../../src/core/gister';
import { MegaContextTree } from '../../../src/core/tree';
import type { GistJob } from '../../../src/core/tree';
import { SharedGister } from '../../../src/eval/shared-gister';

class Counting implements Gister {
  readonly version: string;
  readonly dim: number;
  gists = 0;
  constructor(private readonly inner: Gister) {
    this.version = inner.version;
    this.dim = inner.dim;
  }
  gist(job: GistJob) {
    this.gists += job.count;
    return this.inner.gist(job);
  }
}

const ids = (n: number, seed = 1) => Array.from({ length: n }, (_, i) => (i * 7 + seed) % 97);

describe('SharedGister', () => {
  it('copies the gists of the same tokens and computes only what the source lacks', async () => {
    const real = new Counting(new FakeGister(8));
    const source = new MegaContextTree({ gistDim: 8, maxLevel: 2 });
    source.append(ids(32 * 40 + 5));
    await fillGists(source, real, 7);
    const made = real.gists;
    expect(made).toBe(40 + 1); // 40 LOD1 + 1 LOD2

    const shared = new SharedGister(source, real);
    const copy = new MegaContextTree({ gistDim: 8, maxLevel: 2 });
    copy.append(ids(32 * 40 + 5));
    await fillGists(copy, shared, 7);
    expect(real.gists).toBe(made); // nothing recomputed
    expect(shared.copied).toBe(41);
    expect(Array.from(copy.gistRange(1, 0, 40))).toEqual(Array.from(source.gistRange(1, 0, 40)));
    expect(Array.from(copy.gist(2, 0))).toEqual(Array.from(source.gist(2, 0)));

    // generated tokens complete a block the source never had: computed by the real gister
    copy.append(ids(27, 5));
    await fillGists(copy, shared, 7);
    expect(shared.computed).toBe(1);
    expect(real.gists).toBe(made + 1);
    expect(copy.gistedCount(1)).toBe(41);
  });

  it('refuses a block whose tokens differ from the source', async () => {
    const real = new FakeGister(8);
    const source = new MegaContextTree({ gistDim: 8, maxLevel: 2 });
    source.append(ids(64));
    await fillGists(source, real);
    const copy = new MegaContextTree({ gistDim: 8, maxLevel: 2 });
    copy.append(ids(64, 2));
    await expect(fillGists(copy, new SharedGister(source, real))).rejects.toThrow(/other tokens/);
  });
});
