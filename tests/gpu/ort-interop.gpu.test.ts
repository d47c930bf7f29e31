// The assembled inputs_embeds / position_ids buffers go straight into onnxruntime-web as GPU
// tensors on the SAME GPUDevice (ARCHITECTURE §4 step 3: "the buffer stays on the GPU and is
// handed to the decoder session as a GPU tensor"). A tiny in-test ONNX graph doubles the
// embeddings and casts the positions; its outputs must equal the CPU reference of the assembly.
import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-web/webgpu';
import { AssembleKernel, createAssemblyOutputs } from '../../src/gpu/assemble';
import { assembleRef } from '../../src/gpu/assemble.ref';
import { uploadF32, uploadU32 } from '../../src/gpu/buffers';
import { acquireGpu } from '../../src/gpu/device';
import { packWorkingContext, uploadWorkingContext } from '../../src/gpu/wc-entries';
import { OnnxType, onnxModel } from './onnx-builder';
import { randomF32 } from './with-device';
import { randomGistStore, randomTokenIds, randomWorkingContext } from './wc-fixtures';

describe('assembly → onnxruntime-web GPU tensors (same device)', () => {
  it('feeds inputs_embeds (float32) and position_ids (int64) to a WebGPU session without a CPU round trip', async () => {
    const K = 32;
    const T = 32 * 40 + 9;
    const d = 12;
    const V = 50;
    const entries = randomWorkingContext(K, T, 1);
    const policy = { kind: 'bounded-gaps', maxGap: 4 } as const;
    const tokenIds = randomTokenIds(T, V);
    const table = randomF32(V * d);
    const store = randomGistStore(K, T, 1, d);
    const packed = packWorkingContext(entries, policy, K, T);
    const W = packed.rows;
    const want = assembleRef({
      entries,
      tokenIds,
      table,
      gists: store.gists,
      levelBase: store.levelBase,
      dim: d,
      blockSize: K,
      policy,
    });

    const { device } = await acquireGpu({ label: 'ort-interop' });
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.wasmPaths = '/node_modules/onnxruntime-web/dist/';
    const inputs = [
      uploadWorkingContext(device, packed),
      uploadU32(device, tokenIds, 't.ids'),
      uploadF32(device, table, 't.table'),
      uploadF32(device, store.gists, 't.gists'),
      uploadU32(device, store.levelBase, 't.bases'),
    ];
    const { embeds, positions } = createAssemblyOutputs(device, W, d, 'int64');
    const encoder = device.createCommandEncoder({ label: 'ort-interop.encoder' });
    new AssembleKernel(device).encode(
      encoder,
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
        dim: d,
        totalTokens: T,
        vocab: V,
        blockSize: K,
        levels: store.levelBase.length,
        policy,
      },
    );
    device.queue.submit([encoder.finish()]);

    const model = onnxModel(
      [
        { op: 'Add', inputs: ['inputs_embeds', 'inputs_embeds'], outputs: ['doubled'] },
        { op: 'Cast', inputs: ['position_ids'], outputs: ['positions_f32'], intAttrs: { to: OnnxType.FLOAT } },
      ],
      [
        { name: 'inputs_embeds', type: OnnxType.FLOAT, dims: [1, W, d] },
        { name: 'position_ids', type: OnnxType.INT64, dims: [1, W] },
      ],
      [
        { name: 'doubled', type: OnnxType.FLOAT, dims: [1, W, d] },
        { name: 'positions_f32', type: OnnxType.FLOAT, dims: [1, W] },
      ],
    );
    const session = await ort.InferenceSession.create(model, {
      // ORT runs on OUR device (per-session option; env.webgpu.device alone is not honoured by the
      // native WebGPU EP in 1.30), so buffers written by our kernels are valid inputs.
      executionProviders: [{ name: 'webgpu', device }],
    });
    const out = await session.run({
      inputs_embeds: ort.Tensor.fromGpuBuffer(embeds, { dataType: 'float32', dims: [1, W, d] }),
      position_ids: ort.Tensor.fromGpuBuffer(positions, { dataType: 'int64', dims: [1, W] }),
    });
    const doubled = (await out.doubled!.getData()) as Float32Array;
    const pos = (await out.positions_f32!.getData()) as Float32Array;
    expect(Array.from(doubled)).toEqual(Array.from(want.embeds, (v) => 2 * v));
    expect(Array.from(pos)).toEqual(Array.from(want.positions));
    await session.release();
    [...inputs, embeds, positions].forEach((b) => b.destroy());
  });
});
