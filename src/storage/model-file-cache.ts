// ModelFileCache: downloaded model files (ONNX graphs, weights, tokenizers) kept in IndexedDB as
// fixed-size chunks (seed: MegaContext persistence — "cached model files"). IndexedDB rather than
// Cache Storage so that the files share the database's quota handling, checksums and tests.
// A file becomes visible only when its manifest commits, after every chunk: an interrupted or
// quota-failed download leaves no half file (its orphan chunks are removed on the next put/delete).
// A chunk that fails its CRC-32 makes the file a cache miss: it is deleted and get() returns null.

import { allRequests, writeTransaction, type MegaContextDb } from './db.ts';
import { bytesOf, crc32, crc32Update } from './checksum.ts';
import type { ModelChunkRecord, ModelFileRecord } from './records.ts';

/** 8 MiB: large enough to keep the transaction count low, small enough to avoid huge clones. */
export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;

export interface PutModelFileOptions {
  contentType?: string;
  /** Where the bytes came from (URL or package path), for display and invalidation. */
  source?: string;
  chunkBytes?: number;
}

const chunkRange = (key: string): IDBKeyRange => IDBKeyRange.bound([key, 0], [key, Number.POSITIVE_INFINITY]);

export class ModelFileCache {
  constructor(
    private readonly db: MegaContextDb,
    private readonly onCorrupt?: (key: string, reason: string) => void,
  ) {}

  /** Stores `data` under `key`, replacing any previous file with that key. */
  async put(
    key: string,
    data: ArrayBuffer | ArrayBufferView,
    options: PutModelFileOptions = {},
  ): Promise<ModelFileRecord> {
    const bytes = bytesOf(data);
    const chunkSize = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    const chunkCount = Math.max(1, Math.ceil(bytes.length / chunkSize));
    // 1. Hide the old version (manifest gone = file absent) and drop its chunks.
    await this.removeAll(key, `replacing model file "${key}"`);
    // 2. Chunks, one transaction each, so memory stays bounded.
    let whole = 0;
    for (let index = 0; index < chunkCount; index++) {
      const slice = bytes.slice(index * chunkSize, Math.min(bytes.length, (index + 1) * chunkSize));
      whole = crc32Update(whole, slice);
      const chunk: ModelChunkRecord = { fileKey: key, index, bytes: slice.buffer, checksum: crc32(slice) };
      await writeTransaction(this.db, ['modelChunks'], `chunk ${index} of model file "${key}"`, async (tx) => {
        await tx.objectStore('modelChunks').put(chunk);
      });
    }
    // 3. The manifest: from now on the file exists.
    const manifest: ModelFileRecord = {
      key,
      size: bytes.length,
      chunkSize,
      chunkCount,
      checksum: whole,
      contentType: options.contentType ?? 'application/octet-stream',
      source: options.source ?? '',
      storedAt: Date.now(),
    };
    await writeTransaction(this.db, ['modelFiles'], `model file "${key}"`, async (tx) => {
      await tx.objectStore('modelFiles').put(manifest);
    });
    return manifest;
  }

  /** The verified bytes, or null when absent or corrupt (a corrupt file is deleted). */
  async get(key: string): Promise<Uint8Array | null> {
    const manifest = await this.db.get('modelFiles', key);
    if (!manifest) return null;
    const out = new Uint8Array(manifest.size);
    let offset = 0;
    let whole = 0;
    for (let index = 0; index < manifest.chunkCount; index++) {
      const chunk = await this.db.get('modelChunks', [key, index]);
      const reason = !chunk
        ? `chunk ${index} missing`
        : !(chunk.bytes instanceof ArrayBuffer)
          ? `chunk ${index} is not binary`
          : crc32(new Uint8Array(chunk.bytes)) !== chunk.checksum
            ? `chunk ${index} checksum mismatch`
            : offset + chunk.bytes.byteLength > manifest.size
              ? `chunk ${index} overruns the file size`
              : null;
      if (reason || !chunk) return this.dropCorrupt(key, reason ?? 'missing chunk');
      const piece = new Uint8Array(chunk.bytes);
      out.set(piece, offset);
      offset += piece.length;
      whole = crc32Update(whole, piece);
    }
    if (offset !== manifest.size) return this.dropCorrupt(key, `size ${offset} ≠ ${manifest.size}`);
    if (whole !== manifest.checksum) return this.dropCorrupt(key, 'whole-file checksum mismatch');
    return out;
  }

  async has(key: string): Promise<boolean> {
    return (await this.db.getKey('modelFiles', key)) !== undefined;
  }

  async list(): Promise<ModelFileRecord[]> {
    return this.db.getAll('modelFiles');
  }

  /** Total bytes of the cached files. */
  async totalBytes(): Promise<number> {
    return (await this.list()).reduce((sum, f) => sum + f.size, 0);
  }

  async delete(key: string): Promise<void> {
    await this.removeAll(key, `deletion of model file "${key}"`);
  }

  private async removeAll(key: string, operation: string): Promise<void> {
    await writeTransaction(this.db, ['modelFiles', 'modelChunks'], operation, async (tx) => {
      await allRequests([
        () => tx.objectStore('modelFiles').delete(key),
        () => tx.objectStore('modelChunks').delete(chunkRange(key)),
      ]);
    });
  }

  private async dropCorrupt(key: string, reason: string): Promise<null> {
    this.onCorrupt?.(key, reason);
    await this.removeAll(key, `removal of corrupt model file "${key}"`);
    return null;
  }
}
