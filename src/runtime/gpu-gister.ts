// GistNet on the decoder's GPUDevice (seeds: GistNet 32→1→32→1, hierarchical; ARCHITECTURE §4
// step 1 "ingest: GistNet on completed blocks"): a Gister that runs the package's trained GistNet in
// the project's WGSL kernels (src/gpu/gistnet-wgsl.ts), one net per trained level (LOD1 reads token
// embeddings, LOD2 reads 32 LOD1 gists; levels above the trained ones use the top net), batched:
// every block of a job goes through each op in one dispatch (passes of up to 1,024 blocks).
//   LOD1: token ids (B·K) u32 → gather from the GPU embedding table → x (B, K, d) f32
//   LOD≥2: child gists (B, K, d) f32 written to x
//   x → GistNetGpu → gists (B, d) f32 → [copied GPU→GPU into the conversation's gist store, the
//   buffer GpuRowSource assembles from] + read back once for the tree (persisted as before).
// The weights are the package's flat-f32 export of the same net as its gistnet.onnx
// (src/models/gistnet/gistnet-flat.ts); the gists carry the same version as the ONNX gister's.
// Calls run one at a time (the x / out / staging buffers are reused). After a device loss every call
// throws GpuDeviceLostError; FallbackGister (src/models/gistnet/fallback-gister.ts) then moves to the
// ONNX net on WASM.
import type { GistJob } from '../core/tree';
import type { Gister } from '../core/gister';
import type { EmbeddingTable } from '../models/embedding-table';
import type { GistNetFlat } from '../models/gistnet/gistnet-flat';
import { GistNetGpu, GISTNET_CHUNK_ALIGN } from '../gpu/gistnet-wgsl';
import { GistNetWeightsError } from '../gpu/gistnet-weights';
import { GatherKernel } from '../gpu/gather';
import { GpuDeviceLostError } from '../gpu/errors';
import { GpuTableCache, type TableLease } from './gpu-table-cache';

/** Where a job's gists can go on the GPU besides the readback (GpuRowSource's gist store). */
export interface GpuGistSink {
  /**
   * Records a copy of `count` gists of `level` starting at gist `first` from `src` (byte offset
   * `srcOffset`, (count, d) f32) into the sink. Returns a commit to call once the job succeeded (the
   * sink then treats those gists as uploaded), or null when it cannot take them (it uploads them
   * from the tree as before).
   */
  encodeGistCopy(
    encoder: GPUCommandEncoder,
    level: number,
    first: number,
    count: number,
    src: GPUBuffer,
    srcOffset: number,
  ): (() => void) | null;
}

/** What the engine needs of a GPU gister (WgslGister; tests use a CPU stand-in). */
export interface GpuGister extends Gister {
  gist(job: GistJob, sink?: GpuGistSink): Promise<Float32Array>;
  release(): Promise<void>;
}

export interface WgslGisterOptions {
  /** Recorded with every gist (the manifest's `gistnet.version`, as the ONNX gister's). */
  version: string;
  /** The device's shared embedding-table cache (GpuRowSource uses the same one). */
  tables?: GpuTableCache;
  /** Most blocks per GistNetGpu pass (scratch memory bound; a multiple of 64). */
  maxBlocksPerPass?: number;
}

export class WgslGister implements GpuGister {
  readonly version: string;
  readonly dim: number;
  private readonly K: number;
  /** nets[ℓ − 1] runs level ℓ; levels above nets.length use the top net. */
  private readonly nets: GistNetGpu[];
  private readonly gather: GatherKernel;
  private readonly lease: TableLease;
  /** Kept between calls, regrown to a multiple of 64 blocks: ids (B·K) u32, x (B, K, d), out (B, d), staging. */
  private buffers: { blocks: number; ids: GPUBuffer; x: GPUBuffer; out: GPUBuffer; staging: GPUBuffer } | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private lostReason: string | null = null;
  private destroyed = false;
  private readonly releaseHooks: Array<() => void> = [];

  constructor(
    private readonly device: GPUDevice,
    private readonly table: EmbeddingTable,
    levels: readonly GistNetFlat[],
    opts: WgslGisterOptions,
  ) {
    if (levels.length === 0)
      throw new GistNetWeightsError('WgslGister: no GistNet levels given', { field: 'flat_layout' });
    const c = levels[0]!.manifest.config;
    for (const [i, l] of levels.entries()) {
      const lc = l.manifest.config;
      if (lc.dModel !== table.dim || lc.blockSize !== c.blockSize)
        throw new GistNetWeightsError(
          `WgslGister: level ${i + 1} is d ${lc.dModel}, K ${lc.blockSize}; the table is d ${table.dim} and level 1 K ${c.blockSize}`,
          { field: 'config' },
        );
    }
    this.version = opts.version;
    this.dim = table.dim;
    this.K = c.blockSize;
    // The table as the CPU gathers it (an f16-stored table stays f16), so LOD1 inputs equal the ONNX path's.
    this.lease = (opts.tables ?? new GpuTableCache(device)).acquire(table, table.storage === 'f16' ? 'f16' : 'f32');
    this.gather = new GatherKernel(device, { storage: this.lease.storage });
    const passOpts = opts.maxBlocksPerPass ? { maxBlocksPerPass: opts.maxBlocksPerPass } : {};
    this.nets = levels.map((l) => new GistNetGpu(device, l.manifest, l.weights, passOpts));
  }

  /** Levels with a net of their own (higher levels use the top one). */
  get trainedLevels(): number {
    return this.nets.length;
  }

  /** Called by the host when the device is lost: every later call throws GpuDeviceLostError. */
  markLost(reason: string): void {
    this.lostReason ??= reason;
  }

  /** Runs `fn` when the gister is released (e.g. unsubscribes it from device-loss events). */
  onRelease(fn: () => void): void {
    this.releaseHooks.push(fn);
  }

  get lost(): boolean {
    return this.lostReason !== null;
  }

  /** level 1: tokenIds (count, K) → (count, d); level ≥ 2: childGists (count, K, d) → (count, d). */
  gist(job: GistJob, sink?: GpuGistSink): Promise<Float32Array> {
    const run = this.chain.then(
      () => this.run(job, sink),
      () => this.run(job, sink),
    );
    this.chain = run.catch(() => undefined);
    return run;
  }

  private checkAlive(): void {
    if (this.lostReason !== null || this.destroyed)
      throw new GpuDeviceLostError(`The GistNet GPU device is gone (${this.lostReason ?? 'destroyed'}).`, {
        reason: 'gister-device-lost',
        detail: this.lostReason ?? 'destroyed',
      });
  }

  private async run(job: GistJob, sink: GpuGistSink | undefined): Promise<Float32Array> {
    this.checkAlive();
    const { dim: d, K } = this;
    const B = job.count;
    const out = new Float32Array(B * d); // (B, d)
    if (B === 0) return out;
    const bufs = this.buffersFor(B);
    const encoder = this.device.createCommandEncoder({ label: `gistnet.lod${job.level}[${B}]` });
    if (job.level === 1) {
      const ids = job.tokenIds!; // (B, K) int32, non-negative
      this.device.queue.writeBuffer(bufs.ids, 0, ids.buffer, ids.byteOffset, B * K * 4);
      this.gather.encode(
        encoder,
        { ids: bufs.ids, table: this.lease.buffer, out: bufs.x },
        { rows: B * K, dim: d, vocab: this.table.vocabSize },
      );
    } else {
      const ch = job.childGists!; // (B, K, d)
      this.device.queue.writeBuffer(bufs.x, 0, ch.buffer, ch.byteOffset, B * K * d * 4);
    }
    const net = this.nets[Math.min(job.level, this.nets.length) - 1]!;
    net.encode(encoder, bufs.x, bufs.out, B);
    const commit = sink?.encodeGistCopy(encoder, job.level, job.first, B, bufs.out, 0) ?? null;
    encoder.copyBufferToBuffer(bufs.out, 0, bufs.staging, 0, B * d * 4);
    this.device.queue.submit([encoder.finish()]);
    try {
      await bufs.staging.mapAsync(GPUMapMode.READ, 0, B * d * 4);
    } catch (e) {
      this.checkAlive(); // a loss while waiting reads as GpuDeviceLostError
      throw e;
    }
    out.set(new Float32Array(bufs.staging.getMappedRange(0, B * d * 4)));
    bufs.staging.unmap();
    this.checkAlive(); // lost while mapping: the values are not trusted
    commit?.();
    return out;
  }

  private buffersFor(blocks: number) {
    if (this.buffers && this.buffers.blocks >= blocks) return this.buffers;
    this.destroyBuffers();
    const cap = Math.ceil(blocks / GISTNET_CHUNK_ALIGN) * GISTNET_CHUNK_ALIGN;
    const { dim: d, K } = this;
    const buf = (name: string, bytes: number, usage: number) =>
      this.device.createBuffer({ label: `gistnet.${name}[${cap} blocks]`, size: bytes, usage });
    const S = GPUBufferUsage.STORAGE;
    this.buffers = {
      blocks: cap,
      ids: buf('ids', cap * K * 4, S | GPUBufferUsage.COPY_DST),
      x: buf('x', cap * K * d * 4, S | GPUBufferUsage.COPY_DST),
      out: buf('gists', cap * d * 4, S | GPUBufferUsage.COPY_SRC),
      staging: buf('gists.readback', cap * d * 4, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST),
    };
    return this.buffers;
  }

  private destroyBuffers(): void {
    if (!this.buffers) return;
    for (const b of [this.buffers.ids, this.buffers.x, this.buffers.out, this.buffers.staging]) b.destroy();
    this.buffers = null;
  }

  /** Frees the nets, kernels, buffers and the table lease (after the calls in flight). */
  async release(): Promise<void> {
    await this.chain;
    if (this.destroyed) return;
    this.destroyed = true;
    this.destroyBuffers();
    for (const n of this.nets) n.destroy();
    this.gather.destroy();
    this.lease.release();
    for (const fn of this.releaseHooks.splice(0)) fn();
  }
}
