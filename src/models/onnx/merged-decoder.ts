// Merged decoders (hub models, ARCHITECTURE §2): Optimum's decoder_model_merged.onnx holds the
// no-cache and the with-cache decoder as the branches of an If on the boolean input
// `use_cache_branch`. The app always feeds a KV cache (empty on the first call), so the If is
// replaced by its then-branch (the with-cache decoder) and the input disappears: the graph becomes
// a plain decoder the rest of the surgery handles.
import { nodeAttributes, nodeProto, parseNode, renameNodeInputs, renameNodeOutputs } from './onnx-proto';
import { OnnxGraph } from './onnx-graph';

export const USE_CACHE_BRANCH = 'use_cache_branch';

export class MergedDecoderError extends Error {
  override readonly name = 'MergedDecoderError';
  constructor(
    message: string,
    readonly data: { reason: string },
  ) {
    super(message);
  }
}

/** Inlines the with-cache branch of a merged decoder; false when the graph is not one. */
export function inlineUseCacheBranch(graph: OnnxGraph): boolean {
  if (!graph.inputs.some((i) => i.name === USE_CACHE_BRANCH)) return false;
  const readers = graph.consumers(USE_CACHE_BRANCH);
  const ifNode = readers[0];
  if (
    readers.length !== 1 ||
    ifNode?.opType !== 'If' ||
    ifNode.inputs[0] !== USE_CACHE_BRANCH ||
    graph.subgraphReads().has(USE_CACHE_BRANCH)
  ) {
    throw new MergedDecoderError(
      `"${USE_CACHE_BRANCH}" is read by ${readers.map((n) => `${n.opType} ${n.name}`).join(', ') || 'nothing'}; expected exactly one If.`,
      { reason: 'merged-layout' },
    );
  }
  const thenGraph = nodeAttributes(ifNode).get('then_branch')?.graphs[0];
  if (!thenGraph)
    throw new MergedDecoderError(`The If "${ifNode.name}" has no then_branch.`, { reason: 'merged-layout' });
  const branch = OnnxGraph.parse(thenGraph);
  if (branch.outputs.length !== ifNode.outputs.length) {
    throw new MergedDecoderError(
      `The then_branch of "${ifNode.name}" has ${branch.outputs.length} outputs, the If ${ifNode.outputs.length}.`,
      { reason: 'merged-layout' },
    );
  }
  // Branch output i becomes the If's output i: renamed where the branch produces it, passed
  // through an Identity where it is an outer-scope tensor.
  const rename = new Map(branch.outputs.map((o, i) => [o.name, ifNode.outputs[i]!] as const));
  const produced = new Set(branch.nodes.flatMap((n) => n.outputs));
  const nodes = branch.nodes.map((n) =>
    parseNode(
      renameNodeInputs(parseNode(renameNodeOutputs(n, (x) => rename.get(x) ?? x)), (x) =>
        produced.has(x) ? (rename.get(x) ?? x) : x,
      ),
    ),
  );
  const passThrough = branch.outputs
    .filter((o) => !produced.has(o.name))
    .map((o) => nodeProto('Identity', [o.name], [rename.get(o.name)!], `mc_merged/${o.name}`));
  const at = graph.nodes.indexOf(ifNode);
  graph.nodes = [
    ...graph.nodes.slice(0, at),
    ...nodes,
    ...passThrough.map((w) => parseNode(w.finish())),
    ...graph.nodes.slice(at + 1),
  ];
  for (const init of branch.initializers) {
    if (graph.initializer(init.name))
      throw new MergedDecoderError(`The then_branch initializer "${init.name}" clashes with an outer one.`, {
        reason: 'merged-layout',
      });
    graph.initializers.push(init);
  }
  graph.inputs = graph.inputs.filter((i) => i.name !== USE_CACHE_BRANCH);
  return true;
}
