// Learned GistNet in the browser (seeds: GistNet 32→1→32→1; "gists carry the GistNet version").
// A Gister that runs the exported GistNet ONNX (training/gistnet/export.py) through OrtApi —
// onnxruntime-web in the worker, onnxruntime-node in tests — batched:
//   blocks (B, K, d) f32 + level (B) int64  →  gists (B, d)
// LOD1 blocks are the base model's token embeddings (gathered from the embedding table), LOD ≥ 2
// blocks the K child gists. Levels above the trained ones use the top net (clamped in the graph).
import type { GistJob } from '../../core/tree';
import type { Gister } from '../../core/gister';
import type { EmbeddingTable } from '../embedding-table';
import type { ModelManifest } from '../model-manifest';
import { SessionQueue, type OrtApi, type OrtSession } from '../decoder/ort-api';

export const GISTNET_INPUTS = ['blocks', 'level'] as const;
export const GISTNET_OUTPUT = 'gists';

export class GistNetSessionError extends Error {
  override readonly name = 'GistNetSessionError';
  constructor(
    message: string,
    readonly data: { missing?: string[]; got?: number; expected?: number },
  ) {
    super(message);
  }
}

export interface OnnxGisterOptions {
  /** Recorded with every gist (the manifest's `gistnet.version`). */
  version: string;
  blockSize?: number;
  /** Blocks per session run (bounds the input tensor: maxBatch·K·d floats). */
  maxBatch?: number;
  /** Share one queue with other sessions on the same backend (onnxruntime-web runs serially). */
  queue?: SessionQueue;
}

export class OnnxGister implements Gister {
  readonly version: string;
  readonly dim: number;
  private readonly K: number;
  private readonly maxBatch: number;
  private readonly queue: SessionQueue;

  constructor(
    private readonly ort: OrtApi,
    private readonly session: OrtSession,
    private readonly table: EmbeddingTable,
    opts: OnnxGisterOptions,
  ) {
    const missing = GISTNET_INPUTS.filter((n) => !session.inputNames.includes(n));
    if (!session.outputNames.includes(GISTNET_OUTPUT)) missing.push(GISTNET_OUTPUT as never);
    if (missing.length > 0)
      throw new GistNetSessionError(
        `The GistNet graph lacks ${missing.join(', ')} (expected inputs blocks, level → gists).`,
        { missing },
      );
    this.version = opts.version;
    this.dim = table.dim;
    this.K = opts.blockSize ?? 32;
    this.maxBatch = Math.max(1, opts.maxBatch ?? 256);
    this.queue = opts.queue ?? new SessionQueue();
  }

  static async create(
    ort: OrtApi,
    bytes: Uint8Array,
    table: EmbeddingTable,
    opts: OnnxGisterOptions,
    sessionOptions?: Parameters<OrtApi['InferenceSession']['create']>[1],
  ): Promise<OnnxGister> {
    const session = await ort.InferenceSession.create(bytes, sessionOptions as never);
    return new OnnxGister(ort, session, table, opts);
  }

  /** The GistNet of a loaded package: version and block size from its manifest entry. */
  static async fromPackage(
    ort: OrtApi,
    manifest: ModelManifest,
    bytes: Uint8Array,
    table: EmbeddingTable,
    opts: Omit<OnnxGisterOptions, 'version'> = {},
  ): Promise<OnnxGister> {
    const entry = manifest.gistnet;
    if (!entry)
      throw new GistNetSessionError(`The model package ${manifest.name}@${manifest.version} has no GistNet.`, {});
    const blockSize = (entry as { block_size?: number }).block_size ?? 32;
    return OnnxGister.create(ort, bytes, table, { blockSize, ...opts, version: entry.version });
  }

  async gist(job: GistJob): Promise<Float32Array> {
    const { dim: d, K } = this;
    const out = new Float32Array(job.count * d); // (count, d)
    for (let first = 0; first < job.count; first += this.maxBatch) {
      const n = Math.min(this.maxBatch, job.count - first);
      const blocks = new Float32Array(n * K * d); // (n, K, d)
      if (job.level === 1) this.table.gather(job.tokenIds!.subarray(first * K, (first + n) * K), blocks);
      else blocks.set(job.childGists!.subarray(first * K * d, (first + n) * K * d));
      out.set(await this.run(blocks, n, job.level), first * d);
    }
    return out;
  }

  /** One session run: blocks (n, K, d) at `level` → (n, d). */
  run(blocks: Float32Array, n: number, level: number): Promise<Float32Array> {
    const { Tensor } = this.ort;
    const feeds = {
      blocks: new Tensor('float32', blocks, [n, this.K, this.dim]),
      level: new Tensor('int64', new BigInt64Array(n).fill(BigInt(level)), [n]),
    };
    return this.queue.run(async () => {
      const res = await this.session.run(feeds);
      const t = res[GISTNET_OUTPUT]!;
      const data = (t.data as Float32Array).slice();
      for (const v of Object.values(res)) v.dispose?.();
      if (data.length !== n * this.dim)
        throw new GistNetSessionError(`GistNet returned ${data.length} floats for ${n} gists of dim ${this.dim}.`, {
          got: data.length,
          expected: n * this.dim,
        });
      return data;
    });
  }

  async release(): Promise<void> {
    await this.queue.run(() => this.session.release());
  }
}
