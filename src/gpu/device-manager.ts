// Device lifetime (ARCHITECTURE §6 "device acquisition (limits, device lost)"): owns one GPUDevice,
// and when the browser loses it (driver reset, GPU process crash, reason 'unknown') reports the loss,
// acquires a fresh device and announces it (`lost` / `recreated` events for owners of GPU objects).
// An explicit destroy (reason 'destroyed') is not a loss. After `maxRecreates` recreations it stops
// recreating on its own and reports 'failed'; `ready()` still acquires a device on demand.
// The app's one device is the decoder's, owned by the browser host (src/runtime/browser-host.ts):
// on `lost` the host stops handing out that device's row sources and KV stores, the engine moves
// the running decoder to WASM, and the next WebGPU session is created on the device `ready()` returns.
import { acquireGpu, type AcquireOptions, type GpuContext } from './device';
import { GpuDeviceLostError } from './errors';

export type DeviceManagerEvent =
  | { type: 'lost'; error: GpuDeviceLostError; generation: number }
  | { type: 'recreated'; context: GpuContext; generation: number }
  | { type: 'failed'; error: Error; generation: number };

export interface DeviceManagerOptions extends Omit<AcquireOptions, 'onLost'> {
  /** The WebGPU entry point; defaults to navigator.gpu (tests inject a fake). */
  gpu?: GPU;
  /** Losses survived before giving up; 3 covers a transient driver reset without looping forever. */
  maxRecreates?: number;
}

export type DeviceManagerListener = (event: DeviceManagerEvent) => void;

export class GpuDeviceManager {
  private ctx: GpuContext | null = null;
  private pending: Promise<GpuContext> | null = null;
  private readonly listeners = new Set<DeviceManagerListener>();
  private disposed = false;
  /** 1 for the first device, +1 per recreation. */
  generation = 0;
  recreates = 0;

  constructor(private readonly opts: DeviceManagerOptions = {}) {}

  /** Acquires the first device (idempotent). Throws GpuUnavailableError when there is none. */
  start(): Promise<GpuContext> {
    if (this.ctx) return Promise.resolve(this.ctx);
    if (!this.pending) this.pending = this.acquire();
    return this.pending;
  }

  /** The live context; throws if none (not started, lost and not yet recreated, or failed). */
  get context(): GpuContext {
    if (!this.ctx)
      throw new GpuDeviceLostError('No GPU device is available right now.', {
        reason: 'no-device',
        detail: `generation ${this.generation}`,
      });
    return this.ctx;
  }

  /** Resolves with the live context, waiting for a recreation in progress. */
  ready(): Promise<GpuContext> {
    if (this.ctx) return Promise.resolve(this.ctx);
    return this.pending ?? this.start();
  }

  subscribe(listener: DeviceManagerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Destroys the device on purpose; no recreation follows. */
  dispose(): void {
    this.disposed = true;
    this.ctx?.device.destroy();
    this.ctx = null;
    this.listeners.clear();
  }

  private emit(event: DeviceManagerEvent): void {
    for (const l of [...this.listeners]) l(event);
  }

  private async acquire(): Promise<GpuContext> {
    const generation = this.generation + 1;
    const ctx = await acquireGpu(
      {
        ...(this.opts.powerPreference ? { powerPreference: this.opts.powerPreference } : {}),
        label: `${this.opts.label ?? 'megacontext'}#${generation}`,
        onLost: (error) => this.onLost(generation, error),
      },
      this.opts.gpu ?? globalThis.navigator?.gpu,
    );
    if (this.disposed) {
      ctx.device.destroy();
      throw new GpuDeviceLostError('The device manager was disposed while acquiring a device.', {
        reason: 'destroyed',
        detail: '',
      });
    }
    this.generation = generation;
    this.ctx = ctx;
    this.pending = null;
    return ctx;
  }

  private onLost(generation: number, error: GpuDeviceLostError): void {
    if (this.disposed || generation !== this.generation) return; // stale device
    this.ctx = null;
    this.emit({ type: 'lost', error, generation });
    if (this.recreates >= (this.opts.maxRecreates ?? 3)) {
      this.pending = null;
      this.emit({ type: 'failed', error, generation });
      return;
    }
    this.recreates++;
    this.pending = this.acquire();
    this.pending.then(
      (context) => this.emit({ type: 'recreated', context, generation: this.generation }),
      (e: unknown) => {
        this.pending = null;
        if (!this.disposed)
          this.emit({ type: 'failed', error: e instanceof Error ? e : new Error(String(e)), generation });
      },
    );
  }
}
