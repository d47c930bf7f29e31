// Compute-path detection: reads the real WebGPU adapter (architecture, fallback or not,
// shader-f16 or not) so the app can say truthfully whether it runs on WebGPU or falls back to WASM.

/** What the page reports about WebGPU; serialisable (crosses the worker boundary). */
export type WebGpuStatus =
  | {
      available: true;
      vendor: string;
      architecture: string;
      description: string;
      isFallbackAdapter: boolean;
      shaderF16: boolean;
      maxStorageBufferBindingSize: number;
      maxBufferSize: number;
    }
  | { available: false; reason: string };

/** Minimal shape of `navigator` we need, so this also works in workers and tests. */
export interface GpuNavigator {
  gpu?: GPU;
}

/** Queries the adapter without creating a device. Never throws: failure is a status. */
export async function readWebGpuStatus(nav: GpuNavigator = globalThis.navigator): Promise<WebGpuStatus> {
  if (!nav || !nav.gpu) {
    return { available: false, reason: 'navigator.gpu is missing (this browser has no WebGPU)' };
  }
  let adapter: GPUAdapter | null;
  try {
    adapter = await nav.gpu.requestAdapter();
  } catch (e) {
    return { available: false, reason: `requestAdapter failed: ${(e as Error).message}` };
  }
  if (!adapter) return { available: false, reason: 'requestAdapter returned no adapter' };
  const info = adapter.info;
  return {
    available: true,
    vendor: info.vendor || 'unknown',
    architecture: info.architecture || 'unknown',
    description: info.description || '',
    // `isFallbackAdapter` moved from GPUAdapter to GPUAdapterInfo; read both.
    isFallbackAdapter: Boolean(
      (info as GPUAdapterInfo & { isFallbackAdapter?: boolean }).isFallbackAdapter ??
      (adapter as GPUAdapter & { isFallbackAdapter?: boolean }).isFallbackAdapter,
    ),
    shaderF16: adapter.features.has('shader-f16'),
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    maxBufferSize: adapter.limits.maxBufferSize,
  };
}

/** One line for humans, e.g. "WebGPU: swiftshader (fallback adapter), f32 only". */
export function describeWebGpuStatus(s: WebGpuStatus): string {
  if (!s.available) return `No WebGPU — WASM fallback (${s.reason})`;
  const name = [s.vendor, s.architecture].filter((x) => x && x !== 'unknown').join(' ') || 'unknown adapter';
  return `WebGPU: ${name}${s.isFallbackAdapter ? ' (fallback adapter)' : ''}, ${s.shaderF16 ? 'shader-f16' : 'f32 only'}`;
}
