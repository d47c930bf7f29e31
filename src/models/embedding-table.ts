// The base model's token embedding table (vocab × d), the source of LOD0 rows in the working
// context and of GistNet's inputs. Shipped as a raw little-endian f32 file or cut out of the ONNX
// graph by graph surgery.

export class EmbeddingTableError extends Error {
  override readonly name = 'EmbeddingTableError';
  constructor(message: string, readonly data: { bytes: number; vocab: number; dim: number }) {
    super(message);
  }
}

export class EmbeddingTable {
  constructor(
    readonly data: Float32Array, // (V, d)
    readonly vocabSize: number,
    readonly dim: number,
  ) {
    if (data.length !== vocabSize * dim) {
      throw new EmbeddingTableError(`The embedding table has ${data.length} values, expected ${vocabSize}×${dim}.`, { bytes: data.byteLength, vocab: vocabSize, dim });
    }
  }

  /** Parses a raw f32 file; the size must match the manifest's dims exactly. */
  static fromBytes(bytes: Uint8Array, vocabSize: number, dim: number): EmbeddingTable {
    if (bytes.byteLength !== vocabSize * dim * 4) {
      throw new EmbeddingTableError(`The embedding file has ${bytes.byteLength} bytes; the model config says ${vocabSize}×${dim} f32 = ${vocabSize * dim * 4}.`, {
        bytes: bytes.byteLength,
        vocab: vocabSize,
        dim,
      });
    }
    let aligned = bytes;
    if (bytes.byteOffset % 4 !== 0) {
      aligned = new Uint8Array(bytes.length); // Node Buffers' slice() is a view: copy explicitly
      aligned.set(bytes);
    }
    return new EmbeddingTable(new Float32Array(aligned.buffer, aligned.byteOffset, vocabSize * dim), vocabSize, dim);
  }

  row(id: number): Float32Array {
    if (!(id >= 0 && id < this.vocabSize)) throw new RangeError(`token id ${id} outside the vocabulary [0, ${this.vocabSize})`);
    return this.data.subarray(id * this.dim, (id + 1) * this.dim);
  }

  /** Writes the rows of `ids` into out (n, d) at row offset `at`. */
  gather(ids: ArrayLike<number>, out: Float32Array, at = 0): void {
    const d = this.dim;
    for (let i = 0; i < ids.length; i++) out.set(this.row(ids[i]!), (at + i) * d);
  }

  /** Mean of the rows of `ids` (d). */
  meanOf(ids: ArrayLike<number>, out = new Float32Array(this.dim)): Float32Array {
    out.fill(0);
    const d = this.dim;
    for (let i = 0; i < ids.length; i++) {
      const r = this.row(ids[i]!);
      for (let j = 0; j < d; j++) out[j]! += r[j]!;
    }
    if (ids.length > 0) for (let j = 0; j < d; j++) out[j]! /= ids.length;
    return out;
  }
}
