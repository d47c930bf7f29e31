// A minimal ONNX ModelProto writer (protobuf wire format by hand) for GPU interop tests, so the
// GPU tier needs no model files. Covers: graph inputs/outputs with static shapes, nodes with int
// attributes. Field numbers from onnx.proto (ModelProto, GraphProto, NodeProto, ValueInfoProto).

const enum Wire {
  Varint = 0,
  Bytes = 2,
}

function varint(n: number): number[] {
  const out: number[] = [];
  let v = BigInt(n);
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return out;
}

const key = (field: number, wire: Wire) => varint((field << 3) | wire);
const vField = (field: number, n: number) => [...key(field, Wire.Varint), ...varint(n)];
const bField = (field: number, bytes: number[]) => [...key(field, Wire.Bytes), ...varint(bytes.length), ...bytes];
const sField = (field: number, s: string) => bField(field, [...new TextEncoder().encode(s)]);

/** ONNX TensorProto.DataType values used here. */
export const OnnxType = { FLOAT: 1, INT32: 6, INT64: 7 } as const;

export interface OnnxValue {
  name: string;
  type: number; // OnnxType
  dims: number[];
}

export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
  intAttrs?: Record<string, number>;
}

function valueInfo(v: OnnxValue): number[] {
  const shape = v.dims.flatMap((d) => bField(1, vField(1, d))); // TensorShapeProto.dim{dim_value}
  const tensorType = [...vField(1, v.type), ...bField(2, shape)]; // TypeProto.Tensor
  return [...sField(1, v.name), ...bField(2, bField(1, tensorType))]; // ValueInfoProto{name, type}
}

function node(n: OnnxNode, i: number): number[] {
  const attrs = Object.entries(n.intAttrs ?? {}).flatMap(([name, value]) =>
    bField(5, [...sField(1, name), ...vField(3, value), ...vField(20, 2 /* AttributeType.INT */)]),
  );
  return [
    ...n.inputs.flatMap((s) => sField(1, s)),
    ...n.outputs.flatMap((s) => sField(2, s)),
    ...sField(3, `n${i}`),
    ...sField(4, n.op),
    ...attrs,
  ];
}

/** Serialises a one-graph model at the given default-domain opset. */
export function onnxModel(nodes: OnnxNode[], inputs: OnnxValue[], outputs: OnnxValue[], opset = 17): Uint8Array {
  const graph = [
    ...nodes.flatMap((n, i) => bField(1, node(n, i))),
    ...sField(2, 'g'),
    ...inputs.flatMap((v) => bField(11, valueInfo(v))),
    ...outputs.flatMap((v) => bField(12, valueInfo(v))),
  ];
  const model = [
    ...vField(1, 8 /* ir_version */),
    ...sField(2, 'megacontext-tests'),
    ...bField(7, graph),
    ...bField(8, vField(2, opset)),
  ];
  return new Uint8Array(model);
}
