// KV cache of the base model on the CPU (WASM / node path). Refocusing changes the working
// context at some position p; everything before p keeps its keys/values (ARCHITECTURE §4 cost
// model), so the cache supports truncation to a prefix.
import type { DecoderSpec } from './decoder-spec';

/** One layer's keys or values: (1, kvHeads, length, headDim), row-major. */
export interface KvBlock {
  data: Float32Array;
  length: number;
}

export class KvCache {
  private keys: KvBlock[];
  private values: KvBlock[];

  constructor(private readonly spec: Pick<DecoderSpec, 'numLayers' | 'numKvHeads' | 'headDim'>) {
    this.keys = this.empty();
    this.values = this.empty();
  }

  private empty(): KvBlock[] {
    return Array.from({ length: this.spec.numLayers }, () => ({ data: new Float32Array(0), length: 0 }));
  }

  /** Number of cached positions. */
  get length(): number {
    return this.keys[0]?.length ?? 0;
  }

  key(layer: number): KvBlock {
    return this.keys[layer]!;
  }

  value(layer: number): KvBlock {
    return this.values[layer]!;
  }

  /** Replaces the cache with the decoder's `present` outputs (which include the past). */
  replace(keys: Float32Array[], values: Float32Array[], length: number): void {
    const per = this.spec.numKvHeads * length * this.spec.headDim;
    for (let l = 0; l < this.spec.numLayers; l++) {
      if (keys[l]!.length !== per || values[l]!.length !== per) {
        throw new RangeError(
          `present.${l}: ${keys[l]!.length} values, expected ${per} (1×${this.spec.numKvHeads}×${length}×${this.spec.headDim})`,
        );
      }
    }
    this.keys = keys.map((data) => ({ data, length }));
    this.values = values.map((data) => ({ data, length }));
  }

  /** Keeps the first `n` positions (prefix reuse after a refocus at WC position n). */
  truncate(n: number): void {
    if (n >= this.length) return;
    if (n <= 0) {
      this.clear();
      return;
    }
    const { numKvHeads: h, headDim: hd } = this.spec;
    const cut = (b: KvBlock): KvBlock => {
      const out = new Float32Array(h * n * hd); // (1, H, n, hd)
      for (let head = 0; head < h; head++) {
        out.set(b.data.subarray(head * b.length * hd, (head * b.length + n) * hd), head * n * hd);
      }
      return { data: out, length: n };
    };
    this.keys = this.keys.map(cut);
    this.values = this.values.map(cut);
  }

  clear(): void {
    this.keys = this.empty();
    this.values = this.empty();
  }

  /** Bytes held (for telemetry). */
  get bytes(): number {
    return this.keys.reduce((n, b) => n + b.data.byteLength, 0) * 2;
  }
}
