// Graph surgery (ARCHITECTURE §2): a standard decoder export that takes only `input_ids` is
// rewritten at load time to take `inputs_embeds`, so the working context can feed gists (which
// have no token id). The embedding Gather is cut out, its table extracted (vocab × d, f32), and
// any remaining use of `input_ids` for shapes is fed by a [batch, seq] proxy of the embeddings.
import { decodeString, ProtoWriter, readFields, type RawField } from './protobuf-wire';
import {
  DataType,
  GraphField,
  ModelField,
  nodeProto,
  parseNode,
  parseTensor,
  renameNodeInputs,
  tensorProto,
  valueInfo,
  valueInfoName,
  type NodeView,
} from './onnx-proto';
import { float16ToFloat32 } from './float16';

export class GraphSurgeryError extends Error {
  override readonly name = 'GraphSurgeryError';
  constructor(message: string, readonly data: { reason: string }) {
    super(message);
  }
}

export interface EmbeddingSurgeryOptions {
  inputIdsName?: string; // default 'input_ids'
  inputsEmbedsName?: string; // default 'inputs_embeds'
}

export interface EmbeddingSurgeryResult {
  model: Uint8Array; // rewritten ModelProto
  embeddings: Float32Array; // (vocab, d)
  vocabSize: number;
  hiddenSize: number;
  /** False when the table is still used elsewhere (e.g. a tied LM head) and stays in the graph. */
  tableRemovedFromGraph: boolean;
  /** Nodes that read input_ids only for its shape and now read the proxy. */
  shapeConsumers: string[];
}

const PROXY = { shape: 'mc_embeds_shape', idsShape: 'mc_ids_shape', ids: 'mc_input_ids_proxy', starts: 'mc_slice_starts', ends: 'mc_slice_ends' };

function fail(reason: string, message: string): never {
  throw new GraphSurgeryError(message, { reason });
}

/** Names of the graph inputs of an ONNX model (to decide whether surgery is needed). */
export function graphInputNames(model: Uint8Array): string[] {
  const graph = readFields(model).find((f) => f.field === ModelField.graph);
  if (!graph) fail('no-graph', 'The ONNX file has no graph (is it an ONNX model?)');
  return readFields(graph.payload).filter((f) => f.field === GraphField.input).map((f) => valueInfoName(f.payload));
}

function defaultOpset(modelFields: RawField[]): number {
  for (const f of modelFields.filter((x) => x.field === ModelField.opsetImport)) {
    const inner = readFields(f.payload);
    const domain = decodeString(inner.find((x) => x.field === 1)?.payload ?? new Uint8Array());
    if (domain === '' || domain === 'ai.onnx') return Number(inner.find((x) => x.field === 2)?.varint ?? 0n);
  }
  return 0;
}

export function rewriteInputIdsToInputsEmbeds(model: Uint8Array, opts: EmbeddingSurgeryOptions = {}): EmbeddingSurgeryResult {
  const idsName = opts.inputIdsName ?? 'input_ids';
  const embedsName = opts.inputsEmbedsName ?? 'inputs_embeds';
  const modelFields = readFields(model);
  const graphField = modelFields.find((f) => f.field === ModelField.graph) ?? fail('no-graph', 'The ONNX file has no graph.');
  const graph = readFields(graphField.payload);

  const inputNames = graph.filter((f) => f.field === GraphField.input).map((f) => valueInfoName(f.payload));
  if (inputNames.includes(embedsName)) fail('already-has-embeds', `The graph already takes "${embedsName}"; no surgery needed.`);
  if (!inputNames.includes(idsName)) fail('no-input-ids', `The graph has no "${idsName}" input (inputs: ${inputNames.join(', ')}).`);

  const nodes: NodeView[] = graph.filter((f) => f.field === GraphField.node).map((f) => parseNode(f.payload));
  const gathers = nodes.filter((n) => n.opType === 'Gather' && n.inputs[1] === idsName && n.domain === '');
  if (gathers.length !== 1) fail('gather-count', `Expected exactly one Gather reading "${idsName}", found ${gathers.length}.`);
  const gather = gathers[0]!;
  const tableName = gather.inputs[0]!;
  const gatheredName = gather.outputs[0]!;
  const tableField = graph.find((f) => f.field === GraphField.initializer && parseTensor(f.payload).name === tableName);
  if (!tableField) fail('table-not-initializer', `The embedding table "${tableName}" is not a plain initializer (quantized or computed tables are not supported).`);
  const table = parseTensor(tableField.payload);
  if (table.dims.length !== 2) fail('table-rank', `The embedding table "${tableName}" has shape [${table.dims.join(', ')}], expected [vocab, d].`);
  const [vocabSize, hiddenSize] = table.dims as [number, number];
  const embeddings = decodeTable(table.dataType, table.data, vocabSize * hiddenSize, tableName);

  const others = nodes.filter((n) => n !== gather && n.inputs.includes(idsName));
  const nonShape = others.filter((n) => n.opType !== 'Shape');
  if (nonShape.length > 0) {
    fail('ids-used-for-values', `"${idsName}" is read by ${nonShape.map((n) => `${n.opType} ${n.name}`).join(', ')} for its values, not only its shape; this graph cannot take embeddings.`);
  }
  if (others.length > 0 && defaultOpset(modelFields) < 10) fail('opset', 'Graph surgery needs opset ≥ 10 for the shape proxy.');
  const tableStillUsed = nodes.some((n) => n !== gather && n.inputs.includes(tableName));

  const rename = (name: string) => (name === gatheredName ? embedsName : name === idsName ? PROXY.ids : name);
  const out = new ProtoWriter();
  let proxyWritten = others.length === 0;
  for (const f of graph) {
    if (f.field === GraphField.node) {
      if (!proxyWritten) {
        writeShapeProxy(out, embedsName);
        proxyWritten = true;
      }
      const node = parseNode(f.payload);
      if (node.raw === gather.raw) continue;
      out.bytes(GraphField.node, node.inputs.some((i) => i === gatheredName || i === idsName) ? renameNodeInputs(node, rename) : f.payload);
    } else if (f.field === GraphField.initializer && f === tableField && !tableStillUsed) {
      continue;
    } else if (f.field === GraphField.input && valueInfoName(f.payload) === idsName) {
      out.message(GraphField.input, valueInfo(embedsName, DataType.FLOAT, ['batch_size', 'sequence_length', hiddenSize]));
    } else if (f.field === GraphField.valueInfo && valueInfoName(f.payload) === gatheredName) {
      continue;
    } else if (f.field === GraphField.output && valueInfoName(f.payload) === gatheredName) {
      fail('gather-is-output', `The Gather output "${gatheredName}" is a graph output; not supported.`);
    } else {
      out.raw(f.raw);
    }
  }
  if (others.length > 0) {
    out.message(GraphField.initializer, tensorProto(PROXY.starts, DataType.INT64, [1], int64Bytes([0])));
    out.message(GraphField.initializer, tensorProto(PROXY.ends, DataType.INT64, [1], int64Bytes([2])));
  }

  const rewritten = new ProtoWriter();
  for (const f of modelFields) {
    if (f === graphField) rewritten.bytes(ModelField.graph, out.finish());
    else rewritten.raw(f.raw);
  }
  return {
    model: rewritten.finish(),
    embeddings,
    vocabSize,
    hiddenSize,
    tableRemovedFromGraph: !tableStillUsed,
    shapeConsumers: others.map((n) => n.name),
  };
}

/** Shape(embeds)[0:2] → ConstantOfShape(0): an int64 [batch, seq] tensor standing in for input_ids' shape. */
function writeShapeProxy(out: ProtoWriter, embedsName: string): void {
  out.message(GraphField.node, nodeProto('Shape', [embedsName], [PROXY.shape], 'mc_proxy_shape'));
  out.message(GraphField.node, nodeProto('Slice', [PROXY.shape, PROXY.starts, PROXY.ends], [PROXY.idsShape], 'mc_proxy_slice'));
  out.message(
    GraphField.node,
    nodeProto('ConstantOfShape', [PROXY.idsShape], [PROXY.ids], 'mc_proxy_ids', [{ name: 'value', tensor: tensorProto('value', DataType.INT64, [1], int64Bytes([0])) }]),
  );
}

function int64Bytes(values: number[]): Uint8Array {
  const a = new BigInt64Array(values.map((v) => BigInt(v)));
  return new Uint8Array(a.buffer);
}

function decodeTable(dataType: number, data: Uint8Array, count: number, name: string): Float32Array {
  if (data.length === 0) fail('table-external', `The embedding table "${name}" is stored as external data; load the .onnx_data file alongside (not supported yet).`);
  if (dataType === DataType.FLOAT) {
    if (data.length !== count * 4) fail('table-size', `The embedding table "${name}" has ${data.length} bytes, expected ${count * 4}.`);
    return new Float32Array(copyBytes(data).buffer); // copy: aligned and detached from the model buffer
  }
  if (dataType === DataType.FLOAT16) {
    if (data.length !== count * 2) fail('table-size', `The embedding table "${name}" has ${data.length} bytes, expected ${count * 2}.`);
    const half = new Uint16Array(copyBytes(data).buffer);
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = float16ToFloat32(half[i]!);
    return out;
  }
  return fail('table-dtype', `The embedding table "${name}" has ONNX data type ${dataType}; only float32 and float16 tables are supported.`);
}

/** A fresh, aligned copy (Node Buffers' slice() is a view, so it cannot be used for this). */
function copyBytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(data.length);
  copy.set(data);
  return copy;
}
