// Embedding gather kernel (LOD0 rows from the embedding table) vs its CPU reference, with the table
// in f32 storage and in packed f16 storage (two per u32, widened with unpack2x16float).
import { describe, expect, it } from 'vitest';
import { GatherKernel } from '../../src/gpu/gather';
import { gatherRef } from '../../src/gpu/gather.ref';
import { poisonedF32, readbackF32, uploadF16, uploadF32, uploadU32 } from '../../src/gpu/buffers';
import { GpuKernelArgumentError } from '../../src/gpu/errors';
import { fromHalfBits, roundToF16 } from '../../src/core/float16';
import { storageBytes, type StorageDtype } from '../../src/gpu/storage-dtype';
import { maxRelativeError, randomF32, submit, withDevice } from './with-device';
import { randomTokenIds } from './wc-fixtures';

const F16_TOLERANCE = 1e-2; // issue 6: f16 storage vs the f32 original, relative

async function runGather(
  rows: number,
  dim: number,
  vocab: number,
  ids = randomTokenIds(rows, vocab),
  storage: StorageDtype = 'f32',
  table = randomF32(vocab * dim),
) {
  // table: (V, d)
  const got = await withDevice(async ({ device }) => {
    const idBuf = uploadU32(device, ids, 'test.ids');
    const tableBuf =
      storage === 'f16' ? uploadF16(device, table, 'test.table') : uploadF32(device, table, 'test.table');
    const out = poisonedF32(device, rows * dim, 'test.out'); // (N, d)
    const kernel = new GatherKernel(device, { storage });
    await submit(device, (enc) => kernel.encode(enc, { ids: idBuf, table: tableBuf, out }, { rows, dim, vocab }));
    const result = await readbackF32(device, out, rows * dim);
    [idBuf, tableBuf, out].forEach((b) => b.destroy());
    return result;
  });
  const seen = storage === 'f16' ? roundToF16(table) : table;
  return { got, want: gatherRef(ids, seen, dim), wantF32: gatherRef(ids, table, dim) };
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

describe('gather kernel, f16 table storage', () => {
  it.each([
    [32, 16, 50],
    [37, 13, 97], // odd d: rows start mid-word; V·d = 1,261 odd, the last word half used
    [5, 131, 3], // d > workgroup, V·d = 393 odd
    [64, 1, 7], // d = 1: every element is a half word
  ])('N=%i d=%i V=%i: exact vs the f16-rounded table, ≤ 1e-2 vs the f32 table', async (rows, dim, vocab) => {
    const { got, want, wantF32 } = await runGather(rows, dim, vocab, undefined, 'f16');
    expect(got).toEqual(want); // a copy of f16 values widened to f32: bit-exact
    expect(maxRelativeError(got, want)).toBeLessThanOrEqual(1e-5);
    expect(maxRelativeError(got, wantF32)).toBeLessThanOrEqual(F16_TOLERANCE);
  });

  it('decodes every special binary16 value exactly (±0, subnormals, max, ±Inf, the last half word)', async () => {
    const bits = [
      0x3c00, 0xc000, 0x0000, 0x8000, 0x0001, 0x8001, 0x03ff, 0x0400, 0x7bff, 0xfbff, 0x7c00, 0xfc00, 0x3555,
    ];
    const table = Float32Array.from(bits, fromHalfBits); // (V = 13, d = 1): already f16 values
    const ids = Uint32Array.from(bits.keys()); // (13)
    const { got } = await runGather(bits.length, 1, bits.length, ids, 'f16', table);
    expect(Array.from(got)).toEqual(Array.from(table));
    expect(Object.is(got[3], -0)).toBe(true);
  });

  it('an out-of-vocabulary id gives a zero row', async () => {
    const { got } = await runGather(3, 5, 4, Uint32Array.from([1, 9, 2]), 'f16');
    expect(Array.from(got.subarray(5, 10))).toEqual([0, 0, 0, 0, 0]);
  });

  it('checks the packed size: ⌈V·d/2⌉ words, one byte short is a GpuKernelArgumentError', async () => {
    const vocab = 13;
    const dim = 7; // V·d = 91 → 184 bytes packed (364 as f32)
    await withDevice(async ({ device }) => {
      const kernel = new GatherKernel(device, { storage: 'f16' });
      const usage = GPUBufferUsage.STORAGE;
      const ids = device.createBuffer({ label: 'test.ids', size: 4, usage });
      const out = device.createBuffer({ label: 'test.out', size: dim * 4, usage });
      const short = device.createBuffer({ label: 'test.short', size: storageBytes(vocab * dim, 'f16') - 4, usage });
      const exact = device.createBuffer({ label: 'test.exact', size: storageBytes(vocab * dim, 'f16'), usage });
      await submit(device, (encoder) => {
        expect(() => kernel.encode(encoder, { ids, table: short, out }, { rows: 1, dim, vocab })).toThrow(
          GpuKernelArgumentError,
        );
        expect(() => kernel.encode(encoder, { ids, table: short, out }, { rows: 1, dim, vocab })).toThrow(
          /needs 184 \(91 f16 packed two per u32\)/,
        );
        return kernel.encode(encoder, { ids, table: exact, out }, { rows: 1, dim, vocab }); // the padded size is enough
      });
      [ids, out, short, exact].forEach((b) => b.destroy());
    });
  });
});
