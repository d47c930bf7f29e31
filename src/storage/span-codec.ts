// Encoding and verified decoding of span, tail and LOD3+ gist records (seed: MegaContext Tree
// storage format — deterministic offsets; checksums verified on read). Layout and checksum are
// documented in records.ts. Decoding checks the layout first, then the CRC-32; any mismatch is a
// CorruptSpanError naming the tree, the level and the index, so one bad record never hides the rest.

import { crc32Update } from './checksum.ts';
import { CorruptSpanError, StorageInputError } from './errors.ts';
import { decodeF16Into, encodeF16Into } from '../core/float16.ts';
import {
  BLOCKS_PER_SPAN,
  BLOCK_TOKENS,
  SPAN_TOKENS,
  bytesPerElement,
  type GistDType,
  type SpanData,
  type SpanRecord,
  type TailData,
  type TailRecord,
  type TokenWidth,
  type TreeLayout,
  type UpperGistData,
  type UpperGistRecord,
} from './records.ts';

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
  throw new Error('MegaContext storage assumes a little-endian platform (every browser engine is).');
}

export interface SpanInput {
  spanIndex: number;
  gisterVersion: string;
  tokenIds: ArrayLike<number>; // (1024)
  lod1: Float32Array; // (32, d)
  lod2: Float32Array; // (d)
}

export interface TailInput {
  spanIndex: number;
  gisterVersion: string;
  tokenIds: ArrayLike<number>; // (< 1024)
  lod1: Float32Array; // (lod1Blocks, d), lod1Blocks ≤ floor(tokenCount / 32)
}

const utf8 = new TextEncoder();
const align4 = (n: number): number => (n + 3) & ~3;

/** The checksummed descriptor: identity and layout of a record, so a relabelled payload fails. */
function descriptor(
  kind: string,
  level: number,
  index: number,
  gister: string,
  layout: TreeLayout,
  counts: string,
): Uint8Array {
  return utf8.encode(
    `${kind}|L${level}|${index}|${gister}|${layout.dtype}|d${layout.d}|u${layout.tokenWidth * 8}|${counts}`,
  );
}

export function recordChecksum(desc: Uint8Array, payload: ArrayBuffer): number {
  return crc32Update(crc32Update(0, desc), new Uint8Array(payload));
}

function writeTokens(ids: ArrayLike<number>, width: TokenWidth, buffer: ArrayBuffer, field: string): void {
  const view = width === 2 ? new Uint16Array(buffer, 0, ids.length) : new Uint32Array(buffer, 0, ids.length);
  const max = width === 2 ? 0xffff : 0xffffffff;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (!Number.isInteger(id) || id < 0 || id > max) {
      throw new StorageInputError(`${field}[${i}] = ${id} is not a token id that fits in u${width * 8}`, {
        field,
        reason: 'token id out of range',
      });
    }
    view[i] = id;
  }
}

function writeGists(src: Float32Array, dtype: GistDType, buffer: ArrayBuffer, offset: number): void {
  if (dtype === 'f32') new Float32Array(buffer, offset, src.length).set(src);
  else encodeF16Into(src, new Uint16Array(buffer, offset, src.length));
}

function readGists(buffer: ArrayBuffer, dtype: GistDType, offset: number, count: number): Float32Array {
  if (dtype === 'f32') return new Float32Array(buffer, offset, count);
  const out = new Float32Array(count);
  decodeF16Into(new Uint16Array(buffer, offset, count), out);
  return out;
}

function readTokens(buffer: ArrayBuffer, width: TokenWidth, count: number): Uint32Array {
  return width === 4 ? new Uint32Array(buffer, 0, count) : Uint32Array.from(new Uint16Array(buffer, 0, count));
}

function expectLength(field: string, actual: number, expected: number): void {
  if (actual !== expected) {
    throw new StorageInputError(`${field} has ${actual} values, expected ${expected}`, {
      field,
      reason: 'wrong length',
    });
  }
}

function checkIndex(field: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new StorageInputError(`${field} must be a non-negative integer, got ${value}`, {
      field,
      reason: 'bad index',
    });
  }
}

export function spanPayloadBytes(layout: TreeLayout): number {
  return SPAN_TOKENS * layout.tokenWidth + (BLOCKS_PER_SPAN + 1) * layout.d * bytesPerElement(layout.dtype);
}

export function encodeSpan(treeId: string, layout: TreeLayout, span: SpanInput): SpanRecord {
  checkIndex('spanIndex', span.spanIndex);
  const { d, dtype, tokenWidth } = layout;
  expectLength('tokenIds', span.tokenIds.length, SPAN_TOKENS);
  expectLength('lod1', span.lod1.length, BLOCKS_PER_SPAN * d);
  expectLength('lod2', span.lod2.length, d);
  const e = bytesPerElement(dtype);
  const payload = new ArrayBuffer(spanPayloadBytes(layout));
  writeTokens(span.tokenIds, tokenWidth, payload, 'tokenIds');
  const lod1Offset = SPAN_TOKENS * tokenWidth;
  writeGists(span.lod1, dtype, payload, lod1Offset);
  writeGists(span.lod2, dtype, payload, lod1Offset + BLOCKS_PER_SPAN * d * e);
  const desc = descriptor('span', 2, span.spanIndex, span.gisterVersion, layout, 'full');
  return {
    treeId,
    spanIndex: span.spanIndex,
    gisterVersion: span.gisterVersion,
    dtype,
    d,
    tokenWidth,
    payload,
    checksum: recordChecksum(desc, payload),
  };
}

function corrupt(
  treeId: string,
  kind: 'span' | 'tail' | 'upper',
  level: number,
  index: number,
  reason: string,
): CorruptSpanError {
  const what =
    kind === 'span' ? `span ${index}` : kind === 'tail' ? `tail (span ${index})` : `LOD${level} gist ${index}`;
  return new CorruptSpanError(`Tree "${treeId}": ${what} is corrupt (${reason}); the rest of the tree is readable.`, {
    treeId,
    kind,
    level,
    index,
    reason,
  });
}

/** Layout fields of a stored record, checked before anything is read from its payload. */
function checkLayout(
  r: { dtype: unknown; d: unknown; payload: unknown; checksum: unknown; gisterVersion: unknown },
  tokenWidth: unknown,
): string | null {
  if (r.dtype !== 'f32' && r.dtype !== 'f16') return `unknown dtype ${String(r.dtype)}`;
  if (typeof r.d !== 'number' || !Number.isInteger(r.d) || r.d <= 0) return `bad gist width ${String(r.d)}`;
  if (tokenWidth !== 2 && tokenWidth !== 4) return `bad token width ${String(tokenWidth)}`;
  if (!(r.payload instanceof ArrayBuffer)) return 'payload is not an ArrayBuffer';
  if (typeof r.checksum !== 'number') return 'checksum missing';
  if (typeof r.gisterVersion !== 'string') return 'gister version missing';
  return null;
}

export function decodeSpan(treeId: string, r: SpanRecord): SpanData {
  const index = typeof r.spanIndex === 'number' ? r.spanIndex : -1;
  const bad = checkLayout(r, r.tokenWidth);
  if (bad) throw corrupt(treeId, 'span', 2, index, bad);
  const expected = spanPayloadBytes(r);
  if (r.payload.byteLength !== expected)
    throw corrupt(treeId, 'span', 2, index, `payload is ${r.payload.byteLength} bytes, expected ${expected}`);
  const desc = descriptor('span', 2, r.spanIndex, r.gisterVersion, r, 'full');
  const actual = recordChecksum(desc, r.payload);
  if (actual !== r.checksum)
    throw corrupt(treeId, 'span', 2, index, `checksum mismatch: stored ${hex(r.checksum)}, computed ${hex(actual)}`);
  const e = bytesPerElement(r.dtype);
  const lod1Offset = SPAN_TOKENS * r.tokenWidth;
  return {
    spanIndex: r.spanIndex,
    gisterVersion: r.gisterVersion,
    tokenIds: readTokens(r.payload, r.tokenWidth, SPAN_TOKENS),
    lod1: readGists(r.payload, r.dtype, lod1Offset, BLOCKS_PER_SPAN * r.d),
    lod2: readGists(r.payload, r.dtype, lod1Offset + BLOCKS_PER_SPAN * r.d * e, r.d),
  };
}

export function tailPayloadBytes(layout: TreeLayout, tokenCount: number, lod1Blocks: number): number {
  return align4(tokenCount * layout.tokenWidth) + lod1Blocks * layout.d * bytesPerElement(layout.dtype);
}

export function encodeTail(treeId: string, layout: TreeLayout, tail: TailInput): TailRecord {
  checkIndex('tail.spanIndex', tail.spanIndex);
  const tokenCount = tail.tokenIds.length;
  if (tokenCount >= SPAN_TOKENS) {
    throw new StorageInputError(
      `A tail holds fewer than ${SPAN_TOKENS} tokens, got ${tokenCount}: write the completed span with putSpan`,
      { field: 'tail.tokenIds', reason: 'tail too long' },
    );
  }
  if (tail.lod1.length % layout.d !== 0) {
    throw new StorageInputError(`tail.lod1 length ${tail.lod1.length} is not a multiple of d = ${layout.d}`, {
      field: 'tail.lod1',
      reason: 'wrong length',
    });
  }
  const lod1Blocks = tail.lod1.length / layout.d;
  if (lod1Blocks > Math.floor(tokenCount / BLOCK_TOKENS)) {
    throw new StorageInputError(
      `tail has ${lod1Blocks} LOD1 gists but only ${Math.floor(tokenCount / BLOCK_TOKENS)} complete blocks`,
      { field: 'tail.lod1', reason: 'gist for an incomplete block' },
    );
  }
  const payload = new ArrayBuffer(tailPayloadBytes(layout, tokenCount, lod1Blocks));
  writeTokens(tail.tokenIds, layout.tokenWidth, payload, 'tail.tokenIds');
  writeGists(tail.lod1, layout.dtype, payload, align4(tokenCount * layout.tokenWidth));
  const desc = descriptor('tail', 0, tail.spanIndex, tail.gisterVersion, layout, `${tokenCount}t${lod1Blocks}b`);
  return {
    treeId,
    spanIndex: tail.spanIndex,
    tokenCount,
    lod1Blocks,
    gisterVersion: tail.gisterVersion,
    dtype: layout.dtype,
    d: layout.d,
    tokenWidth: layout.tokenWidth,
    payload,
    checksum: recordChecksum(desc, payload),
  };
}

export function decodeTail(treeId: string, r: TailRecord): TailData {
  const index = typeof r.spanIndex === 'number' ? r.spanIndex : -1;
  const bad = checkLayout(r, r.tokenWidth);
  if (bad) throw corrupt(treeId, 'tail', 0, index, bad);
  if (
    !Number.isInteger(r.tokenCount) ||
    r.tokenCount < 0 ||
    r.tokenCount >= SPAN_TOKENS ||
    !Number.isInteger(r.lod1Blocks) ||
    r.lod1Blocks < 0 ||
    r.lod1Blocks > Math.floor(r.tokenCount / BLOCK_TOKENS)
  ) {
    throw corrupt(
      treeId,
      'tail',
      0,
      index,
      `bad counts: ${String(r.tokenCount)} tokens, ${String(r.lod1Blocks)} blocks`,
    );
  }
  const expected = tailPayloadBytes(r, r.tokenCount, r.lod1Blocks);
  if (r.payload.byteLength !== expected)
    throw corrupt(treeId, 'tail', 0, index, `payload is ${r.payload.byteLength} bytes, expected ${expected}`);
  const desc = descriptor('tail', 0, r.spanIndex, r.gisterVersion, r, `${r.tokenCount}t${r.lod1Blocks}b`);
  const actual = recordChecksum(desc, r.payload);
  if (actual !== r.checksum)
    throw corrupt(treeId, 'tail', 0, index, `checksum mismatch: stored ${hex(r.checksum)}, computed ${hex(actual)}`);
  return {
    spanIndex: r.spanIndex,
    gisterVersion: r.gisterVersion,
    tokenIds: readTokens(r.payload, r.tokenWidth, r.tokenCount),
    lod1: readGists(r.payload, r.dtype, align4(r.tokenCount * r.tokenWidth), r.lod1Blocks * r.d),
  };
}

export function encodeUpperGist(
  treeId: string,
  layout: TreeLayout,
  level: number,
  index: number,
  gist: Float32Array,
  gisterVersion: string,
): UpperGistRecord {
  checkIndex('level', level);
  checkIndex('index', index);
  expectLength('gist', gist.length, layout.d);
  const payload = new ArrayBuffer(layout.d * bytesPerElement(layout.dtype));
  writeGists(gist, layout.dtype, payload, 0);
  const desc = descriptor('upper', level, index, gisterVersion, layout, '1');
  return {
    treeId,
    level,
    index,
    gisterVersion,
    dtype: layout.dtype,
    d: layout.d,
    payload,
    checksum: recordChecksum(desc, payload),
  };
}

export function decodeUpperGist(treeId: string, r: UpperGistRecord, tokenWidth: TokenWidth): UpperGistData {
  const bad = checkLayout(r, tokenWidth);
  if (bad) throw corrupt(treeId, 'upper', r.level, r.index, bad);
  if (r.payload.byteLength !== r.d * bytesPerElement(r.dtype))
    throw corrupt(treeId, 'upper', r.level, r.index, 'payload length');
  const desc = descriptor('upper', r.level, r.index, r.gisterVersion, { d: r.d, dtype: r.dtype, tokenWidth }, '1');
  const actual = recordChecksum(desc, r.payload);
  if (actual !== r.checksum)
    throw corrupt(
      treeId,
      'upper',
      r.level,
      r.index,
      `checksum mismatch: stored ${hex(r.checksum)}, computed ${hex(actual)}`,
    );
  return {
    level: r.level,
    index: r.index,
    gisterVersion: r.gisterVersion,
    gist: readGists(r.payload, r.dtype, 0, r.d),
  };
}

function hex(n: unknown): string {
  return typeof n === 'number' ? `0x${(n >>> 0).toString(16).padStart(8, '0')}` : String(n);
}
