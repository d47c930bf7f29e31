// One conversation's MegaContext (ARCHITECTURE §4 steps 1–2): the tree, the working context, the
// Focus Allocator and telemetry. Ingest appends ids, gists every completed block (batched) and
// keeps the working context within budget; refocus scores the entries and applies actions.
import { resolveConfig, type MegaContextConfig } from '../core/config';
import { MegaContextTree } from '../core/tree';
import { fillGists, type Gister } from '../core/gister';
import { initialLayout } from '../core/initial-layout';
import { restoreBudget } from '../core/budget';
import { FocusAllocator, type AsyncScorer, type RefocusOptions, type Scorer } from '../core/focus-allocator';
import type { RefocusReport } from '../core/refocus-turn';
import { Telemetry } from '../core/telemetry';
import type { WorkingContext } from '../core/working-context';
import { ForgetSet, forgetHolds } from '../core/forgetting';
import { focusPins } from '../core/pins';
import { BudgetError } from '../core/errors';
import { yieldToEventLoop } from './yield';

export interface IngestProgress {
  tokensDone: number;
  tokensTotal: number;
  tokensPerSecond: number;
  /** Seconds left at the current rate (null before the first measurement). */
  secondsLeft: number | null;
}

export interface MemoryOptions {
  /**
   * Core config; its wMax is the budget the working context must respect and fill: the engine and
   * the eval pass the user's W_max minus the reply reserve (maxNewTokens), so decoding never
   * needs a collapse and budget use = wc.cost / config.wMax.
   */
  config?: Partial<MegaContextConfig>;
  /** Tokens appended per step of a long ingest (progress granularity, bounded memory). */
  ingestChunk?: number;
  /** Gists computed per gister call. */
  gistBatch?: number;
  /** Telemetry to continue (e.g. the same conversation reopened with other settings). */
  telemetry?: Telemetry;
  /** Clock for rates (injectable for tests); `performance.now()` by default. */
  now?: () => number;
}

export class ConversationMemory {
  readonly config: Readonly<MegaContextConfig>;
  readonly tree: MegaContextTree;
  readonly telemetry: Telemetry;
  private readonly allocator: FocusAllocator;
  private wcInternal: WorkingContext;
  private forgottenInternal: ForgetSet = ForgetSet.EMPTY;
  private readonly ingestChunk: number;
  private readonly gistBatch: number;
  private readonly now: () => number;

  constructor(
    readonly gister: Gister,
    opts: MemoryOptions = {},
  ) {
    this.config = resolveConfig(opts.config);
    this.telemetry = opts.telemetry ?? new Telemetry();
    this.tree = new MegaContextTree({
      blockSize: this.config.blockSize,
      maxLevel: this.config.maxLevel,
      gistDim: gister.dim,
    });
    this.allocator = new FocusAllocator({ telemetry: this.telemetry });
    this.wcInternal = initialLayout(this.config, 0);
    this.ingestChunk = opts.ingestChunk ?? 8192;
    this.gistBatch = opts.gistBatch ?? 256;
    this.now = opts.now ?? (() => performance.now());
  }

  get wc(): WorkingContext {
    return this.wcInternal;
  }

  /** The tombstones honoured by assembly (row-plan.ts) and focus (src/core/forgetting.ts). */
  get forgotten(): ForgetSet {
    return this.forgottenInternal;
  }

  /**
   * Replaces the tombstones: the blocks at their edges are held at LOD0 (expanded now, oldest
   * unpinned content pays), so no gist mixing forgotten and kept tokens stays in the working
   * context. Returns false when the holds could not fit in W_max: the WC is then left as it was
   * (the tombstones still apply: assembly drops every gist holding a forgotten token, so the
   * model never sees one; kept tokens under a dropped gist are then not seen either).
   */
  setForgotten(set: ForgetSet): boolean {
    this.forgottenInternal = set;
    const holds = forgetHolds(set, this.config.blockSize);
    const before = this.wcInternal.clone();
    this.wcInternal.setHolds(holds);
    try {
      focusPins(this.wcInternal);
      return true;
    } catch (e) {
      if (!(e instanceof BudgetError)) throw e;
      this.wcInternal = before;
      this.wcInternal.setHolds([]);
      return false;
    }
  }

  /**
   * Appends token ids: tree append → GistNet on completed blocks → WC grows → budget restored
   * (oldest first). Chunked so a 10 MB paste reports progress and can be cancelled between chunks;
   * a cancelled ingest keeps what was appended (the tree is append-only and stays consistent).
   * `gister` replaces the memory's for this ingest (a shared memory's attach copies the gists it
   * can: src/core/gist-reuse.ts); it must make the same gists, under the same version.
   */
  async ingest(
    ids: ArrayLike<number>,
    opts: {
      onProgress?: (p: IngestProgress) => void;
      signal?: AbortSignal;
      startedAt?: number;
      gister?: Gister;
    } = {},
  ): Promise<void> {
    const gister = opts.gister ?? this.gister;
    const total = ids.length;
    // Rates count from `startedAt` when the caller did work before (e.g. tokenizing the text).
    const started = opts.startedAt ?? this.now();
    for (let at = 0; at < total; at += this.ingestChunk) {
      await yieldToEventLoop(); // lets a cancel (and progress messages) through between chunks
      opts.signal?.throwIfAborted();
      const end = Math.min(total, at + this.ingestChunk);
      this.tree.append(Array.prototype.slice.call(ids, at, end) as number[]);
      await fillGists(this.tree, gister, this.gistBatch);
      this.wcInternal.syncToTokenCount(this.tree.length);
      restoreBudget(this.wcInternal);
      const seconds = (this.now() - started) / 1000;
      const rate = seconds > 0 ? end / seconds : 0;
      opts.onProgress?.({
        tokensDone: end,
        tokensTotal: total,
        tokensPerSecond: rate,
        secondsLeft: rate > 0 ? (total - end) / rate : null,
      });
    }
  }

  /** One append of generated tokens (no progress; gists when a block completes). */
  async appendGenerated(ids: ArrayLike<number>): Promise<void> {
    this.tree.append(ids);
    await fillGists(this.tree, this.gister, this.gistBatch);
    this.wcInternal.syncToTokenCount(this.tree.length);
  }

  /**
   * Scores the WC entries and applies the Focus Allocator until a fixed point or the turn cap,
   * then spends the free budget on the best-scoring gists (collapses only pay for expansions).
   */
  refocus(scorer: Scorer, opts: RefocusOptions = {}): RefocusReport {
    const report = this.allocator.refocus(this.wcInternal, scorer, opts);
    this.telemetry.recordAccess(this.wcInternal);
    return report;
  }

  /** The same with an async scorer (LensNet runs on onnxruntime). */
  async refocusAsync(scorer: AsyncScorer, opts: RefocusOptions = {}): Promise<RefocusReport> {
    const report = await this.allocator.refocusAsync(this.wcInternal, scorer, opts);
    this.telemetry.recordAccess(this.wcInternal);
    return report;
  }

  /** Puts back a working context saved with wc.clone() (e.g. when a refocus must be undone). */
  restoreWorkingContext(wc: WorkingContext): void {
    this.wcInternal = wc;
  }

  /**
   * Before a new question's refocus: the WC goes back to the coarsest layout (pins and the holds
   * around forgotten spans at full detail again), so focus is chosen for this question alone, as
   * `npm run eval` measures it on a fresh memory. Refocusing the last turn's WC instead kept the
   * last answer's facts raw (its expansions were in cooldown, and a swap needs a clear margin):
   * the sample chips asked one after another were right 0 of 60 times after the first question,
   * 59 of 60 with this (docs/sample-memory.md). Keeps the current WC if the pins no longer fit. Returns the WC it
   * replaced (what the decoder's KV was computed for: `wc.sharedPrefixCost(before)` is what stays).
   */
  relayoutForQuery(): WorkingContext {
    const before = this.wcInternal;
    this.relayout();
    try {
      focusPins(this.wcInternal);
    } catch (e) {
      if (!(e instanceof BudgetError)) throw e;
      this.wcInternal = before;
      return before.clone(); // the refocus changes the WC in place
    }
    return before;
  }

  /** Rebuilds the WC from scratch for the current tree (e.g. after loading from storage). */
  relayout(): void {
    const pins = this.wcInternal.pins();
    const holds = this.wcInternal.holds();
    this.wcInternal = initialLayout(this.config, this.tree.length);
    this.wcInternal.setPins(pins);
    this.wcInternal.setHolds(holds);
  }
}
