// The engine's host interface (ARCHITECTURE §4, §6: the engine "runs inside the worker
// (onnxruntime-web) or directly in node (onnxruntime-node) behind one host interface"): what the
// MegaContext engine needs from its environment — ONNX sessions on a compute path, where the KV
// cache and the Working Context rows live, storage, and how model files are fetched and cached.
import type { MegaContextStorage } from '../storage/index';
import type { ModelFileCache } from '../models/model-file-fetch';
import type { DecoderSpec } from '../models/decoder/decoder-spec';
import type { KvStore } from '../models/decoder/kv-store';
import type { OrtApi, OrtSession } from '../models/decoder/ort-api';
import type { EmbeddingTable } from '../models/embedding-table';
import type { MegaContextTree } from '../core/tree';
import type { GpuRowSource } from './gpu-row-source';
import type { GpuGister } from './gpu-gister';
import type { GistNetFlat } from '../models/gistnet/gistnet-flat';
import type { ComputePath, ComputePreference } from './engine-api';

/** What the engine needs from its environment (worker with onnxruntime-web, or node). */
export interface EngineHost {
  ort: OrtApi;
  /** Picks the compute path for a preference and says why (and whether a WebGPU adapter has `shader-f16`). */
  chooseComputePath(pref: ComputePreference): Promise<{ path: ComputePath; note: string; shaderF16?: boolean }>;
  /** `externalData`: the weight files a graph over 2 GB keeps outside the .onnx (hub models). */
  createSession(
    model: Uint8Array,
    path: ComputePath,
    externalData?: readonly { path: string; data: Uint8Array }[],
  ): Promise<OrtSession>;
  /** Where the KV cache of a session on `path` lives (default: CPU arrays). */
  kvStore?(path: ComputePath, spec: DecoderSpec): KvStore | undefined;
  /** GPU assembly of a conversation's rows on `path` (WebGPU), or undefined for CPU rows. */
  rowSource?(path: ComputePath, tree: MegaContextTree, table: EmbeddingTable): GpuRowSource | undefined;
  /**
   * GistNet in WGSL on the decoder's device for a model on `path` (WebGPU), from the package's flat
   * weights per trained level (`levels` fetches them: called only when the host takes the net); or
   * why not (no device, not WebGPU, a software adapter), which leaves GistNet on ONNX.
   */
  gpuGister?(
    path: ComputePath,
    table: EmbeddingTable,
    levels: () => Promise<readonly GistNetFlat[]>,
    version: string,
  ): Promise<{ gister: GpuGister } | { reason: string }>;
  storage: MegaContextStorage;
  fetcher?: typeof fetch;
  fileCache?: ModelFileCache | null;
  /** Session options for GistNet/LensNet (e.g. the WASM EP in the browser); default options if absent. */
  netSessionOptions?: object;
  /** Where hub repositories are fetched from (default https://huggingface.co). */
  hubHost?: string;
}
