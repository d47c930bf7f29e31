// One GPU copy of a base model's embedding table (V, d) per device, shared by every open
// conversation's Working Context assembly (ARCHITECTURE §4 step 3). Reference counted: the buffer
// is destroyed when the last GpuRowSource using it is destroyed.
import type { EmbeddingTable } from '../models/embedding-table';
import { ORT_GPU_BUFFER_ALIGN } from '../gpu/assemble';

export interface TableLease {
  readonly buffer: GPUBuffer; // (V, d) f32, 16-byte padded
  release(): void;
}

const USAGE = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;

/** Bytes rounded up to the 16-byte unit onnxruntime-web copies GPU tensors in (never 0). */
export const pad16 = (bytes: number): number => Math.max(ORT_GPU_BUFFER_ALIGN, Math.ceil(bytes / ORT_GPU_BUFFER_ALIGN) * ORT_GPU_BUFFER_ALIGN);

export class GpuTableCache {
  private readonly live = new Map<EmbeddingTable, { buffer: GPUBuffer; refs: number }>();

  constructor(private readonly device: GPUDevice) {}

  /** Tables currently on the GPU (for tests and telemetry). */
  get size(): number {
    return this.live.size;
  }

  acquire(table: EmbeddingTable): TableLease {
    let e = this.live.get(table);
    if (!e) {
      const buffer = this.device.createBuffer({ label: `embedding-table[${table.vocabSize}x${table.dim}]`, size: pad16(table.data.byteLength), usage: USAGE });
      this.device.queue.writeBuffer(buffer, 0, table.data);
      e = { buffer, refs: 0 };
      this.live.set(table, e);
    }
    e.refs++;
    const entry = e;
    let released = false;
    return {
      buffer: entry.buffer,
      release: () => {
        if (released) return;
        released = true;
        if (--entry.refs === 0) {
          entry.buffer.destroy();
          this.live.delete(table);
        }
      },
    };
  }
}
