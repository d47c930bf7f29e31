// Minimal protobuf wire-format reader/writer, enough to edit ONNX graphs at load time (graph
// surgery for hub models, ARCHITECTURE §2). Fields are kept as raw byte slices so anything we do
// not touch is written back byte-for-byte.

export const enum WireType {
  Varint = 0,
  I64 = 1,
  Len = 2,
  I32 = 5,
}

/** One field of a message: its number, wire type and the raw bytes of the whole field. */
export interface RawField {
  field: number;
  wire: WireType;
  /** For Varint: the value; for Len: payload; for I32/I64: the fixed bytes. */
  varint: bigint;
  payload: Uint8Array;
  /** The complete encoded field (tag + value), for verbatim copy. */
  raw: Uint8Array;
}

export class ProtobufError extends Error {
  override readonly name = 'ProtobufError';
  constructor(
    message: string,
    readonly data: { offset: number },
  ) {
    super(message);
  }
}

function readVarint(buf: Uint8Array, pos: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.length) throw new ProtobufError('truncated varint', { offset: pos });
    const b = buf[pos++]!;
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7n;
  }
  throw new ProtobufError('varint longer than 10 bytes', { offset: pos });
}

/** Splits a message into its fields (in order). Throws ProtobufError on malformed input. */
export function readFields(buf: Uint8Array): RawField[] {
  const out: RawField[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const start = pos;
    const [tag, p1] = readVarint(buf, pos);
    pos = p1;
    const field = Number(tag >> 3n);
    const wire = Number(tag & 7n) as WireType;
    if (field === 0) throw new ProtobufError('field number 0', { offset: start });
    let varint = 0n;
    let payload: Uint8Array = new Uint8Array(0);
    if (wire === WireType.Varint) {
      [varint, pos] = readVarint(buf, pos);
    } else if (wire === WireType.Len) {
      const [len, p2] = readVarint(buf, pos);
      const end = p2 + Number(len);
      if (end > buf.length)
        throw new ProtobufError(`length-delimited field ${field} runs past the end`, { offset: start });
      payload = buf.subarray(p2, end);
      pos = end;
    } else if (wire === WireType.I64 || wire === WireType.I32) {
      const n = wire === WireType.I64 ? 8 : 4;
      if (pos + n > buf.length) throw new ProtobufError(`fixed field ${field} runs past the end`, { offset: start });
      payload = buf.subarray(pos, pos + n);
      pos += n;
    } else {
      throw new ProtobufError(`unsupported wire type ${wire} (field ${field})`, { offset: start });
    }
    out.push({ field, wire, varint, payload, raw: buf.subarray(start, pos) });
  }
  return out;
}

/** Growable byte writer producing protobuf wire format. */
export class ProtoWriter {
  private chunks: Uint8Array[] = [];
  private size = 0;

  private push(bytes: Uint8Array): this {
    this.chunks.push(bytes);
    this.size += bytes.length;
    return this;
  }

  private static varintBytes(v: bigint): Uint8Array {
    if (v < 0n) v = BigInt.asUintN(64, v); // negative int64 → two's complement, 10 bytes
    const bytes: number[] = [];
    do {
      let b = Number(v & 0x7fn);
      v >>= 7n;
      if (v > 0n) b |= 0x80;
      bytes.push(b);
    } while (v > 0n);
    return Uint8Array.from(bytes);
  }

  private tag(field: number, wire: WireType): this {
    return this.push(ProtoWriter.varintBytes(BigInt((field << 3) | wire)));
  }

  varint(field: number, v: number | bigint): this {
    return this.tag(field, WireType.Varint).push(ProtoWriter.varintBytes(BigInt(v)));
  }

  bytes(field: number, payload: Uint8Array): this {
    return this.tag(field, WireType.Len)
      .push(ProtoWriter.varintBytes(BigInt(payload.length)))
      .push(payload);
  }

  string(field: number, s: string): this {
    return this.bytes(field, new TextEncoder().encode(s));
  }

  message(field: number, w: ProtoWriter): this {
    return this.bytes(field, w.finish());
  }

  /** Like message(), but appends the inner writer's chunks without copying them (large graphs). */
  nested(field: number, w: ProtoWriter): this {
    this.tag(field, WireType.Len).push(ProtoWriter.varintBytes(BigInt(w.size)));
    for (const c of w.chunks) this.push(c);
    return this;
  }

  /** Bytes written so far. */
  get length(): number {
    return this.size;
  }

  /** Packed repeated int64 (ONNX dims). */
  packedVarints(field: number, values: readonly (number | bigint)[]): this {
    const inner = new ProtoWriter();
    for (const v of values) inner.push(ProtoWriter.varintBytes(BigInt(v)));
    return this.bytes(field, inner.finish());
  }

  /** Copies an already-encoded field verbatim. */
  raw(bytes: Uint8Array): this {
    return this.push(bytes);
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.size);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}

export function decodeString(payload: Uint8Array): string {
  return new TextDecoder().decode(payload);
}

/** Reads a packed or unpacked repeated varint field's values from a list of fields. */
export function readRepeatedVarints(fields: RawField[], field: number): bigint[] {
  const out: bigint[] = [];
  for (const f of fields) {
    if (f.field !== field) continue;
    if (f.wire === WireType.Varint) out.push(f.varint);
    else if (f.wire === WireType.Len) {
      let pos = 0;
      while (pos < f.payload.length) {
        const [v, p] = readVarint(f.payload, pos);
        out.push(v);
        pos = p;
      }
    }
  }
  return out;
}
