// Decoding over the working context (ARCHITECTURE §4 steps 3–4): assemble the rows, reuse the
// KV prefix up to the first changed row (a changed entry, or a gist a refresh replaced), prefill the
// rest in chunks, then decode token by token. Forgotten tokens give no row (row-plan.ts); while a
// conversation has forgotten rows its prefill is assembled on the CPU path.
// Every generated token goes back into the tree (step 1), so the memory includes the answer.
import { restoreBudget } from '../core/budget';
import type { PositionPolicy } from '../core/position-policy';
import type { EmbeddingTable } from '../models/embedding-table';
import type { ConversationMemory } from './conversation-memory';
import { firstDifferentRow, materializeRows, planRows, type RowPlan } from './row-plan';
import { yieldToEventLoop } from './yield';
import type { GpuRowSource, GpuRows } from './gpu-row-source';

/** What the runtime needs from a decoder (DecoderSession implements it). */
export interface DecoderLike {
  readonly spec: { hiddenSize: number; vocabSize: number };
  readonly kv: { readonly length: number };
  forward(
    embeds: Float32Array,
    positions: ArrayLike<number>,
    keep?: number,
  ): Promise<{ logits: Float32Array; keep: number }>;
  /** Rows already on the GPU (WebGPU path with GPU assembly). */
  forwardGpu?(rows: GpuRows, keep?: number): Promise<{ logits: Float32Array; keep: number }>;
  truncate(n: number): void;
  reset(): void;
}

export interface PrefillStats {
  rows: number; // W: rows in the assembled working context
  reusedRows: number; // KV rows kept from the previous call
  computedRows: number; // rows run through the decoder now
}

export interface WcDecoderOptions {
  /** Rows per decoder call during prefill (bounds attention memory). Default 512. */
  prefillChunk?: number;
  /**
   * Token-equivalents the working context may grow past its budget while an answer is decoded
   * (the reply reserve: the engine's W_max = memory budget + maxNewTokens). Within it, decoding
   * never collapses anything, so every step reuses the whole KV cache. Default 0.
   */
  decodeHeadroom?: number;
  /**
   * Assemble prefill rows on the GPU (WebGPU path): inputs_embeds never visit the CPU. Used for
   * suffixes of at least `gpuMinRows` rows; single decode steps stay on the CPU path (one row).
   */
  gpuRows?: GpuRowSource;
  gpuMinRows?: number;
}

export class WcDecoder {
  private cached: RowPlan | null = null;
  /** Tree gist revision the cached KV was computed at (a refresh may overwrite gists since). */
  private revision: number;
  private readonly prefillChunk: number;
  private readonly decodeHeadroom: number;
  private readonly gpuRows: GpuRowSource | null;
  private readonly gpuMinRows: number;

  constructor(
    private readonly memory: ConversationMemory,
    private readonly decoder: DecoderLike,
    private readonly table: EmbeddingTable,
    private readonly policy: PositionPolicy,
    opts: WcDecoderOptions = {},
  ) {
    this.prefillChunk = opts.prefillChunk ?? 512;
    this.decodeHeadroom = opts.decodeHeadroom ?? 0;
    this.gpuRows = opts.gpuRows && decoder.forwardGpu ? opts.gpuRows : null;
    this.gpuMinRows = opts.gpuMinRows ?? 64;
    this.revision = memory.tree.gistRevision;
  }

  /** First of rows [0, upTo) of `plan` whose gist was overwritten since the cached KV was made (else upTo). */
  private firstRefreshedRow(plan: RowPlan, upTo: number): number {
    const tree = this.memory.tree;
    if (tree.gistRevision === this.revision) return upTo;
    for (let r = 0; r < upTo; r++) {
      const level = plan.level[r] as number;
      if (level > 0 && tree.overwrittenRevision(level, plan.key[r] as number) > this.revision) return r;
    }
    return upTo;
  }

  /** Frees GPU buffers held for assembly (the conversation is being closed). */
  dispose(): void {
    this.gpuRows?.destroy();
  }

  /** Drops the KV cache (e.g. after the decoder was recreated). */
  invalidate(): void {
    this.cached = null;
    this.decoder.reset();
  }

  /**
   * Brings the KV cache in line with the current working context and returns the logits of its
   * last row (V). Only rows after the first changed one are recomputed.
   */
  async sync(signal?: AbortSignal): Promise<{ logits: Float32Array; stats: PrefillStats }> {
    const { tree } = this.memory;
    if (tree.length === 0) throw new RangeError('The conversation is empty: nothing to decode from.');
    const plan = planRows(this.memory.wc, this.policy, tree.blockSize, tree.length, this.memory.forgotten);
    if (plan.rows === 0) throw new RangeError('Everything in this conversation is forgotten: nothing to decode from.');
    // Rows whose gist a refresh replaced are recomputed like changed ones.
    const keep = this.firstRefreshedRow(plan, firstDifferentRow(this.cached, this.decoder.kv.length, plan));
    // At least the last row is recomputed: its logits are what we need.
    const from = Math.min(keep, plan.rows - 1);
    this.decoder.truncate(from);
    let logits: Float32Array | null = null;
    // The GPU kernel assembles every entry's rows; with forgotten rows dropped the CPU path assembles.
    const onGpu = this.gpuRows !== null && plan.forgottenRows === 0 && plan.rows - from >= this.gpuMinRows;
    if (onGpu && this.gpuRows!.assemble(this.memory.wc, this.policy) !== plan.rows)
      throw new RangeError('GPU assembly and the row plan disagree on the row count');
    for (let at = from; at < plan.rows; at += this.prefillChunk) {
      if (at > from) await yieldToEventLoop();
      signal?.throwIfAborted();
      const end = Math.min(plan.rows, at + this.prefillChunk);
      if (onGpu) {
        const rows = this.gpuRows!.rows(at, end); // (end − at, d) on the GPU
        try {
          logits = (await this.decoder.forwardGpu!(rows, 1)).logits;
        } finally {
          rows.destroy();
        }
      } else {
        const embeds = materializeRows({ ...plan, rows: end }, at, tree, this.table); // (end − at, d)
        logits = (await this.decoder.forward(embeds, plan.position.subarray(at, end), 1)).logits;
      }
    }
    this.cached = plan;
    this.revision = tree.gistRevision;
    return { logits: logits!, stats: { rows: plan.rows, reusedRows: from, computedRows: plan.rows - from } };
  }

  /** Appends tokens to the memory without decoding (e.g. the stop token that ends a turn). */
  async record(tokenIds: readonly number[]): Promise<void> {
    await this.memory.appendGenerated(tokenIds);
  }

  /**
   * Appends one generated token to the memory and returns the next logits. Only if the working
   * context outgrew its budget plus the decode headroom do the oldest entries collapse (the
   * refocus of the next turn decides with scores); the KV suffix after that change is recomputed.
   */
  async append(tokenId: number, signal?: AbortSignal): Promise<{ logits: Float32Array; stats: PrefillStats }> {
    await this.memory.appendGenerated([tokenId]);
    if (this.memory.wc.cost > this.memory.config.wMax + this.decodeHeadroom) restoreBudget(this.memory.wc);
    return this.sync(signal);
  }
}
