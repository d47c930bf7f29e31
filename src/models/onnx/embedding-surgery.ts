// Graph surgery (ARCHITECTURE §2): a decoder export that takes only `input_ids` is rewritten at
// load time to take `inputs_embeds`, so the working context can feed gists (which have no token
// id). The embedding lookup — in whichever layout the exporter wrote it (embedding-recovery.ts) —
// is cut out and its table recovered as f32 (vocab × d); any remaining use of `input_ids` for
// shapes is fed by a [batch, seq] proxy of the embeddings; half-precision graph I/O gets float32
// casts (float32-io.ts); nodes and initializers nobody reads any more are dropped. The rewritten
// graph computes the same logits as the original on the same tokens (tests/unit/models/hub/).
import { ProtobufError } from './protobuf-wire';
import { DataType, nodeProto, tensorProto, valueInfo, type NodeView } from './onnx-proto';
import { OnnxModel } from './onnx-graph';
import { findEmbedding, type EmbeddingPattern } from './embedding-recovery';
import { castHalfIoToFloat32 } from './float32-io';
import { inlineUseCacheBranch } from './merged-decoder';
import { renameLogitsToKeep } from './logits-to-keep';
import { normalizeLocation, type ExternalFiles } from './tensor-data';
import { EmbeddingTable } from '../embedding-table';
import { encodeF16 } from '../../core/float16';

export class GraphSurgeryError extends Error {
  override readonly name = 'GraphSurgeryError';
  constructor(
    message: string,
    readonly data: { reason: string },
  ) {
    super(message);
  }
}

export interface EmbeddingSurgeryOptions {
  inputIdsName?: string; // default 'input_ids'
  inputsEmbedsName?: string; // default 'inputs_embeds'
  /** External data files by location, when the model keeps its weights outside the .onnx file. */
  externalData?: ExternalFiles;
  /** f32 tables larger than this are stored as f16 (default HALF_TABLE_BYTES). */
  halfTableBytes?: number;
}

/**
 * f32 tables over 64 MiB (e.g. 32k × 512) are kept as f16, like the GPU copy (gpu-table-cache.ts).
 * Tables a graph reads as float16 are always kept as f16: that is exact.
 */
export const HALF_TABLE_BYTES = 64 * 1024 * 1024;

export interface EmbeddingSurgeryResult {
  model: Uint8Array; // rewritten ModelProto
  /** The recovered table, f32 or f16-stored (see HALF_TABLE_BYTES). */
  table: EmbeddingTable;
  /** (vocab, d) f32 values of the table (decoded on each read when it is stored as f16). */
  readonly embeddings: Float32Array;
  /** True when an f32 table was rounded to f16 to save memory (LOD0 rows then differ by one f16 rounding). */
  tableRoundedToF16: boolean;
  vocabSize: number;
  hiddenSize: number;
  pattern: EmbeddingPattern;
  /** How the table was found, e.g. "Gather(Transpose(lm_head.MatMul.weight))". */
  tableSource: string;
  /** False when the table is still read elsewhere (e.g. by a tied LM head) and stays in the graph. */
  tableRemovedFromGraph: boolean;
  /** Nodes that read input_ids only for its shape and now read the proxy. */
  shapeConsumers: string[];
  /** Graph inputs / outputs that were float16 (or bfloat16) and are float32 now. */
  castToFloat32: string[];
  /** External data files the rewritten graph still reads (locations as the model names them). */
  externalDataFiles: string[];
  /** A merged decoder whose with-cache branch was inlined (use_cache_branch is gone). */
  mergedDecoder: boolean;
  /** The graph's logits_to_keep input is num_logits_to_keep now (the decoder contract's name). */
  logitsToKeepRenamed: boolean;
}

const PROXY = {
  shape: 'mc_embeds_shape',
  idsShape: 'mc_ids_shape',
  ids: 'mc_input_ids_proxy',
  starts: 'mc_slice_starts',
  ends: 'mc_slice_ends',
};

/** Operator domains onnxruntime(-web) implements; anything else cannot run in the app. */
const KNOWN_DOMAINS = new Set(['', 'ai.onnx', 'com.microsoft', 'ai.onnx.ml']);

function fail(reason: string, message: string): never {
  throw new GraphSurgeryError(message, { reason });
}

/** Names of the graph inputs of an ONNX model (to decide whether surgery is needed). */
export function graphInputNames(model: Uint8Array): string[] {
  return OnnxModel.parse(model).graph.inputs.map((i) => i.name);
}

function unknownOperators(nodes: NodeView[]): string[] {
  return [...new Set(nodes.filter((n) => !KNOWN_DOMAINS.has(n.domain)).map((n) => `${n.domain}.${n.opType}`))];
}

export function rewriteInputIdsToInputsEmbeds(
  bytes: Uint8Array,
  opts: EmbeddingSurgeryOptions = {},
): EmbeddingSurgeryResult {
  const idsName = opts.inputIdsName ?? 'input_ids';
  const embedsName = opts.inputsEmbedsName ?? 'inputs_embeds';
  let model: OnnxModel;
  try {
    model = OnnxModel.parse(bytes);
  } catch (e) {
    if (e instanceof ProtobufError)
      fail(
        'not-onnx',
        `Not an ONNX model, or a truncated one (${e.message} at byte ${e.data.offset} of ${bytes.length}).`,
      );
    throw e;
  }
  const graph = model.graph;
  const mergedDecoder = inlineUseCacheBranch(graph);
  const inputNames = graph.inputs.map((i) => i.name);
  if (inputNames.includes(embedsName))
    fail('already-has-embeds', `The graph already takes "${embedsName}"; no surgery needed.`);
  if (!inputNames.includes(idsName))
    fail('no-input-ids', `The graph has no "${idsName}" input (inputs: ${inputNames.join(', ')}).`);
  const unknown = unknownOperators(graph.nodes);
  if (unknown.length > 0)
    fail(
      'unsupported-operator',
      `The graph uses operators of domains onnxruntime does not implement: ${unknown.join(', ')}.`,
    );

  const halfOver = opts.halfTableBytes ?? HALF_TABLE_BYTES;
  const cut = findEmbedding(graph, idsName, opts.externalData, halfOver);
  const others = graph.consumers(idsName).filter((n) => !cut.nodes.includes(n));
  const nonShape = others.filter((n) => n.opType !== 'Shape');
  if (nonShape.length > 0) {
    fail(
      'ids-used-for-values',
      `"${idsName}" is read by ${nonShape.map((n) => `${n.opType} ${n.name}`).join(', ')} for its values, not only its shape; this graph cannot take embeddings.`,
    );
  }
  if (graph.subgraphReads().has(idsName))
    fail('ids-in-subgraph', `"${idsName}" is read inside a subgraph (If / Loop); not supported.`);
  if (graph.isGraphOutput(cut.output))
    fail('gather-is-output', `The embedding output "${cut.output}" is a graph output; not supported.`);
  if (others.length > 0 && (model.opsets().get('') ?? 0) < 10)
    fail('opset', 'Graph surgery needs opset ≥ 10 for the shape proxy.');

  graph.removeNodes(new Set(cut.nodes));
  const idsInput = graph.inputs.find((i) => i.name === idsName)!;
  idsInput.name = embedsName;
  idsInput.payload = valueInfo(embedsName, DataType.FLOAT, ['batch_size', 'sequence_length', cut.dim]).finish();
  const starts = [];
  if (cut.elemType === DataType.FLOAT) graph.renameUses(cut.output, embedsName);
  else if (cut.elemType === DataType.FLOAT16 || cut.elemType === DataType.BFLOAT16) {
    starts.push(
      nodeProto('Cast', [embedsName], [cut.output], 'mc_cast_in/inputs_embeds', [{ name: 'to', int: cut.elemType }]),
    );
  } else fail('embeds-dtype', `The embedding output has ONNX type ${cut.elemType}; only float types can be fed.`);
  if (others.length > 0) {
    starts.push(...shapeProxy(embedsName));
    graph.renameUses(idsName, PROXY.ids);
    graph.addInitializer(tensorProto(PROXY.starts, DataType.INT64, [1], int64Bytes([0])));
    graph.addInitializer(tensorProto(PROXY.ends, DataType.INT64, [1], int64Bytes([2])));
  }
  graph.insertNodes(starts, 'start');
  const castToFloat32 = castHalfIoToFloat32(graph).filter((n) => n !== embedsName);
  const logitsToKeepRenamed = renameLogitsToKeep(graph);
  const dropped = new Set(graph.eliminateDeadCode());
  const externalDataFiles = [
    ...new Set(
      graph.initializers.flatMap((i) => (i.view.external ? [normalizeLocation(i.view.external.location)] : [])),
    ),
  ];
  const graphReadsHalf = cut.elemType !== DataType.FLOAT;
  const large = cut.vocab * cut.dim * 4 > halfOver;
  const values = cut.table instanceof Uint16Array || !(graphReadsHalf || large) ? cut.table : encodeF16(cut.table);
  const table = new EmbeddingTable(values, cut.vocab, cut.dim);
  return {
    model: model.encode(),
    table,
    get embeddings() {
      return table.data;
    },
    tableRoundedToF16: table.storage === 'f16' && !graphReadsHalf, // a graph that reads float16 rounds the same way itself
    vocabSize: cut.vocab,
    hiddenSize: cut.dim,
    pattern: cut.pattern,
    tableSource: cut.description,
    tableRemovedFromGraph: cut.sources.every((s) => dropped.has(s) || !graph.initializer(s)),
    shapeConsumers: others.map((n) => n.name),
    castToFloat32,
    externalDataFiles,
    mergedDecoder,
    logitsToKeepRenamed,
  };
}

/** Shape(embeds)[0:2] → ConstantOfShape(0): an int64 [batch, seq] tensor standing in for input_ids' shape. */
function shapeProxy(embedsName: string) {
  return [
    nodeProto('Shape', [embedsName], [PROXY.shape], 'mc_proxy_shape'),
    nodeProto('Slice', [PROXY.shape, PROXY.starts, PROXY.ends], [PROXY.idsShape], 'mc_proxy_slice'),
    nodeProto('ConstantOfShape', [PROXY.idsShape], [PROXY.ids], 'mc_proxy_ids', [
      { name: 'value', tensor: tensorProto('value', DataType.INT64, [1], int64Bytes([0])) },
    ]),
  ];
}

function int64Bytes(values: number[]): Uint8Array {
  const a = new BigInt64Array(values.map((v) => BigInt(v)));
  return new Uint8Array(a.buffer);
}
