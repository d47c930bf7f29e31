// The base model's token embedding table (vocab × d), the source of LOD0 rows in the working
// context and of GistNet's inputs. Shipped as a raw little-endian f32 file or cut out of the ONNX
// graph by graph surgery. Large hub tables are stored as f16 (binary16 bits, half the memory of
// f32: Qwen2.5-0.5B's 151,936 × 896 table is 272 MB instead of 545 MB); rows are widened to f32
// when read, and the GPU copy uses the same bits.
import { decodeF16Into } from '../core/float16';

export class EmbeddingTableError extends Error {
  override readonly name = 'EmbeddingTableError';
  constructor(
    message: string,
    readonly data: { bytes: number; vocab: number; dim: number },
  ) {
    super(message);
  }
}

export type TableStorage = 'f32' | 'f16';

export class EmbeddingTable {
  /** (V, d) binary16 bits when the table is stored as f16, else null. */
  readonly half: Uint16Array | null;
  private readonly f32: Float32Array | null;

  /** `values`: (V, d) f32, or binary16 bits (Uint16Array) for an f16-stored table. */
  constructor(
    values: Float32Array | Uint16Array,
    readonly vocabSize: number,
    readonly dim: number,
  ) {
    if (values.length !== vocabSize * dim) {
      throw new EmbeddingTableError(`The embedding table has ${values.length} values, expected ${vocabSize}×${dim}.`, {
        bytes: values.byteLength,
        vocab: vocabSize,
        dim,
      });
    }
    this.half = values instanceof Uint16Array ? values : null;
    this.f32 = values instanceof Float32Array ? values : null;
  }

  /** Parses a raw f32 file; the size must match the manifest's dims exactly. */
  static fromBytes(bytes: Uint8Array, vocabSize: number, dim: number): EmbeddingTable {
    if (bytes.byteLength !== vocabSize * dim * 4) {
      throw new EmbeddingTableError(
        `The embedding file has ${bytes.byteLength} bytes; the model config says ${vocabSize}×${dim} f32 = ${vocabSize * dim * 4}.`,
        {
          bytes: bytes.byteLength,
          vocab: vocabSize,
          dim,
        },
      );
    }
    let aligned = bytes;
    if (bytes.byteOffset % 4 !== 0) {
      aligned = new Uint8Array(bytes.length); // Node Buffers' slice() is a view: copy explicitly
      aligned.set(bytes);
    }
    return new EmbeddingTable(new Float32Array(aligned.buffer, aligned.byteOffset, vocabSize * dim), vocabSize, dim);
  }

  get storage(): TableStorage {
    return this.half ? 'f16' : 'f32';
  }

  /** Bytes the table occupies in memory. */
  get byteLength(): number {
    return (this.half ?? this.f32!).byteLength;
  }

  /**
   * (V, d) f32 values: the table itself when stored as f32; for an f16 table a fresh full-size
   * decode on every call (tests and small tables only — read rows with row() / gather()).
   */
  get data(): Float32Array {
    if (this.f32) return this.f32;
    const out = new Float32Array(this.half!.length);
    decodeF16Into(this.half!, out);
    return out;
  }

  /** Row `id` (d) as f32: a view of an f32 table, a fresh array for an f16 one. */
  row(id: number): Float32Array {
    if (!(id >= 0 && id < this.vocabSize))
      throw new RangeError(`token id ${id} outside the vocabulary [0, ${this.vocabSize})`);
    if (this.f32) return this.f32.subarray(id * this.dim, (id + 1) * this.dim);
    const out = new Float32Array(this.dim);
    decodeF16Into(this.half!.subarray(id * this.dim, (id + 1) * this.dim), out);
    return out;
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
