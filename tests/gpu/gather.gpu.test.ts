// Embedding gather kernel (LOD0 rows from the embedding table) vs its CPU reference.
import { describe, expect, it } from 'vitest';
import { GatherKernel } from '../../src/gpu/gather';
import { gatherRef } from '../../src/gpu/gather.ref';
import { poisonedF32, readbackF32, uploadF32, uploadU32 } from '../../src/gpu/buffers';
import { randomF32, submit, withDevice } from './with-device';
import { randomTokenIds } from './wc-fixtures';

async function runGather(rows: number, dim: number, vocab: number, ids = randomTokenIds(rows, vocab)) {
  const table = randomF32(vocab * dim); // (V, d)
  const got = await withDevice(async ({ device }) => {
    const idBuf = uploadU32(device, ids, 'test.ids');
    const tableBuf = uploadF32(device, table, 'test.table');
    const out = poisonedF32(device, rows * dim, 'test.out');
    const kernel = new GatherKernel(device);
    await submit(device, (enc) => kernel.encode(enc, { ids: idBuf, table: tableBuf, out }, { rows, dim, vocab }));
    const result = await readbackF32(device, out, rows * dim);
    [idBuf, tableBuf, out].forEach((b) => b.destroy());
    return result;
  });
  return { got, want: gatherRef(ids, table, dim) };
}

describe('gather kernel (GPU vs CPU reference)', () => {
  it.each([
    [32, 16, 50],
    [37, 13, 97], // N·d not a multiple of 64, d not a multiple of 4
    [5, 131, 3],
  ])('N=%i d=%i V=%i is an exact copy', async (rows, dim, vocab) => {
    const { got, want } = await runGather(rows, dim, vocab);
    expect(got).toEqual(want);
  });

  it('an out-of-vocabulary id gives a zero row, not an out-of-bounds read', async () => {
    const ids = Uint32Array.from([1, 7, 2]); // 7 ≥ V = 4
    const { got, want } = await runGather(3, 5, 4, ids);
    expect(got).toEqual(want);
    expect(Array.from(got.subarray(5, 10))).toEqual([0, 0, 0, 0, 0]);
  });
});
