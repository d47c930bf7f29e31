// Dispatches past 65,535 workgroups in one dimension: every kernel flattens its grid to 2-D
// (x·y ≥ groups, the shader skips the overshoot). Two index patterns exist — one invocation per
// element (gather, mean-pool: gid.x + gid.y·nwg.x·64) and one workgroup per row (assemble, norm,
// attention, similarity: wg.x + wg.y·nwg.x) — and each is exercised once here. Tiny rows, huge
// counts; compared with plain loops (deep-equal on millions of values is slow).
import { describe, expect, it } from 'vitest';
import { AssembleKernel, createAssemblyOutputs } from '../../src/gpu/assemble';
import { poisonedF32, readbackF32, readbackU32, uploadF32, uploadU32 } from '../../src/gpu/buffers';
import { grid2d } from '../../src/gpu/kernel';
import { GatherKernel } from '../../src/gpu/gather';
import { gatherRef } from '../../src/gpu/gather.ref';
import { packWorkingContext, uploadWorkingContext } from '../../src/gpu/wc-entries';
import { randomF32, submit, withDevice } from './with-device';
import { randomTokenIds } from './wc-fixtures';

/** Count of positions where a and b differ (NaN never equals). */
function mismatches(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

describe('2-D grids beyond 65,535 workgroups', () => {
  it('grid2d covers every group with both dimensions within the limit', () => {
    for (const g of [1, 65_535, 65_536, 70_001, 1_000_003]) {
      const [x, y] = grid2d(g);
      expect(x * y).toBeGreaterThanOrEqual(g);
      expect(Math.max(x, y)).toBeLessThanOrEqual(65_535);
    }
  });

  it('gather: 4.4M elements (> 65,535 × 64 invocations)', async () => {
    const rows = 1_100_003;
    const dim = 4;
    const ids = randomTokenIds(rows, 7);
    const table = randomF32(7 * dim);
    const got = await withDevice(async ({ device }) => {
      const [ib, tb] = [uploadU32(device, ids, 't.ids'), uploadF32(device, table, 't.table')];
      const out = poisonedF32(device, rows * dim, 't.out');
      await submit(device, (enc) =>
        new GatherKernel(device).encode(enc, { ids: ib, table: tb, out }, { rows, dim, vocab: 7 }),
      );
      const r = await readbackF32(device, out, rows * dim);
      [ib, tb, out].forEach((b) => b.destroy());
      return r;
    });
    expect(mismatches(got, gatherRef(ids, table, dim))).toBe(0);
  });

  it('assemble: 70,000 LOD0 rows (one workgroup per row), positions 0…W−1', async () => {
    const K = 32;
    const T = 70_000;
    const entries = Array.from({ length: Math.ceil(T / K) }, (_, b) => ({ level: 0, index: b }));
    const packed = packWorkingContext(entries, { kind: 'absolute' }, K, T);
    const ids = randomTokenIds(T, 5);
    const table = randomF32(5 * 2);
    const got = await withDevice(async ({ device }) => {
      const inputs = [
        uploadWorkingContext(device, packed),
        uploadU32(device, ids, 't.ids'),
        uploadF32(device, table, 't.table'),
        uploadF32(device, new Float32Array(2), 't.gists'),
        uploadU32(device, new Uint32Array([0]), 't.bases'),
      ];
      const { embeds, positions } = createAssemblyOutputs(device, T, 2, 'int32');
      device.queue.writeBuffer(embeds, 0, new Float32Array(T * 2).fill(Number.NaN));
      await submit(device, (enc) =>
        new AssembleKernel(device).encode(
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
            rows: T,
            entryCount: entries.length,
            dim: 2,
            totalTokens: T,
            vocab: 5,
            blockSize: K,
            levels: 1,
            policy: { kind: 'absolute' },
            positionDtype: 'int32',
          },
        ),
      );
      const r = {
        embeds: await readbackF32(device, embeds, T * 2),
        positions: await readbackU32(device, positions, T),
      };
      [...inputs, embeds, positions].forEach((b) => b.destroy());
      return r;
    });
    expect(mismatches(got.embeds, gatherRef(ids, table, 2))).toBe(0);
    expect(got.positions.every((p, i) => p === i)).toBe(true);
  });
});
