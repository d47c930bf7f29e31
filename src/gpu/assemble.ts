// Kernel wrapper: mixed-LOD assembly of the decoder input (ARCHITECTURE §4 step 3; seeds: Working
// Context assembly). One pass writes inputs_embeds (W, d) and position_ids (W) into GPU buffers that
// onnxruntime-web takes as GPU tensors on the same GPUDevice:
//   ort.Tensor.fromGpuBuffer(embeds,    { dataType: 'float32', dims: [1, W, d] })
//   ort.Tensor.fromGpuBuffer(positions, { dataType: 'int64',   dims: [1, W] })
// absolute / compacted positions are computed in the shader from (level, index, row); bounded-gaps
// needs a scan over entries, so its per-entry base comes from position-policy.ts on the host (the
// same code the CPU reference uses). The embedding table and the gist store are f32 or packed f16
// storage (`{ storage: 'f16' }`, storage-dtype.ts); inputs_embeds is f32 either way. See shaders/assemble.wgsl.
import assembleCode from '../../shaders/assemble.wgsl?raw';
import { storagePrelude, validateStorage, type StorageDtype } from './storage-dtype';
import { ComputeKernel, requireInt, requireSize, requireStorage, type BufferArg } from './kernel';
import { POSITION_POLICY_IDS, validatePositionPolicy, type PositionPolicy } from '../core/position-policy';
import { WC_ENTRY_BYTES, commonCode } from './wc-entries';

export type PositionDtype = 'int64' | 'int32';

export interface AssembleShape {
  rows: number; // W
  entryCount: number; // E
  dim: number; // d
  totalTokens: number; // T
  vocab: number; // V
  blockSize: number; // K
  levels: number; // length of levelBase (max level + 1)
  policy: PositionPolicy;
  positionDtype?: PositionDtype; // int64 (default, what HF ONNX exports take) or int32
}

export interface AssembleArgs {
  entries: BufferArg; // (E) WcEntry — packWorkingContext(…, same policy)
  tokenIds: BufferArg; // (T) u32
  table: BufferArg; // (V, d) f32 or packed f16 (options.storage)
  gists: BufferArg; // (G, d) f32 or packed f16 (options.gistStorage, default options.storage)
  levelBase: BufferArg; // (levels) u32
  embeds: BufferArg; // out (W, d) f32
  positions: BufferArg; // out (W) int64 or int32
}

export interface AssembleOptions {
  /** How the embedding table (V, d) — and, unless gistStorage says otherwise, the gist store — is stored. Default f32. */
  storage?: StorageDtype;
  /** How the gist store (G, d) is stored; defaults to `storage` (e.g. an f16 table with GistNet's f32 gists). */
  gistStorage?: StorageDtype;
}

export class AssembleKernel {
  private readonly kernel: ComputeKernel;
  readonly storage: StorageDtype;
  readonly gistStorage: StorageDtype;

  constructor(device: GPUDevice, options: AssembleOptions = {}) {
    this.storage = validateStorage('assemble', options.storage ?? 'f32');
    this.gistStorage = validateStorage('assemble', options.gistStorage ?? this.storage);
    const prelude = storagePrelude({ table: this.storage, gists: this.gistStorage });
    this.kernel = new ComputeKernel(
      device,
      `assemble.${this.storage}-${this.gistStorage}`,
      `${commonCode}\n${prelude}\n${assembleCode}`,
      ['uniform', 'read', 'read', 'read', 'read', 'read', 'write', 'write'],
    );
  }

  encode(encoder: GPUCommandEncoder, a: AssembleArgs, s: AssembleShape): void {
    validatePositionPolicy(s.policy);
    requireInt('assemble', 'rows', s.rows, 1);
    requireInt('assemble', 'entryCount', s.entryCount, 1, s.rows);
    requireInt('assemble', 'dim', s.dim, 1);
    requireInt('assemble', 'totalTokens', s.totalTokens, 1);
    requireInt('assemble', 'vocab', s.vocab, 1);
    requireInt('assemble', 'blockSize', s.blockSize, 1);
    requireInt('assemble', 'levels', s.levels, 1);
    const words = (s.positionDtype ?? 'int64') === 'int64' ? 2 : 1;
    requireSize('assemble', 'entries', a.entries, (s.entryCount * WC_ENTRY_BYTES) / 4);
    requireSize('assemble', 'tokenIds', a.tokenIds, s.totalTokens);
    requireStorage('assemble', 'table', a.table, s.vocab * s.dim, this.storage);
    requireSize('assemble', 'levelBase', a.levelBase, s.levels);
    requireSize('assemble', 'embeds', a.embeds, s.rows * s.dim);
    requireSize('assemble', 'positions', a.positions, s.rows * words);
    this.kernel.encode(
      encoder,
      {
        rows: s.rows,
        entryCount: s.entryCount,
        dim: s.dim,
        totalTokens: s.totalTokens,
        vocab: s.vocab,
        policy: POSITION_POLICY_IDS[s.policy.kind],
        positionWords: words,
        blockSize: s.blockSize,
        levels: s.levels,
      },
      [a.entries, a.tokenIds, a.table, a.gists, a.levelBase, a.embeds, a.positions],
      s.rows,
    );
  }

  /** Frees the kernel's params uniforms (kernel.ts call slots). */
  destroy(): void {
    this.kernel.destroy();
  }
}

/** onnxruntime-web copies GPU tensors in 16-byte units, so their buffers are padded to 16 bytes. */
export const ORT_GPU_BUFFER_ALIGN = 16;
/** Bytes rounded up to the 16-byte unit onnxruntime-web copies GPU tensors in (never 0). */
export const padTo16 = (bytes: number): number =>
  Math.max(ORT_GPU_BUFFER_ALIGN, Math.ceil(bytes / ORT_GPU_BUFFER_ALIGN) * ORT_GPU_BUFFER_ALIGN);

/**
 * Output buffers for onnxruntime-web GPU tensors (STORAGE + copy both ways, sizes padded to 16
 * bytes — ORT rounds its copies up and fails validation otherwise), labelled. The session must run
 * on the same device: `executionProviders: [{ name: 'webgpu', device }]`.
 */
export function createAssemblyOutputs(
  device: GPUDevice,
  rows: number,
  dim: number,
  positionDtype: PositionDtype = 'int64',
): { embeds: GPUBuffer; positions: GPUBuffer } {
  const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
  return {
    embeds: device.createBuffer({ label: 'assemble.inputs_embeds', size: padTo16(rows * dim * 4), usage }),
    positions: device.createBuffer({
      label: 'assemble.position_ids',
      size: padTo16(rows * (positionDtype === 'int64' ? 8 : 4)),
      usage,
    }),
  };
}
