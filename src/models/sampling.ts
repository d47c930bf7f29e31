// Next-token sampling for the gist-aware decode loop: greedy, temperature and nucleus (top-p),
// a repetition penalty over the answer's own tokens, and a seeded RNG so a run is reproducible.
// Operates on one row of logits (V).

export interface SamplingParams {
  /** 0 → greedy (argmax). Default 0: the demo model is small and greedy is the most faithful. */
  temperature: number;
  /** Nucleus mass in (0, 1]; 1 disables top-p. */
  topP: number;
  /** Seed of the RNG used when temperature > 0 (an integer in [0, 2^32)). */
  seed: number;
  /**
   * CTRL-style repetition penalty (Keskar et al. 2019, as in transformers): the logit of every
   * token already in this answer is divided by it when positive, multiplied when negative. In
   * [1, 2]; 1 (or absent) disables it. Only the answer's own tokens count — the memory is what
   * the model should copy from — and the default is 1 because the demo model answers by copying
   * (a pass key with a repeated digit must stay reachable).
   */
  repetitionPenalty?: number;
}

export const DEFAULT_SAMPLING: SamplingParams = { temperature: 0, topP: 1, seed: 0, repetitionPenalty: 1 };

export class SamplingError extends Error {
  override readonly name = 'SamplingError';
  constructor(
    message: string,
    readonly data: { field: string; value: number },
  ) {
    super(message);
  }
}

export function validateSampling(p: SamplingParams): SamplingParams {
  if (!(p.temperature >= 0) || !Number.isFinite(p.temperature))
    throw new SamplingError(`temperature must be a finite number ≥ 0, got ${p.temperature}`, {
      field: 'temperature',
      value: p.temperature,
    });
  if (!(p.topP > 0 && p.topP <= 1))
    throw new SamplingError(`topP must be in (0, 1], got ${p.topP}`, { field: 'topP', value: p.topP });
  if (!(Number.isInteger(p.seed) && p.seed >= 0 && p.seed < 2 ** 32))
    throw new SamplingError(`seed must be an integer in [0, 2^32), got ${p.seed}`, { field: 'seed', value: p.seed });
  const rp = p.repetitionPenalty ?? 1;
  if (!(rp >= 1 && rp <= 2))
    throw new SamplingError(`repetitionPenalty must be in [1, 2] (1 = off), got ${rp}`, {
      field: 'repetitionPenalty',
      value: rp,
    });
  return p;
}

/** mulberry32: tiny, fast, good enough for sampling; deterministic per seed. */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index of the largest logit (first on ties). NaN logits are never chosen. */
export function argmax(logits: ArrayLike<number>): number {
  let best = -1;
  let bestV = -Infinity;
  for (let i = 0; i < logits.length; i++) {
    const v = logits[i]!;
    if (v > bestV) {
      bestV = v;
      best = i;
    }
  }
  if (best < 0) throw new SamplingError('all logits are NaN or -Infinity', { field: 'logits', value: Number.NaN });
  return best;
}

/**
 * `logits` (V) with the repetition penalty applied to the ids in `previous` (each once), or
 * `logits` itself when the penalty is off or nothing came before.
 */
export function penalizeRepeats(
  logits: ArrayLike<number>,
  penalty: number,
  previous: readonly number[],
): ArrayLike<number> {
  if (penalty === 1 || previous.length === 0) return logits;
  const out = Float32Array.from(logits); // (V)
  for (const id of new Set(previous)) {
    if (id < 0 || id >= out.length) continue;
    const v = out[id]!;
    out[id] = v > 0 ? v / penalty : v * penalty;
  }
  return out;
}

/**
 * Samples one token id from `logits` (V). `rng` returns uniform [0, 1). `previous`: the ids
 * already generated in this answer (for the repetition penalty).
 */
export function sampleToken(
  rawLogits: ArrayLike<number>,
  p: SamplingParams,
  rng: () => number,
  previous: readonly number[] = [],
): number {
  const logits = penalizeRepeats(rawLogits, p.repetitionPenalty ?? 1, previous);
  if (p.temperature === 0) return argmax(logits);
  const n = logits.length;
  const max = logits[argmax(logits)]!;
  const probs = new Float64Array(n); // (V)
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = logits[i]!;
    const e = Number.isNaN(v) ? 0 : Math.exp((v - max) / p.temperature);
    probs[i] = e;
    sum += e;
  }
  let order: number[];
  let mass = sum;
  if (p.topP < 1) {
    // Keep the smallest set of most likely tokens whose mass reaches topP (ties by lower id).
    order = Array.from({ length: n }, (_, i) => i).sort((a, b) => probs[b]! - probs[a]! || a - b);
    let acc = 0;
    let k = 0;
    while (k < n && acc < p.topP * sum) acc += probs[order[k++]!]!;
    order = order.slice(0, Math.max(1, k));
    mass = acc;
  } else {
    order = [];
  }
  let r = rng() * mass;
  if (order.length > 0) {
    for (const i of order) {
      r -= probs[i]!;
      if (r < 0) return i;
    }
    return order[order.length - 1]!;
  }
  for (let i = 0; i < n; i++) {
    r -= probs[i]!;
    if (r < 0) return i;
  }
  return argmax(logits);
}
