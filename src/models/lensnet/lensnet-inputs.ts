// LensNet inputs from the live working context (seeds: LensNet reads the WC entries plus a small
// tail of the newest tokens/gists). Mirrors training/lensnet/wc.py `entry_features` exactly:
//   entries (N, d)   LOD0 block → mean of its token embeddings; LODℓ gist → the gist itself
//   levels  (N)      the entry's LOD
//   ages    (N)      log1p(tokens after the entry's end)
//   tail    (Q, d)   embeddings of the newest ≤ Q tokens (the query)
//   match   (N)      query match (wc.py `entry_match`): the best lexical relevance to the query
//                    (the user's question / turn when known, else the tail) of any 32-token block
//                    under the entry (../focus/block-relevance.ts, similarity focus's signal),
//                    z-scored over the entries that end before the query's length from the end;
//                    all 0 with < 2 such entries or no spread. Only nets exported with the
//                    feature read it.
// Forgotten tokens (src/core/forgetting.ts), when given, are not read: a wholly forgotten entry's
// row, match and z-score weight are 0, an LOD0 block that is partly forgotten is the mean of its
// kept tokens, and forgotten tokens leave the tail. With nothing forgotten the inputs are exactly
// training's.
import type { WorkingContext } from '../../core/working-context';
import type { MegaContextTree } from '../../core/tree';
import type { EmbeddingTable } from '../embedding-table';
import { BlockRelevance } from '../focus/block-relevance';
import type { TermMap } from '../focus/term-map';
import type { ForgetSet } from '../../core/forgetting';

export interface LensNetInputs {
  n: number; // WC entries
  q: number; // tail rows
  dim: number;
  entries: Float32Array; // (n, d)
  levels: BigInt64Array; // (n)
  ages: Float32Array; // (n)
  tail: Float32Array; // (q, d)
  match: Float32Array; // (n)
}

/** End (exclusive token position) of WC entry i: LOD0 block = K tokens, LODℓ node = K^ℓ. */
function entryEnd(K: number, level: number, index: number, total: number): number {
  return Math.min((index + 1) * K ** Math.max(1, level), total);
}

/**
 * Builds LensNet's inputs. `tailIds` are the newest tokens (default: the last `tailTokens` tokens
 * of the tree, which is what training saw: the end of the history). `match`: the query matcher
 * of this refocus (its query: the question, training: the passkey question; else the tail —
 * see matchQuery).
 */
export function buildLensNetInputs(
  wc: WorkingContext,
  tree: MegaContextTree,
  table: EmbeddingTable,
  tailTokens: number,
  tailIds: ArrayLike<number> | undefined,
  match: QueryMatcher,
  forgotten?: ForgetSet,
): LensNetInputs {
  const hidden = forgotten && !forgotten.isEmpty ? forgotten : null;
  const d = table.dim;
  const K = tree.blockSize;
  const total = wc.tokenCount;
  const n = wc.length;
  const entries = new Float32Array(n * d);
  const levels = new BigInt64Array(n);
  const ages = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const level = wc.level(i);
    const index = wc.index(i);
    const end = entryEnd(K, level, index, total);
    const row = entries.subarray(i * d, (i + 1) * d);
    const start = index * K ** Math.max(1, level);
    const seen = hidden ? hidden.classify(start, end) : 'kept';
    if (seen === 'forgotten') row.fill(0);
    else if (level === 0)
      table.meanOf(seen === 'kept' ? tree.tokenIds(start, end) : keptIds(tree, hidden!, start, end), row);
    else row.set(tree.gist(level, index));
    levels[i] = BigInt(level);
    ages[i] = Math.log1p(total - end);
  }
  const ids =
    hidden && !tailIds
      ? keptIds(tree, hidden, Math.max(0, total - tailTokens - hidden.forgottenIn(0, total)), total).slice(-tailTokens)
      : tailOf(tree, total, tailTokens, tailIds);
  const start = Math.max(0, ids.length - tailTokens);
  const q = ids.length - start;
  const tail = new Float32Array(q * d);
  for (let r = 0; r < q; r++) tail.set(table.row(ids[start + r]!), r * d);
  return { n, q, dim: d, entries, levels, ages, tail, match: match.match(wc, total, hidden ?? undefined) };
}

/** Token ids of [start, end) without the forgotten ones. */
function keptIds(tree: MegaContextTree, forgotten: ForgetSet, start: number, end: number): number[] {
  const out: number[] = [];
  for (const r of forgotten.keptRuns(start, end)) for (const id of tree.tokenIds(r.start, r.end)) out.push(id);
  return out;
}

/** The tail LensNet reads: `tailIds`, else the tree's newest `tailTokens` tokens. */
export function tailOf(
  tree: MegaContextTree,
  total: number,
  tailTokens: number,
  tailIds?: ArrayLike<number>,
): ArrayLike<number> {
  return tailIds ?? tree.tokenIds(Math.max(0, total - tailTokens), total);
}

/** The match feature's query: the user's question when given, else the tail's last `tailTokens`. */
export function matchQuery(
  tail: ArrayLike<number>,
  tailTokens: number,
  queryIds?: ArrayLike<number>,
): ArrayLike<number> {
  return queryIds && queryIds.length > 0 ? queryIds : (Array.prototype.slice.call(tail, -tailTokens) as number[]);
}

/**
 * The `match` feature for one query: every block's relevance is computed once (BlockRelevance)
 * and reused by every allocator iteration of a refocus, as similarity focus does.
 */
export class QueryMatcher {
  /** The query's block relevances (null for an empty query): also what ranks children of an expansion. */
  readonly relevance: BlockRelevance | null;
  private readonly queryLength: number;

  constructor(
    private readonly tree: MegaContextTree,
    terms: TermMap,
    queryIds: ArrayLike<number>,
  ) {
    this.queryLength = queryIds.length;
    this.relevance = queryIds.length > 0 ? new BlockRelevance(tree, terms, queryIds) : null;
  }

  /** (n): z-scored best block relevance of each WC entry to the query (wholly forgotten entries: 0, outside the reference). */
  match(wc: WorkingContext, total: number, forgotten?: ForgetSet): Float32Array {
    const out = new Float32Array(wc.length);
    return this.relevance
      ? zScoredBest(wc, this.tree.blockSize, this.relevance, total - this.queryLength, total, out, forgotten)
      : out;
  }
}

function zScoredBest(
  wc: WorkingContext,
  K: number,
  blocks: BlockRelevance,
  refEnd: number,
  total: number,
  out: Float32Array,
  forgotten?: ForgetSet,
): Float32Array {
  const n = wc.length;
  const best = new Float64Array(n);
  const inRef = new Uint8Array(n); // entries that end before the query: the z-score's reference
  const gone = new Uint8Array(n); // wholly forgotten entries: not read, match 0
  let count = 0;
  let mean = 0;
  for (let i = 0; i < n; i++) {
    const end = entryEnd(K, wc.level(i), wc.index(i), total);
    const start = wc.index(i) * K ** Math.max(1, wc.level(i));
    if (forgotten && forgotten.classify(start, end) === 'forgotten') {
      gone[i] = 1;
      continue;
    }
    best[i] = blocks.best(start, end);
    if (end <= refEnd) {
      inRef[i] = 1;
      count++;
      mean += best[i]!;
    }
  }
  if (count < 2) return out;
  mean /= count;
  let varSum = 0;
  for (let i = 0; i < n; i++) if (inRef[i]) varSum += (best[i]! - mean) ** 2;
  const std = Math.sqrt(varSum / count);
  if (std < 1e-9) return out;
  for (let i = 0; i < n; i++) out[i] = gone[i] ? 0 : (best[i]! - mean) / std;
  return out;
}
