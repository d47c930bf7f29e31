// The few ONNX protobuf messages graph surgery touches, by field number (onnx/onnx.proto3),
// with builders for nodes, value infos and tensors. Everything else is copied verbatim.
import { decodeString, ProtoWriter, readFields, readRepeatedVarints, WireType, type RawField } from './protobuf-wire';

export const ModelField = { irVersion: 1, graph: 7, opsetImport: 8 } as const;
export const GraphField = { node: 1, name: 2, initializer: 5, input: 11, output: 12, valueInfo: 13 } as const;
export const NodeField = { input: 1, output: 2, name: 3, opType: 4, attribute: 5, domain: 7 } as const;
export const TensorField = {
  dims: 1,
  dataType: 2,
  floatData: 4,
  int32Data: 5,
  int64Data: 7,
  name: 8,
  rawData: 9,
  doubleData: 10,
  externalData: 13,
  dataLocation: 14,
} as const;
export const ValueInfoField = { name: 1, type: 2 } as const;
export const AttributeField = {
  name: 1,
  f: 2,
  i: 3,
  s: 4,
  t: 5,
  g: 6,
  floats: 7,
  ints: 8,
  graphs: 11,
  type: 20,
} as const;

/** ONNX TensorProto.DataType values used here. */
export const DataType = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  UINT16: 4,
  INT16: 5,
  INT32: 6,
  INT64: 7,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  BFLOAT16: 16,
  UINT4: 21,
  INT4: 22,
} as const;
/** ONNX AttributeProto.AttributeType values used here. */
export const AttributeType = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, INTS: 7 } as const;

/** Readable names of ONNX data types, for error messages. */
export function dataTypeName(t: number): string {
  const e = Object.entries(DataType).find(([, v]) => v === t);
  return e ? e[0].toLowerCase() : `type ${t}`;
}

export interface NodeView {
  raw: Uint8Array;
  opType: string;
  name: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  fields: RawField[];
}

export function parseNode(raw: Uint8Array): NodeView {
  const fields = readFields(raw);
  const str = (n: number) => fields.filter((f) => f.field === n).map((f) => decodeString(f.payload));
  return {
    raw,
    fields,
    opType: str(NodeField.opType)[0] ?? '',
    name: str(NodeField.name)[0] ?? '',
    domain: str(NodeField.domain)[0] ?? '',
    inputs: str(NodeField.input),
    outputs: str(NodeField.output),
  };
}

/** Re-encodes a node with its inputs renamed by `rename` (other fields verbatim, order kept). */
/**
 * Re-encodes a node with its inputs renamed by `rename` (other fields verbatim, order kept);
 * inputs of nodes inside its subgraphs (If / Loop / Scan bodies read outer-scope names) too.
 */
export function renameNodeInputs(node: NodeView, rename: (name: string) => string): Uint8Array {
  const w = new ProtoWriter();
  for (const f of node.fields) {
    if (f.field === NodeField.input && f.wire === WireType.Len)
      w.string(NodeField.input, rename(decodeString(f.payload)));
    else if (f.field === NodeField.attribute && hasSubgraph(f.payload))
      w.bytes(NodeField.attribute, renameInSubgraphs(f.payload, rename));
    else w.raw(f.raw);
  }
  return w.finish();
}

/** Re-encodes a node with its outputs renamed by `rename`. */
export function renameNodeOutputs(node: NodeView, rename: (name: string) => string): Uint8Array {
  const w = new ProtoWriter();
  for (const f of node.fields) {
    if (f.field === NodeField.output && f.wire === WireType.Len)
      w.string(NodeField.output, rename(decodeString(f.payload)));
    else w.raw(f.raw);
  }
  return w.finish();
}

function hasSubgraph(attribute: Uint8Array): boolean {
  return readFields(attribute).some((x) => x.field === AttributeField.g || x.field === AttributeField.graphs);
}

function renameInSubgraphs(attribute: Uint8Array, rename: (name: string) => string): Uint8Array {
  const w = new ProtoWriter();
  for (const f of readFields(attribute)) {
    if (f.field !== AttributeField.g && f.field !== AttributeField.graphs) {
      w.raw(f.raw);
      continue;
    }
    const g = new ProtoWriter();
    for (const gf of readFields(f.payload)) {
      if (gf.field === 1 /* GraphProto.node */) g.bytes(1, renameNodeInputs(parseNode(gf.payload), rename));
      else g.raw(gf.raw);
    }
    w.message(f.field, g);
  }
  return w.finish();
}

/** Every tensor name read by the nodes of a subgraph (outer-scope references included). */
export function subgraphInputNames(graph: Uint8Array, into: Set<string>): void {
  for (const f of readFields(graph)) {
    if (f.field !== 1) continue;
    const n = parseNode(f.payload);
    for (const i of n.inputs) into.add(i);
    for (const a of nodeAttributes(n).values()) for (const g of a.graphs) subgraphInputNames(g, into);
  }
}

/** Where an initializer's bytes live when the model keeps them outside (the .onnx_data files). */
export interface ExternalDataRef {
  location: string;
  offset: number;
  /** Bytes; null when the entry gives no length (then: from offset to the file's end). */
  length: number | null;
}

export interface TensorView {
  name: string;
  dims: number[];
  dataType: number;
  /**
   * Little-endian element bytes in raw_data layout (from raw_data, or re-encoded from float_data /
   * int32_data / int64_data / double_data); empty when the data is external.
   */
  data: Uint8Array;
  external: ExternalDataRef | null;
}

export function parseTensor(raw: Uint8Array): TensorView {
  const fields = readFields(raw);
  const name = decodeString(fields.find((f) => f.field === TensorField.name)?.payload ?? new Uint8Array());
  const dims = readRepeatedVarints(fields, TensorField.dims).map(Number);
  const dataType = Number(fields.find((f) => f.field === TensorField.dataType)?.varint ?? 0n);
  const ext = fields.filter((f) => f.field === TensorField.externalData);
  if (ext.length > 0 || fields.find((f) => f.field === TensorField.dataLocation)?.varint === 1n) {
    const kv = new Map(
      ext.map((e) => {
        const entry = readFields(e.payload);
        const get = (n: number) => decodeString(entry.find((x) => x.field === n)?.payload ?? new Uint8Array());
        return [get(1), get(2)] as const;
      }),
    );
    const length = kv.get('length');
    return {
      name,
      dims,
      dataType,
      data: new Uint8Array(0),
      external: {
        location: kv.get('location') ?? '',
        offset: Number(kv.get('offset') ?? 0),
        length: length === undefined ? null : Number(length),
      },
    };
  }
  const rawData = fields.find((f) => f.field === TensorField.rawData);
  if (rawData) return { name, dims, dataType, data: rawData.payload, external: null };
  return { name, dims, dataType, data: typedFieldBytes(fields, dataType), external: null };
}

/** Element bytes of a tensor that stores its values in the typed repeated fields instead of raw_data. */
function typedFieldBytes(fields: RawField[], dataType: number): Uint8Array {
  const concat = (parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };
  const floats = fields.filter((f) => f.field === TensorField.floatData);
  if (floats.length > 0) return concat(floats.map((f) => f.payload)); // packed (Len) or unpacked (I32) floats
  const doubles = fields.filter((f) => f.field === TensorField.doubleData);
  if (doubles.length > 0) return concat(doubles.map((f) => f.payload));
  if (fields.some((f) => f.field === TensorField.int64Data)) {
    return new Uint8Array(
      BigInt64Array.from(readRepeatedVarints(fields, TensorField.int64Data), (v) => BigInt.asIntN(64, v)).buffer,
    );
  }
  if (fields.some((f) => f.field === TensorField.int32Data)) {
    // int32_data holds one value per element for 8/16/32-bit types (fp16 / bf16 as their bit patterns).
    const values = readRepeatedVarints(fields, TensorField.int32Data).map((v) => Number(BigInt.asIntN(32, v)));
    const width =
      dataType === DataType.INT32
        ? 4
        : dataType === DataType.FLOAT16 ||
            dataType === DataType.BFLOAT16 ||
            dataType === DataType.UINT16 ||
            dataType === DataType.INT16
          ? 2
          : 1;
    const out = new Uint8Array(values.length * width);
    const view = new DataView(out.buffer);
    values.forEach((v, i) =>
      width === 4
        ? view.setInt32(i * 4, v, true)
        : width === 2
          ? view.setUint16(i * 2, v & 0xffff, true)
          : view.setUint8(i, v & 0xff),
    );
    return out;
  }
  return new Uint8Array(0);
}

export function tensorProto(name: string, dataType: number, dims: readonly number[], data: Uint8Array): ProtoWriter {
  return new ProtoWriter()
    .packedVarints(TensorField.dims, dims)
    .varint(TensorField.dataType, dataType)
    .string(TensorField.name, name)
    .bytes(TensorField.rawData, data);
}

/** ValueInfoProto for a tensor input/output; dims are numbers or symbolic names. */
export function valueInfo(name: string, elemType: number, dims: readonly (number | string)[]): ProtoWriter {
  const shape = new ProtoWriter();
  for (const d of dims) {
    const dim = new ProtoWriter();
    if (typeof d === 'number') dim.varint(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensorType = new ProtoWriter().varint(1, elemType).message(2, shape);
  const type = new ProtoWriter().message(1, tensorType);
  return new ProtoWriter().string(ValueInfoField.name, name).message(ValueInfoField.type, type);
}

export interface AttributeSpec {
  name: string;
  int?: number;
  tensor?: ProtoWriter;
}

export function nodeProto(
  opType: string,
  inputs: string[],
  outputs: string[],
  name: string,
  attributes: AttributeSpec[] = [],
  domain = '',
): ProtoWriter {
  const w = new ProtoWriter();
  for (const i of inputs) w.string(NodeField.input, i);
  for (const o of outputs) w.string(NodeField.output, o);
  w.string(NodeField.name, name).string(NodeField.opType, opType);
  for (const a of attributes) {
    const aw = new ProtoWriter().string(AttributeField.name, a.name);
    if (a.int !== undefined) aw.varint(AttributeField.i, a.int).varint(AttributeField.type, AttributeType.INT);
    if (a.tensor) aw.message(AttributeField.t, a.tensor).varint(AttributeField.type, AttributeType.TENSOR);
    w.message(NodeField.attribute, aw);
  }
  if (domain) w.string(NodeField.domain, domain);
  return w;
}

/** One attribute of a node, decoded far enough for graph surgery (ints, floats, a tensor, subgraphs). */
export interface AttributeView {
  name: string;
  int: bigint | null;
  ints: bigint[];
  float: number | null;
  tensor: Uint8Array | null;
  graphs: Uint8Array[];
}

export function nodeAttributes(node: NodeView): Map<string, AttributeView> {
  const out = new Map<string, AttributeView>();
  for (const f of node.fields) {
    if (f.field !== NodeField.attribute) continue;
    const a = readFields(f.payload);
    const name = decodeString(a.find((x) => x.field === AttributeField.name)?.payload ?? new Uint8Array());
    const fl = a.find((x) => x.field === AttributeField.f);
    out.set(name, {
      name,
      int: a.find((x) => x.field === AttributeField.i)?.varint ?? null,
      ints: readRepeatedVarints(a, AttributeField.ints),
      float: fl ? new DataView(fl.payload.buffer, fl.payload.byteOffset, 4).getFloat32(0, true) : null,
      tensor: a.find((x) => x.field === AttributeField.t)?.payload ?? null,
      graphs: a.filter((x) => x.field === AttributeField.g || x.field === AttributeField.graphs).map((x) => x.payload),
    });
  }
  return out;
}

/** An int attribute as a number (signed), or `fallback` when absent. */
export function intAttribute(node: NodeView, name: string, fallback: number): number {
  const v = nodeAttributes(node).get(name)?.int;
  return v === null || v === undefined ? fallback : Number(BigInt.asIntN(64, v));
}

export function valueInfoName(raw: Uint8Array): string {
  const f = readFields(raw).find((x) => x.field === ValueInfoField.name);
  return f ? decodeString(f.payload) : '';
}

/** A tensor value info's element type and dims (numbers or symbolic names); null if not a tensor. */
export function valueInfoType(raw: Uint8Array): { elemType: number; dims: (number | string)[] } | null {
  const type = readFields(raw).find((x) => x.field === ValueInfoField.type);
  const tensor = type && readFields(type.payload).find((x) => x.field === 1);
  if (!tensor) return null;
  const t = readFields(tensor.payload);
  const elemType = Number(t.find((x) => x.field === 1)?.varint ?? 0n);
  const shape = t.find((x) => x.field === 2);
  const dims = shape
    ? readFields(shape.payload)
        .filter((x) => x.field === 1)
        .map((d) => {
          const df = readFields(d.payload);
          const v = df.find((x) => x.field === 1);
          return v ? Number(v.varint) : decodeString(df.find((x) => x.field === 2)?.payload ?? new Uint8Array());
        })
    : [];
  return { elemType, dims };
}
