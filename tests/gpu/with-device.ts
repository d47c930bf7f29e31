// GPU test harness: a fresh device per test, wrapped in validation / out-of-memory / internal
// error scopes plus an uncaptured-error listener; any captured error fails the test.
import { acquireGpu, type GpuContext } from '../../src/gpu/device';
import { GpuValidationError } from '../../src/gpu/errors';

export async function withDevice<T>(fn: (ctx: GpuContext) => Promise<T>): Promise<T> {
  const ctx = await acquireGpu({ label: 'gpu-test' });
  const { device } = ctx;
  const uncaptured: string[] = [];
  device.addEventListener('uncapturederror', (ev) => uncaptured.push((ev as GPUUncapturedErrorEvent).error.message));
  device.pushErrorScope('internal');
  device.pushErrorScope('out-of-memory');
  device.pushErrorScope('validation');
  let result: T;
  try {
    result = await fn(ctx);
  } finally {
    await device.queue.onSubmittedWorkDone();
    const captured = (await Promise.all([device.popErrorScope(), device.popErrorScope(), device.popErrorScope()]))
      .filter((e): e is GPUError => e !== null)
      .map((e) => e.message);
    device.destroy();
    const all = [...captured, ...uncaptured];
    if (all.length > 0) {
      // eslint-disable-next-line no-unsafe-finally
      throw new GpuValidationError(`GPU errors captured during the test:\n${all.join('\n')}`, { messages: all });
    }
  }
  return result;
}

/** Fresh random values in [-1, 1) — a new draw every run, so tests never pass by a lucky constant. */
export function randomF32(count: number): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.random() * 2 - 1;
  return out;
}

/** Largest |a−b| / max(|b|, floor) over all elements; NaN anywhere gives Infinity. */
export function maxRelativeError(actual: Float32Array, expected: Float32Array, floor = 1e-3): number {
  if (actual.length !== expected.length) throw new RangeError(`length ${actual.length} ≠ ${expected.length}`);
  let worst = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (!Number.isFinite(a)) return Infinity;
    worst = Math.max(worst, Math.abs(a - e) / Math.max(Math.abs(e), floor));
  }
  return worst;
}

/** Root mean square of `values` (used as the error floor for sums of many terms). */
export function rms(values: Float32Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]! * values[i]!;
  return Math.sqrt(s / Math.max(1, values.length));
}

/**
 * Relative error for reductions (dot products, softmax-weighted sums): |a−e| / max(|e|, rms(e)).
 * An f32 sum of many terms carries an absolute error on the scale of its terms, so an output that
 * cancels to ≈0 is judged against the tensor's typical magnitude instead of its own.
 */
export function maxScaledError(actual: Float32Array, expected: Float32Array): number {
  return maxRelativeError(actual, expected, Math.max(1e-6, rms(expected)));
}

/** Submits what `record` encodes into a fresh encoder and waits for it. */
export async function submit(device: GPUDevice, record: (encoder: GPUCommandEncoder) => void): Promise<void> {
  const encoder = device.createCommandEncoder({ label: 'test.encoder' });
  record(encoder);
  device.queue.submit([encoder.finish()]);
  await device.queue.onSubmittedWorkDone();
}
