// Device acquisition for the custom kernels (ARCHITECTURE §6): one GPUDevice with the limits the
// kernels need, fallback adapters accepted, shader-f16 used when present, device loss reported.
import { GpuDeviceLostError, GpuUnavailableError } from './errors';

export interface GpuContext {
  device: GPUDevice;
  adapterInfo: GPUAdapterInfo;
  /** True when `shader-f16` was available and enabled on the device. */
  f16: boolean;
  isFallbackAdapter: boolean;
}

export interface AcquireOptions {
  /** Preferred power profile; the browser may ignore it. */
  powerPreference?: GPUPowerPreference;
  /** Called once if the device is lost (destroyed devices excluded); the caller recreates. */
  onLost?: (error: GpuDeviceLostError) => void;
  /** Label prefix for the device (every GPU object is labelled). */
  label?: string;
}

/** Limits the kernels ask for: the adapter's maxima for buffer sizes (embedding tables are large). */
function requiredLimits(adapter: GPUAdapter): Record<string, number> {
  return {
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    maxBufferSize: adapter.limits.maxBufferSize,
    maxComputeWorkgroupStorageSize: adapter.limits.maxComputeWorkgroupStorageSize,
    maxComputeInvocationsPerWorkgroup: adapter.limits.maxComputeInvocationsPerWorkgroup,
  };
}

export async function acquireGpu(
  opts: AcquireOptions = {},
  gpu: GPU | undefined = globalThis.navigator?.gpu,
): Promise<GpuContext> {
  if (!gpu)
    throw new GpuUnavailableError('This browser has no WebGPU (navigator.gpu is missing).', {
      reason: 'no-navigator-gpu',
    });
  // A fallback (software) adapter is accepted: ask for one explicitly if no other is offered.
  const adapter =
    (await gpu.requestAdapter({ powerPreference: opts.powerPreference ?? 'high-performance' })) ??
    (await gpu.requestAdapter({ forceFallbackAdapter: true }));
  if (!adapter) throw new GpuUnavailableError('No WebGPU adapter is available.', { reason: 'no-adapter' });
  const f16 = adapter.features.has('shader-f16');
  const device = await adapter.requestDevice({
    label: opts.label ?? 'megacontext',
    requiredFeatures: f16 ? ['shader-f16'] : [],
    requiredLimits: requiredLimits(adapter),
  });
  void device.lost.then((info) => {
    if (info.reason === 'destroyed') return;
    opts.onLost?.(
      new GpuDeviceLostError(`The GPU device was lost (${info.reason}): ${info.message}`, {
        reason: String(info.reason),
        detail: info.message,
      }),
    );
  });
  const info = adapter.info;
  return {
    device,
    adapterInfo: info,
    f16,
    isFallbackAdapter: Boolean((info as GPUAdapterInfo & { isFallbackAdapter?: boolean }).isFallbackAdapter),
  };
}
