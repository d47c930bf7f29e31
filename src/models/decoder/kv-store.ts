// Where the decoder's KV cache lives between calls (ARCHITECTURE §4: "inputs_embeds +
// position_ids + KV cache kept on the GPU"). Two stores behind one interface:
//   CpuKvStore — typed arrays (WASM / node), truncation by slicing;
//   GpuKvStore — the `present.*` GPU buffers onnxruntime-web returns are fed straight back as
//                `past_key_values.*`; truncation to a prefix copies each head's first n rows
//                into a new buffer on the same device (no CPU round trip).
import type { OrtApi, OrtTensor } from './ort-api';
import type { DecoderSpec } from './decoder-spec';
import { KvCache } from './kv-cache';

export interface KvStore {
  /** Cached positions. */
  readonly length: number;
  readonly bytes: number;
  /** Tensors to feed as past_key_values.{layer}.key / .value — shape (1, kvHeads, length, headDim). */
  past(layer: number): { key: OrtTensor; value: OrtTensor };
  /** Takes the run's present outputs (which include the past) as the new cache. */
  adopt(keys: OrtTensor[], values: OrtTensor[], length: number): Promise<void>;
  /** Keeps the first n positions. */
  truncate(n: number): void;
  clear(): void;
}

type KvSpec = Pick<DecoderSpec, 'numLayers' | 'numKvHeads' | 'headDim'>;

export class CpuKvStore implements KvStore {
  private readonly cache: KvCache;

  constructor(
    private readonly ort: OrtApi,
    private readonly spec: KvSpec,
  ) {
    this.cache = new KvCache(spec);
  }

  get length(): number {
    return this.cache.length;
  }

  get bytes(): number {
    return this.cache.bytes;
  }

  past(layer: number) {
    const dims = [1, this.spec.numKvHeads, this.cache.length, this.spec.headDim];
    return {
      key: new this.ort.Tensor('float32', this.cache.key(layer).data, dims),
      value: new this.ort.Tensor('float32', this.cache.value(layer).data, dims),
    };
  }

  async adopt(keys: OrtTensor[], values: OrtTensor[], length: number): Promise<void> {
    const k = await Promise.all(keys.map((t) => t.getData() as Promise<Float32Array>));
    const v = await Promise.all(values.map((t) => t.getData() as Promise<Float32Array>));
    this.cache.replace(k, v, length);
  }

  truncate(n: number): void {
    this.cache.truncate(n);
  }

  clear(): void {
    this.cache.clear();
  }
}

export class GpuKvStore implements KvStore {
  private keys: OrtTensor[] = [];
  private values: OrtTensor[] = [];
  private len = 0;

  constructor(
    private readonly ort: OrtApi,
    private readonly device: GPUDevice,
    private readonly spec: KvSpec,
  ) {}

  get length(): number {
    return this.len;
  }

  get bytes(): number {
    return this.len * this.spec.numKvHeads * this.spec.headDim * 4 * 2 * this.spec.numLayers;
  }

  past(layer: number) {
    if (this.len === 0) {
      const dims = [1, this.spec.numKvHeads, 0, this.spec.headDim];
      return {
        key: new this.ort.Tensor('float32', new Float32Array(0), dims),
        value: new this.ort.Tensor('float32', new Float32Array(0), dims),
      };
    }
    return { key: this.keys[layer]!, value: this.values[layer]! };
  }

  async adopt(keys: OrtTensor[], values: OrtTensor[], length: number): Promise<void> {
    if (keys.some((t) => t.location !== 'gpu-buffer') || values.some((t) => t.location !== 'gpu-buffer')) {
      throw new RangeError('GpuKvStore needs present.* outputs on the GPU (preferredOutputLocation: "gpu-buffer").');
    }
    this.release();
    this.keys = keys;
    this.values = values;
    this.len = length;
  }

  truncate(n: number): void {
    if (n >= this.len) return;
    if (n <= 0) {
      this.clear();
      return;
    }
    const { numKvHeads: h, headDim: hd } = this.spec;
    const T = this.len;
    const encoder = this.device.createCommandEncoder({ label: 'kv.truncate' });
    const cut = (t: OrtTensor, name: string): OrtTensor => {
      const src = t.gpuBuffer as GPUBuffer;
      const dst = this.device.createBuffer({
        label: `kv.${name}[${n}]`,
        size: h * n * hd * 4,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST,
      });
      for (let head = 0; head < h; head++)
        encoder.copyBufferToBuffer(src, head * T * hd * 4, dst, head * n * hd * 4, n * hd * 4);
      return this.ort.Tensor.fromGpuBuffer(dst, {
        dataType: 'float32',
        dims: [1, h, n, hd],
        dispose: () => dst.destroy(),
      });
    };
    const keys = this.keys.map((t, l) => cut(t, `k${l}`));
    const values = this.values.map((t, l) => cut(t, `v${l}`));
    this.device.queue.submit([encoder.finish()]);
    this.release();
    this.keys = keys;
    this.values = values;
    this.len = n;
  }

  private release(): void {
    for (const t of [...this.keys, ...this.values]) t.dispose();
    this.keys = [];
    this.values = [];
  }

  clear(): void {
    this.release();
    this.len = 0;
  }
}
