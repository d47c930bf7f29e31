// Telemetry survives a reload: toJSON → JSON text → Telemetry.fromJSON gives the same snapshot
// and per-node counts, keeps counting where it left off, and anything malformed is a
// TelemetryFormatError (never a crash, never a half-restored object).
import { describe, expect, it } from 'vitest';
import {
  FocusAllocator,
  MAX_COUNTED_NODES,
  Telemetry,
  TelemetryFormatError,
  decodeCounts,
  encodeCounts,
} from '../../../src/core/index.ts';
import { registerProjectErrors } from '../../../src/protocol/error-registry.ts';
import { deserializeError, serializeError } from '../../../src/protocol/serializable-error.ts';
import { iterationReport, wc66 } from './helpers.ts';

/** Telemetry with iterations (ring wrapped), refocuses, accesses and mutations. */
function busyTelemetry(): Telemetry {
  const tel = new Telemetry({ historySize: 4, thrashThreshold: 0.3 });
  const wc = wc66();
  const s = new Float32Array(66);
  s.fill(-0.9, 32, 64);
  s[5] = 0.9;
  new FocusAllocator({ telemetry: tel }).step(wc, s);
  for (const x of [0.1, 0.35, 0.05, 0.2, 0.125]) tel.recordIteration(iterationReport(x));
  tel.recordRefocus(123);
  tel.recordRefocus(45);
  tel.recordAccess(wc);
  tel.recordAccess(wc);
  tel.recordAccess(wc66());
  return tel;
}

describe('Telemetry JSON', () => {
  it('round-trips counters, swap-rate ring and per-node counts through JSON text', () => {
    const tel = busyTelemetry();
    const json = tel.toJSON();
    const back = Telemetry.fromJSON(JSON.parse(JSON.stringify(json)));
    expect(back.snapshot()).toEqual(tel.snapshot());
    expect(back.snapshot().recentSwapRates).toHaveLength(4);
    expect(back.thrashThreshold).toBe(0.3);
    for (let level = 0; level <= 3; level++) {
      for (let i = 0; i < 80; i++) {
        expect(back.accessCount(level, i)).toBe(tel.accessCount(level, i));
        expect(back.mutationCount(level, i)).toBe(tel.mutationCount(level, i));
      }
    }
    expect(back.mutationCount(1, 5)).toBe(1);
    expect(back.accessCount(1, 0)).toBe(3);
    expect(back.toJSON()).toEqual(json);
  });

  it('keeps counting after a restore exactly as the original would', () => {
    const a = busyTelemetry();
    const b = Telemetry.fromJSON(a.toJSON());
    for (const t of [a, b]) {
      t.recordIteration(iterationReport(0.9));
      t.recordRefocus(7);
      t.recordAccess(wc66());
    }
    expect(b.snapshot()).toEqual(a.snapshot());
    expect(b.accessCount(0, 65)).toBe(a.accessCount(0, 65));
    expect(b.toJSON()).toEqual(a.toJSON());
  });

  it('fresh telemetry round-trips to fresh telemetry', () => {
    const fresh = new Telemetry();
    expect(Telemetry.fromJSON(fresh.toJSON()).snapshot()).toEqual(fresh.snapshot());
  });

  it('run-length encodes counts compactly and decodes them back', () => {
    const counts = new Uint32Array(4096);
    counts.fill(7, 100, 2000);
    counts[3000] = 0xffffffff;
    const rle = encodeCounts(counts);
    expect(rle).toEqual([0, 100, 7, 1900, 0, 1000, 0xffffffff, 1]);
    expect(Array.from(decodeCounts(rle, 'x').subarray(0, 3001))).toEqual(Array.from(counts.subarray(0, 3001)));
    expect(encodeCounts(new Uint32Array(64))).toEqual([]);
  });

  it('rejects malformed input with a TelemetryFormatError naming the field', () => {
    const good = busyTelemetry().toJSON();
    const cases: Array<[unknown, string]> = [
      [null, 'telemetry'],
      ['{}', 'telemetry'],
      [[], 'telemetry'],
      [{ ...good, format: 'other' }, 'format'],
      [{ ...good, version: 2 }, 'version'],
      [{ ...good, iterations: -1 }, 'iterations'],
      [{ ...good, iterations: 1.5 }, 'iterations'],
      [{ ...good, refocuses: '3' }, 'refocuses'],
      [{ ...good, swapSum: Number.NaN }, 'swapSum'],
      [{ ...good, historySize: 0 }, 'historySize'],
      [{ ...good, recentSwapRates: [0.1, 0.1, 0.1, 0.1, 0.1] }, 'recentSwapRates'],
      [{ ...good, recentSwapRates: [0.1, -1] }, 'recentSwapRates[1]'],
      [{ ...good, recentSwapRates: 'x' }, 'recentSwapRates'],
      [{ ...good, actions: good.actions + 1 }, 'actions'],
      [{ ...good, thrashIterations: good.iterations + 1 }, 'thrashIterations'],
      [{ ...good, access: [[1, 2, 3]] }, 'access[0]'],
      [{ ...good, access: [[1, 0]] }, 'access[0][1]'],
      [{ ...good, access: [[-1, 2]] }, 'access[0][0]'],
      [{ ...good, access: [[2 ** 32, 2]] }, 'access[0][0]'],
      [{ ...good, mutation: [[], [1, MAX_COUNTED_NODES + 1]] }, 'mutation[1]'],
      [{ ...good, mutation: {} }, 'mutation'],
      [{ ...good, access: Array.from({ length: 17 }, () => []) }, 'access'],
    ];
    for (const [input, field] of cases) {
      let error: unknown = null;
      try {
        Telemetry.fromJSON(input);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(input)?.slice(0, 80)).toBeInstanceOf(TelemetryFormatError);
      expect((error as TelemetryFormatError).data['field']).toBe(field);
      expect((error as Error).message).toMatch(/start with fresh telemetry/);
    }
  });

  it('the error crosses a worker boundary as the same class', () => {
    let error: TelemetryFormatError | null = null;
    try {
      Telemetry.fromJSON({ format: 'nope' });
    } catch (e) {
      error = e as TelemetryFormatError;
    }
    registerProjectErrors();
    const rebuilt = deserializeError(JSON.parse(JSON.stringify(serializeError(error))));
    expect(rebuilt).toBeInstanceOf(TelemetryFormatError);
    expect((rebuilt as TelemetryFormatError).data).toEqual(error!.data);
  });
});
