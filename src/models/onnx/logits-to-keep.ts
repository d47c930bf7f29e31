// logits_to_keep (hub models, ARCHITECTURE §2): the decoder contract names the "logits of the
// last n positions only" input num_logits_to_keep (an int64 scalar, as the project's exporter and
// earlier transformers write it); graphs exported from recent transformers call it logits_to_keep.
// The input is renamed, and a rank-1 declaration gets a Reshape from the scalar the decoder feeds.
import { DataType, nodeProto, tensorProto, valueInfo, valueInfoType } from './onnx-proto';
import type { OnnxGraph } from './onnx-graph';

export const NUM_LOGITS_TO_KEEP = 'num_logits_to_keep';
const LOGITS_TO_KEEP = 'logits_to_keep';

/** Renames a logits_to_keep input; true when the graph had one. */
export function renameLogitsToKeep(graph: OnnxGraph): boolean {
  const input = graph.inputs.find((i) => i.name === LOGITS_TO_KEEP);
  if (!input || graph.inputs.some((i) => i.name === NUM_LOGITS_TO_KEEP)) return false;
  const rank = valueInfoType(input.payload)?.dims.length ?? 0;
  input.name = NUM_LOGITS_TO_KEEP;
  input.payload = valueInfo(NUM_LOGITS_TO_KEEP, DataType.INT64, []).finish();
  if (rank === 0) {
    graph.renameUses(LOGITS_TO_KEEP, NUM_LOGITS_TO_KEEP);
  } else {
    const shape = 'mc_logits_to_keep_shape';
    graph.addInitializer(tensorProto(shape, DataType.INT64, [1], new Uint8Array(new BigInt64Array([1n]).buffer)));
    graph.insertNodes(
      [nodeProto('Reshape', [NUM_LOGITS_TO_KEEP, shape], [LOGITS_TO_KEEP], 'mc_logits_to_keep_reshape')],
      'start',
    );
  }
  return true;
}
