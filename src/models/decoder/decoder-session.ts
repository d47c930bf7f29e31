// Gist-aware decoder (ARCHITECTURE §2, §4): runs the base model on assembled `inputs_embeds`
// (token rows and gist rows alike) with explicit `position_ids`, keeps the KV cache, and reuses
// the KV prefix up to the first changed working-context row. CPU-tensor path (WASM / node).
import type { OrtApi, OrtSession, OrtTensor } from './ort-api';
import { SessionQueue } from './ort-api';
import { CpuKvStore, type KvStore } from './kv-store';
import { pastKey, pastValue, presentKey, presentValue, type DecoderSpec } from './decoder-spec';

export interface ForwardResult {
  /** (keep, V): logits of the last `keep` positions of this call. */
  logits: Float32Array;
  keep: number;
}

export class DecoderSession {
  readonly kv: KvStore;
  private readonly queue = new SessionQueue();

  /** `kv`: where the cache lives; CPU arrays by default, GpuKvStore for a WebGPU session. */
  constructor(
    private readonly ort: OrtApi,
    private readonly session: OrtSession,
    readonly spec: DecoderSpec,
    kv?: KvStore,
  ) {
    this.kv = kv ?? new CpuKvStore(ort, spec);
  }

  /**
   * Appends T rows after the cached prefix and returns logits for the last `keep` rows.
   * embeds: (T, d) f32; positions: (T) — already mapped by the position policy.
   */
  forward(embeds: Float32Array, positions: ArrayLike<number>, keep = 1): Promise<ForwardResult> {
    const T = positions.length;
    if (T === 0) return Promise.reject(new RangeError('forward: no rows'));
    const d = this.spec.hiddenSize;
    if (embeds.length !== T * d)
      return Promise.reject(new RangeError(`forward: embeds has ${embeds.length} values, expected ${T}×${d}`));
    const { Tensor } = this.ort;
    return this.queue.run(() =>
      this.forwardNow(
        new Tensor('float32', embeds, [1, T, d]),
        new Tensor('int64', BigInt64Array.from(Array.from(positions, (p) => BigInt(p))), [1, T]),
        T,
        keep,
      ),
    );
  }

  /**
   * The same with rows already on the GPU (assembled by the WGSL kernel on the session's device):
   * embeds (T, d) f32 and positions (T) int64 buffers, handed to onnxruntime-web as GPU tensors.
   */
  forwardGpu(rows: { embeds: GPUBuffer; positions: GPUBuffer; count: number }, keep = 1): Promise<ForwardResult> {
    const T = rows.count;
    const { Tensor } = this.ort;
    return this.queue.run(() =>
      this.forwardNow(
        Tensor.fromGpuBuffer(rows.embeds, { dataType: 'float32', dims: [1, T, this.spec.hiddenSize] }),
        Tensor.fromGpuBuffer(rows.positions, { dataType: 'int64', dims: [1, T] }),
        T,
        keep,
      ),
    );
  }

  private async forwardNow(embeds: OrtTensor, positions: OrtTensor, T: number, keep: number): Promise<ForwardResult> {
    const { numLayers, vocabSize: V } = this.spec;
    keep = Math.max(1, Math.min(keep, T));
    const past = this.kv.length;
    const { Tensor } = this.ort;
    const feeds: Record<string, OrtTensor> = { inputs_embeds: embeds };
    if (this.spec.hasAttentionMask)
      feeds.attention_mask = new Tensor('int64', new BigInt64Array(past + T).fill(1n), [1, past + T]);
    if (this.spec.hasPositionIds) feeds.position_ids = positions;
    if (this.spec.hasNumLogitsToKeep)
      feeds.num_logits_to_keep = new Tensor('int64', BigInt64Array.of(BigInt(keep)), []);
    for (let l = 0; l < numLayers; l++) {
      const p = this.kv.past(l);
      feeds[pastKey(l)] = p.key;
      feeds[pastValue(l)] = p.value;
    }
    const out = await this.session.run(feeds);
    const keys: OrtTensor[] = [];
    const values: OrtTensor[] = [];
    for (let l = 0; l < numLayers; l++) {
      keys.push(out[presentKey(l)]!);
      values.push(out[presentValue(l)]!);
    }
    await this.kv.adopt(keys, values, past + T);
    const logitsTensor = out.logits!;
    const all = (await logitsTensor.getData()) as Float32Array;
    logitsTensor.dispose();
    const rows = all.length / V; // T, or `keep` when the graph honours num_logits_to_keep
    const logits = rows === keep ? all : all.slice((rows - keep) * V);
    return { logits, keep };
  }

  /** Drops every cached position from `n` on (the first changed WC row after a refocus). */
  truncate(n: number): void {
    this.kv.truncate(n);
  }

  reset(): void {
    this.kv.clear();
  }

  async release(): Promise<void> {
    await this.queue.run(() => this.session.release());
  }
}
