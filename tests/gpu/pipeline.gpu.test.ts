// The kernels composed as the runtime uses them (ARCHITECTURE §4): ingest — gather the token
// embeddings of every completed block, GistNet LOD1 over them, GistNet LOD2 over 32 LOD1 gists,
// all into one gist store — then assemble a mixed-LOD working context and score its entries with
// the similarity fallback. Everything stays on the GPU; the CPU reference chain must agree.
import { describe, expect, it } from 'vitest';
import { AssembleKernel, createAssemblyOutputs } from '../../src/gpu/assemble';
import { assembleRef } from '../../src/gpu/assemble.ref';
import { poisonedF32, readbackF32, uploadF32, uploadU32 } from '../../src/gpu/buffers';
import { GatherKernel } from '../../src/gpu/gather';
import { gatherRef } from '../../src/gpu/gather.ref';
import { GistNetGpu } from '../../src/gpu/gistnet-wgsl';
import { gistNetRef } from '../../src/gpu/gistnet-wgsl.ref';
import { gistNetLayout, randomGistNetWeights, type GistNetConfig } from '../../src/gpu/gistnet-weights';
import { SimilarityKernel } from '../../src/gpu/similarity';
import { similarityRef } from '../../src/gpu/similarity.ref';
import { gistLevelBases, packWorkingContext, uploadWorkingContext } from '../../src/gpu/wc-entries';
import { maxRelativeError, maxScaledError, randomF32, withDevice } from './with-device';
import { randomTokenIds, randomWorkingContext } from './wc-fixtures';

const F32_TOLERANCE = 1e-5;

describe('ingest → assemble → similarity on the GPU (vs the CPU reference chain)', () => {
  it('two GistNet levels, a mixed-LOD WC with a tail, bounded-gaps positions', async () => {
    const K = 32;
    const d = 16;
    const V = 61;
    const T = K * K * 2 + 40; // 65 complete blocks (+ an 8-token tail), 2 complete LOD2 nodes
    const blocks1 = Math.floor(T / K);
    const blocks2 = Math.floor(T / (K * K));
    const config: GistNetConfig = {
      dModel: d,
      width: 12,
      heads: 2,
      mlpHidden: 24,
      slots: 2,
      blockSize: K,
      normEps: 1e-5,
    };
    const manifest = gistNetLayout(config);
    const [w1, w2] = [randomGistNetWeights(manifest), randomGistNetWeights(manifest)]; // separate per level
    const tokenIds = randomTokenIds(T, V);
    const table = randomF32(V * d);
    const entries = randomWorkingContext(K, T, 2);
    const policy = { kind: 'bounded-gaps', maxGap: 8 } as const;
    const packed = packWorkingContext(entries, policy, K, T);
    const W = packed.rows;
    const query = randomF32(d);
    const levelBase = gistLevelBases([0, blocks1, blocks2]);

    const got = await withDevice(async ({ device }) => {
      const idBuf = uploadU32(device, tokenIds, 'p.token-ids');
      const tableBuf = uploadF32(device, table, 'p.table');
      const tokenRows = device.createBuffer({
        label: 'p.block-rows',
        size: blocks1 * K * d * 4,
        usage: GPUBufferUsage.STORAGE,
      });
      const lod1 = device.createBuffer({
        label: 'p.lod1',
        size: blocks1 * d * 4,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
      });
      const lod2 = device.createBuffer({
        label: 'p.lod2',
        size: blocks2 * d * 4,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
      });
      const store = poisonedF32(device, (blocks1 + blocks2) * d, 'p.gist-store');
      const bases = uploadU32(device, levelBase, 'p.level-base');
      const wc = uploadWorkingContext(device, packed);
      const qBuf = uploadF32(device, query, 'p.query');
      const { embeds, positions } = createAssemblyOutputs(device, W, d);
      const scores = poisonedF32(device, entries.length, 'p.scores');
      const net1 = new GistNetGpu(device, manifest, w1);
      const net2 = new GistNetGpu(device, manifest, w2);

      const enc = device.createCommandEncoder({ label: 'p.encoder' });
      new GatherKernel(device).encode(
        enc,
        { ids: idBuf, table: tableBuf, out: tokenRows },
        { rows: blocks1 * K, dim: d, vocab: V },
      );
      net1.encode(enc, tokenRows, lod1, blocks1); // (65, 32, d) → (65, d)
      net2.encode(enc, lod1, lod2, blocks2); // the first 64 LOD1 gists as (2, 32, d) → (2, d)
      enc.copyBufferToBuffer(lod1, 0, store, levelBase[1]! * d * 4, blocks1 * d * 4);
      enc.copyBufferToBuffer(lod2, 0, store, levelBase[2]! * d * 4, blocks2 * d * 4);
      new AssembleKernel(device).encode(
        enc,
        { entries: wc, tokenIds: idBuf, table: tableBuf, gists: store, levelBase: bases, embeds, positions },
        { rows: W, entryCount: entries.length, dim: d, totalTokens: T, vocab: V, blockSize: K, levels: 3, policy },
      );
      new SimilarityKernel(device).encode(
        enc,
        { rows: embeds, entries: wc, query: qBuf, scores },
        { rows: W, entryCount: entries.length, dim: d },
      );
      device.queue.submit([enc.finish()]);
      const result = {
        embeds: await readbackF32(device, embeds, W * d),
        scores: await readbackF32(device, scores, entries.length),
      };
      net1.destroy();
      net2.destroy();
      [idBuf, tableBuf, tokenRows, lod1, lod2, store, bases, wc, qBuf, embeds, positions, scores].forEach((b) =>
        b.destroy(),
      );
      return result;
    });

    const rows = gatherRef(tokenIds.subarray(0, blocks1 * K), table, d);
    const g1 = gistNetRef(manifest, w1, rows, blocks1);
    const g2 = gistNetRef(manifest, w2, g1.subarray(0, blocks2 * K * d), blocks2);
    const gists = new Float32Array([...g1, ...g2]);
    const want = assembleRef({ entries, tokenIds, table, gists, levelBase, dim: d, blockSize: K, policy });
    const wantScores = similarityRef(
      want.embeds,
      packed.placements.map((p) => p.rowOffset),
      query,
      d,
    );
    expect(maxScaledError(got.embeds, want.embeds)).toBeLessThanOrEqual(F32_TOLERANCE);
    expect(maxRelativeError(got.scores, wantScores, 1)).toBeLessThanOrEqual(F32_TOLERANCE);
  });
});
