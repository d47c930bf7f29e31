// Full GistNet forward (32→1→32→1) on the GPU vs the CPU reference composed of the kernel
// references, on small random weights in the export layout, fresh each run.
import { describe, expect, it } from 'vitest';
import { GistNetGpu } from '../../src/gpu/gistnet-wgsl';
import { gistNetRef } from '../../src/gpu/gistnet-wgsl.ref';
import {
  ALIGN_FLOATS,
  GistNetWeightsError,
  checkGistNetManifest,
  exampleGistNetConfig,
  gistNetLayout,
  gistNetParamCount,
  randomGistNetWeights,
  type GistNetConfig,
} from '../../src/gpu/gistnet-weights';
import { poisonedF32, readbackF32, uploadF32 } from '../../src/gpu/buffers';
import { maxScaledError, randomF32, submit, withDevice } from './with-device';

// ~30 dependent f32 kernels (GPU) vs f64 accumulation (CPU): scaled by the output's RMS.
const F32_TOLERANCE = 1e-5;

async function runGistNet(config: GistNetConfig, blocks: number) {
  const manifest = gistNetLayout(config);
  const weights = randomGistNetWeights(manifest);
  const x = randomF32(blocks * config.blockSize * config.dModel); // (B, K, d)
  const got = await withDevice(async ({ device }) => {
    const net = new GistNetGpu(device, manifest, weights);
    const xBuf = uploadF32(device, x, 'test.x');
    const out = poisonedF32(device, blocks * config.dModel, 'test.gists'); // (B, d), NaN until written
    await submit(device, (enc) => net.encode(enc, xBuf, out, blocks));
    const result = await readbackF32(device, out, blocks * config.dModel);
    [xBuf, out].forEach((b) => b.destroy());
    net.destroy();
    return result;
  });
  return { got, want: gistNetRef(manifest, weights, x, blocks) };
}

describe('GistNet forward (GPU vs CPU reference)', () => {
  it.each<[string, GistNetConfig, number]>([
    [
      'K=32, S=2, 2 heads, d=13 → h=12',
      { dModel: 13, width: 12, heads: 2, mlpHidden: 20, slots: 2, blockSize: 32, normEps: 1e-5 },
      3,
    ],
    [
      'S=1, odd widths (d=7, h=9, 3 heads), 5 blocks',
      { dModel: 7, width: 9, heads: 3, mlpHidden: 11, slots: 1, blockSize: 32, normEps: 1e-5 },
      5,
    ],
    [
      'level-2 shape with a small K (K=5, S=3)',
      { dModel: 10, width: 8, heads: 1, mlpHidden: 16, slots: 3, blockSize: 5, normEps: 1e-6 },
      2,
    ],
    [
      'last-row skip (lastSkip), 4 blocks',
      { dModel: 11, width: 8, heads: 2, mlpHidden: 16, slots: 2, blockSize: 32, normEps: 1e-5, lastSkip: true },
      4,
    ],
  ])('%s', async (_name, config, blocks) => {
    const { got, want } = await runGistNet(config, blocks);
    expect(maxScaledError(got, want)).toBeLessThanOrEqual(F32_TOLERANCE);
  });

  it.each([false, true])(
    'runs B = 130 blocks as passes of 64 (chunked, aligned sub-ranges, scratch reused; lastSkip %s)',
    async (lastSkip) => {
      const config: GistNetConfig = {
        dModel: 5,
        width: 4,
        heads: 2,
        mlpHidden: 6,
        slots: 2,
        blockSize: 32,
        normEps: 1e-5,
        lastSkip,
      };
      const manifest = gistNetLayout(config);
      const weights = randomGistNetWeights(manifest);
      const blocks = 130;
      const x = randomF32(blocks * 32 * 5);
      const got = await withDevice(async ({ device }) => {
        expect(() => new GistNetGpu(device, manifest, weights, { maxBlocksPerPass: 100 })).toThrow(GistNetWeightsError);
        const net = new GistNetGpu(device, manifest, weights, { maxBlocksPerPass: 64 });
        const result = await net.run(x, blocks);
        net.destroy();
        return result;
      });
      expect(maxScaledError(got, gistNetRef(manifest, weights, x, blocks))).toBeLessThanOrEqual(F32_TOLERANCE);
    },
  );

  it('has the power to see a single changed weight (the comparison is not vacuous)', async () => {
    const config: GistNetConfig = {
      dModel: 9,
      width: 8,
      heads: 2,
      mlpHidden: 12,
      slots: 2,
      blockSize: 32,
      normEps: 1e-5,
    };
    const manifest = gistNetLayout(config);
    const weights = randomGistNetWeights(manifest);
    const x = randomF32(2 * 32 * 9);
    const got = await withDevice(async ({ device }) => {
      const net = new GistNetGpu(device, manifest, weights);
      const result = await net.run(x, 2);
      net.destroy();
      return result;
    });
    expect(maxScaledError(got, gistNetRef(manifest, weights, x, 2))).toBeLessThanOrEqual(F32_TOLERANCE);
    const changed = weights.slice();
    changed[manifest.tensors.find((t) => t.name === 'refine.v.weight')!.offset + 3]! += 1; // 0.05 was seen to move the output by only 4.9e-4 on one random draw
    expect(maxScaledError(got, gistNetRef(manifest, changed, x, 2))).toBeGreaterThan(100 * F32_TOLERANCE);
  });
});

describe('GistNet weight layout', () => {
  it('aligns every tensor to 256 bytes, packs them in order without overlap, and counts parameters', () => {
    const m = gistNetLayout(exampleGistNetConfig(512));
    let end = 0;
    for (const t of m.tensors) {
      expect(t.offset % ALIGN_FLOATS).toBe(0);
      expect(t.offset).toBeGreaterThanOrEqual(end);
      end = t.offset + t.size;
    }
    expect(m.totalFloats).toBeGreaterThanOrEqual(end);
    expect(gistNetParamCount(m)).toBe(m.tensors.reduce((a, t) => a + t.shape.reduce((x, y) => x * y, 1), 0));
    expect(m.tensors[0]!.name).toBe('in_proj.weight');
    expect(m.tensors.at(-1)!.name).toBe('out_proj.bias');
  });

  it('rejects a manifest whose tensors disagree with its config', () => {
    const m = gistNetLayout(exampleGistNetConfig(64));
    const swapped = { ...m, tensors: [m.tensors[1]!, m.tensors[0]!, ...m.tensors.slice(2)] };
    expect(() => checkGistNetManifest(swapped)).toThrow(GistNetWeightsError);
    expect(() => gistNetLayout({ ...exampleGistNetConfig(64), heads: 3 })).toThrow(GistNetWeightsError);
    checkGistNetManifest(JSON.parse(JSON.stringify(m)));
  });
});
