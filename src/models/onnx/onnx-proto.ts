// The few ONNX protobuf messages graph surgery touches, by field number (onnx/onnx.proto3),
// with builders for nodes, value infos and tensors. Everything else is copied verbatim.
import { decodeString, ProtoWriter, readFields, readRepeatedVarints, WireType, type RawField } from './protobuf-wire';

export const ModelField = { irVersion: 1, graph: 7, opsetImport: 8 } as const;
export const GraphField = { node: 1, name: 2, initializer: 5, input: 11, output: 12, valueInfo: 13 } as const;
export const NodeField = { input: 1, output: 2, name: 3, opType: 4, attribute: 5, domain: 7 } as const;
export const TensorField = { dims: 1, dataType: 2, floatData: 4, int64Data: 7, name: 8, rawData: 9, externalData: 13, dataLocation: 14 } as const;
export const ValueInfoField = { name: 1, type: 2 } as const;
export const AttributeField = { name: 1, f: 2, i: 3, s: 4, t: 5, type: 20 } as const;

/** ONNX TensorProto.DataType values used here. */
export const DataType = { FLOAT: 1, INT32: 6, INT64: 7, FLOAT16: 10 } as const;
/** ONNX AttributeProto.AttributeType values used here. */
export const AttributeType = { INT: 2, TENSOR: 4 } as const;

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
export function renameNodeInputs(node: NodeView, rename: (name: string) => string): Uint8Array {
  const w = new ProtoWriter();
  for (const f of node.fields) {
    if (f.field === NodeField.input && f.wire === WireType.Len) w.string(NodeField.input, rename(decodeString(f.payload)));
    else w.raw(f.raw);
  }
  return w.finish();
}

export interface TensorView {
  name: string;
  dims: number[];
  dataType: number;
  /** Little-endian element bytes (from raw_data, or re-encoded from float_data). */
  data: Uint8Array;
}

export function parseTensor(raw: Uint8Array): TensorView {
  const fields = readFields(raw);
  const name = decodeString(fields.find((f) => f.field === TensorField.name)?.payload ?? new Uint8Array());
  const dims = readRepeatedVarints(fields, TensorField.dims).map(Number);
  const dataType = Number(fields.find((f) => f.field === TensorField.dataType)?.varint ?? 0n);
  if (fields.some((f) => f.field === TensorField.externalData) || fields.find((f) => f.field === TensorField.dataLocation)?.varint === 1n) {
    return { name, dims, dataType, data: new Uint8Array(0) };
  }
  const rawData = fields.find((f) => f.field === TensorField.rawData);
  if (rawData) return { name, dims, dataType, data: rawData.payload };
  const floats = fields.filter((f) => f.field === TensorField.floatData);
  if (floats.length > 0) {
    // float_data: packed (one Len field) or unpacked (I32 fields) little-endian floats.
    const parts = floats.map((f) => f.payload);
    const total = parts.reduce((n, p) => n + p.length, 0);
    const data = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
      data.set(p, o);
      o += p.length;
    }
    return { name, dims, dataType, data };
  }
  return { name, dims, dataType, data: new Uint8Array(0) };
}

export function tensorProto(name: string, dataType: number, dims: readonly number[], data: Uint8Array): ProtoWriter {
  return new ProtoWriter().packedVarints(TensorField.dims, dims).varint(TensorField.dataType, dataType).string(TensorField.name, name).bytes(TensorField.rawData, data);
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

export function nodeProto(opType: string, inputs: string[], outputs: string[], name: string, attributes: AttributeSpec[] = []): ProtoWriter {
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
  return w;
}

export function valueInfoName(raw: Uint8Array): string {
  const f = readFields(raw).find((x) => x.field === ValueInfoField.name);
  return f ? decodeString(f.payload) : '';
}
