// The decoder with its KV cache kept on the GPU (onnxruntime-web WebGPU EP on our own device,
// present.* fed back as past.*, prefix truncation by buffer copies) gives the logits of the CPU
// path (WASM EP, typed-array cache) — including after a refocus-style truncation.
import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-web/webgpu';
import { acquireGpu } from '../../src/gpu/device';
import { checkDecoderContract, type DecoderDims } from '../../src/models/decoder/decoder-spec';
import { DecoderSession } from '../../src/models/decoder/decoder-session';
import { GpuKvStore } from '../../src/models/decoder/kv-store';
import type { OrtApi } from '../../src/models/decoder/ort-api';

const BASE = '/build/fixtures/tiny-package/';
const api = ort as unknown as OrtApi;

async function bytes(file: string) {
  const r = await fetch(BASE + file);
  expect(r.ok).toBe(true);
  return new Uint8Array(await r.arrayBuffer());
}

describe('decoder KV cache on the GPU', () => {
  it('matches the CPU path through prefill, decode and truncation', async () => {
    const manifest = JSON.parse(new TextDecoder().decode(await bytes('manifest.json')));
    const m = manifest.model;
    const dims: DecoderDims = {
      numLayers: m.num_layers,
      numKvHeads: m.num_kv_heads,
      headDim: m.head_dim,
      hiddenSize: m.hidden_size,
      vocabSize: m.vocab_size,
    };
    const model = await bytes('decoder.onnx');
    const table = new Float32Array((await bytes('embeddings.f32.bin')).buffer);
    const { device } = await acquireGpu({ label: 'kv-test' });
    device.pushErrorScope('validation');
    const gpuSession = await ort.InferenceSession.create(model, {
      executionProviders: [{ name: 'webgpu', device } as unknown as 'webgpu'],
      preferredOutputLocation: 'gpu-buffer',
    });
    const cpuSession = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
    const spec = checkDecoderContract(dims, gpuSession.inputNames, gpuSession.outputNames);
    const gpu = new DecoderSession(api, gpuSession, spec, new GpuKvStore(api, device, spec));
    const cpu = new DecoderSession(api, cpuSession, spec);

    const d = dims.hiddenSize;
    const rows = (ids: number[]) => {
      const out = new Float32Array(ids.length * d); // (T, d)
      ids.forEach((id, i) => out.set(table.subarray(id * d, (id + 1) * d), i * d));
      return out;
    };
    const ids = Array.from({ length: 24 }, (_, i) => (i * 331 + 7) % dims.vocabSize);
    const pos = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
    const both = async (emb: Float32Array, p: number[]) =>
      [(await gpu.forward(emb, p, 1)).logits, (await cpu.forward(emb, p, 1)).logits] as const;
    const close = ([a, b]: readonly [Float32Array, Float32Array]) => {
      let worst = 0;
      for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
      return worst;
    };

    expect(close(await both(rows(ids.slice(0, 20)), pos(0, 20)))).toBeLessThan(1e-3); // prefill
    expect(close(await both(rows([ids[20]!]), [20]))).toBeLessThan(1e-3); // one decode step
    gpu.truncate(12);
    cpu.truncate(12);
    expect(gpu.kv.length).toBe(12);
    expect(close(await both(rows(ids.slice(12, 24)), pos(12, 12)))).toBeLessThan(1e-3); // refocus suffix
    expect(gpu.kv.length).toBe(24);
    expect(await device.popErrorScope()).toBeNull();
    await gpu.release();
    await cpu.release();
  });
});
