// Working Context assembly on the GPU feeding the decoder: the rows the WGSL kernel assembles from
// the GPU copy of the tree equal the CPU rows bit for bit, and a prefill from them (WebGPU EP,
// GPU tensors in, KV on the GPU) gives the logits of the CPU path (WASM EP, CPU rows).
import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-web/webgpu';
import { acquireGpu } from '../../src/gpu/device';
import { readbackF32 } from '../../src/gpu/buffers';
import { roundToF16 } from '../../src/core/float16';
import { checkDecoderContract, type DecoderDims } from '../../src/models/decoder/decoder-spec';
import { DecoderSession } from '../../src/models/decoder/decoder-session';
import { GpuKvStore } from '../../src/models/decoder/kv-store';
import type { OrtApi } from '../../src/models/decoder/ort-api';
import { EmbeddingTable } from '../../src/models/embedding-table';
import { TrainingFreeGister } from '../../src/models/training-free-gister';
import { ConversationMemory } from '../../src/runtime/conversation-memory';
import { GpuRowSource } from '../../src/runtime/gpu-row-source';
import { GpuTableCache } from '../../src/runtime/gpu-table-cache';
import { materializeRows, planRows } from '../../src/runtime/row-plan';
import { WcDecoder } from '../../src/runtime/wc-decoder';

const BASE = '/build/fixtures/tiny-package/';
const api = ort as unknown as OrtApi;
const policy = { kind: 'compacted' } as const;

async function bytes(file: string) {
  const r = await fetch(BASE + file);
  expect(r.ok).toBe(true);
  return new Uint8Array(await r.arrayBuffer());
}

describe('GPU assembly into the decoder', () => {
  it('assembles the CPU rows exactly and prefills to the CPU logits', async () => {
    const m = JSON.parse(new TextDecoder().decode(await bytes('manifest.json'))).model;
    const dims: DecoderDims = {
      numLayers: m.num_layers,
      numKvHeads: m.num_kv_heads,
      headDim: m.head_dim,
      hiddenSize: m.hidden_size,
      vocabSize: m.vocab_size,
    };
    const table = EmbeddingTable.fromBytes(await bytes('embeddings.f32.bin'), dims.vocabSize, dims.hiddenSize);
    const model = await bytes('decoder.onnx');
    const { device } = await acquireGpu({ label: 'rows-test' });
    device.pushErrorScope('validation');

    const memory = new ConversationMemory(new TrainingFreeGister(table), {
      config: { wMax: 300, protectedTokens: 64 },
    });
    const ids = Array.from({ length: 5_000 }, (_, i) => (i * 7919 + 11) % 8000);
    await memory.ingest(ids); // LOD0 blocks, LOD1 and LOD2 gists in the working context
    expect(new Set(Array.from({ length: memory.wc.length }, (_, i) => memory.wc.level(i))).size).toBeGreaterThan(1);

    const source = new GpuRowSource(device, table, memory.tree);
    const plan = planRows(memory.wc, policy, 32, memory.tree.length);
    expect(source.assemble(memory.wc, policy)).toBe(plan.rows);
    const slice = source.rows(10, plan.rows);
    const got = await readbackF32(device, slice.embeds, slice.count * dims.hiddenSize);
    expect(Array.from(got)).toEqual(Array.from(materializeRows(plan, 10, memory.tree, table)));
    slice.destroy();

    const gpuSession = await ort.InferenceSession.create(model, {
      executionProviders: [{ name: 'webgpu', device } as unknown as 'webgpu'],
      preferredOutputLocation: 'gpu-buffer',
    });
    const cpuSession = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
    const spec = checkDecoderContract(dims, gpuSession.inputNames, gpuSession.outputNames);
    const gpuDecoder = new DecoderSession(api, gpuSession, spec, new GpuKvStore(api, device, spec));
    const cpuDecoder = new DecoderSession(api, cpuSession, spec);
    const onGpu = await new WcDecoder(memory, gpuDecoder, table, policy, {
      gpuRows: source,
      gpuMinRows: 16,
      prefillChunk: 128,
    }).sync();
    const onCpu = await new WcDecoder(memory, cpuDecoder, table, policy, { prefillChunk: 128 }).sync();
    expect(onGpu.stats).toEqual(onCpu.stats);
    let worst = 0;
    for (let i = 0; i < onCpu.logits.length; i++)
      worst = Math.max(worst, Math.abs(onGpu.logits[i]! - onCpu.logits[i]!));
    expect(worst).toBeLessThan(1e-3);
    expect(await device.popErrorScope()).toBeNull();
    source.destroy();
    await gpuDecoder.release();
    await cpuDecoder.release();
  }, 180_000); // 45 s alone on SwiftShader (demo-size decoder prefill); over 60 s beside other work

  it('conversations share one GPU embedding table; it is freed with the last of them', async () => {
    const dim = 8;
    const table = EmbeddingTable.fromBytes(
      new Uint8Array(new Float32Array(Array.from({ length: 50 * dim }, (_, i) => i / 7)).buffer),
      50,
      dim,
    );
    const { device } = await acquireGpu({ label: 'rows-share-test' });
    device.pushErrorScope('validation');
    const cache = new GpuTableCache(device);
    const a = new ConversationMemory(new TrainingFreeGister(table), { config: { wMax: 256, protectedTokens: 64 } });
    const b = new ConversationMemory(new TrainingFreeGister(table), { config: { wMax: 256, protectedTokens: 64 } });
    await a.ingest(Array.from({ length: 100 }, (_, i) => i % 50));
    await b.ingest(Array.from({ length: 70 }, (_, i) => (i * 3) % 50));
    const sa = new GpuRowSource(device, table, a.tree, cache);
    const sb = new GpuRowSource(device, table, b.tree, cache);
    expect(cache.size).toBe(1);
    sa.destroy(); // b keeps assembling from the shared table
    const rows = sb.assemble(b.wc, policy);
    const slice = sb.rows(0, rows);
    const got = await readbackF32(device, slice.embeds, rows * dim);
    expect(Array.from(got)).toEqual(
      Array.from(materializeRows(planRows(b.wc, policy, 32, b.tree.length), 0, b.tree, table)),
    );
    slice.destroy();
    sb.destroy();
    expect(cache.size).toBe(0);
    expect(await device.popErrorScope()).toBeNull();
    device.destroy();
  });

  it('an f16 table on the GPU assembles the rows of the f16-rounded table exactly', async () => {
    const dim = 7; // odd: the last packed word of a row is shared with the next row
    const values = Float32Array.from({ length: 40 * dim }, (_, i) => Math.sin(i * 1.7) * 3.1 + 1e-3 * i);
    const table = EmbeddingTable.fromBytes(new Uint8Array(values.buffer), 40, dim);
    const rounded = EmbeddingTable.fromBytes(new Uint8Array(roundToF16(values).buffer), 40, dim);
    const { device } = await acquireGpu({ label: 'rows-f16-test' });
    device.pushErrorScope('validation');
    const memory = new ConversationMemory(new TrainingFreeGister(table), {
      config: { wMax: 256, protectedTokens: 64 },
    });
    await memory.ingest(Array.from({ length: 300 }, (_, i) => (i * 13) % 40));
    const cache = new GpuTableCache(device);
    const source = new GpuRowSource(device, table, memory.tree, cache, 'f16');
    const rows = source.assemble(memory.wc, policy);
    const slice = source.rows(0, rows);
    const got = await readbackF32(device, slice.embeds, rows * dim);
    // LOD0 rows come from the f16 table; gist rows stay the tree's f32 gists.
    expect(Array.from(got)).toEqual(
      Array.from(materializeRows(planRows(memory.wc, policy, 32, memory.tree.length), 0, memory.tree, rounded)),
    );
    expect(Array.from(got)).not.toEqual(
      Array.from(materializeRows(planRows(memory.wc, policy, 32, memory.tree.length), 0, memory.tree, table)),
    );
    slice.destroy();
    source.destroy();
    expect(await device.popErrorScope()).toBeNull();
    device.destroy();
  });

  it('gists overwritten by a refresh are uploaded again: the GPU rows follow the tree', async () => {
    const dim = 8;
    const table = EmbeddingTable.fromBytes(
      new Uint8Array(Float32Array.from({ length: 60 * dim }, (_, i) => Math.cos(i)).buffer),
      60,
      dim,
    );
    const { device } = await acquireGpu({ label: 'rows-refresh-test' });
    device.pushErrorScope('validation');
    const memory = new ConversationMemory(new TrainingFreeGister(table), {
      config: { wMax: 256, protectedTokens: 64 },
    });
    await memory.ingest(Array.from({ length: 2_100 }, (_, i) => (i * 7) % 60)); // LOD1 and LOD2 gists in the WC
    const source = new GpuRowSource(device, table, memory.tree);
    const read = async () => {
      const rows = source.assemble(memory.wc, policy);
      const slice = source.rows(0, rows);
      const got = await readbackF32(device, slice.embeds, rows * dim);
      slice.destroy();
      return Array.from(got);
    };
    const want = () =>
      Array.from(materializeRows(planRows(memory.wc, policy, 32, memory.tree.length), 0, memory.tree, table));
    expect(await read()).toEqual(want());
    // A refresh replaces LOD1 gists 3..9 and LOD2 gist 0 with new vectors (another gister version).
    memory.tree.overwriteGists(
      1,
      3,
      Float32Array.from({ length: 7 * dim }, (_, i) => 100 + i),
      'refreshed@2',
    );
    memory.tree.overwriteGists(
      2,
      0,
      Float32Array.from({ length: dim }, (_, i) => -50 - i),
      'refreshed@2',
    );
    const after = want();
    expect(await read()).toEqual(after);
    expect(after.some((v) => v >= 100 || v <= -50)).toBe(true); // the changed gists are in the WC
    source.destroy();
    expect(await device.popErrorScope()).toBeNull();
    device.destroy();
  });
});
