// GistNet on WebGPU (seeds: 32→1→32→1): the full forward of gistnet-weights.ts — in-proj +
// positions → self-attention block → MLP → cross-attention from S slot queries (32→1) → tokens read
// the slots (1→32) → slots refine from the tokens (32→1) → mean over slots → out-proj — batched over
// B blocks, every step one dispatch over all blocks. Weights live in ONE labelled buffer, bound as
// 256-byte-aligned sub-ranges. CPU reference: gistnet.ref.ts.
//
// Scratch per call ≈ (7h + m)·K·4 bytes per block (h = width, m = MLP hidden): at h = 256,
// m = 512, K = 32 that is 295 KiB per block, 295 MiB for B = 1,024. Callers with more blocks
// should encode in chunks.
import { AttentionKernel } from './attention';
import { readbackF32, uploadF32 } from './buffers';
import { checkGistNetManifest, tensorEntry, type CrossStage, type GistNetManifest } from './gistnet-weights';
import { requireInt, requireSize, type BufferArg } from './kernel';
import { LinearKernel, type Activation } from './linear';
import { MeanPoolKernel } from './mean-pool';
import { NormKernel } from './norm';

/** What one `encode` allocated; destroy after the submitted work is done. */
export interface GistNetRun {
  temporaries: GPUBuffer[];
  destroy(): void;
}

export class GistNetGpu {
  readonly weights: GPUBuffer;
  private readonly linear: LinearKernel;
  private readonly norm: NormKernel;
  private readonly attention: AttentionKernel;
  private readonly meanPool: MeanPoolKernel;

  constructor(
    private readonly device: GPUDevice,
    readonly manifest: GistNetManifest,
    weights: Float32Array,
  ) {
    checkGistNetManifest(manifest);
    if (weights.length !== manifest.totalFloats) {
      throw new RangeError(`GistNetGpu: ${weights.length} weight floats, manifest says ${manifest.totalFloats}`);
    }
    this.weights = uploadF32(device, weights, 'gistnet.weights');
    this.linear = new LinearKernel(device);
    this.norm = new NormKernel(device);
    this.attention = new AttentionKernel(device);
    this.meanPool = new MeanPoolKernel(device);
  }

  /** A named tensor of the weight buffer as a bindable sub-range. */
  private w(name: string): BufferArg {
    const t = tensorEntry(this.manifest, name);
    return { buffer: this.weights, offset: t.offset * 4, size: Math.max(4, t.size * 4) };
  }

  /** Records the forward of `blocks` blocks: x (B, K, d) → out (B, d). Nothing is submitted. */
  encode(encoder: GPUCommandEncoder, x: BufferArg, out: BufferArg, blocks: number): GistNetRun {
    const { dModel: d, width: h, heads: H, mlpHidden: hidden, slots: S, blockSize: K, normEps: eps } = this.manifest.config;
    requireInt('gistnet', 'blocks', blocks, 1);
    requireSize('gistnet', 'x', x, blocks * K * d);
    requireSize('gistnet', 'out', out, blocks * d);
    const N = blocks * K;
    const temps: GPUBuffer[] = [];
    const scratch = (name: string, floats: number) => {
      const b = this.device.createBuffer({ label: `gistnet.${name}`, size: floats * 4, usage: GPUBufferUsage.STORAGE });
      temps.push(b);
      return b;
    };
    // Token-sized (B, K, h) buffers; the residual stream ping-pongs between r0 and r1.
    const [r0, r1, nt, qt, kt, vt, at] = ['r0', 'r1', 'norm', 'q', 'k', 'v', 'attn'].map((n) => scratch(n, N * h)) as [GPUBuffer, GPUBuffer, GPUBuffer, GPUBuffer, GPUBuffer, GPUBuffer, GPUBuffer];
    const mlp = scratch('mlp-hidden', N * hidden); // (B, K, m)
    const [g1, g2, ns, qs, ks, vs, as] = ['g1', 'g2', 'slot-norm', 'slot-q', 'slot-k', 'slot-v', 'slot-attn'].map((n) => scratch(n, blocks * S * h)) as [GPUBuffer, GPUBuffer, GPUBuffer, GPUBuffer, GPUBuffer, GPUBuffer, GPUBuffer];
    const pooled = scratch('pooled', blocks * h); // (B, h)
    const pooledNorm = scratch('pooled-norm', blocks * h);

    const lin = (input: BufferArg, rows: number, name: string, outDim: number, inDim: number, dst: BufferArg, residual?: BufferArg, residualRows = 0, activation: Activation = 'none') =>
      temps.push(this.linear.encode(encoder, { x: input, weight: this.w(`${name}.weight`), bias: this.w(`${name}.bias`), residual, out: dst }, { rows, inDim, outDim, activation, residualRows }));
    const rms = (input: BufferArg, rows: number, gain: string, dst: BufferArg) =>
      temps.push(this.norm.encode(encoder, { x: input, gain: this.w(gain), out: dst }, { rows, dim: h, kind: 'rms', eps }));
    const attn = (q: BufferArg, k: BufferArg, v: BufferArg, dst: BufferArg, queries: number, keys: number, sharedQueries = false) =>
      temps.push(this.attention.encode(encoder, { q, k, v, out: dst }, { batches: blocks, queries, keys, heads: H, headDim: h / H, sharedQueries }));

    // t0 = in_proj(x) + pos_emb → r0
    lin(x, N, 'in_proj', h, d, r0, this.w('pos_emb'), K);
    // t1 = t0 + o(attn(rms(t0))) → r1
    rms(r0, N, 'self_attn.norm.gain', nt);
    lin(nt, N, 'self_attn.q', h, h, qt);
    lin(nt, N, 'self_attn.k', h, h, kt);
    lin(nt, N, 'self_attn.v', h, h, vt);
    attn(qt, kt, vt, at, K, K);
    lin(at, N, 'self_attn.o', h, h, r1, r0, N);
    // t2 = t1 + fc2(gelu(fc1(rms(t1)))) → r0
    rms(r1, N, 'mlp.norm.gain', nt);
    lin(nt, N, 'mlp.fc1', hidden, h, mlp, undefined, 0, 'gelu');
    lin(mlp, N, 'mlp.fc2', h, hidden, r0, r1, N);

    // Cross-attention stage (see gistnet-weights.ts): queries from a, keys/values from c.
    const cross = (stage: CrossStage, a: BufferArg, aRows: number, aShared: boolean, aNorm: GPUBuffer, aQ: GPUBuffer, aAttn: GPUBuffer,
      c: BufferArg, cPer: number, cNorm: GPUBuffer, cK: GPUBuffer, cV: GPUBuffer, dst: GPUBuffer) => {
      rms(a, aRows, `${stage}.q_norm.gain`, aNorm);
      lin(aNorm, aRows, `${stage}.q`, h, h, aQ);
      rms(c, blocks * cPer, `${stage}.kv_norm.gain`, cNorm);
      lin(cNorm, blocks * cPer, `${stage}.k`, h, h, cK);
      lin(cNorm, blocks * cPer, `${stage}.v`, h, h, cV);
      attn(aQ, cK, cV, aAttn, aShared ? aRows : aRows / blocks, cPer, aShared);
      lin(aAttn, aShared ? blocks * aRows : aRows, `${stage}.o`, h, h, dst, a, aRows);
    };
    // g1 = slots + CA_pool(slots → t2)        (32 → 1); shared slot queries use ns/qs (S rows)
    cross('pool', this.w('slots'), S, true, ns, qs, as, r0, K, nt, kt, vt, g1);
    // t3 = t2 + CA_expand(t2 → g1) → r1       (1 → 32)
    cross('expand', r0, N, false, nt, qt, at, g1, S, ns, ks, vs, r1);
    // g2 = g1 + CA_refine(g1 → t3)            (32 → 1)
    cross('refine', g1, blocks * S, false, ns, qs, as, r1, K, nt, kt, vt, g2);
    // gist = out_proj(rms(mean_S(g2)))
    temps.push(this.meanPool.encode(encoder, g2, pooled, { blocks, rows: S, dim: h }));
    rms(pooled, blocks, 'out.norm.gain', pooledNorm);
    lin(pooledNorm, blocks, 'out_proj', d, h, out);
    return { temporaries: temps, destroy: () => temps.forEach((b) => b.destroy()) };
  }

  /** Convenience: upload x (B, K, d), run, read back (B, d). */
  async run(x: Float32Array, blocks: number): Promise<Float32Array> {
    const { dModel: d } = this.manifest.config;
    const xBuf = uploadF32(this.device, x, 'gistnet.x');
    const outBuf = this.device.createBuffer({ label: 'gistnet.out', size: blocks * d * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
    const encoder = this.device.createCommandEncoder({ label: 'gistnet.encoder' });
    const run = this.encode(encoder, xBuf, outBuf, blocks);
    this.device.queue.submit([encoder.finish()]);
    const result = await readbackF32(this.device, outBuf, blocks * d);
    run.destroy();
    xBuf.destroy();
    outBuf.destroy();
    return result;
  }

  destroy(): void {
    this.weights.destroy();
  }
}
