// Values of ONNX initializers for graph surgery (hub models, ARCHITECTURE §2): the bytes of a
// tensor, inline or in the external data files (`model.onnx_data`, `model.onnx_data_1`, …) the
// loader fetched, decoded to numbers. Errors name the tensor and the file.
import { decodeF16Into } from '../../core/float16';
import { DataType, dataTypeName, type TensorView } from './onnx-proto';

/** External data files by the location the model names (e.g. "model.onnx_data"). */
export type ExternalFiles = ReadonlyMap<string, Uint8Array>;

export class TensorDataError extends Error {
  override readonly name = 'TensorDataError';
  constructor(
    message: string,
    readonly data: { tensor: string; reason: string },
  ) {
    super(message);
  }
}

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((a, b) => a * b, 1);
}

/** The location as the loader keys files: "./model.onnx_data" and "model.onnx_data" are one file. */
export function normalizeLocation(location: string): string {
  return location.replace(/^(\.\/)+/, '');
}

/** A tensor's element bytes (a view: inline raw_data, or a slice of its external data file). */
export function tensorBytes(t: TensorView, files?: ExternalFiles): Uint8Array {
  if (!t.external) return t.data;
  const location = normalizeLocation(t.external.location);
  const file = files?.get(location);
  if (!file) {
    throw new TensorDataError(
      `Tensor "${t.name}" is stored in the external data file "${location}", which was not loaded.`,
      { tensor: t.name, reason: 'external-missing' },
    );
  }
  const end = t.external.length === null ? file.length : t.external.offset + t.external.length;
  if (t.external.offset < 0 || end > file.length) {
    throw new TensorDataError(
      `Tensor "${t.name}" needs bytes ${t.external.offset}…${end} of "${location}", which has only ${file.length} (truncated file?).`,
      {
        tensor: t.name,
        reason: 'external-truncated',
      },
    );
  }
  return file.subarray(t.external.offset, end);
}

const FLOAT_WIDTH: Record<number, number> = {
  [DataType.FLOAT]: 4,
  [DataType.FLOAT16]: 2,
  [DataType.BFLOAT16]: 2,
  [DataType.DOUBLE]: 8,
};

export function isFloatType(dataType: number): boolean {
  return dataType in FLOAT_WIDTH;
}

/** float / float16 / bfloat16 / double values as f32 (a fresh, aligned array). */
export function floatValues(t: TensorView, bytes: Uint8Array): Float32Array {
  const count = elementCount(t.dims);
  const width = FLOAT_WIDTH[t.dataType];
  if (width === undefined)
    throw new TensorDataError(`Tensor "${t.name}" is ${dataTypeName(t.dataType)}, not a float type.`, {
      tensor: t.name,
      reason: 'dtype',
    });
  if (bytes.length !== count * width) {
    throw new TensorDataError(
      `Tensor "${t.name}" has ${bytes.length} bytes, expected ${count} × ${width} for shape [${t.dims.join(', ')}].`,
      { tensor: t.name, reason: 'size' },
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(count);
  if (t.dataType === DataType.FLOAT) new Uint8Array(out.buffer).set(bytes);
  else if (t.dataType === DataType.FLOAT16) {
    const aligned = bytes.byteOffset % 2 === 0 ? bytes : new Uint8Array(bytes); // a copy (Buffer.slice would be a view)
    decodeF16Into(new Uint16Array(aligned.buffer, aligned.byteOffset, count), out);
  } else if (t.dataType === DataType.BFLOAT16) {
    const bits = new Uint32Array(out.buffer); // bfloat16 = the high half of an f32
    for (let i = 0; i < count; i++) bits[i] = view.getUint16(i * 2, true) << 16;
  } else for (let i = 0; i < count; i++) out[i] = view.getFloat64(i * 8, true);
  return out;
}

/** Integer values (int8 / uint8 / int16 / uint16 / int32 / int64) as numbers. */
export function intValues(t: TensorView, bytes: Uint8Array): number[] {
  const count = elementCount(t.dims);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const read: Record<number, [number, (i: number) => number]> = {
    [DataType.INT8]: [1, (i) => view.getInt8(i)],
    [DataType.UINT8]: [1, (i) => view.getUint8(i)],
    [DataType.INT16]: [2, (i) => view.getInt16(i * 2, true)],
    [DataType.UINT16]: [2, (i) => view.getUint16(i * 2, true)],
    [DataType.INT32]: [4, (i) => view.getInt32(i * 4, true)],
    [DataType.INT64]: [8, (i) => Number(view.getBigInt64(i * 8, true))],
  };
  const r = read[t.dataType];
  if (!r)
    throw new TensorDataError(`Tensor "${t.name}" is ${dataTypeName(t.dataType)}, not an integer type.`, {
      tensor: t.name,
      reason: 'dtype',
    });
  if (bytes.length !== count * r[0]) {
    throw new TensorDataError(`Tensor "${t.name}" has ${bytes.length} bytes, expected ${count} × ${r[0]}.`, {
      tensor: t.name,
      reason: 'size',
    });
  }
  return Array.from({ length: count }, (_, i) => r[1](i));
}
