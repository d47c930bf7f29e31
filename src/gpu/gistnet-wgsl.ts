// GistNet on WebGPU (seeds: 32→1→32→1): the full forward of gistnet-weights.ts — in-proj +
// positions → self-attention block → MLP → cross-attention from S slot queries (32→1) → tokens read
// the slots (1→32) → slots refine from the tokens (32→1) → mean over slots → out-proj — batched over
// B blocks, every step one dispatch over all blocks; with config.lastSkip the block's last input row
// is added to the gist (the out-proj's strided residual). Weights live in ONE labelled buffer, bound as
// 256-byte-aligned sub-ranges. CPU reference: gistnet-wgsl.ref.ts.
// The app's GistNet on the WebGPU path (src/runtime/gpu-gister.ts runs it on the decoder's device,
// one net per trained level; on WASM the engine runs the ONNX export, onnx-gister.ts). Tested against
// the CPU reference and the PyTorch parity fixture (tests/gpu/gistnet*.gpu.test.ts) and, as the app
// runs it, against the ONNX net (tests/gpu/gpu-gister.gpu.test.ts).
//
// Scratch ≈ (7h + m)·K·4 bytes per block of a pass (h = width, m = MLP hidden): at h = 256,
// m = 512, K = 32 that is 295 KiB per block. `encode` therefore runs B blocks as passes of at most
// `maxBlocksPerPass` (default 1,024 → 295 MiB at that size: B = 1,024 is one dispatch per op;
// lower it for wider nets) reusing one scratch set; passes in one encoder execute
// in order, so reuse is safe. Chunks start at multiples of 64 blocks, which keeps every x / out
// sub-range 256-byte aligned (storage binding offsets must be).
// The net owns its scratch (made for the largest pass so far, kept between calls) and its kernels
// own their params uniforms and bind groups (kernel.ts), so a repeated `encode` with the same x /
// out buffers and no larger pass allocates nothing. Like a kernel, record it into one encoder at a
// time (submit before recording it into another).
import { AttentionKernel } from './attention';
import { readbackF32, uploadF32 } from './buffers';
import {
  GistNetWeightsError,
  checkGistNetManifest,
  lastRowResidual,
  tensorEntry,
  type CrossStage,
  type GistNetManifest,
} from './gistnet-weights';
import { requireInt, requireSize, type BufferArg } from './kernel';
import { LinearKernel, type Activation } from './linear';
import { MeanPoolKernel } from './mean-pool';
import { NormKernel } from './norm';

/** Blocks per pass are a multiple of this, so chunk offsets into x and out stay 256-byte aligned. */
export const GISTNET_CHUNK_ALIGN = 64;

export interface GistNetGpuOptions {
  /** Most blocks per pass (bounds scratch memory); a multiple of 64. Default 1,024. */
  maxBlocksPerPass?: number;
}

interface Scratch {
  r0: GPUBuffer;
  r1: GPUBuffer;
  nt: GPUBuffer;
  qt: GPUBuffer;
  kt: GPUBuffer;
  vt: GPUBuffer;
  at: GPUBuffer;
  mlp: GPUBuffer;
  g1: GPUBuffer;
  g2: GPUBuffer;
  ns: GPUBuffer;
  qs: GPUBuffer;
  ks: GPUBuffer;
  vs: GPUBuffer;
  as: GPUBuffer;
  pooled: GPUBuffer;
  pooledNorm: GPUBuffer;
}

/** A sub-range of `arg` starting `floatOffset` floats in, `floats` long. */
function sliceArg(arg: BufferArg, floatOffset: number, floats: number): BufferArg {
  return 'buffer' in arg
    ? { buffer: arg.buffer, offset: arg.offset + floatOffset * 4, size: floats * 4 }
    : { buffer: arg, offset: floatOffset * 4, size: floats * 4 };
}

export class GistNetGpu {
  readonly weights: GPUBuffer;
  private readonly linear: LinearKernel;
  private readonly norm: NormKernel;
  private readonly attention: AttentionKernel;
  private readonly meanPool: MeanPoolKernel;
  readonly maxBlocksPerPass: number;
  /** Scratch for passes of up to `blocks` blocks, kept between calls. */
  private scratch: { blocks: number; buffers: Scratch } | null = null;

  constructor(
    private readonly device: GPUDevice,
    readonly manifest: GistNetManifest,
    weights: Float32Array,
    options: GistNetGpuOptions = {},
  ) {
    checkGistNetManifest(manifest);
    this.maxBlocksPerPass = options.maxBlocksPerPass ?? 1024;
    if (
      !Number.isInteger(this.maxBlocksPerPass) ||
      this.maxBlocksPerPass < 1 ||
      this.maxBlocksPerPass % GISTNET_CHUNK_ALIGN !== 0
    ) {
      throw new GistNetWeightsError(
        `GistNetGpu: maxBlocksPerPass ${this.maxBlocksPerPass} must be a positive multiple of ${GISTNET_CHUNK_ALIGN}`,
        { field: 'maxBlocksPerPass' },
      );
    }
    if (weights.length !== manifest.totalFloats) {
      throw new GistNetWeightsError(
        `GistNetGpu: ${weights.length} weight floats, manifest says ${manifest.totalFloats}`,
        { field: 'totalFloats' },
      );
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

  /**
   * Records the forward of `blocks` blocks: x (B, K, d) → out (B, d), in passes of at most
   * maxBlocksPerPass blocks. Nothing is submitted.
   */
  encode(encoder: GPUCommandEncoder, x: BufferArg, out: BufferArg, blocks: number): void {
    const { dModel: d, blockSize: K } = this.manifest.config;
    requireInt('gistnet', 'blocks', blocks, 1);
    requireSize('gistnet', 'x', x, blocks * K * d);
    requireSize('gistnet', 'out', out, blocks * d);
    const chunk = Math.min(blocks, this.maxBlocksPerPass);
    const scratch = this.scratchFor(chunk);
    for (let start = 0; start < blocks; start += chunk) {
      const n = Math.min(chunk, blocks - start);
      this.encodePass(encoder, sliceArg(x, start * K * d, n * K * d), sliceArg(out, start * d, n * d), n, scratch);
    }
  }

  /** The scratch set for passes of `blocks` blocks: the kept one, or a larger one replacing it. */
  private scratchFor(blocks: number): Scratch {
    if (this.scratch && this.scratch.blocks >= blocks) return this.scratch.buffers;
    this.destroyScratch();
    this.scratch = { blocks, buffers: this.allocateScratch(blocks) };
    return this.scratch.buffers;
  }

  private destroyScratch(): void {
    if (this.scratch) for (const b of Object.values(this.scratch.buffers)) b.destroy();
    this.scratch = null;
  }

  private allocateScratch(blocks: number): Scratch {
    const { width: h, mlpHidden: hidden, slots: S, blockSize: K } = this.manifest.config;
    const buf = (name: string, floats: number) =>
      this.device.createBuffer({
        label: `gistnet.${name}[${blocks} blocks]`,
        size: floats * 4,
        usage: GPUBufferUsage.STORAGE,
      });
    const tok = blocks * K * h; // (B, K, h)
    const slot = blocks * S * h; // (B, S, h)
    return {
      r0: buf('r0', tok),
      r1: buf('r1', tok),
      nt: buf('norm', tok),
      qt: buf('q', tok),
      kt: buf('k', tok),
      vt: buf('v', tok),
      at: buf('attn', tok),
      mlp: buf('mlp-hidden', blocks * K * hidden), // (B, K, m)
      g1: buf('g1', slot),
      g2: buf('g2', slot),
      ns: buf('slot-norm', slot),
      qs: buf('slot-q', slot),
      ks: buf('slot-k', slot),
      vs: buf('slot-v', slot),
      as: buf('slot-attn', slot),
      pooled: buf('pooled', blocks * h),
      pooledNorm: buf('pooled-norm', blocks * h), // (B, h)
    };
  }

  /** One pass over `blocks` blocks with the given scratch (sized for at least that many). */
  private encodePass(encoder: GPUCommandEncoder, x: BufferArg, out: BufferArg, blocks: number, sc: Scratch): void {
    const {
      dModel: d,
      width: h,
      heads: H,
      mlpHidden: hidden,
      slots: S,
      blockSize: K,
      normEps: eps,
    } = this.manifest.config;
    const N = blocks * K;
    // The residual stream ping-pongs between r0 and r1.
    const { r0, r1, nt, qt, kt, vt, at, mlp, g1, g2, ns, qs, ks, vs, as, pooled, pooledNorm } = sc;

    const lin = (
      input: BufferArg,
      rows: number,
      name: string,
      outDim: number,
      inDim: number,
      dst: BufferArg,
      residual?: BufferArg,
      residualRows = 0,
      activation: Activation = 'none',
      strided: { residualStride?: number; residualOffset?: number } = {},
    ) =>
      this.linear.encode(
        encoder,
        { x: input, weight: this.w(`${name}.weight`), bias: this.w(`${name}.bias`), residual, out: dst },
        { rows, inDim, outDim, activation, residualRows, ...strided },
      );
    const rms = (input: BufferArg, rows: number, gain: string, dst: BufferArg) =>
      this.norm.encode(encoder, { x: input, gain: this.w(gain), out: dst }, { rows, dim: h, kind: 'rms', eps });
    const attn = (
      q: BufferArg,
      k: BufferArg,
      v: BufferArg,
      dst: BufferArg,
      queries: number,
      keys: number,
      sharedQueries = false,
    ) =>
      this.attention.encode(
        encoder,
        { q, k, v, out: dst },
        { batches: blocks, queries, keys, heads: H, headDim: h / H, sharedQueries },
      );

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
    const cross = (
      stage: CrossStage,
      a: BufferArg,
      aRows: number,
      aShared: boolean,
      aNorm: GPUBuffer,
      aQ: GPUBuffer,
      aAttn: GPUBuffer,
      c: BufferArg,
      cPer: number,
      cNorm: GPUBuffer,
      cK: GPUBuffer,
      cV: GPUBuffer,
      dst: GPUBuffer,
    ) => {
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
    // gist = out_proj(rms(mean_S(g2))) [+ x[b, K−1]: the last-row skip]
    this.meanPool.encode(encoder, g2, pooled, { blocks, rows: S, dim: h });
    rms(pooled, blocks, 'out.norm.gain', pooledNorm);
    if (this.manifest.config.lastSkip)
      lin(pooledNorm, blocks, 'out_proj', d, h, out, x, blocks, 'none', lastRowResidual(this.manifest.config));
    else lin(pooledNorm, blocks, 'out_proj', d, h, out);
  }

  /** Convenience: upload x (B, K, d), run, read back (B, d). */
  async run(x: Float32Array, blocks: number): Promise<Float32Array> {
    const { dModel: d } = this.manifest.config;
    const xBuf = uploadF32(this.device, x, 'gistnet.x');
    const outBuf = this.device.createBuffer({
      label: 'gistnet.out',
      size: blocks * d * 4,
      usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
    });
    const encoder = this.device.createCommandEncoder({ label: 'gistnet.encoder' });
    this.encode(encoder, xBuf, outBuf, blocks);
    this.device.queue.submit([encoder.finish()]);
    const result = await readbackF32(this.device, outBuf, blocks * d);
    xBuf.destroy();
    outBuf.destroy();
    return result;
  }

  /** Frees the weights, the scratch and the kernels' uniforms. */
  destroy(): void {
    this.weights.destroy();
    this.destroyScratch();
    for (const k of [this.linear, this.norm, this.attention, this.meanPool]) k.destroy();
  }
}
