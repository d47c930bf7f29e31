// Shared plumbing for the compute kernels (ARCHITECTURE §6 kernel conventions): a pipeline and
// bind-group layout owned per kernel, every GPU object labelled, uniforms laid out from the WGSL
// via webgpu-utils (never hand-counted), and `encode` that records a pass without submitting.
import { makeShaderDataDefinitions, makeStructuredView, type ShaderDataDefinitions } from 'webgpu-utils';
import { MAX_WORKGROUPS_PER_DIM, dispatch2d } from './dispatch';
import { GpuKernelArgumentError } from './errors';
import { storageBytes, type StorageDtype } from './storage-dtype';

/** How a binding is used: the params uniform, a read-only storage input, a writable output. */
export type BindingKind = 'uniform' | 'read' | 'write';

/** A whole buffer or a byte range of one (weights are sub-ranges of one weight buffer). */
export type BufferArg = GPUBuffer | { buffer: GPUBuffer; offset: number; size: number };

/** Bytes visible through a BufferArg (the whole buffer, or the range). */
export function bufferArgSize(arg: BufferArg): number {
  return arg.size;
}

function toBinding(arg: BufferArg): GPUBufferBinding {
  return 'buffer' in arg ? { buffer: arg.buffer, offset: arg.offset, size: arg.size } : { buffer: arg };
}

/** Throws a typed error when a buffer holds fewer than `floats` 4-byte values. */
export function requireSize(kernel: string, what: string, arg: BufferArg, floats: number): void {
  requireStorage(kernel, what, arg, floats, 'f32');
}

/**
 * Throws a typed error when a buffer cannot hold `count` elements stored as `storage`: 4 bytes each
 * as f32, 2 each as packed f16 with the last word padded (storageBytes in storage-dtype.ts).
 */
export function requireStorage(kernel: string, what: string, arg: BufferArg, count: number, storage: StorageDtype): void {
  const need = storageBytes(count, storage);
  const have = bufferArgSize(arg);
  if (have < need) {
    const layout = storage === 'f16' ? ` (${count} f16 packed two per u32)` : '';
    throw new GpuKernelArgumentError(`${kernel}: ${what} holds ${have} bytes, needs ${need}${layout}`, { kernel, what, need, have });
  }
}

export function requireInt(kernel: string, what: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GpuKernelArgumentError(`${kernel}: ${what} = ${value} must be an integer in [${min}, ${max}]`, {
      kernel,
      what,
      need: min,
      have: value,
    });
  }
}

/** Workgroup grid [x, y] for `groups` workgroups, flattened 2-D past the per-dimension limit. */
export function grid2d(groups: number): [number, number] {
  return dispatch2d(groups, 1);
}

export class ComputeKernel {
  readonly pipeline: GPUComputePipeline;
  readonly layout: GPUBindGroupLayout;
  readonly defs: ShaderDataDefinitions;

  /**
   * @param name  kernel name, used as the label prefix of every object it creates
   * @param code  full WGSL source (common.wgsl already concatenated where needed)
   * @param kinds binding kinds in binding order (binding i = kinds[i]); binding 0 is `params`
   */
  constructor(
    readonly device: GPUDevice,
    readonly name: string,
    code: string,
    private readonly kinds: BindingKind[],
  ) {
    this.defs = makeShaderDataDefinitions(code);
    const module = device.createShaderModule({ label: `${name}.wgsl`, code });
    this.layout = device.createBindGroupLayout({
      label: `${name}.layout`,
      entries: kinds.map((kind, binding) => ({
        binding,
        visibility: GPUShaderStage.COMPUTE,
        buffer: { type: kind === 'uniform' ? 'uniform' : kind === 'read' ? 'read-only-storage' : 'storage' },
      })),
    });
    this.pipeline = device.createComputePipeline({
      label: `${name}.pipeline`,
      layout: device.createPipelineLayout({ label: `${name}.pipeline-layout`, bindGroupLayouts: [this.layout] }),
      compute: { module, entryPoint: 'main' },
    });
  }

  /** A uniform buffer holding `params` laid out as the WGSL `params` uniform declares. */
  uniform(values: Record<string, number>): GPUBuffer {
    const def = this.defs.uniforms.params;
    if (!def) throw new Error(`${this.name}: the WGSL declares no 'params' uniform`);
    const view = makeStructuredView(def);
    view.set(values);
    const buffer = this.device.createBuffer({
      label: `${this.name}.params`,
      size: view.arrayBuffer.byteLength,
      usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    });
    this.device.queue.writeBuffer(buffer, 0, view.arrayBuffer);
    return buffer;
  }

  /**
   * Records one compute pass: uniform from `params`, storage bindings from `args` (bindings 1…),
   * `groups` workgroups (flattened 2-D). Returns the uniform buffer; destroy it after submission.
   */
  encode(encoder: GPUCommandEncoder, params: Record<string, number>, args: BufferArg[], groups: [number, number] | number): GPUBuffer {
    if (args.length !== this.kinds.length - 1) throw new Error(`${this.name}: ${args.length} buffers for ${this.kinds.length - 1} bindings`);
    const uniform = this.uniform(params);
    const bindGroup = this.device.createBindGroup({
      label: `${this.name}.bind-group`,
      layout: this.layout,
      entries: [{ binding: 0, resource: { buffer: uniform } }, ...args.map((a, i) => ({ binding: i + 1, resource: toBinding(a) }))],
    });
    const [gx, gy] = typeof groups === 'number' ? grid2d(groups) : groups;
    if (gx > MAX_WORKGROUPS_PER_DIM || gy > MAX_WORKGROUPS_PER_DIM) {
      throw new GpuKernelArgumentError(`${this.name}: grid ${gx}×${gy} exceeds ${MAX_WORKGROUPS_PER_DIM} per dimension`, {
        kernel: this.name,
        what: 'grid',
        need: MAX_WORKGROUPS_PER_DIM,
        have: Math.max(gx, gy),
      });
    }
    const pass = encoder.beginComputePass({ label: `${this.name}.pass` });
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(0, bindGroup);
    pass.dispatchWorkgroups(gx, gy);
    pass.end();
    return uniform;
  }
}
