// float32 I/O for half-precision decoders (hub models, ARCHITECTURE §2): the decoder contract
// (src/models/decoder/decoder-spec.ts) feeds and reads float32 — inputs_embeds, past_key_values,
// logits, present. Graphs exported with a float16 (or bfloat16) KV cache and logits, as the
// model builder writes q4f16 / fp16 models, get a Cast at each such input and output, the way
// transformers.js's fp16 conversion (keep_io_types) does it, so one decoder session serves every
// dtype. The price is one conversion of the KV cache per call.
import { DataType, nodeProto, valueInfo, valueInfoType } from './onnx-proto';
import type { OnnxGraph } from './onnx-graph';

const HALF = new Set<number>([DataType.FLOAT16, DataType.BFLOAT16]);

/** Graph inputs and outputs of a half type become float32; returns the names that were converted. */
export function castHalfIoToFloat32(graph: OnnxGraph): string[] {
  const converted: string[] = [];
  const starts = [];
  for (const input of graph.inputs) {
    const t = valueInfoType(input.payload);
    if (!t || !HALF.has(t.elemType)) continue;
    const internal = `${input.name}/mc_half`;
    graph.renameUses(input.name, internal);
    starts.push(
      nodeProto('Cast', [input.name], [internal], `mc_cast_in/${input.name}`, [{ name: 'to', int: t.elemType }]),
    );
    input.payload = valueInfo(input.name, DataType.FLOAT, t.dims).finish();
    converted.push(input.name);
  }
  graph.insertNodes(starts, 'start');
  const ends = [];
  for (const output of graph.outputs) {
    const t = valueInfoType(output.payload);
    if (!t || !HALF.has(t.elemType)) continue;
    const internal = `${output.name}/mc_half`;
    const producer = graph.producer(output.name);
    if (producer) graph.renameOutput(producer, output.name, internal);
    graph.renameUses(output.name, internal);
    ends.push(
      nodeProto('Cast', [internal], [output.name], `mc_cast_out/${output.name}`, [{ name: 'to', int: DataType.FLOAT }]),
    );
    output.payload = valueInfo(output.name, DataType.FLOAT, t.dims).finish();
    converted.push(output.name);
  }
  graph.insertNodes(ends, 'end');
  return converted;
}
