// Similarity focus scorer (cosine of a query vs each WC entry's pooled rows) vs its CPU reference.
import { describe, expect, it } from 'vitest';
import { SimilarityKernel } from '../../src/gpu/similarity';
import { similarityRef } from '../../src/gpu/similarity.ref';
import { poisonedF32, readbackF32, uploadF32 } from '../../src/gpu/buffers';
import { packWorkingContext, uploadWorkingContext } from '../../src/gpu/wc-entries';
import { maxRelativeError, randomF32, submit, withDevice } from './with-device';
import { randomWorkingContext } from './wc-fixtures';

const F32_TOLERANCE = 1e-5; // cosine lives in [−1, 1]: compared as absolute error

async function runSimilarity(K: number, T: number, maxLevel: number, dim: number, makeQuery?: (rows: Float32Array, offsets: number[]) => Float32Array) {
  const entries = randomWorkingContext(K, T, maxLevel);
  const packed = packWorkingContext(entries, { kind: 'compacted' }, K, T);
  const W = packed.rows;
  const rows = randomF32(W * dim).map((v, i) => v + (i % dim) * 0.01); // (W, d)
  const offsets = packed.placements.map((p) => p.rowOffset);
  const query = makeQuery ? makeQuery(rows, offsets) : randomF32(dim);
  const got = await withDevice(async ({ device }) => {
    const bufs = [uploadF32(device, rows, 'test.rows'), uploadWorkingContext(device, packed), uploadF32(device, query, 'test.query')];
    const scores = poisonedF32(device, entries.length, 'test.scores');
    const kernel = new SimilarityKernel(device);
    await submit(device, (enc) => kernel.encode(enc, { rows: bufs[0]!, entries: bufs[1]!, query: bufs[2]!, scores }, { rows: W, entryCount: entries.length, dim }));
    const result = await readbackF32(device, scores, entries.length);
    [...bufs, scores].forEach((b) => b.destroy());
    return result;
  });
  return { got, want: similarityRef(rows, offsets, query, dim), offsets };
}

describe('similarity kernel (GPU vs CPU reference)', () => {
  it.each([
    [32, 32 * 40 + 7, 1, 13], // LOD0 blocks with a 7-token tail + LOD1 gists, d=13
    [32, 32 * 33 + 31, 2, 131], // d > workgroup
    [4, 4 ** 3 * 3 + 1, 2, 6], // small K, one-token tail
  ])('K=%i T=%i levels≤%i d=%i', async (K, T, maxLevel, dim) => {
    const { got, want } = await runSimilarity(K, T, maxLevel, dim);
    expect(maxRelativeError(got, want, 1)).toBeLessThanOrEqual(F32_TOLERANCE);
  });

  it("scores 1 for an entry whose pooled vector is the query", async () => {
    const dim = 9;
    const { got, offsets } = await runSimilarity(32, 32 * 5 + 3, 1, dim, (rows, offsets) => {
      const last = offsets.at(-1)!; // the tail block: mean of its rows
      const W = rows.length / dim;
      const q = new Float32Array(dim);
      for (let r = last; r < W; r++) for (let j = 0; j < dim; j++) q[j]! += rows[r * dim + j]! / (W - last);
      return q;
    });
    expect(got[offsets.length - 1]).toBeCloseTo(1, 5);
  });
});
