// The app's GistNet on WebGPU (src/runtime/gpu-gister.ts) with a real trained net — gist-r040, the net
// 0.4.0 shipped (d 256, h 128, last-row skip, LOD1 and LOD2 weights; fixtures/gistnet-r040/, since
// 0.5.x ships the training-free gister) — over the shipped package's embedding table (d 256): a conversation's ingest gists a batch
// of blocks in WGSL; the gists equal the ONNX net on WASM (what the app runs on WASM) and the CPU
// reference of the flat weights (gistNetRef) within tolerance at LOD1 and LOD2; they reach the
// conversation's GPU gist store GPU→GPU (no writeBuffer into it) and the assembler's rows are the
// CPU rows exactly; after a device loss FallbackGister gives the ONNX gists. Ingest speed, WGSL vs
// ONNX on WASM: `npm run bench:gpu` (bench/gpu-ingest.ts).
import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-web/webgpu';
import { acquireGpu } from '../../src/gpu/device';
import { GpuDeviceLostError } from '../../src/gpu/errors';
import { readbackF32 } from '../../src/gpu/buffers';
import { gistNetRef } from '../../src/gpu/gistnet-wgsl.ref';
import type { OrtApi } from '../../src/models/decoder/ort-api';
import { EmbeddingTable } from '../../src/models/embedding-table';
import type { ModelManifest } from '../../src/models/model-manifest';
import { loadGistNetFlatLevels, type GistNetFlat } from '../../src/models/gistnet/gistnet-flat';
import { OnnxGister } from '../../src/models/gistnet/onnx-gister';
import { FallbackGister, gisterWithSink } from '../../src/models/gistnet/fallback-gister';
import { ConversationMemory } from '../../src/runtime/conversation-memory';
import { GpuRowSource } from '../../src/runtime/gpu-row-source';
import { WgslGister, type GpuGistSink } from '../../src/runtime/gpu-gister';
import { materializeRows, planRows } from '../../src/runtime/row-plan';
import { maxScaledError, rms } from './with-device';

const BASE = '/models/demo/'; // public/models/demo: the shipped package (its embedding table)
const NET = '/tests/gpu/fixtures/gistnet-r040/'; // the net's ONNX, flat weights and manifest entry
const api = ort as unknown as OrtApi;
const policy = { kind: 'compacted' } as const;
// ~30 dependent f32 ops; WGSL vs f64 CPU reference and vs ONNX (f32, other summation order), scaled by the RMS.
const TOLERANCE = 1e-5;
// A block whose forward is ill-conditioned moves far in any f32 forward: a sweep of 40 seeds × 64 blocks
// (7 December 2026) found most blocks within 1e-6 of the reference, and a few where WGSL and ONNX alike
// missed it by up to 4.5e-4 and 3.1e-4 (WGSL to ONNX 1.4e-4; WGSL/ONNX error ratio 0.7–1.5). So each block
// is held to TOLERANCE plus F32_FLOOR × how far ONNX's own f32 forward (an independent implementation)
// lands from the reference on that block: WGSL may not be much worse than f32 itself is there.
const F32_FLOOR = 4;

async function bytes(file: string, base = BASE) {
  const r = await fetch(base + file);
  expect(r.ok).toBe(true);
  return new Uint8Array(await r.arrayBuffer());
}

interface Demo {
  manifest: ModelManifest;
  table: EmbeddingTable;
  levels: GistNetFlat[];
  onnx: OnnxGister;
}

let demo: Promise<Demo> | null = null;
function loadDemo(): Promise<Demo> {
  demo ??= (async () => {
    const shipped = JSON.parse(new TextDecoder().decode(await bytes('manifest.json'))) as ModelManifest;
    const net = JSON.parse(new TextDecoder().decode(await bytes('gistnet-entry.json', NET))) as Pick<
      ModelManifest,
      'gistnet' | 'files'
    >;
    const manifest: ModelManifest = { ...shipped, files: { ...shipped.files, ...net.files }, gistnet: net.gistnet };
    const table = EmbeddingTable.fromBytes(
      await bytes(manifest.embeddings.file),
      manifest.model.vocab_size,
      manifest.model.hidden_size,
    );
    const levels = (await loadGistNetFlatLevels(NET, manifest))!;
    const onnx = await OnnxGister.create(
      api,
      await bytes(manifest.gistnet!.file, NET),
      table,
      { version: manifest.gistnet!.version },
      { executionProviders: ['wasm'] },
    );
    return { manifest, table, levels, onnx };
  })();
  return demo;
}

// Fresh inputs each run; a failure names its seed, and VITE_GISTER_SEED=N replays it (CI runs saw LOD1
// differ from ONNX by 2.2e-4 scaled, seed not kept, and from the reference by 2.5e-5 with seed 831994:
// ill-conditioned blocks, where ONNX misses the reference as far — hence the per-block floor above).
const SEED = Number(import.meta.env.VITE_GISTER_SEED ?? Math.floor(Math.random() * 1e6));
const SEEDED = `inputs of seed ${SEED} (VITE_GISTER_SEED=${SEED} replays them)`;

/** Token ids of ordinary text-like variety (fresh each run: `SEED`). */
function randomIds(n: number, vocab: number): number[] {
  return Array.from({ length: n }, (_, i) => (SEED + i * 7919 + ((i * i) % 997)) % vocab);
}

/** Per block (rows of d), the largest |a − b| scaled by the reference's RMS over all blocks. */
function blockErrors(a: Float32Array, b: Float32Array, ref: Float32Array, d: number): number[] {
  const scale = Math.max(1e-6, rms(ref));
  return Array.from({ length: a.length / d }, (_, k) => {
    let worst = 0;
    for (let j = k * d; j < (k + 1) * d; j++) worst = Math.max(worst, Math.abs(a[j]! - b[j]!));
    return worst / scale;
  });
}

/**
 * WGSL's gists against the f64-accumulated reference and against ONNX on WASM, block by block, each
 * within TOLERANCE plus F32_FLOOR × ONNX's own distance from the reference on that block (see F32_FLOOR).
 */
function expectF32Close(wgsl: Float32Array, onnx: Float32Array, ref: Float32Array, d: number, what: string): void {
  const onnxToRef = blockErrors(onnx, ref, ref, d);
  const wgslToRef = blockErrors(wgsl, ref, ref, d);
  const wgslToOnnx = blockErrors(wgsl, onnx, ref, d);
  const over = onnxToRef.flatMap((floor, k) => {
    const bound = TOLERANCE + F32_FLOOR * floor;
    return wgslToRef[k]! > bound || wgslToOnnx[k]! > bound
      ? [
          `block ${k}: WGSL→ref ${wgslToRef[k]!.toExponential(2)}, WGSL→ONNX ${wgslToOnnx[k]!.toExponential(2)}, ONNX→ref ${floor.toExponential(2)}`,
        ]
      : [];
  });
  expect(over, `${what}, ${SEEDED}`).toEqual([]);
  // Most blocks are well conditioned: there WGSL is within TOLERANCE outright.
  expect(wgslToRef.filter((e) => e <= TOLERANCE).length, `${what}, ${SEEDED}`).toBeGreaterThanOrEqual(
    wgslToRef.length * 0.75,
  );
}

describe('GistNet in WGSL on the decoder device (the app path on WebGPU)', () => {
  it('the net has LOD1 and LOD2 flat weights of the last-row-skip net', async () => {
    const { levels } = await loadDemo();
    expect(levels.map((l) => l.manifest.config.lastSkip)).toEqual([true, true]);
    expect(levels.map((l) => l.manifest.config.dModel)).toEqual([256, 256]);
  }, 120_000);

  it('ingest: LOD1 and LOD2 gists equal ONNX-on-WASM and the CPU reference; they reach the GPU gist store GPU→GPU', async () => {
    const { manifest, table, levels, onnx } = await loadDemo();
    const { device } = await acquireGpu({ label: 'gpu-gister-test' });
    device.pushErrorScope('validation');
    // Count writes into the row source's gist store: new gists must arrive by copy, not writeBuffer.
    const gistWrites: string[] = [];
    const write = device.queue.writeBuffer.bind(device.queue);
    device.queue.writeBuffer = ((buffer: GPUBuffer, ...rest: unknown[]) => {
      if (buffer.label.startsWith('rows.gists')) gistWrites.push(buffer.label);
      return (write as (...a: unknown[]) => void)(buffer, ...rest);
    }) as typeof device.queue.writeBuffer;

    const wgsl = new WgslGister(device, table, levels, { version: manifest.gistnet!.version });
    const sink: { rows?: GpuRowSource } = {};
    const memory = new ConversationMemory(
      gisterWithSink<GpuGistSink>(wgsl, () => sink.rows),
      { config: { wMax: 400, protectedTokens: 64 }, gistBatch: 256 },
    );
    const rows = new GpuRowSource(device, table, memory.tree);
    sink.rows = rows;
    const blocks = 66; // 2 LOD2 gists + 2 LOD1 blocks more; one LOD1 job of 66 blocks (past the store's first 64)
    await memory.ingest(randomIds(blocks * 32 + 5, table.vocabSize));
    const tree = memory.tree;
    const d = table.dim;
    expect([tree.gistedCount(1), tree.gistedCount(2)]).toEqual([66, 2]);

    // LOD1 over the batch: vs ONNX (the WASM path's net) and vs the f64 reference of the flat weights.
    const lod1 = tree.gistRange(1, 0, 66);
    const job1 = tree.gistInputs(1, 0, 66);
    const x1 = new Float32Array(66 * 32 * d);
    table.gather(job1.tokenIds!, x1);
    const ref1 = gistNetRef(levels[0]!.manifest, levels[0]!.weights, x1, 66);
    expectF32Close(lod1, await onnx.gist(job1), ref1, d, 'LOD1');
    // LOD2: the same inputs (the tree's LOD1 gists) through the LOD2 net.
    const lod2 = tree.gistRange(2, 0, 2);
    const job2 = tree.gistInputs(2, 0, 2);
    const ref2 = gistNetRef(levels[1]!.manifest, levels[1]!.weights, job2.childGists!, 2);
    expectF32Close(lod2, await onnx.gist(job2), ref2, d, 'LOD2');
    // The LOD2 net is not the LOD1 net (the comparison tells the levels apart).
    expect(
      maxScaledError(lod2, gistNetRef(levels[0]!.manifest, levels[0]!.weights, job2.childGists!, 2)),
    ).toBeGreaterThan(100 * TOLERANCE);

    // The gists are in the row source's store already, bit for bit, with nothing uploaded from the CPU.
    expect([rows.uploadedGistCount(1), rows.uploadedGistCount(2)]).toEqual([66, 2]);
    const store = rows.gistStore();
    const onGpu = await readbackF32(device, store.buffer, (store.levelBase(2) + 2) * d);
    expect(Array.from(onGpu.subarray(store.levelBase(1) * d, (store.levelBase(1) + 66) * d))).toEqual(Array.from(lod1));
    expect(Array.from(onGpu.subarray(store.levelBase(2) * d, (store.levelBase(2) + 2) * d))).toEqual(Array.from(lod2));
    // The assembler reads them: the rows equal the CPU rows exactly, still without a gist upload.
    const plan = planRows(memory.wc, policy, 32, tree.length);
    expect(new Set(Array.from({ length: memory.wc.length }, (_, i) => memory.wc.level(i))).size).toBeGreaterThan(1);
    expect(rows.assemble(memory.wc, policy)).toBe(plan.rows);
    const slice = rows.rows(0, plan.rows);
    const got = await readbackF32(device, slice.embeds, plan.rows * d);
    expect(Array.from(got)).toEqual(Array.from(materializeRows(plan, 0, tree, table)));
    expect(gistWrites).toEqual([]);
    slice.destroy();

    // More tokens: the next job continues the store.
    await memory.ingest(randomIds(6 * 32, table.vocabSize));
    expect(tree.gistedCount(1)).toBe(72);
    rows.assemble(memory.wc, policy);
    const plan2 = planRows(memory.wc, policy, 32, tree.length);
    const slice2 = rows.rows(0, plan2.rows);
    const got2 = await readbackF32(device, slice2.embeds, plan2.rows * d);
    expect(Array.from(got2)).toEqual(Array.from(materializeRows(plan2, 0, tree, table)));
    slice2.destroy();
    expect(gistWrites).toEqual([]);

    expect(await device.popErrorScope()).toBeNull();
    rows.destroy();
    await wgsl.release();
    device.destroy();
  }, 240_000);

  it('after the device is lost, FallbackGister makes the same gists with ONNX on WASM', async () => {
    const { manifest, table, levels, onnx } = await loadDemo();
    const { device } = await acquireGpu({ label: 'gpu-gister-loss-test' });
    const wgsl = new WgslGister(device, table, levels, { version: manifest.gistnet!.version });
    const switches: string[] = [];
    const gister = new FallbackGister(
      { gister: wgsl, path: 'WGSL on WebGPU' },
      { gister: onnx, path: 'ONNX on WASM' },
      (s) => switches.push(`${s.from} → ${s.to}`),
    );
    const memory = new ConversationMemory(gister, { config: { wMax: 400, protectedTokens: 64 } });
    await memory.ingest(randomIds(4 * 32, table.vocabSize));
    expect(gister.path).toBe('WGSL on WebGPU');
    // The host marks a gister lost when the device manager reports the loss: its calls then throw.
    const marked = new WgslGister(device, table, levels, { version: manifest.gistnet!.version });
    marked.markLost('device manager: lost');
    await expect(marked.gist(memory.tree.gistInputs(1, 0, 2))).rejects.toThrow(GpuDeviceLostError);
    await marked.release();
    device.destroy(); // the loss: the next map fails
    await memory.ingest(randomIds(6 * 32, table.vocabSize));
    expect(gister.path).toBe('ONNX on WASM');
    expect(switches).toEqual(['WGSL on WebGPU → ONNX on WASM']);
    const tree = memory.tree;
    expect(tree.gistedCount(1)).toBe(10);
    const after = tree.gistRange(1, 4, 6);
    expect(Array.from(after)).toEqual(Array.from(await onnx.gist(tree.gistInputs(1, 4, 6))));
    const job = tree.gistInputs(1, 0, 4);
    const x = new Float32Array(4 * 32 * table.dim);
    table.gather(job.tokenIds!, x);
    const ref = gistNetRef(levels[0]!.manifest, levels[0]!.weights, x, 4);
    expectF32Close(tree.gistRange(1, 0, 4), await onnx.gist(job), ref, table.dim, 'before the loss');
    await wgsl.release();
  }, 120_000);
});
