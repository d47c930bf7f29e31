// Editable view of an ONNX model for load-time graph surgery (ARCHITECTURE §2 "Hub models"):
// nodes, initializers, inputs and outputs of the main graph as raw protobuf slices, with the few
// edits the hub loader needs (remove / insert nodes, rename uses, drop dead nodes and unused
// initializers). Everything not edited is written back byte for byte; large payloads are never
// copied until the final buffer is assembled.
import { decodeString, ProtoWriter, readFields, type RawField } from './protobuf-wire';
import {
  GraphField,
  ModelField,
  nodeAttributes,
  parseNode,
  parseTensor,
  renameNodeInputs,
  renameNodeOutputs,
  subgraphInputNames,
  valueInfoName,
  type NodeView,
  type TensorView,
} from './onnx-proto';

export class OnnxModelError extends Error {
  override readonly name = 'OnnxModelError';
  constructor(
    message: string,
    readonly data: { reason: string },
  ) {
    super(message);
  }
}

export interface InitializerEntry {
  name: string;
  payload: Uint8Array;
  view: TensorView;
}

export interface ValueEntry {
  name: string;
  payload: Uint8Array;
}

export class OnnxGraph {
  private constructor(
    public nodes: NodeView[],
    public initializers: InitializerEntry[],
    public inputs: ValueEntry[],
    public outputs: ValueEntry[],
    public valueInfos: ValueEntry[],
    private readonly others: RawField[],
  ) {}

  static parse(payload: Uint8Array): OnnxGraph {
    const nodes: NodeView[] = [];
    const inits: InitializerEntry[] = [];
    const inputs: ValueEntry[] = [];
    const outputs: ValueEntry[] = [];
    const infos: ValueEntry[] = [];
    const others: RawField[] = [];
    for (const f of readFields(payload)) {
      if (f.field === GraphField.node) nodes.push(parseNode(f.payload));
      else if (f.field === GraphField.initializer) {
        const view = parseTensor(f.payload);
        inits.push({ name: view.name, payload: f.payload, view });
      } else if (f.field === GraphField.input) inputs.push({ name: valueInfoName(f.payload), payload: f.payload });
      else if (f.field === GraphField.output) outputs.push({ name: valueInfoName(f.payload), payload: f.payload });
      else if (f.field === GraphField.valueInfo) infos.push({ name: valueInfoName(f.payload), payload: f.payload });
      else others.push(f);
    }
    return new OnnxGraph(nodes, inits, inputs, outputs, infos, others);
  }

  encode(): ProtoWriter {
    const w = new ProtoWriter();
    for (const n of this.nodes) w.bytes(GraphField.node, n.raw);
    for (const f of this.others) w.raw(f.raw);
    for (const i of this.initializers) w.bytes(GraphField.initializer, i.payload);
    for (const i of this.inputs) w.bytes(GraphField.input, i.payload);
    for (const o of this.outputs) w.bytes(GraphField.output, o.payload);
    for (const v of this.valueInfos) w.bytes(GraphField.valueInfo, v.payload);
    return w;
  }

  producer(name: string): NodeView | undefined {
    return this.nodes.find((n) => n.outputs.includes(name));
  }

  consumers(name: string): NodeView[] {
    return this.nodes.filter((n) => n.inputs.includes(name));
  }

  initializer(name: string): InitializerEntry | undefined {
    return this.initializers.find((i) => i.name === name);
  }

  isGraphOutput(name: string): boolean {
    return this.outputs.some((o) => o.name === name);
  }

  /** Names read from inside subgraphs (If / Loop / Scan bodies may read outer-scope tensors). */
  subgraphReads(): Set<string> {
    const names = new Set<string>();
    for (const n of this.nodes) for (const x of subgraphReadsOf(n) ?? []) names.add(x);
    return names;
  }

  /** Every read of `from` (node inputs, subgraph reads) becomes a read of `to`. */
  renameUses(from: string, to: string): void {
    const rename = (n: string) => (n === from ? to : n);
    this.nodes = this.nodes.map((n) =>
      n.inputs.includes(from) || readsInSubgraph(n, from) ? parseNode(renameNodeInputs(n, rename)) : n,
    );
    this.valueInfos = this.valueInfos.filter((v) => v.name !== from);
  }

  /** The node that writes `from` writes `to` instead (uses are not renamed). */
  renameOutput(node: NodeView, from: string, to: string): NodeView {
    const renamed = parseNode(renameNodeOutputs(node, (n) => (n === from ? to : n)));
    this.nodes = this.nodes.map((n) => (n === node ? renamed : n));
    this.valueInfos = this.valueInfos.filter((v) => v.name !== from);
    return renamed;
  }

  removeNodes(remove: ReadonlySet<NodeView>): void {
    this.nodes = this.nodes.filter((n) => !remove.has(n));
  }

  /** New nodes (encoded NodeProtos) before the first node, or after the last (`at: 'end'`). */
  insertNodes(encoded: ProtoWriter[], at: 'start' | 'end' = 'start'): void {
    const views = encoded.map((w) => parseNode(w.finish()));
    this.nodes = at === 'start' ? [...views, ...this.nodes] : [...this.nodes, ...views];
  }

  addInitializer(encoded: ProtoWriter): void {
    const payload = encoded.finish();
    const view = parseTensor(payload);
    this.initializers.push({ name: view.name, payload, view });
  }

  /**
   * Drops nodes whose outputs nobody reads (repeatedly) and initializers nobody reads; returns
   * the names of the dropped initializers.
   */
  eliminateDeadCode(): string[] {
    const outputs = new Set(this.outputs.map((o) => o.name));
    for (;;) {
      const read = new Set<string>([...outputs, ...this.subgraphReads()]);
      for (const n of this.nodes) for (const i of n.inputs) read.add(i);
      const live = this.nodes.filter((n) => n.outputs.some((o) => o !== '' && read.has(o)));
      if (live.length === this.nodes.length) break;
      this.nodes = live;
    }
    const read = new Set<string>([...outputs, ...this.subgraphReads()]);
    for (const n of this.nodes) for (const i of n.inputs) read.add(i);
    const dropped = this.initializers.filter((i) => !read.has(i.name)).map((i) => i.name);
    this.initializers = this.initializers.filter((i) => read.has(i.name));
    const known = new Set([...read, ...this.nodes.flatMap((n) => n.outputs)]);
    this.valueInfos = this.valueInfos.filter((v) => known.has(v.name));
    return dropped;
  }
}

const subgraphCache = new WeakMap<NodeView, ReadonlySet<string> | null>();

/** Names read inside a node's subgraphs (null: it has none); computed once per node. */
function subgraphReadsOf(n: NodeView): ReadonlySet<string> | null {
  let names = subgraphCache.get(n);
  if (names === undefined) {
    const graphs = [...nodeAttributes(n).values()].flatMap((a) => a.graphs);
    let found: Set<string> | null = null;
    if (graphs.length > 0) {
      found = new Set<string>();
      for (const g of graphs) subgraphInputNames(g, found);
    }
    names = found;
    subgraphCache.set(n, names);
  }
  return names;
}

function readsInSubgraph(n: NodeView, name: string): boolean {
  return subgraphReadsOf(n)?.has(name) ?? false;
}

/** A whole model: its graph plus the model-level fields (ir_version, opset_import, …) verbatim. */
export class OnnxModel {
  private constructor(
    private readonly fields: RawField[],
    private readonly graphIndex: number,
    readonly graph: OnnxGraph,
  ) {}

  /** Throws ProtobufError on bytes that are not protobuf, OnnxModelError on a protobuf with no graph. */
  static parse(bytes: Uint8Array): OnnxModel {
    const fields = readFields(bytes);
    const graphIndex = fields.findIndex((f) => f.field === ModelField.graph);
    if (graphIndex < 0)
      throw new OnnxModelError('The file has no ONNX graph (is it an ONNX model?).', { reason: 'no-graph' });
    return new OnnxModel(fields, graphIndex, OnnxGraph.parse(fields[graphIndex]!.payload));
  }

  /** opset_import: domain ('' for the default ONNX domain) → version. */
  opsets(): Map<string, number> {
    const out = new Map<string, number>();
    for (const f of this.fields.filter((x) => x.field === ModelField.opsetImport)) {
      const inner = readFields(f.payload);
      const domain = decodeString(inner.find((x) => x.field === 1)?.payload ?? new Uint8Array());
      out.set(domain === 'ai.onnx' ? '' : domain, Number(inner.find((x) => x.field === 2)?.varint ?? 0n));
    }
    return out;
  }

  encode(): Uint8Array {
    const w = new ProtoWriter();
    this.fields.forEach((f, i) =>
      i === this.graphIndex ? w.nested(ModelField.graph, this.graph.encode()) : w.raw(f.raw),
    );
    return w.finish();
  }
}
