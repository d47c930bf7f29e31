import { describe, expect, it } from 'vitest';
import {
  argmax,
  DEFAULT_SAMPLING,
  makeRng,
  penalizeRepeats,
  sampleToken,
  SamplingError,
  validateSampling,
} from '../../src/models/sampling';

describe('sampling', () => {
  it('greedy picks the argmax, first on ties, never NaN', () => {
    expect(sampleToken([0.1, 3, 2, 3], { temperature: 0, topP: 1, seed: 0 }, makeRng(0))).toBe(1);
    expect(argmax([Number.NaN, -1, Number.NaN])).toBe(1);
    expect(() => argmax([Number.NaN])).toThrow(SamplingError);
  });

  it('temperature sampling follows the softmax distribution', () => {
    const logits = [Math.log(0.5), Math.log(0.3), Math.log(0.2)];
    const rng = makeRng(42);
    const counts = [0, 0, 0];
    const n = 20_000;
    for (let i = 0; i < n; i++) counts[sampleToken(logits, { temperature: 1, topP: 1, seed: 42 }, rng)]!++;
    expect(counts[0]! / n).toBeCloseTo(0.5, 1);
    expect(counts[1]! / n).toBeCloseTo(0.3, 1);
    expect(counts[2]! / n).toBeCloseTo(0.2, 1);
  });

  it('top-p keeps only the nucleus', () => {
    const logits = [Math.log(0.6), Math.log(0.25), Math.log(0.1), Math.log(0.05)];
    const rng = makeRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 5_000; i++) seen.add(sampleToken(logits, { temperature: 1, topP: 0.8, seed: 7 }, rng));
    expect([...seen].sort()).toEqual([0, 1]);
  });

  it('is deterministic per seed', () => {
    const logits = Array.from({ length: 50 }, (_, i) => Math.sin(i));
    const draw = (seed: number) => {
      const rng = makeRng(seed);
      return Array.from({ length: 20 }, () => sampleToken(logits, { temperature: 0.9, topP: 0.95, seed }, rng));
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });

  it('rejects invalid parameters with the field named', () => {
    expect(() => validateSampling({ temperature: -1, topP: 1, seed: 0 })).toThrow(/temperature/);
    expect(() => validateSampling({ temperature: 1, topP: 0, seed: 0 })).toThrow(/topP/);
    expect(() => validateSampling({ temperature: 1, topP: 1, seed: 1.5 })).toThrow(/seed/);
    expect(() => validateSampling({ temperature: 1, topP: 1, seed: -1 })).toThrow(/seed/);
    expect(() => validateSampling({ temperature: 0, topP: 1, seed: 0, repetitionPenalty: 0.9 })).toThrow(
      /repetitionPenalty/,
    );
    expect(() => validateSampling({ temperature: 0, topP: 1, seed: 0, repetitionPenalty: Number.NaN })).toThrow(
      /repetitionPenalty/,
    );
    expect(validateSampling(DEFAULT_SAMPLING)).toBe(DEFAULT_SAMPLING);
  });

  it('repetition penalty divides positive and multiplies negative logits of repeated ids, once each', () => {
    const logits = [2, -1, 3, 0.5];
    expect(Array.from(penalizeRepeats(logits, 2, [0, 1, 0]))).toEqual([1, -2, 3, 0.5]);
    expect(penalizeRepeats(logits, 1, [0, 1])).toBe(logits); // off: the row itself, not a copy
    expect(penalizeRepeats(logits, 1.5, [])).toBe(logits);
    expect(logits).toEqual([2, -1, 3, 0.5]); // the decoder's row is never modified
  });

  it('repetition penalty turns a greedy loop into a new token', () => {
    const logits = [3, 2.5, 0];
    const greedy = { temperature: 0, topP: 1, seed: 0 };
    expect(sampleToken(logits, greedy, makeRng(0), [0])).toBe(0); // no penalty: repeats token 0
    expect(sampleToken(logits, { ...greedy, repetitionPenalty: 1.3 }, makeRng(0), [0])).toBe(1); // 3 / 1.3 < 2.5
    expect(sampleToken(logits, { ...greedy, repetitionPenalty: 1.1 }, makeRng(0), [0])).toBe(0); // 3 / 1.1 > 2.5
    // Sampling with temperature: a penalised id is drawn less often.
    const rng = makeRng(5);
    let repeats = 0;
    for (let i = 0; i < 4000; i++)
      if (sampleToken([1, 1], { temperature: 1, topP: 1, seed: 5, repetitionPenalty: 2 }, rng, [0]) === 0) repeats++;
    expect(repeats / 4000).toBeCloseTo(Math.exp(0.5) / (Math.exp(0.5) + Math.exp(1)), 1);
  });
});
