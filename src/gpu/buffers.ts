// Small helpers for labelled GPU buffers: upload typed arrays, read results back.
import { encodeF16 } from '../core/float16';

/**
 * A labelled storage buffer holding `data` (f32, u32 or packed f16 bits: the bytes are copied as
 * they are), its size padded to a 4-byte word (storage bindings and writeBuffer need whole words).
 */
function uploadTyped(
  device: GPUDevice,
  data: Float32Array | Uint32Array | Uint16Array,
  label: string,
  extraUsage: number,
): GPUBuffer {
  const padded = Math.max(4, Math.ceil(data.byteLength / 4) * 4);
  const buffer = device.createBuffer({
    label,
    size: padded,
    usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC | extraUsage,
  });
  if (data.byteLength % 4 === 0) {
    device.queue.writeBuffer(buffer, 0, data.buffer, data.byteOffset, data.byteLength);
  } else {
    const bytes = new Uint8Array(padded); // the half-used last word is zero
    bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    device.queue.writeBuffer(buffer, 0, bytes);
  }
  return buffer;
}

export function uploadF32(device: GPUDevice, data: Float32Array, label: string, extraUsage = 0): GPUBuffer {
  return uploadTyped(device, data, label, extraUsage);
}

/**
 * A labelled storage buffer holding `data` (n) rounded to f16 (nearest, ties to even) and packed two
 * per u32, little-endian: the layout the f16-storage kernels read with unpack2x16float. Size
 * storageBytes(n, 'f16') = ⌈n/2⌉·4 bytes.
 */
export function uploadF16(device: GPUDevice, data: Float32Array, label: string, extraUsage = 0): GPUBuffer {
  return uploadTyped(device, encodeF16(data), label, extraUsage);
}

/** A storage buffer of `count` f32 values, every value set to `poison` (so unwritten output shows). */
export function poisonedF32(device: GPUDevice, count: number, label: string, poison = Number.NaN): GPUBuffer {
  return uploadF32(device, new Float32Array(count).fill(poison), label);
}

/** Copies `buffer` to a mappable staging buffer and returns its contents as f32. */
export async function readbackF32(device: GPUDevice, buffer: GPUBuffer, count: number): Promise<Float32Array> {
  const staging = device.createBuffer({
    label: `${buffer.label}.readback`,
    size: count * 4,
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
  });
  const encoder = device.createCommandEncoder({ label: `${buffer.label}.readback-encoder` });
  encoder.copyBufferToBuffer(buffer, 0, staging, 0, count * 4);
  device.queue.submit([encoder.finish()]);
  await staging.mapAsync(GPUMapMode.READ);
  const out = new Float32Array(staging.getMappedRange().slice(0));
  staging.unmap();
  staging.destroy();
  return out;
}

/** A labelled storage buffer holding `data` as u32 (token ids, level bases, WC entry tables). */
export function uploadU32(device: GPUDevice, data: Uint32Array, label: string, extraUsage = 0): GPUBuffer {
  return uploadTyped(device, data, label, extraUsage);
}

/** Copies `buffer` to a staging buffer and returns its first `count` 32-bit words as u32. */
export async function readbackU32(device: GPUDevice, buffer: GPUBuffer, count: number): Promise<Uint32Array> {
  const f = await readbackF32(device, buffer, count);
  return new Uint32Array(f.buffer, f.byteOffset, count);
}
