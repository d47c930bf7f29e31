// Learned focus in the browser (seeds: LensNet — signed focus score per WC entry, + expand,
// − collapse). Runs the exported LensNet ONNX (training/lensnet/export.py) through OrtApi and
// plugs into FocusAllocator.refocusAsync as an AsyncScorer. Protected entries score 0 (the
// allocator never acts on them anyway; 0 keeps telemetry honest), like similarity focus. The
// network runs once per refocus: later allocator iterations carry its scores (CarriedScores).
import type { AsyncScorer, RefocusOptions } from '../../core/focus-allocator';
import { CarriedScores } from '../../core/carried-scores';
import type { MegaContextTree } from '../../core/tree';
import type { EmbeddingTable } from '../embedding-table';
import type { TermMap } from '../focus/term-map';
import type { ModelManifest } from '../model-manifest';
import { SessionQueue, type OrtApi, type OrtSession, type OrtTensor } from '../decoder/ort-api';
import type { ForgetSet } from '../../core/forgetting';
import { buildLensNetInputs, matchQuery, QueryMatcher, tailOf, type LensNetInputs } from './lensnet-inputs';

export const LENSNET_INPUTS = ['entries', 'levels', 'ages', 'entry_mask', 'tail', 'tail_mask'] as const;
export const LENSNET_OUTPUT = 'scores';

/**
 * How the allocator uses LensNet's scores. Its labels are the counterfactual ΔNLL@H of an action
 * net of its budget price (λ per token): a negative score says collapsing costs less than the
 * budget it frees. A raw block that must stay raw is labelled 0 (it cannot expand, so nothing
 * positive is legal), so entries that may pay for an expansion need a score below a small margin,
 * −0.1 (≈ −0.01 nats), instead of −τ. Collapses only ever pay for expansions and the free budget
 * goes to the best-scoring gists (ARCHITECTURE §3, focus-allocator.ts): the sign ranks, it no
 * longer empties the budget. Measured before that rule, on a 32-case passkey dev set (W_max
 * 2,048; training/gistnet/README.md): margins 0 / −0.1 / −0.2 all 94 %; with −τ (−0.3) 32k fell
 * to 45 % (20 cases); with collapses only paying (and no fill) 5 % — this LensNet was trained and
 * tuned while it could keep ~200 of 2,048 rows.
 */
export const LEARNED_REFOCUS_OPTIONS: RefocusOptions = Object.freeze({ collapseThreshold: -0.1 });
/** Optional input: nets trained with the query-match feature (training/lensnet/model.py `match`). */
export const LENSNET_MATCH_INPUT = 'match';

export class LensNetSessionError extends Error {
  override readonly name = 'LensNetSessionError';
  constructor(
    message: string,
    readonly data: { missing?: string[]; got?: number; expected?: number },
  ) {
    super(message);
  }
}

export interface LensNetScorerOptions {
  version: string;
  /** Newest tokens LensNet reads as its tail (the manifest's `lensnet.tail_tokens`). */
  tailTokens?: number;
  queue?: SessionQueue;
}

export class LensNetScorer {
  readonly version: string;
  readonly tailTokens: number;
  /** Whether the graph reads the query-match feature. */
  readonly readsMatch: boolean;
  private readonly queue: SessionQueue;
  private runCount = 0;

  constructor(
    private readonly ort: OrtApi,
    private readonly session: OrtSession,
    opts: LensNetScorerOptions,
  ) {
    const missing: string[] = LENSNET_INPUTS.filter((name) => !session.inputNames.includes(name));
    if (!session.outputNames.includes(LENSNET_OUTPUT)) missing.push(LENSNET_OUTPUT);
    if (missing.length > 0)
      throw new LensNetSessionError(`The LensNet graph lacks ${missing.join(', ')}.`, { missing });
    this.version = opts.version;
    this.tailTokens = opts.tailTokens ?? 32;
    this.readsMatch = session.inputNames.includes(LENSNET_MATCH_INPUT);
    this.queue = opts.queue ?? new SessionQueue();
  }

  static async create(
    ort: OrtApi,
    bytes: Uint8Array,
    opts: LensNetScorerOptions,
    sessionOptions?: Parameters<OrtApi['InferenceSession']['create']>[1],
  ): Promise<LensNetScorer> {
    return new LensNetScorer(ort, await ort.InferenceSession.create(bytes, sessionOptions as never), opts);
  }

  static async fromPackage(
    ort: OrtApi,
    manifest: ModelManifest,
    bytes: Uint8Array,
    opts: Omit<LensNetScorerOptions, 'version' | 'tailTokens'> = {},
  ): Promise<LensNetScorer> {
    const entry = manifest.lensnet;
    if (!entry)
      throw new LensNetSessionError(`The model package ${manifest.name}@${manifest.version} has no LensNet.`, {});
    const tailTokens = (entry as { tail_tokens?: number }).tail_tokens ?? 32;
    return LensNetScorer.create(ort, bytes, { ...opts, version: entry.version, tailTokens });
  }

  /** Network runs so far (one per refocus through scorer(), unless the history grew meanwhile). */
  get runs(): number {
    return this.runCount;
  }

  /** Scores (n) in (−1, 1) for one WC's inputs. */
  score(x: LensNetInputs): Promise<Float32Array> {
    const { Tensor } = this.ort;
    const { n, q, dim: d } = x;
    if (n === 0) return Promise.resolve(new Float32Array(0));
    this.runCount++;
    const qq = Math.max(q, 1); // an empty tail is one masked row
    const feeds: Record<string, OrtTensor> = {
      entries: new Tensor('float32', x.entries, [1, n, d]),
      levels: new Tensor('int64', x.levels, [1, n]),
      ages: new Tensor('float32', x.ages, [1, n]),
      entry_mask: new Tensor('float32', new Float32Array(n).fill(1), [1, n]),
      tail: new Tensor('float32', q > 0 ? x.tail : new Float32Array(d), [1, qq, d]),
      tail_mask: new Tensor('float32', new Float32Array(qq).fill(q > 0 ? 1 : 0), [1, qq]),
    };
    if (this.readsMatch) feeds[LENSNET_MATCH_INPUT] = new Tensor('float32', x.match, [1, n]);
    return this.queue.run(async () => {
      const res = await this.session.run(feeds);
      const scores = (res[LENSNET_OUTPUT]!.data as Float32Array).slice();
      for (const v of Object.values(res)) v.dispose?.();
      if (scores.length !== n)
        throw new LensNetSessionError(`LensNet returned ${scores.length} scores for ${n} entries.`, {
          got: scores.length,
          expected: n,
        });
      return scores;
    });
  }

  /**
   * An AsyncScorer over `tree` for one refocus (tail = its newest tokens unless `tailIds` is given;
   * the match feature's query = `queryIds`, the user's question, else the tail; `terms`: the
   * tokenizer's; `forgotten`: the tombstones, whose tokens it does not read). The network runs on the first call; later calls carry its scores
   * (CarriedScores: children of expansions move by their blocks' relevance to the same query).
   */
  scorer(
    tree: MegaContextTree,
    table: EmbeddingTable,
    terms: TermMap,
    tailIds?: ArrayLike<number>,
    queryIds?: ArrayLike<number>,
    forgotten?: () => ForgetSet,
  ): AsyncScorer {
    let matcher: QueryMatcher | undefined; // one per refocus: the query and the history are fixed within it
    const network: AsyncScorer = async (wc) => {
      matcher ??= new QueryMatcher(
        tree,
        terms,
        matchQuery(tailOf(tree, wc.tokenCount, this.tailTokens, tailIds), this.tailTokens, queryIds),
      );
      const scores = await this.score(
        buildLensNetInputs(wc, tree, table, this.tailTokens, tailIds, matcher, forgotten?.()),
      );
      for (let i = 0; i < scores.length; i++) if (wc.isProtected(i)) scores[i] = 0;
      return scores;
    };
    // Children of an expansion are ranked by the match feature's own relevance (derivations only
    // happen after the network ran, so the matcher exists; an empty query → children inherit).
    return new CarriedScores(network, { best: (start, end) => matcher?.relevance?.best(start, end) ?? 0 }).scorer;
  }

  async release(): Promise<void> {
    await this.queue.run(() => this.session.release());
  }
}
