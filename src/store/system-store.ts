// zustand slice for what the page knows about its environment: compute path (WebGPU adapter or
// WASM fallback), cross-origin isolation, the model package and persistent storage. Snapshots only, no GPU objects.
import { create } from 'zustand';
import type { WebGpuStatus } from '../gpu/webgpu-status';
import type { ModelPackageProbe } from '../models/model-package-probe';
import type { PersistenceStatus } from '../storage/storage-persistence';

export interface SystemState {
  gpu: WebGpuStatus | null; // null while probing
  model: ModelPackageProbe | null; // null while probing
  crossOriginIsolated: boolean;
  /** The answer to navigator.storage.persist() and the usage estimate (null until asked). */
  persistence: PersistenceStatus | null;
  setPersistence: (p: PersistenceStatus) => void;
  setGpu: (gpu: WebGpuStatus) => void;
  setModel: (model: ModelPackageProbe) => void;
}

export const useSystemStore = create<SystemState>()((set) => ({
  gpu: null,
  model: null,
  crossOriginIsolated: typeof globalThis.crossOriginIsolated === 'boolean' ? globalThis.crossOriginIsolated : false,
  persistence: null,
  setPersistence: (persistence) => set({ persistence }),
  setGpu: (gpu) => set({ gpu }),
  setModel: (model) => set({ model }),
}));

/** The compute path the runtime will take, derived from the probe. */
export function selectComputePath(s: Pick<SystemState, 'gpu'>): 'probing' | 'webgpu' | 'wasm' {
  if (s.gpu === null) return 'probing';
  return s.gpu.available ? 'webgpu' : 'wasm';
}
