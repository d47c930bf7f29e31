// The slice of the onnxruntime API the project uses, so the same code runs on onnxruntime-web
// (WebGPU / WASM, in the worker) and onnxruntime-node (tests, eval CLI, benchmarks).
import type { InferenceSession, Tensor } from 'onnxruntime-common';

export interface OrtApi {
  InferenceSession: typeof InferenceSession;
  Tensor: typeof Tensor;
}

export type OrtSession = InferenceSession;
export type OrtTensor = Tensor;

/**
 * Serialises session creation and runs (transformers.js habit): onnxruntime-web sessions must
 * not run concurrently, and serialising keeps memory peaks predictable.
 */
export class SessionQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
