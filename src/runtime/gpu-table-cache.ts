// One GPU copy of a base model's embedding table (V, d) per device and storage dtype, shared by
// every open conversation's Working Context assembly (ARCHITECTURE §4 step 3). Reference counted:
// the buffer is destroyed when the last GpuRowSource using it is destroyed. Tables over
// F16_TABLE_BYTES are kept as packed f16 by default (half the GPU memory of a hub model's table;
// the assembly kernel widens rows back to f32).
import type { EmbeddingTable } from '../models/embedding-table';
import { padTo16 } from '../gpu/assemble';
import { encodeF16 } from '../core/float16';
import type { StorageDtype } from '../gpu/storage-dtype';

/** f32 tables larger than this (64 MiB, e.g. 32k × 512) default to f16 storage on the GPU. */
export const F16_TABLE_BYTES = 64 * 1024 * 1024;

/** The storage a table gets when the caller does not choose (an f16-stored table stays f16). */
export function defaultTableStorage(table: EmbeddingTable): StorageDtype {
  return table.storage === 'f16' || table.vocabSize * table.dim * 4 > F16_TABLE_BYTES ? 'f16' : 'f32';
}

export interface TableLease {
  readonly buffer: GPUBuffer; // (V, d) f32, or f16 packed two per u32; 16-byte padded
  readonly storage: StorageDtype;
  release(): void;
}

const USAGE = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;

export class GpuTableCache {
  private readonly live = new Map<string, { buffer: GPUBuffer; refs: number }>();
  private readonly ids = new WeakMap<EmbeddingTable, number>();
  private nextId = 0;

  constructor(private readonly device: GPUDevice) {}

  /** Tables currently on the GPU (for tests and telemetry). */
  get size(): number {
    return this.live.size;
  }

  acquire(table: EmbeddingTable, storage: StorageDtype = defaultTableStorage(table)): TableLease {
    let id = this.ids.get(table);
    if (id === undefined) this.ids.set(table, (id = this.nextId++));
    const key = `${id}:${storage}`;
    let e = this.live.get(key);
    if (!e) {
      const data = storage === 'f16' ? (table.half ?? encodeF16(table.data)) : table.data; // an f16 table uploads its own bits
      const buffer = this.device.createBuffer({
        label: `embedding-table[${table.vocabSize}x${table.dim}].${storage}`,
        size: padTo16(data.byteLength),
        usage: USAGE,
      });
      this.device.queue.writeBuffer(buffer, 0, data);
      e = { buffer, refs: 0 };
      this.live.set(key, e);
    }
    e.refs++;
    const entry = e;
    let released = false;
    return {
      buffer: entry.buffer,
      storage,
      release: () => {
        if (released) return;
        released = true;
        if (--entry.refs === 0) {
          entry.buffer.destroy();
          this.live.delete(key);
        }
      },
    };
  }
}
