// ReusingGister (src/core/gist-reuse.ts): copying a source tree's gists gives the same tree as
// gisting, and copies exactly where a node is aligned with the source's and has its inputs — all
// levels at offset 0, LOD1 only at a block-aligned offset, LOD1+LOD2 at a 1,024-aligned one, none
// when misaligned; gists of another gister version are recomputed.
import { describe, expect, it } from 'vitest';
import { MegaContextTree } from '../../../src/core/tree';
import { FakeGister, fillGists } from '../../../src/core/gister';
import { ReusingGister } from '../../../src/core/gist-reuse';

const D = 4;
const ids = (n: number, seed: number) => Array.from({ length: n }, (_, i) => (i * 7919 + seed * 104729) % 5000);
const tree = () => new MegaContextTree({ blockSize: 32, maxLevel: 3, gistDim: D });

async function gisted(tokens: number[], gister = new FakeGister(D)) {
  const t = tree();
  t.append(tokens);
  await fillGists(t, gister, 64);
  return t;
}

const bits = (t: MegaContextTree) =>
  [1, 2, 3].map((l) => Array.from(new Uint32Array(t.gistRange(l, 0, t.gistedCount(l)).slice().buffer)));

describe('ReusingGister', () => {
  const source = ids(40_000, 1);

  it.each([
    { prefix: 0, copied: [0, 1250, 39, 1], computed: [0, 0, 0, 0] },
    { prefix: 32, copied: [0, 1250, 0, 0] },
    { prefix: 1024, copied: [0, 1250, 39, 0] },
    { prefix: 5, copied: [0, 0, 0, 0] },
  ])('prefix $prefix: the same tree as gisting, copying $copied', async ({ prefix, copied, computed }) => {
    const src = await gisted(source);
    const all = [...ids(prefix, 2), ...source];
    const expected = await gisted(all);
    const t = tree();
    t.append(all.slice(0, prefix));
    await fillGists(t, new FakeGister(D), 64);
    const reusing = new ReusingGister(new FakeGister(D), src, prefix);
    for (let at = prefix; at < all.length; at += 8192) {
      t.append(all.slice(at, Math.min(all.length, at + 8192)));
      await fillGists(t, reusing, 64);
    }
    expect(bits(t)).toEqual(bits(expected));
    expect(reusing.counts.copied).toEqual(copied);
    if (computed) expect(reusing.counts.computed).toEqual(computed);
  });

  it('skips the source BOS (negative offset) and recomputes gists of another gister version', async () => {
    const src = await gisted([9999, ...source], new FakeGister(D, 32, 'old@1'));
    const prefix = ids(33, 3); // 33 tokens, then the source without its first token: aligned at LOD1
    const all = [...prefix, ...source];
    const reusing = new ReusingGister(new FakeGister(D), src, 33 - 1);
    const t = tree();
    t.append(all);
    await fillGists(t, reusing, 64);
    expect(reusing.counts.copied).toEqual([0, 0, 0, 0]); // versions differ: nothing copied
    expect(bits(t)).toEqual(bits(await gisted(all)));

    const same = await gisted([9999, ...source]);
    const again = new ReusingGister(new FakeGister(D), same, 33 - 1);
    const t2 = tree();
    t2.append(all);
    await fillGists(t2, again, 64);
    expect(again.counts.copied[1]).toBe(Math.floor(source.length / 32) - 1); // all but the source block with the BOS
    expect(bits(t2)).toEqual(bits(await gisted(all)));
  });
});
