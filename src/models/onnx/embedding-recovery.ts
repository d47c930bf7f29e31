// Finding a hub decoder's token embedding (ARCHITECTURE §2 "Hub models"): the node(s) that turn
// `input_ids` into the first hidden states, and the (vocab, d) table they read, dequantised once
// into f32. Patterns, as the exporters write them (see training/export/hub_fixtures.py):
// - Gather(table, input_ids) on a float32 / float16 / bfloat16 initializer (Optimum; builder);
// - Gather(Transpose(lm_head weight)) — a table tied to the LM head (builder, shared embeddings);
// - Gather(int8/uint8 table) → DequantizeLinear (onnxruntime dynamic quantisation: *_int8,
//   *_uint8, *_quantized);
// - GatherBlockQuantized(Reshape(lm_head 4-bit weight), input_ids, scales[, zero points])
//   (builder, shared embeddings with a quantised LM head).
// The table is reached through Identity / Transpose / Reshape / Constant nodes of constants.
import {
  DataType,
  dataTypeName,
  intAttribute,
  nodeAttributes,
  parseTensor,
  type NodeView,
  type TensorView,
} from './onnx-proto';
import type { OnnxGraph } from './onnx-graph';
import { elementCount, floatValues, intValues, isFloatType, tensorBytes, type ExternalFiles } from './tensor-data';
import { dequantizeBlocks, dequantizeLinear8 } from './dequantize';

export type EmbeddingPattern = 'gather' | 'gather-dequantize-linear' | 'gather-block-quantized';

export class EmbeddingRecoveryError extends Error {
  override readonly name = 'EmbeddingRecoveryError';
  constructor(
    message: string,
    readonly data: { reason: string },
  ) {
    super(message);
  }
}

export interface EmbeddingCut {
  pattern: EmbeddingPattern;
  /** The lookup and the nodes that only dequantise its result: removed by the surgery. */
  nodes: NodeView[];
  /** The tensor that becomes the graph input `inputs_embeds`. */
  output: string;
  /** Its ONNX element type in the original graph (float32, or float16 / bfloat16). */
  elemType: number;
  /** (vocab, d): f32 values, or binary16 bits (Uint16Array) when the table is stored as float16. */
  table: Float32Array | Uint16Array;
  vocab: number;
  dim: number;
  /** Initializers the table was read from (they stay in the graph when something else reads them). */
  sources: string[];
  /** How the table was found, e.g. "GatherBlockQuantized(Reshape(lm_head.MatMul.weight_Q4))". */
  description: string;
}

function fail(reason: string, message: string): never {
  throw new EmbeddingRecoveryError(message, { reason });
}

interface ConstTensor {
  view: TensorView; // dims as seen at the end of the chain
  bytes: Uint8Array;
  transposed: boolean; // a 2-D Transpose was applied (the bytes are in the source's order)
  source: string;
  chain: string; // for messages
}

/** Follows a tensor name back to a constant: initializer, Constant, or Identity/Transpose/Reshape of one. */
function resolveConstant(
  graph: OnnxGraph,
  name: string,
  files: ExternalFiles | undefined,
  depth = 0,
): ConstTensor | null {
  if (depth > 8) return null;
  const init = graph.initializer(name);
  if (init)
    return { view: init.view, bytes: tensorBytes(init.view, files), transposed: false, source: name, chain: name };
  const p = graph.producer(name);
  if (!p || (p.domain !== '' && p.domain !== 'ai.onnx')) return null;
  if (p.opType === 'Constant') {
    const t = nodeAttributes(p).get('value')?.tensor;
    if (!t) return null;
    const view = parseTensor(t);
    return { view, bytes: tensorBytes(view, files), transposed: false, source: p.name, chain: `Constant ${p.name}` };
  }
  const inner = p.inputs[0] ? resolveConstant(graph, p.inputs[0], files, depth + 1) : null;
  if (!inner) return null;
  if (p.opType === 'Identity') return inner;
  if (p.opType === 'Transpose') {
    const perm = nodeAttributes(p).get('perm')?.ints.map(Number) ?? [1, 0];
    if (inner.view.dims.length !== 2 || perm.length !== 2 || perm[0] !== 1) return null;
    return {
      ...inner,
      view: { ...inner.view, dims: [inner.view.dims[1]!, inner.view.dims[0]!] },
      transposed: !inner.transposed,
      chain: `Transpose(${inner.chain})`,
    };
  }
  if (p.opType === 'Reshape' && !inner.transposed) {
    const shape = p.inputs[1] ? resolveConstant(graph, p.inputs[1], files, depth + 1) : null;
    if (!shape) return null;
    const want = intValues(shape.view, shape.bytes);
    const total = elementCount(inner.view.dims);
    const dims = want.map((d, i) => (d === 0 ? inner.view.dims[i]! : d));
    const known = dims.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    const full = dims.map((d) => (d === -1 ? total / known : d));
    if (elementCount(full) !== total) return null;
    return { ...inner, view: { ...inner.view, dims: full }, chain: `Reshape(${inner.chain})` };
  }
  return null;
}

function transpose<T extends Float32Array | Uint16Array>(values: T, rows: number, cols: number): T {
  const out = new (values.constructor as new (n: number) => T)(values.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = values[r * cols + c]!;
  return out;
}

/**
 * The (vocab, d) table of a float constant read by Gather (transposed back if it was tied through
 * a Transpose): float16 tables keep their bits (no widening), other float types become f32. Always
 * a copy, so the model's bytes can be dropped after the surgery.
 */
function floatTable(c: ConstTensor): { table: Float32Array | Uint16Array; vocab: number; dim: number } {
  const [vocab, dim] = c.view.dims as [number, number];
  let values: Float32Array | Uint16Array;
  if (c.view.dataType === DataType.FLOAT16) {
    if (c.bytes.length !== vocab * dim * 2)
      fail('table-size', `The embedding table "${c.chain}" has ${c.bytes.length} bytes, expected ${vocab}×${dim}×2.`);
    values = new Uint16Array(new Uint8Array(c.bytes).buffer); // new Uint8Array(view) copies
  } else values = floatValues({ ...c.view, dims: [vocab * dim] }, c.bytes);
  return { table: c.transposed ? transpose(values, dim, vocab) : values, vocab, dim };
}

function constantOrFail(graph: OnnxGraph, name: string, what: string, files: ExternalFiles | undefined): ConstTensor {
  let c: ConstTensor | null;
  try {
    c = resolveConstant(graph, name, files);
  } catch (e) {
    return fail('table-data', `${what} "${name}" could not be read: ${(e as Error).message}`);
  }
  return (
    c ??
    fail(
      'table-not-constant',
      `${what} "${name}" is not a constant (an initializer, or a Transpose / Reshape of one); this layout is not supported.`,
    )
  );
}

/**
 * `halfOver`: f32 byte size above which a dequantised table is produced directly as f16 (a table
 * the graph reads as float16 always is). Float tables keep their stored type.
 */
export function findEmbedding(
  graph: OnnxGraph,
  idsName: string,
  files?: ExternalFiles,
  halfOver = Infinity,
): EmbeddingCut {
  const candidates = graph
    .consumers(idsName)
    .filter(
      (n) =>
        (n.opType === 'Gather' && (n.domain === '' || n.domain === 'ai.onnx') && n.inputs[1] === idsName) ||
        (n.opType === 'GatherBlockQuantized' && n.domain === 'com.microsoft' && n.inputs[1] === idsName),
    );
  if (candidates.length !== 1)
    fail(
      'gather-count',
      `Expected exactly one Gather / GatherBlockQuantized reading "${idsName}", found ${candidates.length}.`,
    );
  const node = candidates[0]!;
  const out = node.outputs[0]!;
  if (node.opType === 'GatherBlockQuantized') return blockQuantized(graph, node, files, halfOver);
  if (intAttribute(node, 'axis', 0) !== 0)
    fail(
      'gather-axis',
      `The embedding Gather "${node.name}" gathers along axis ${intAttribute(node, 'axis', 0)}, not 0.`,
    );
  const data = constantOrFail(graph, node.inputs[0]!, 'The embedding table', files);
  if (data.view.dims.length !== 2)
    fail(
      'table-rank',
      `The embedding table "${data.chain}" has shape [${data.view.dims.join(', ')}], expected [vocab, d].`,
    );
  if (isFloatType(data.view.dataType)) {
    return {
      pattern: 'gather',
      nodes: [node],
      output: out,
      elemType: data.view.dataType,
      ...floatTable(data),
      sources: [data.source],
      description: `Gather(${data.chain})`,
    };
  }
  if (data.view.dataType !== DataType.INT8 && data.view.dataType !== DataType.UINT8) {
    fail(
      'table-dtype',
      `The embedding table "${data.chain}" is ${dataTypeName(data.view.dataType)}; expected a float table, or an 8-bit table followed by DequantizeLinear.`,
    );
  }
  // Gather on an 8-bit table: the lookup's only reader must be the DequantizeLinear that restores floats.
  const readers = graph.consumers(out);
  const dql = readers[0];
  if (readers.length !== 1 || dql?.opType !== 'DequantizeLinear' || dql.inputs[0] !== out || graph.isGraphOutput(out)) {
    fail(
      'int8-without-dequantize',
      `The embedding table "${data.chain}" is ${dataTypeName(data.view.dataType)} but its Gather is not followed by exactly one DequantizeLinear.`,
    );
  }
  if (data.transposed) fail('table-layout', `The 8-bit embedding table "${data.chain}" is transposed; not supported.`);
  const scale = constantOrFail(graph, dql.inputs[1]!, 'The DequantizeLinear scale', files);
  const zp = dql.inputs[2] ? constantOrFail(graph, dql.inputs[2], 'The DequantizeLinear zero point', files) : null;
  const [vocab, dim] = data.view.dims as [number, number];
  const scales = floatValues({ ...scale.view, dims: [elementCount(scale.view.dims)] }, scale.bytes);
  if (scales.length === dim) {
    const axis = intAttribute(dql, 'axis', 1);
    if (axis !== -1 && axis !== 2)
      fail(
        'dequantize-axis',
        `DequantizeLinear "${dql.name}" quantises along axis ${axis}; only per-tensor or per-column (last axis) tables are supported.`,
      );
  }
  const table = dequantizeLinear8(
    data.bytes,
    data.view.dataType === DataType.INT8,
    vocab,
    dim,
    scales,
    zp ? intValues(zp.view, zp.bytes) : [0],
  );
  return {
    pattern: 'gather-dequantize-linear',
    nodes: [node, dql],
    output: dql.outputs[0]!,
    elemType: scale.view.dataType,
    table,
    vocab,
    dim,
    sources: [data.source],
    description: `DequantizeLinear(Gather(${data.chain}))`,
  };
}

function blockQuantized(
  graph: OnnxGraph,
  node: NodeView,
  files: ExternalFiles | undefined,
  halfOver: number,
): EmbeddingCut {
  const gatherAxis = intAttribute(node, 'gather_axis', 0);
  const quantizeAxis = intAttribute(node, 'quantize_axis', 1);
  const bits = intAttribute(node, 'bits', 4);
  const blockSize = intAttribute(node, 'block_size', 128);
  const data = constantOrFail(graph, node.inputs[0]!, 'The block-quantized embedding table', files);
  if (data.view.dims.length !== 2 || data.transposed)
    fail(
      'table-rank',
      `The block-quantized table "${data.chain}" has shape [${data.view.dims.join(', ')}]; expected a 2-D [vocab, packed d] table.`,
    );
  if (gatherAxis !== 0 || (quantizeAxis !== 1 && quantizeAxis !== -1)) {
    fail(
      'gbq-axes',
      `GatherBlockQuantized "${node.name}" has gather_axis ${gatherAxis} / quantize_axis ${quantizeAxis}; only 0 / 1 (rows quantised along d) is supported.`,
    );
  }
  const kind =
    data.view.dataType === DataType.UINT8
      ? 'uint8'
      : data.view.dataType === DataType.UINT4
        ? 'uint4'
        : data.view.dataType === DataType.INT4
          ? 'int4'
          : null;
  if (!kind)
    fail(
      'table-dtype',
      `GatherBlockQuantized data "${data.chain}" is ${dataTypeName(data.view.dataType)}; uint8, uint4 and int4 are supported.`,
    );
  const [vocab, width] = data.view.dims as [number, number];
  const dim = kind === 'uint8' ? (width * 8) / bits : width;
  const scale = constantOrFail(graph, node.inputs[2]!, 'The GatherBlockQuantized scales', files);
  const zp = node.inputs[3]
    ? constantOrFail(graph, node.inputs[3], 'The GatherBlockQuantized zero points', files)
    : null;
  const half = scale.view.dataType !== DataType.FLOAT || vocab * dim * 4 > halfOver;
  const rows = {
    kind,
    data: data.bytes,
    bits,
    blockSize,
    rows: vocab,
    cols: dim,
    scales: floatValues({ ...scale.view, dims: [elementCount(scale.view.dims)] }, scale.bytes),
    zeroPoints: zp ? zp.bytes : null,
  } as const;
  const table = half ? dequantizeBlocks(rows, true) : dequantizeBlocks(rows);
  return {
    pattern: 'gather-block-quantized',
    nodes: [node],
    output: node.outputs[0]!,
    elemType: scale.view.dataType,
    table,
    vocab,
    dim,
    sources: [data.source, scale.source, ...(zp ? [zp.source] : [])],
    description: `GatherBlockQuantized(${data.chain}, ${bits}-bit, block ${blockSize})`,
  };
}
