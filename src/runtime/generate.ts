// The decode loop of one assistant turn: sample, stream, stop on a stop token, the token budget or
// cancellation. Streaming text is decoded incrementally and held back while it ends inside a
// multi-byte character (U+FFFD at the end), so no broken characters are shown.
import { makeRng, sampleToken, validateSampling, type SamplingParams } from '../models/sampling';
import type { WcDecoder, PrefillStats } from './wc-decoder';
import { yieldToEventLoop } from './yield';

export interface TokenEvent {
  kind: 'token';
  tokenId: number;
  /** Newly printable text (may be empty while a character is incomplete). */
  text: string;
  index: number;
}

export type StopReason = 'stop-token' | 'max-tokens' | 'cancelled';

export interface TurnResult {
  tokenIds: number[];
  text: string;
  stopReason: StopReason;
  prefill: PrefillStats;
  /** Time to first token (ms) from the start of prefill. */
  ttftMs: number;
  decodeMs: number;
  tokensPerSecond: number;
}

export interface GenerateOptions {
  maxNewTokens: number;
  sampling: SamplingParams;
  stopIds: readonly number[];
  decode: (ids: number[]) => string;
  onToken?: (e: TokenEvent) => void;
  /** Ids the reply may not start with (masked at the first step only). */
  firstTokenBans?: readonly number[];
  /**
   * The ids that may follow the reply's tokens so far (everything else is masked), or null to
   * leave the step free: a grammar of the reply (answer copy, src/core/answer-copy.ts).
   */
  allowedNext?: (reply: readonly number[]) => readonly number[] | null;
  signal?: AbortSignal;
  now?: () => number;
}

export async function generateTurn(wcd: WcDecoder, opts: GenerateOptions): Promise<TurnResult> {
  validateSampling(opts.sampling);
  const now = opts.now ?? (() => performance.now());
  const rng = makeRng(opts.sampling.seed);
  const stop = new Set(opts.stopIds);
  const started = now();
  const first = await wcd.sync(opts.signal);
  let logits = first.logits;
  const ids: number[] = [];
  let shown = '';
  let ttftMs = 0;
  let stopReason: StopReason = 'max-tokens';
  const decodeStart = now();
  for (let i = 0; i < opts.maxNewTokens; i++) {
    await yieldToEventLoop(); // a Stop (cancel message) can arrive between tokens
    if (opts.signal?.aborted) {
      stopReason = 'cancelled';
      break;
    }
    const free = i === 0 ? banned(logits, opts.firstTokenBans) : logits;
    const id = sampleToken(onlyAllowed(free, opts.allowedNext?.(ids) ?? null), opts.sampling, rng, ids);
    if (i === 0) ttftMs = now() - started;
    ids.push(id);
    const isStop = stop.has(id);
    if (!isStop) {
      const text = opts.decode(ids.filter((t) => !stop.has(t)));
      const printable = text.endsWith('\uFFFD') ? text.slice(0, -1) : text;
      const delta = printable.startsWith(shown) ? printable.slice(shown.length) : '';
      if (delta) shown = printable;
      opts.onToken?.({ kind: 'token', tokenId: id, text: delta, index: i });
    }
    // Every token enters the memory; the last one (a stop token, or the token budget's last)
    // needs no forward pass now: the next turn's prefill computes its row.
    if (isStop || i === opts.maxNewTokens - 1) {
      await wcd.record([id]);
      if (isStop) stopReason = 'stop-token';
      break;
    }
    const next = await wcd.append(id, opts.signal).catch((e: unknown) => {
      if ((e as Error).name === 'AbortError') return null;
      throw e;
    });
    if (!next) {
      stopReason = 'cancelled';
      break;
    }
    logits = next.logits;
  }
  const decodeMs = now() - decodeStart;
  const text = opts.decode(ids.filter((t) => !stop.has(t)));
  return {
    tokenIds: ids,
    text,
    stopReason,
    prefill: first.stats,
    ttftMs,
    decodeMs,
    tokensPerSecond: decodeMs > 0 ? (ids.length / decodeMs) * 1000 : 0,
  };
}

/** `logits` (V) with every id but `allowed` masked to −∞ (`logits` itself when allowed is null). */
function onlyAllowed(logits: ArrayLike<number>, allowed: readonly number[] | null): ArrayLike<number> {
  if (allowed === null) return logits;
  const out = new Float32Array(logits.length).fill(-Infinity); // (V)
  for (const id of allowed) if (id >= 0 && id < out.length) out[id] = logits[id]!;
  return out;
}

/** `logits` (V) with `ids` masked to −∞, or `logits` itself when there is nothing to mask. */
function banned(logits: ArrayLike<number>, ids: readonly number[] | undefined): ArrayLike<number> {
  if (!ids || ids.length === 0) return logits;
  const out = Float32Array.from(logits); // (V)
  for (const id of ids) if (id >= 0 && id < out.length) out[id] = -Infinity;
  return out;
}
