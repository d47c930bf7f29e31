// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, init/xorout 0xFFFFFFFF — the zlib/PNG CRC)
// for stored records (seed: MegaContext persistence — checksums verified on read). Slice-by-8
// tables keep it at several hundred MB/s in V8, so verifying a 1M-token tree on reopen stays cheap.
// CRC-32 detects every burst error up to 32 bits and all 1-3 bit errors in records of our size; it
// is an integrity check against torn writes and bit rot, not a defence against tampering.

const TABLES: Uint32Array[] = (() => {
  const t0 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c >>> 0;
  }
  const tables = [t0];
  for (let s = 1; s < 8; s++) {
    const prev = tables[s - 1] as Uint32Array;
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      const p = prev[n] as number;
      t[n] = ((p >>> 8) ^ (t0[p & 0xff] as number)) >>> 0;
    }
    tables.push(t);
  }
  return tables;
})();

/**
 * Continues a CRC-32 over `bytes`. Start with `crc32Update(0, first)` and chain: the result of one
 * call is the `crc` of the next; the running value is always the finished CRC of all bytes so far.
 */
export function crc32Update(crc: number, bytes: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  let c = ~crc >>> 0;
  let i = 0;
  const n = bytes.length;
  // Aligned input (every record payload is): read little-endian words straight from a u32 view.
  const aligned = bytes.byteOffset % 4 === 0;
  const words = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset, n >>> 2) : null;
  const end8 = n - (n % 8);
  if (words) {
    for (let w = 0; i < end8; i += 8, w += 2) {
      const a = (c ^ (words[w] as number)) >>> 0;
      const b = words[w + 1] as number;
      c =
        (t7[a & 0xff] as number) ^
        (t6[(a >>> 8) & 0xff] as number) ^
        (t5[(a >>> 16) & 0xff] as number) ^
        (t4[a >>> 24] as number) ^
        (t3[b & 0xff] as number) ^
        (t2[(b >>> 8) & 0xff] as number) ^
        (t1[(b >>> 16) & 0xff] as number) ^
        (t0[b >>> 24] as number);
    }
  }
  while (i < end8) {
    const a =
      (c ^
        ((bytes[i] as number) |
          ((bytes[i + 1] as number) << 8) |
          ((bytes[i + 2] as number) << 16) |
          ((bytes[i + 3] as number) << 24))) >>>
      0;
    const b4 = bytes[i + 4] as number,
      b5 = bytes[i + 5] as number,
      b6 = bytes[i + 6] as number,
      b7 = bytes[i + 7] as number;
    c =
      (t7[a & 0xff] as number) ^
      (t6[(a >>> 8) & 0xff] as number) ^
      (t5[(a >>> 16) & 0xff] as number) ^
      (t4[a >>> 24] as number) ^
      (t3[b4] as number) ^
      (t2[b5] as number) ^
      (t1[b6] as number) ^
      (t0[b7] as number);
    i += 8;
  }
  while (i < n) {
    c = (t0[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
    i++;
  }
  return ~c >>> 0;
}

/** CRC-32 of `bytes` (or of several byte arrays read as one stream). */
export function crc32(...parts: Uint8Array[]): number {
  let c = 0;
  for (const p of parts) c = crc32Update(c, p);
  return c;
}

/** Bytes of an ArrayBuffer or view, without copying. */
export function bytesOf(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  return data instanceof ArrayBuffer
    ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
