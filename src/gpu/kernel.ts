// Shared plumbing for the compute kernels (ARCHITECTURE §6 kernel conventions): a pipeline and
// bind-group layout owned per kernel, every GPU object labelled, and `encode` that records a pass
// without submitting. The `params` uniform is laid out from the WGSL struct by webgpu-utils
// (makeShaderDataDefinitions → makeStructuredView): no offset or size is written by hand, on the
// host or in the WGSL (no `_pad` fields) — the buffer is the struct size rounded up to 16 bytes here
// (Chromium 156 accepts the bare struct size; Dawn builds have required a multiple of 16).
//
// A kernel allocates nothing per call once warm: the i-th call recorded into an encoder uses the
// kernel's call slot i — a params uniform made once and rewritten (queue.writeBuffer) per call, and
// a bind group re-made only when the buffers bound at that slot change. Slots restart at 0 for each
// new encoder, so record a kernel into one encoder at a time: submit (or drop) it before recording
// the same kernel into another, whose calls rewrite the slots. Going back to an earlier encoder
// after a later one throws (GpuKernelArgumentError, `what: 'encoder'`).
import {
  makeShaderDataDefinitions,
  makeStructuredView,
  type ShaderDataDefinitions,
  type StructuredView,
} from 'webgpu-utils';
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

/** The binding of a BufferArg, offset and size spelled out (a whole buffer: 0, its size). */
function toBinding(arg: BufferArg): GPUBufferBinding {
  return 'buffer' in arg
    ? { buffer: arg.buffer, offset: arg.offset, size: arg.size }
    : { buffer: arg, offset: 0, size: arg.size };
}

/** Throws a typed error when a buffer holds fewer than `floats` 4-byte values. */
export function requireSize(kernel: string, what: string, arg: BufferArg, floats: number): void {
  requireStorage(kernel, what, arg, floats, 'f32');
}

/**
 * Throws a typed error when a buffer cannot hold `count` elements stored as `storage`: 4 bytes each
 * as f32, 2 each as packed f16 with the last word padded (storageBytes in storage-dtype.ts).
 */
export function requireStorage(
  kernel: string,
  what: string,
  arg: BufferArg,
  count: number,
  storage: StorageDtype,
): void {
  const need = storageBytes(count, storage);
  const have = bufferArgSize(arg);
  if (have < need) {
    const layout = storage === 'f16' ? ` (${count} f16 packed two per u32)` : '';
    throw new GpuKernelArgumentError(`${kernel}: ${what} holds ${have} bytes, needs ${need}${layout}`, {
      kernel,
      what,
      need,
      have,
    });
  }
}

export function requireInt(
  kernel: string,
  what: string,
  value: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GpuKernelArgumentError(`${kernel}: ${what} = ${value} must be an integer in [${min}, ${max}]`, {
      kernel,
      what,
      need: min,
      have: value,
    });
  }
}

/** Bytes of a uniform buffer for a WGSL struct of `structBytes`: rounded up to 16 (kernel-uniform.gpu.test.ts). */
export function uniformBytes(structBytes: number): number {
  return Math.max(16, Math.ceil(structBytes / 16) * 16);
}

/** Workgroup grid [x, y] for `groups` workgroups, flattened 2-D past the per-dimension limit. */
export function grid2d(groups: number): [number, number] {
  return dispatch2d(groups, 1);
}

/** One call position of a kernel within an encoder: its GPU objects, kept between encoders. */
interface CallSlot {
  readonly uniform: GPUBuffer; // params, uniformBytes(struct) bytes
  bindGroup: GPUBindGroup | null;
  bound: GPUBufferBinding[]; // what bindGroup binds at bindings 1…
}

function sameBindings(a: GPUBufferBinding[], b: GPUBufferBinding[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => x.buffer === b[i]!.buffer && x.offset === b[i]!.offset && x.size === b[i]!.size)
  );
}

export class ComputeKernel {
  readonly pipeline: GPUComputePipeline;
  readonly layout: GPUBindGroupLayout;
  readonly defs: ShaderDataDefinitions;
  private readonly params: StructuredView;
  private readonly uniformSize: number;
  private readonly slots: CallSlot[] = [];
  /** The encoder the kernel records into now, and how many of its calls it holds. */
  private encoder: GPUCommandEncoder | null = null;
  private calls = 0;
  /** Sequence number of every encoder seen (1, 2, …): an earlier one may not come back. */
  private readonly encoderSeq = new WeakMap<GPUCommandEncoder, number>();
  private encoders = 0;

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
    const def = this.defs.uniforms.params;
    if (!def) throw new Error(`${name}: the WGSL declares no 'params' uniform`);
    this.params = makeStructuredView(def);
    this.uniformSize = uniformBytes(this.params.arrayBuffer.byteLength); // the tail past the struct stays zero
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

  /** Call slots made so far (the most calls recorded into one encoder). */
  get slotCount(): number {
    return this.slots.length;
  }

  /**
   * Records one compute pass: `params` written into this call's uniform (fields not given are 0),
   * storage bindings from `args` (bindings 1…), `groups` workgroups (flattened 2-D). Nothing is
   * allocated once the kernel has made a slot for this call position with these buffers bound.
   */
  encode(
    encoder: GPUCommandEncoder,
    params: Record<string, number>,
    args: BufferArg[],
    groups: [number, number] | number,
  ): void {
    if (args.length !== this.kinds.length - 1)
      throw new Error(`${this.name}: ${args.length} buffers for ${this.kinds.length - 1} bindings`);
    const [gx, gy] = typeof groups === 'number' ? grid2d(groups) : groups;
    if (gx > MAX_WORKGROUPS_PER_DIM || gy > MAX_WORKGROUPS_PER_DIM) {
      throw new GpuKernelArgumentError(
        `${this.name}: grid ${gx}×${gy} exceeds ${MAX_WORKGROUPS_PER_DIM} per dimension`,
        {
          kernel: this.name,
          what: 'grid',
          need: MAX_WORKGROUPS_PER_DIM,
          have: Math.max(gx, gy),
        },
      );
    }
    const slot = this.nextSlot(encoder);
    new Uint8Array(this.params.arrayBuffer).fill(0);
    this.params.set(params);
    this.device.queue.writeBuffer(slot.uniform, 0, this.params.arrayBuffer);
    const bound = args.map(toBinding);
    if (!slot.bindGroup || !sameBindings(slot.bound, bound)) {
      slot.bindGroup = this.device.createBindGroup({
        label: `${this.name}.bind-group[${this.calls - 1}]`,
        layout: this.layout,
        entries: [
          { binding: 0, resource: { buffer: slot.uniform } },
          ...bound.map((resource, i) => ({ binding: i + 1, resource })),
        ],
      });
      slot.bound = bound;
    }
    const pass = encoder.beginComputePass({ label: `${this.name}.pass` });
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(0, slot.bindGroup);
    pass.dispatchWorkgroups(gx, gy);
    pass.end();
  }

  /** The slot of the next call in `encoder` (slots restart at 0 for a new encoder). */
  private nextSlot(encoder: GPUCommandEncoder): CallSlot {
    if (encoder !== this.encoder) {
      const seq = this.encoderSeq.get(encoder);
      if (seq !== undefined) {
        const message = `${this.name}: encoder #${seq} recorded into again after encoder #${this.encoders}; its params would have been rewritten`;
        throw new GpuKernelArgumentError(message, {
          kernel: this.name,
          what: 'encoder',
          need: this.encoders,
          have: seq,
        });
      }
      this.encoderSeq.set(encoder, ++this.encoders);
      this.encoder = encoder;
      this.calls = 0;
    }
    const i = this.calls++;
    let slot = this.slots[i];
    if (!slot) {
      const uniform = this.device.createBuffer({
        label: `${this.name}.params[${i}]`,
        size: this.uniformSize,
        usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
      });
      slot = { uniform, bindGroup: null, bound: [] };
      this.slots.push(slot);
    }
    return slot;
  }

  /** Frees the call slots' uniforms (the kernel can still record: slots are made again). */
  destroy(): void {
    for (const s of this.slots) s.uniform.destroy();
    this.slots.length = 0;
    this.encoder = null;
    this.calls = 0;
  }
}
