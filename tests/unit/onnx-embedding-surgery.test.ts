// Graph surgery on tiny models in the hub layout: logits via input_ids (original graph) must
// equal logits via inputs_embeds (rewritten graph, table rows gathered on the CPU).
import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { buildTinyInputIdsModel } from '../fixtures/tiny-onnx';
import {
  graphInputNames,
  GraphSurgeryError,
  rewriteInputIdsToInputsEmbeds,
} from '../../src/models/onnx/embedding-surgery';
import { ProtobufError, readFields } from '../../src/models/onnx/protobuf-wire';
import { OnnxModel } from '../../src/models/onnx/onnx-graph';
import { nodeProto } from '../../src/models/onnx/onnx-proto';

async function run(bytes: Uint8Array, feeds: Record<string, ort.Tensor>) {
  const session = await ort.InferenceSession.create(bytes);
  try {
    return await session.run(feeds);
  } finally {
    await session.release();
  }
}

describe.each([false, true])('embedding graph surgery (tied head: %s)', (tied) => {
  const vocab = 37;
  const dim = 11;
  const tiny = buildTinyInputIdsModel({ vocab, dim, tied });
  const ids = [3, 0, 36, 17, 17, 5];

  it('rewrites input_ids → inputs_embeds and gives identical logits', async () => {
    expect(graphInputNames(tiny.bytes)).toEqual(['input_ids']);
    const r = rewriteInputIdsToInputsEmbeds(tiny.bytes);
    expect(graphInputNames(r.model)).toEqual(['inputs_embeds']);
    expect([r.vocabSize, r.hiddenSize]).toEqual([vocab, dim]);
    expect(r.embeddings).toEqual(tiny.table);
    expect(r.tableRemovedFromGraph).toBe(!tied);
    expect(r.shapeConsumers).toEqual(['shape_of_ids']);
    if (!tied) expect(r.model.length).toBeLessThan(tiny.bytes.length - vocab * dim * 4 + 1024);

    const before = await run(tiny.bytes, {
      input_ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [2, 3]),
    });
    const embeds = new Float32Array(ids.length * dim); // (B=2, T=3, d)
    ids.forEach((id, i) => embeds.set(r.embeddings.subarray(id * dim, (id + 1) * dim), i * dim));
    const after = await run(r.model, { inputs_embeds: new ort.Tensor('float32', embeds, [2, 3, dim]) });
    expect(after.logits!.dims).toEqual([2, 3, vocab]);
    expect(Array.from(after.logits!.data as Float32Array)).toEqual(Array.from(before.logits!.data as Float32Array));
    expect(Array.from(after.ids_shape!.data as BigInt64Array)).toEqual([2n, 3n]);
  });

  it('refuses to rewrite twice', () => {
    const once = rewriteInputIdsToInputsEmbeds(tiny.bytes).model;
    expect(() => rewriteInputIdsToInputsEmbeds(once)).toThrow(GraphSurgeryError);
  });
});

describe('embedding graph surgery errors', () => {
  it('gives a clear error on garbage and truncated files', () => {
    const tiny = buildTinyInputIdsModel({ vocab: 8, dim: 4, tied: false });
    expect(() => readFields(tiny.bytes.subarray(0, tiny.bytes.length - 5))).toThrow(ProtobufError);
    expect(() => rewriteInputIdsToInputsEmbeds(new Uint8Array([0x0a, 0xff]))).toThrow(GraphSurgeryError);
    expect(() => rewriteInputIdsToInputsEmbeds(tiny.bytes.subarray(0, tiny.bytes.length - 5))).toThrow(
      /Not an ONNX model, or a truncated one/,
    );
    expect(() => rewriteInputIdsToInputsEmbeds(tiny.bytes, { inputIdsName: 'tokens' })).toThrow(/no "tokens" input/);
  });
});

describe('embedding graph surgery: operators', () => {
  it('names operators of domains onnxruntime does not implement', () => {
    const tiny = buildTinyInputIdsModel({ vocab: 8, dim: 4, tied: false });
    const m = OnnxModel.parse(tiny.bytes);
    m.graph.insertNodes([nodeProto('FancyNorm', ['h'], ['h_fancy'], 'fancy', [], 'com.example')], 'end');
    const err = (() => {
      try {
        rewriteInputIdsToInputsEmbeds(m.encode());
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(GraphSurgeryError);
    expect((err as GraphSurgeryError).data.reason).toBe('unsupported-operator');
    expect((err as Error).message).toContain('com.example.FancyNorm');
  });
});
