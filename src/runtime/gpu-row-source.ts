// Working Context assembly on the GPU (ARCHITECTURE §4 step 3: "build inputs_embeds and
// position_ids in one GPU pass; the buffer stays on the GPU and is handed to the decoder session
// as a GPU tensor"). Keeps the embedding table, the tree's token ids and its gists in GPU buffers
// (uploaded incrementally as the tree grows; gists a refresh overwrote are uploaded again) and runs
// the assembly kernel over the whole working context; the rows a prefill needs are copied out into
// buffers onnxruntime-web takes as tensors. The packed WC entries and the assembly outputs live in
// buffers kept between turns (regrown ×2 when the working context outgrows them), and the kernel
// keeps its uniform and bind group (src/gpu/kernel.ts), so assembling a working context no larger
// than before creates no GPU buffer and no bind group.
// Gists made on the same device (the WGSL GistNet, gpu-gister.ts) arrive GPU→GPU: the gister records
// a copy from its output into this store (`encodeGistCopy`) and the row source counts them as
// uploaded once the job succeeded, so new gists never go GPU → CPU → GPU for assembly. Gists made on
// the CPU (ONNX / training-free gister, refreshes, restored memories) are uploaded from the tree.
import type { MegaContextTree } from '../core/tree';
import type { WorkingContext } from '../core/working-context';
import type { PositionPolicy, WcEntryAddress } from '../core/position-policy';
import type { EmbeddingTable } from '../models/embedding-table';
import { AssembleKernel, createAssemblyOutputs, padTo16 } from '../gpu/assemble';
import { packWorkingContext } from '../gpu/wc-entries';
import type { StorageDtype } from '../gpu/storage-dtype';
import { GpuTableCache, type TableLease } from './gpu-table-cache';
import type { GpuGistSink } from './gpu-gister';

const USAGE = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;

/** Rows [from, to) of an assembled working context, on the GPU, ready for the decoder. */
export interface GpuRows {
  embeds: GPUBuffer; // (to − from, d) f32
  positions: GPUBuffer; // (to − from) int64
  count: number;
  destroy(): void;
}

export class GpuRowSource implements GpuGistSink {
  private readonly kernel: AssembleKernel;
  private readonly tableLease: TableLease;
  private readonly table: GPUBuffer;
  private tokens: GPUBuffer;
  private tokenCap: number;
  private uploadedTokens = 0;
  private gists: GPUBuffer;
  private levelCap: number[];
  private uploadedGists: number[];
  /** Tree gist revision of the uploaded gists (refreshed gists are uploaded again). */
  private revision: number;
  private levelBase: GPUBuffer;
  private readonly dim: number;
  /** Assembly outputs for up to `rowCap` rows: inputs_embeds (rowCap, d) f32, position_ids (rowCap) int64. */
  private outputs: { embeds: GPUBuffer; positions: GPUBuffer; rowCap: number } | null = null;
  /** Packed WC entries (E × WcEntry), grown as needed. */
  private entries: GPUBuffer | null = null;
  /** Rows of the last assembly (0: none yet). */
  private assembledRows = 0;

  constructor(
    private readonly device: GPUDevice,
    private readonly vocab: EmbeddingTable,
    private readonly tree: MegaContextTree,
    /** Shares the embedding table between conversations; a private cache when omitted. */
    tables: GpuTableCache = new GpuTableCache(device),
    /** GPU storage of the table (default: f16 above F16_TABLE_BYTES); gists stay f32. */
    tableStorage?: StorageDtype,
  ) {
    this.dim = vocab.dim;
    this.tableLease = tables.acquire(vocab, tableStorage);
    this.kernel = new AssembleKernel(device, { storage: this.tableLease.storage, gistStorage: 'f32' });
    this.table = this.tableLease.buffer;
    this.tokenCap = 0;
    this.tokens = this.allocTokens(Math.max(4096, tree.length));
    this.levelCap = Array.from({ length: tree.maxLevel + 1 }, (_, l) => (l === 0 ? 0 : 64));
    this.uploadedGists = this.levelCap.map(() => 0);
    this.revision = tree.gistRevision;
    this.gists = this.allocGists();
    this.levelBase = device.createBuffer({
      label: 'rows.level-base',
      size: padTo16(this.levelCap.length * 4),
      usage: USAGE,
    });
    this.writeLevelBase();
  }

  private allocTokens(cap: number): GPUBuffer {
    this.tokenCap = cap;
    return this.device.createBuffer({ label: `rows.token-ids[${cap}]`, size: padTo16(cap * 4), usage: USAGE });
  }

  private allocGists(): GPUBuffer {
    const total = this.levelCap.reduce((a, b) => a + b, 0);
    return this.device.createBuffer({
      label: `rows.gists[${total}]`,
      size: padTo16(total * this.dim * 4),
      usage: USAGE,
    });
  }

  private base(level: number): number {
    let b = 0;
    for (let l = 1; l < level; l++) b += this.levelCap[l]!;
    return b;
  }

  private writeLevelBase(): void {
    const bases = new Uint32Array(this.levelCap.length);
    for (let l = 1; l < bases.length; l++) bases[l] = this.base(l);
    this.device.queue.writeBuffer(this.levelBase, 0, bases);
  }

  /**
   * Uploads what the tree gained since the last call (tokens, gists); regrows buffers as needed
   * (`reserve`: room for gists of a level beyond what the tree holds yet).
   */
  private syncTree(reserve?: { level: number; count: number }): void {
    const t = this.tree;
    if (t.length > this.tokenCap) {
      this.tokens.destroy();
      this.tokens = this.allocTokens(Math.max(t.length, this.tokenCap * 2));
      this.uploadedTokens = 0;
    }
    if (t.length > this.uploadedTokens) {
      const ids = Uint32Array.from(t.tokenIds(this.uploadedTokens, t.length));
      this.device.queue.writeBuffer(this.tokens, this.uploadedTokens * 4, ids);
      this.uploadedTokens = t.length;
    }
    let regrow = false;
    for (let l = 1; l < this.levelCap.length; l++) {
      const need = Math.max(t.gistedCount(l), reserve?.level === l ? reserve.count : 0);
      while (need > this.levelCap[l]!) {
        this.levelCap[l] = this.levelCap[l]! * 2;
        regrow = true;
      }
    }
    if (regrow) {
      this.gists.destroy();
      this.gists = this.allocGists();
      this.uploadedGists = this.levelCap.map(() => 0);
      this.writeLevelBase();
    }
    if (t.gistRevision !== this.revision) {
      // Gists overwritten by a refresh: upload each level again from its first changed gist.
      for (let l = 1; l < this.levelCap.length; l++) {
        const first = t.firstOverwrittenSince(l, this.revision);
        if (first >= 0) this.uploadedGists[l] = Math.min(this.uploadedGists[l]!, first);
      }
      this.revision = t.gistRevision;
    }
    for (let l = 1; l < this.levelCap.length; l++) {
      const have = t.gistedCount(l);
      const from = this.uploadedGists[l]!;
      if (have > from) {
        this.device.queue.writeBuffer(
          this.gists,
          (this.base(l) + from) * this.dim * 4,
          t.gistRange(l, from, have - from),
        );
        this.uploadedGists[l] = have;
      }
    }
  }

  /**
   * GpuGistSink: gists [first, first + count) of `level`, new to the tree (first = its gisted count),
   * copied from `src` into the gist store by `encoder`. The returned commit marks them uploaded;
   * without it (the job failed) they are uploaded from the tree at the next assembly.
   */
  encodeGistCopy(
    encoder: GPUCommandEncoder,
    level: number,
    first: number,
    count: number,
    src: GPUBuffer,
    srcOffset: number,
  ): (() => void) | null {
    if (!(level >= 1 && level < this.levelCap.length) || first !== this.tree.gistedCount(level)) return null;
    this.syncTree({ level, count: first + count }); // everything before `first` is on the GPU, with room after it
    if (this.uploadedGists[level] !== first) return null;
    const target = this.gists;
    const d = this.dim;
    encoder.copyBufferToBuffer(src, srcOffset, target, (this.base(level) + first) * d * 4, count * d * 4);
    return () => {
      if (this.gists === target && this.uploadedGists[level] === first) this.uploadedGists[level] = first + count;
    };
  }

  /** Gists of `level` on the GPU (tests, telemetry). */
  uploadedGistCount(level: number): number {
    return this.uploadedGists[level] ?? 0;
  }

  /** The gist store buffer: level ℓ's gist i is row levelBase(ℓ) + i, (rows, d) f32 (tests). */
  gistStore(): { buffer: GPUBuffer; levelBase: (level: number) => number } {
    return { buffer: this.gists, levelBase: (l) => this.base(l) };
  }

  /** Assembles the whole working context on the GPU (W rows of inputs_embeds and position_ids). */
  assemble(wc: WorkingContext, policy: PositionPolicy): number {
    this.syncTree();
    const entries: WcEntryAddress[] = [];
    for (let i = 0; i < wc.length; i++) entries.push({ level: wc.level(i), index: wc.index(i) });
    const K = this.tree.blockSize;
    const packed = packWorkingContext(entries, policy, K, this.tree.length);
    const out = this.outputsFor(packed.rows);
    const entryBuf = this.entriesFor(packed.data);
    const encoder = this.device.createCommandEncoder({ label: 'rows.assemble' });
    this.kernel.encode(
      encoder,
      {
        entries: entryBuf,
        tokenIds: this.tokens,
        table: this.table,
        gists: this.gists,
        levelBase: this.levelBase,
        embeds: out.embeds,
        positions: out.positions,
      },
      {
        rows: packed.rows,
        entryCount: packed.entryCount,
        dim: this.dim,
        totalTokens: this.tree.length,
        vocab: this.vocab.vocabSize,
        blockSize: K,
        levels: this.levelCap.length,
        policy,
        positionDtype: 'int64',
      },
    );
    this.device.queue.submit([encoder.finish()]);
    this.assembledRows = packed.rows;
    return packed.rows;
  }

  /** The kept assembly outputs, regrown to at least `rows` rows (double the old capacity). */
  private outputsFor(rows: number): { embeds: GPUBuffer; positions: GPUBuffer } {
    if (this.outputs && this.outputs.rowCap >= rows) return this.outputs;
    const rowCap = Math.max(rows, 2 * (this.outputs?.rowCap ?? 0));
    this.outputs?.embeds.destroy();
    this.outputs?.positions.destroy();
    this.outputs = { ...createAssemblyOutputs(this.device, rowCap, this.dim, 'int64'), rowCap };
    return this.outputs;
  }

  /** The kept entries buffer, regrown for `data` (double the old size), with `data` written to it. */
  private entriesFor(data: Uint32Array): GPUBuffer {
    if (!this.entries || this.entries.size < data.byteLength) {
      const size = Math.max(data.byteLength, 2 * (this.entries?.size ?? 0));
      this.entries?.destroy();
      this.entries = this.device.createBuffer({
        label: `rows.wc-entries[${size} B]`,
        size,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
      });
    }
    this.device.queue.writeBuffer(this.entries, 0, data);
    return this.entries;
  }

  /** Copies rows [from, to) of the last assembly into fresh buffers (ORT tensors start at offset 0). */
  rows(from: number, to: number): GpuRows {
    const a = this.outputs;
    if (!a || from < 0 || to > this.assembledRows || to <= from)
      throw new RangeError(`rows [${from}, ${to}) outside the assembled ${this.assembledRows} rows`);
    const n = to - from;
    const embeds = this.device.createBuffer({
      label: `rows.embeds[${from}:${to}]`,
      size: padTo16(n * this.dim * 4),
      usage: USAGE,
    });
    const positions = this.device.createBuffer({
      label: `rows.positions[${from}:${to}]`,
      size: padTo16(n * 8),
      usage: USAGE,
    });
    const encoder = this.device.createCommandEncoder({ label: 'rows.slice' });
    encoder.copyBufferToBuffer(a.embeds, from * this.dim * 4, embeds, 0, n * this.dim * 4);
    encoder.copyBufferToBuffer(a.positions, from * 8, positions, 0, n * 8);
    this.device.queue.submit([encoder.finish()]);
    return { embeds, positions, count: n, destroy: () => (embeds.destroy(), positions.destroy()) };
  }

  destroy(): void {
    this.kernel.destroy();
    this.tableLease.release();
    for (const b of [this.tokens, this.gists, this.levelBase]) b.destroy();
    this.outputs?.embeds.destroy();
    this.outputs?.positions.destroy();
    this.entries?.destroy();
  }
}
