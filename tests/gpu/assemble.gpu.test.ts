// Mixed-LOD assembly kernel (Working Context → inputs_embeds + position_ids in one pass) vs its CPU
// reference, on random valid working contexts, fresh each run, for every position policy; the
// embedding table and gist store in f32 storage and in packed f16 storage (inputs_embeds stays f32).
import { describe, expect, it } from 'vitest';
import { AssembleKernel, createAssemblyOutputs, type PositionDtype } from '../../src/gpu/assemble';
import { assembleRef } from '../../src/gpu/assemble.ref';
import { readbackF32, readbackU32, uploadF16, uploadF32, uploadU32 } from '../../src/gpu/buffers';
import { GpuKernelArgumentError } from '../../src/gpu/errors';
import { roundToF16 } from '../../src/core/float16';
import { storageBytes, type StorageDtype } from '../../src/gpu/storage-dtype';
import { packWorkingContext, uploadWorkingContext } from '../../src/gpu/wc-entries';
import type { PositionPolicy, WcEntryAddress } from '../../src/core/position-policy';
import { maxRelativeError, randomF32, submit, withDevice } from './with-device';
import { randomGistStore, randomTokenIds, randomWorkingContext } from './wc-fixtures';

interface Case {
  K: number;
  T: number;
  maxLevel: number;
  dim: number;
  vocab: number;
  policy: PositionPolicy;
  dtype: PositionDtype;
  entries?: WcEntryAddress[];
  storage?: StorageDtype; // table (and gists unless gistStorage)
  gistStorage?: StorageDtype;
}

const F16_TOLERANCE = 1e-2; // issue 6: f16 storage vs the f32 original, relative

async function runAssemble(c: Case) {
  const entries = c.entries ?? randomWorkingContext(c.K, c.T, c.maxLevel);
  const tokenIds = randomTokenIds(c.T, c.vocab);
  const table = randomF32(c.vocab * c.dim); // (V, d)
  const store = randomGistStore(c.K, c.T, c.maxLevel, c.dim);
  const packed = packWorkingContext(entries, c.policy, c.K, c.T);
  const W = packed.rows;
  const words = c.dtype === 'int64' ? 2 : 1;
  const storage = c.storage ?? 'f32';
  const gistStorage = c.gistStorage ?? storage;
  const upload = (device: GPUDevice, data: Float32Array, dtype: StorageDtype, label: string) =>
    dtype === 'f16' ? uploadF16(device, data, label) : uploadF32(device, data, label);
  const got = await withDevice(async ({ device }) => {
    const inputs = [
      uploadWorkingContext(device, packed),
      uploadU32(device, tokenIds, 'test.token-ids'),
      upload(device, table, storage, 'test.table'),
      upload(device, store.gists, gistStorage, 'test.gists'),
      uploadU32(device, store.levelBase, 'test.level-base'),
    ];
    const { embeds, positions } = createAssemblyOutputs(device, W, c.dim, c.dtype);
    device.queue.writeBuffer(embeds, 0, new Float32Array(W * c.dim).fill(Number.NaN)); // poison
    device.queue.writeBuffer(positions, 0, new Uint32Array(W * words).fill(0xdeadbeef));
    const kernel = new AssembleKernel(device, { storage, gistStorage });
    await submit(device, (enc) =>
      kernel.encode(
        enc,
        {
          entries: inputs[0]!,
          tokenIds: inputs[1]!,
          table: inputs[2]!,
          gists: inputs[3]!,
          levelBase: inputs[4]!,
          embeds,
          positions,
        },
        {
          rows: W,
          entryCount: entries.length,
          dim: c.dim,
          totalTokens: c.T,
          vocab: c.vocab,
          blockSize: c.K,
          levels: store.levelBase.length,
          policy: c.policy,
          positionDtype: c.dtype,
        },
      ),
    );
    const result = {
      embeds: await readbackF32(device, embeds, W * c.dim),
      positions: await readbackU32(device, positions, W * words),
    };
    [...inputs, embeds, positions].forEach((b) => b.destroy());
    return result;
  });
  const seen = (data: Float32Array, dtype: StorageDtype) => (dtype === 'f16' ? roundToF16(data) : data);
  const common = { entries, tokenIds, levelBase: store.levelBase, dim: c.dim, blockSize: c.K, policy: c.policy };
  const want = assembleRef({ ...common, table: seen(table, storage), gists: seen(store.gists, gistStorage) });
  const wantF32 = assembleRef({ ...common, table, gists: store.gists });
  // int64 on the wire: (lo, hi) pairs; positions are < 2^31 so hi must be 0.
  const lo = c.dtype === 'int64' ? got.positions.filter((_, i) => i % 2 === 0) : got.positions;
  const hi = c.dtype === 'int64' ? got.positions.filter((_, i) => i % 2 === 1) : new Uint32Array(0);
  return { got, want, wantF32, lo, hi, entries, W };
}

describe('assemble kernel (GPU vs CPU reference)', () => {
  const base = { K: 32, T: 32 * 70 + 13, maxLevel: 2, dim: 13, vocab: 97 };
  it.each<[string, Case]>([
    [
      'absolute, int64, K=32, LOD0/1/2 + 13-token tail, d=13',
      { ...base, policy: { kind: 'absolute' }, dtype: 'int64' },
    ],
    ['compacted, int32', { ...base, policy: { kind: 'compacted' }, dtype: 'int32' }],
    ['bounded-gaps G=5, int64', { ...base, policy: { kind: 'bounded-gaps', maxGap: 5 }, dtype: 'int64' }],
    [
      'K=4, four levels, bounded-gaps G=2, d=7',
      {
        K: 4,
        T: 4 ** 4 * 2 + 3,
        maxLevel: 3,
        dim: 7,
        vocab: 11,
        policy: { kind: 'bounded-gaps', maxGap: 2 },
        dtype: 'int64',
      },
    ],
    [
      'd > workgroup (d=131), absolute',
      { K: 32, T: 32 * 33 + 1, maxLevel: 1, dim: 131, vocab: 5, policy: { kind: 'absolute' }, dtype: 'int64' },
    ],
  ])('%s', async (_name, c) => {
    const { got, want, lo, hi } = await runAssemble(c);
    expect(Array.from(got.embeds).every(Number.isFinite)).toBe(true);
    expect(got.embeds).toEqual(want.embeds); // a copy: bit-exact
    expect(Array.from(lo)).toEqual(Array.from(want.positions));
    expect(hi.every((h) => h === 0)).toBe(true);
  });

  it('an all-LOD0 working context is an embedding gather with positions 0…T−1 (every policy agrees)', async () => {
    const K = 32;
    const T = 32 * 3 + 5;
    const entries = Array.from({ length: 4 }, (_, b) => ({ level: 0, index: b }));
    for (const policy of [
      { kind: 'absolute' },
      { kind: 'compacted' },
      { kind: 'bounded-gaps', maxGap: 1 },
    ] as PositionPolicy[]) {
      const { lo } = await runAssemble({ K, T, maxLevel: 1, dim: 6, vocab: 9, policy, dtype: 'int32', entries });
      expect(Array.from(lo)).toEqual(Array.from({ length: T }, (_, i) => i));
    }
  });
});

describe('assemble kernel, f16 table and gist store storage', () => {
  const base = { K: 32, T: 32 * 70 + 13, maxLevel: 2, vocab: 97, dtype: 'int64' as const };
  it.each<[string, Case]>([
    [
      'absolute, d=13 (odd: rows start mid-word), V·d = 1,261 odd',
      { ...base, dim: 13, policy: { kind: 'absolute' }, storage: 'f16' },
    ],
    ['bounded-gaps G=5, d=16', { ...base, dim: 16, policy: { kind: 'bounded-gaps', maxGap: 5 }, storage: 'f16' }],
    [
      'K=4, four levels, compacted, d=7, int32',
      {
        K: 4,
        T: 4 ** 4 * 2 + 3,
        maxLevel: 3,
        dim: 7,
        vocab: 11,
        policy: { kind: 'compacted' },
        dtype: 'int32',
        storage: 'f16',
      },
    ],
    [
      'd > workgroup (d=131), absolute',
      {
        K: 32,
        T: 32 * 33 + 1,
        maxLevel: 1,
        dim: 131,
        vocab: 5,
        policy: { kind: 'absolute' },
        dtype: 'int64',
        storage: 'f16',
      },
    ],
    [
      'f16 table, f32 gists (GistNet output), d=9',
      { ...base, dim: 9, policy: { kind: 'absolute' }, storage: 'f16', gistStorage: 'f32' },
    ],
    [
      'f32 table, f16 gists, d=9',
      { ...base, dim: 9, policy: { kind: 'absolute' }, storage: 'f32', gistStorage: 'f16' },
    ],
  ])('%s: exact vs the f16-rounded inputs, ≤ 1e-2 vs the f32 inputs', async (_name, c) => {
    const { got, want, wantF32, lo, hi } = await runAssemble(c);
    expect(Array.from(got.embeds).every(Number.isFinite)).toBe(true);
    expect(got.embeds).toEqual(want.embeds); // widened copies of f16 values: bit-exact
    expect(maxRelativeError(got.embeds, want.embeds)).toBeLessThanOrEqual(1e-5);
    expect(maxRelativeError(got.embeds, wantF32.embeds)).toBeLessThanOrEqual(F16_TOLERANCE);
    expect(Array.from(lo)).toEqual(Array.from(want.positions));
    expect(hi.every((h) => h === 0)).toBe(true);
  });

  it('checks the packed table size with a typed error', async () => {
    const vocab = 11;
    const dim = 7; // V·d = 77 f16 → 39 words = 156 bytes
    await withDevice(async ({ device }) => {
      const kernel = new AssembleKernel(device, { storage: 'f16' });
      const usage = GPUBufferUsage.STORAGE;
      const buf = (label: string, size: number) => device.createBuffer({ label, size, usage });
      const args = {
        entries: buf('test.entries', 64),
        tokenIds: buf('test.ids', 64),
        gists: buf('test.gists', 64),
        levelBase: buf('test.lb', 16),
        embeds: buf('test.embeds', 4 * dim * 4),
        positions: buf('test.pos', 32),
      };
      const table = buf('test.table', storageBytes(vocab * dim, 'f16') - 4);
      const encoder = device.createCommandEncoder({ label: 'test.encoder' });
      const shape = {
        rows: 4,
        entryCount: 1,
        dim,
        totalTokens: 4,
        vocab,
        blockSize: 4,
        levels: 1,
        policy: { kind: 'absolute' } as const,
      };
      expect(() => kernel.encode(encoder, { ...args, table }, shape)).toThrow(GpuKernelArgumentError);
      expect(() => kernel.encode(encoder, { ...args, table }, shape)).toThrow(/table holds 152 bytes, needs 156/);
      [...Object.values(args), table].forEach((b) => b.destroy());
    });
  });
});
