// GistNet with a compute-path fallback (seeds: GistNet; "gists carry the GistNet version"): the
// primary gister (the WGSL net on the decoder's WebGPU device, src/runtime/gpu-gister.ts) runs until
// it fails once — a lost device, a failed map, a validation error — and from then on the fallback
// (the same net as ONNX on WASM, onnx-gister.ts) makes every gist, starting with the job that
// failed. Both carry the same version (the same weights: the gists agree within f32 tolerance), so
// nothing made before the switch is refreshed. `path` says, in words, which one runs now.
// Pure: no GPU or DOM; the per-call `sink` (where a GPU gister also puts the gists) is opaque here.
import type { GistJob } from '../../core/tree';
import type { Gister } from '../../core/gister';

/** A gister whose calls may name a sink (GpuGistSink on the GPU); plain gisters ignore it. */
export interface SinkGister<S> extends Gister {
  gist(job: GistJob, sink?: S): Float32Array | Promise<Float32Array>;
}

export interface GisterSwitch {
  /** The path that failed and the one now running, in words. */
  from: string;
  to: string;
  reason: string;
}

export class FallbackGister<S = unknown> implements SinkGister<S> {
  readonly version: string;
  readonly dim: number;
  private failed: GisterSwitch | null = null;

  constructor(
    readonly primary: { gister: SinkGister<S>; path: string },
    readonly fallback: { gister: Gister; path: string },
    private readonly onSwitch?: (s: GisterSwitch) => void,
  ) {
    if (primary.gister.version !== fallback.gister.version || primary.gister.dim !== fallback.gister.dim)
      throw new RangeError(
        `FallbackGister: ${primary.gister.version} (d ${primary.gister.dim}) and ${fallback.gister.version} (d ${fallback.gister.dim}) are not the same net.`,
      );
    this.version = primary.gister.version;
    this.dim = primary.gister.dim;
  }

  /** The path making gists now. */
  get path(): string {
    return this.failed ? this.fallback.path : this.primary.path;
  }

  /** Why the primary stopped (null while it runs). */
  get switched(): GisterSwitch | null {
    return this.failed;
  }

  /** Stops using the primary (e.g. its device was lost) without waiting for a call to fail. */
  switchToFallback(reason: string): void {
    if (this.failed) return;
    this.failed = { from: this.primary.path, to: this.fallback.path, reason };
    this.onSwitch?.(this.failed);
  }

  async gist(job: GistJob, sink?: S): Promise<Float32Array> {
    if (!this.failed) {
      try {
        return await this.primary.gister.gist(job, sink);
      } catch (e) {
        this.switchToFallback((e as Error)?.message ?? String(e));
      }
    }
    return this.fallback.gister.gist(job);
  }
}

/** The gister one conversation uses: `model` with the conversation's sink (read at each call). */
export function gisterWithSink<S>(model: SinkGister<S>, sink: () => S | undefined): Gister {
  return {
    version: model.version,
    dim: model.dim,
    gist: (job) => model.gist(job, sink()),
  };
}
