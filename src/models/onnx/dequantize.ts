// Dequantisation of quantised embedding tables (hub models, ARCHITECTURE §2): done once at load
// time into the f32 (vocab, d) table the working-context assembler reads, with the exact
// arithmetic of the onnxruntime kernels they replace (so the rewritten graph's logits equal the
// original's). Formats (onnxruntime docs/ContribOperators.md, ONNX DequantizeLinear):
// - 8-bit linear (Gather on an int8/uint8 table + DequantizeLinear): w = (q − zero_point) · scale,
//   per tensor or per column;
// - block quantised rows (GatherBlockQuantized, quantize_axis = last): each row is cut into blocks
//   of `blockSize` along d, one scale (and zero point) per block; uint8 data packs 8/bits values per
//   byte along the row, low bits first (zero point default 2^(bits−1)); uint4/int4 data packs two
//   values per byte over the flattened tensor (zero point default 0).

import { encodeF16Into } from '../../core/float16';

export class DequantizeError extends Error {
  override readonly name = 'DequantizeError';
  constructor(
    message: string,
    readonly data: { reason: string },
  ) {
    super(message);
  }
}

/** (q − zp) · scale for a (rows, cols) 8-bit table; scale / zeroPoint have 1 or `cols` entries. */
export function dequantizeLinear8(
  q: Uint8Array,
  signed: boolean,
  rows: number,
  cols: number,
  scale: Float32Array,
  zeroPoint: readonly number[],
): Float32Array {
  if (q.length !== rows * cols)
    throw new DequantizeError(`8-bit table has ${q.length} bytes, expected ${rows}×${cols}.`, { reason: 'size' });
  if ((scale.length !== 1 && scale.length !== cols) || (zeroPoint.length !== 1 && zeroPoint.length !== cols)) {
    throw new DequantizeError(
      `DequantizeLinear scale/zero point of ${scale.length}/${zeroPoint.length} values fit neither per-tensor nor per-column (${cols}).`,
      { reason: 'axis' },
    );
  }
  const out = new Float32Array(rows * cols);
  const values = signed ? new Int8Array(q.buffer, q.byteOffset, q.length) : q;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const s = scale.length === 1 ? scale[0]! : scale[c]!;
      const z = zeroPoint.length === 1 ? zeroPoint[0]! : zeroPoint[c]!;
      out[r * cols + c] = (values[r * cols + c]! - z) * s;
    }
  }
  return out;
}

export interface BlockQuantizedRows {
  /** uint8: packed along each row (`bits` per value); uint4 / int4: ONNX 4-bit types, flat packing. */
  kind: 'uint8' | 'uint4' | 'int4';
  data: Uint8Array;
  bits: number;
  blockSize: number;
  rows: number;
  cols: number;
  /** (rows, ceil(cols / blockSize)) */
  scales: Float32Array;
  /** Same kind and packing as data, (rows, ceil(cols / blockSize)) values; null = default. */
  zeroPoints: Uint8Array | null;
}

/** Value `i` of a row packed `bits` per byte, low bits first. */
function packed(bytes: Uint8Array, byteBase: number, i: number, bits: number): number {
  if (bits === 8) return bytes[byteBase + i]!;
  const perByte = 8 / bits;
  const b = bytes[byteBase + Math.floor(i / perByte)]!;
  return (b >> ((i % perByte) * bits)) & ((1 << bits) - 1);
}

/** Flat 4-bit value `i` of a uint4 / int4 tensor. */
function nibble(bytes: Uint8Array, i: number, signed: boolean): number {
  const v = (bytes[i >> 1]! >> ((i & 1) * 4)) & 0xf;
  return signed && v >= 8 ? v - 16 : v;
}

/**
 * The (rows, cols) table; `half`: as binary16 bits (Uint16Array), converted row by row so a large
 * table never exists as f32 in full.
 */
export function dequantizeBlocks(b: BlockQuantizedRows, half: true): Uint16Array;
export function dequantizeBlocks(b: BlockQuantizedRows, half?: false): Float32Array;
export function dequantizeBlocks(b: BlockQuantizedRows, half = false): Float32Array | Uint16Array {
  const { rows, cols, bits, blockSize } = b;
  if (![2, 4, 8].includes(bits) || (b.kind !== 'uint8' && bits !== 4))
    throw new DequantizeError(`${bits}-bit ${b.kind} block quantisation is not supported.`, { reason: 'bits' });
  if (!(blockSize >= 16 && (blockSize & (blockSize - 1)) === 0))
    throw new DequantizeError(`Block size ${blockSize} is not a power of two ≥ 16.`, { reason: 'block-size' });
  const blocks = Math.ceil(cols / blockSize);
  if (b.scales.length !== rows * blocks)
    throw new DequantizeError(`Expected ${rows}×${blocks} scales, got ${b.scales.length}.`, { reason: 'scales' });
  const rowBytes = b.kind === 'uint8' ? b.data.length / rows : 0;
  const zpRowBytes = b.kind === 'uint8' && b.zeroPoints ? b.zeroPoints.length / rows : 0;
  if (b.kind === 'uint8' && rowBytes < Math.ceil((cols * bits) / 8))
    throw new DequantizeError(`Packed rows of ${rowBytes} bytes cannot hold ${cols} ${bits}-bit values.`, {
      reason: 'size',
    });
  if (b.kind !== 'uint8' && b.data.length < Math.ceil((rows * cols) / 2))
    throw new DequantizeError(`4-bit table of ${b.data.length} bytes cannot hold ${rows}×${cols} values.`, {
      reason: 'size',
    });
  const signed = b.kind === 'int4';
  const defaultZp = b.kind === 'uint8' ? 1 << (bits - 1) : 0;
  const out = half ? new Uint16Array(rows * cols) : new Float32Array(rows * cols);
  const row = half ? new Float32Array(cols) : null;
  const data = b.data;
  for (let r = 0; r < rows; r++) {
    const dst = row ?? (out as Float32Array).subarray(r * cols, (r + 1) * cols);
    for (let blk = 0; blk < blocks; blk++) {
      const scale = b.scales[r * blocks + blk]!;
      const zp = !b.zeroPoints
        ? defaultZp
        : b.kind === 'uint8'
          ? packed(b.zeroPoints, r * zpRowBytes, blk, bits)
          : nibble(b.zeroPoints, r * blocks + blk, signed);
      const end = Math.min(cols, (blk + 1) * blockSize);
      if (bits === 4 && b.kind === 'uint8') {
        // The common case (MatMulNBits' layout): two values per byte, low nibble first.
        const base = r * rowBytes;
        for (let k = blk * blockSize; k < end; k++) {
          const byte = data[base + (k >> 1)]!;
          dst[k] = (((k & 1) === 0 ? byte & 0xf : byte >> 4) - zp) * scale;
        }
      } else {
        for (let k = blk * blockSize; k < end; k++) {
          const q = b.kind === 'uint8' ? packed(data, r * rowBytes, k, bits) : nibble(data, r * cols + k, signed);
          dst[k] = (q - zp) * scale;
        }
      }
    }
    if (row) encodeF16Into(row, (out as Uint16Array).subarray(r * cols, (r + 1) * cols));
  }
  return out;
}
