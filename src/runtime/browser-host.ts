// EngineHost for the browser worker: onnxruntime-web (WebGPU EP or WASM), IndexedDB storage and
// Cache Storage for model files. `auto` prefers a real GPU adapter; a software (fallback) adapter
// such as SwiftShader is slower than WASM on the same CPU, so auto picks WASM there and says so.
import * as ort from 'onnxruntime-web/webgpu';
import type { EngineHost } from './engine';
import type { ComputePath, ComputePreference } from './engine-api';
import type { OrtApi } from '../models/decoder/ort-api';
import { openStorage } from '../storage/index';
import { openCacheStorageModelCache } from '../models/model-file-fetch';
import { GpuUnavailableError } from '../gpu/errors';
import { GpuDeviceManager } from '../gpu/device-manager';
import { GpuKvStore } from '../models/decoder/kv-store';
import { GpuRowSource } from './gpu-row-source';
import { GpuTableCache } from './gpu-table-cache';
import { WgslGister } from './gpu-gister';

async function adapterInfo(): Promise<{ ok: boolean; fallback: boolean; name: string; shaderF16: boolean }> {
  const gpu = (globalThis.navigator as Navigator | undefined)?.gpu;
  if (!gpu) return { ok: false, fallback: false, name: 'no navigator.gpu', shaderF16: false };
  const adapter = await gpu.requestAdapter().catch(() => null);
  if (!adapter) return { ok: false, fallback: false, name: 'no adapter', shaderF16: false };
  const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
  return {
    ok: true,
    fallback: Boolean(info.isFallbackAdapter),
    name: [info.vendor, info.architecture].filter(Boolean).join(' ') || 'unknown',
    shaderF16: adapter.features.has('shader-f16'),
  };
}

export async function chooseBrowserComputePath(
  pref: ComputePreference,
): Promise<{ path: ComputePath; note: string; shaderF16?: boolean }> {
  if (pref === 'wasm') return { path: 'wasm', note: 'WASM chosen in settings' };
  const a = await adapterInfo();
  if (pref === 'webgpu') {
    if (!a.ok)
      throw new GpuUnavailableError(`WebGPU was requested but is unavailable (${a.name}).`, { reason: a.name });
    return {
      path: 'webgpu',
      note: `WebGPU on ${a.name}${a.fallback ? ' (software fallback adapter: slow)' : ''}`,
      shaderF16: a.shaderF16,
    };
  }
  if (!a.ok) return { path: 'wasm', note: `WebGPU unavailable (${a.name}): WASM fallback` };
  if (a.fallback)
    return { path: 'wasm', note: `only a software WebGPU adapter (${a.name}): WASM is faster on this machine` };
  return { path: 'webgpu', note: `WebGPU on ${a.name}`, shaderF16: a.shaderF16 };
}

export async function createBrowserHost(): Promise<EngineHost> {
  // Threads need cross-origin isolation (COOP/COEP); without it WASM runs single-threaded.
  // Node-placement notices (shape ops on CPU) are expected; only errors are worth a console line.
  ort.env.logLevel = 'error';
  ort.env.wasm.numThreads = globalThis.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1;
  // One GPUDevice of our own, handed to onnxruntime-web per session (ORT 1.30 ignores
  // env.webgpu.device), so the KV buffers it returns can be copied by our command encoders. After a
  // device loss the engine moves the running decoder to WASM (engine.ts, afterDecoderFailure), the
  // lost device's row sources and KV stores are no longer handed out, and the manager acquires a
  // fresh device, which the next WebGPU session gets.
  const gpu = new GpuDeviceManager({ label: 'megacontext-decoder' });
  let device: GPUDevice | null = null; // the device of the latest WebGPU session; null once lost
  let softwareAdapter = false; // that device is a software (fallback) adapter, e.g. SwiftShader
  // One embedding-table buffer per model and device, shared by every conversation.
  let tables: { device: GPUDevice; cache: GpuTableCache } | null = null;
  gpu.subscribe((event) => {
    if (event.type !== 'lost') return;
    device = null;
    tables = null;
  });
  const api = ort as unknown as OrtApi;
  return {
    ort: api,
    storage: await openStorage(),
    fileCache: await openCacheStorageModelCache(),
    chooseComputePath: chooseBrowserComputePath,
    createSession: async (bytes, path, externalData) => {
      const data = externalData?.length ? { externalData: [...externalData] } : {}; // weights outside the .onnx (hub models)
      if (path === 'webgpu') {
        const ctx = await gpu.ready();
        device = ctx.device;
        softwareAdapter = ctx.isFallbackAdapter;
        return ort.InferenceSession.create(bytes, {
          executionProviders: [{ name: 'webgpu', device } as unknown as 'webgpu'],
          preferredOutputLocation: 'gpu-buffer', // present.* stay on the GPU; logits are read back
          graphOptimizationLevel: 'all',
          logSeverityLevel: 3,
          ...data,
        }) as unknown as ReturnType<EngineHost['createSession']>;
      }
      return ort.InferenceSession.create(bytes, {
        executionProviders: ['wasm'],
        graphOptimizationLevel: 'all',
        logSeverityLevel: 3, // errors only
        ...data,
      }) as unknown as ReturnType<EngineHost['createSession']>;
    },
    // The ONNX nets (GistNet on WASM or after a device loss, LensNet) run on WASM beside either
    // decoder path; on WebGPU GistNet runs in WGSL on the decoder's device (gpuGister). LensNet
    // stays on WASM: its inputs are built on the CPU per refocus, and on SwiftShader the WebGPU EP
    // took 6.7 s per run vs 0.24 s on WASM (demo-size net, 256 entries; src/gpu/README.md).
    netSessionOptions: { executionProviders: ['wasm'], logSeverityLevel: 3 },
    rowSource: (path, tree, table) => {
      if (path !== 'webgpu' || !device) return undefined;
      if (tables?.device !== device) tables = { device, cache: new GpuTableCache(device) };
      return new GpuRowSource(device, table, tree, tables.cache);
    },
    gpuGister: async (path, table, levels, version) => {
      if (path !== 'webgpu' || !device) return { reason: 'no WebGPU device' };
      // Measured on SwiftShader (tests/gpu/gpu-gister.gpu.test.ts, 4,096 tokens, demo GistNet): WGSL
      // 220 tokens/s vs ONNX on WASM 9,620 on the same 2 CPU cores (25 vs 3,116 under heavy load), so a
      // software adapter keeps ONNX.
      if (softwareAdapter) return { reason: 'software WebGPU adapter: WASM ran GistNet 37–125× faster on SwiftShader' };
      const flat = await levels();
      if (!device) return { reason: 'the WebGPU device was lost' };
      if (tables?.device !== device) tables = { device, cache: new GpuTableCache(device) };
      const gister = new WgslGister(device, table, flat, { version, tables: tables.cache });
      // After a loss its calls throw, and the engine's FallbackGister moves GistNet to ONNX on WASM.
      const off = gpu.subscribe((event) => {
        if (event.type === 'lost') gister.markLost(event.error.message);
      });
      gister.onRelease(off);
      return { gister };
    },
    kvStore: (path, spec) => (path === 'webgpu' && device ? new GpuKvStore(api, device, spec) : undefined),
  };
}
