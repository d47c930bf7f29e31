// Kernel benchmark suite, browser side (run by bench/kernels.page.ts for `npm run bench:kernels`
// and by bench/gpu.page.ts for `npm run bench:gpu`, in headless Chromium): times each WebGPU
// kernel against its CPU reference at realistic sizes (B = 1,024 blocks, d = 512, W = 4,096 rows)
// and checks they agree. On a fallback adapter (SwiftShader, a CPU rasteriser) the matmul-heavy
// kernels (linear, attention, full GistNet) run at reduced B — a 512³ matmul alone
// takes seconds there — and every number is a correctness run, not GPU performance.
// GPU time = encode + submit + onSubmittedWorkDone, inputs already resident, after one warm-up;
// medians of 5 reps (CPU references stop early past a 15 s budget: see cpuMs for the count).
// The bandwidth-bound kernels (mean-pool, gather, assemble, similarity) also run with f16 storage
// (src/gpu/storage-dtype.ts, same sizes): their error is against the reference on the f16-rounded inputs,
// and maxScaledErrorVsF32Input against the reference on the original f32 inputs.
import { AssembleKernel, createAssemblyOutputs } from '../src/gpu/assemble';
import { assembleRef } from '../src/gpu/assemble.ref';
import { AttentionKernel } from '../src/gpu/attention';
import { attentionRef } from '../src/gpu/attention.ref';
import { readbackF32, uploadF16, uploadF32, uploadU32 } from '../src/gpu/buffers';
import { acquireGpu } from '../src/gpu/device';
import { roundToF16 } from '../src/core/float16';
import type { StorageDtype } from '../src/gpu/storage-dtype';
import { GatherKernel } from '../src/gpu/gather';
import { gatherRef } from '../src/gpu/gather.ref';
import { GistNetGpu } from '../src/gpu/gistnet-wgsl';
import { gistNetRef } from '../src/gpu/gistnet-wgsl.ref';
import { exampleGistNetConfig, gistNetLayout, randomGistNetWeights } from '../src/gpu/gistnet-weights';
import { LinearKernel } from '../src/gpu/linear';
import { linearRef } from '../src/gpu/linear.ref';
import { MeanPoolKernel } from '../src/gpu/mean-pool';
import { meanPoolRef } from '../src/gpu/mean-pool.ref';
import { NormKernel } from '../src/gpu/norm';
import { normRef } from '../src/gpu/norm.ref';
import type { WcEntryAddress } from '../src/core/position-policy';
import { SimilarityKernel } from '../src/gpu/similarity';
import { similarityRef } from '../src/gpu/similarity.ref';
import { gistLevelBases, packWorkingContext, uploadWorkingContext } from '../src/gpu/wc-entries';

export interface KernelTiming {
  kernel: string;
  shape: Record<string, number | string>;
  /** The realistic shape this stands in for, when reduced on a slow adapter. */
  realisticShape?: Record<string, number | string>;
  gpuMs: number[];
  cpuMs: number[];
  gpuMedianMs: number;
  cpuMedianMs: number;
  /** CPU median / GPU median (> 1: the GPU kernel is faster). */
  cpuOverGpu: number;
  /** Max |gpu − cpu| / max(|cpu|, rms(cpu)) on the timed output (f16 storage: cpu on the f16-rounded inputs). */
  maxScaledError: number;
  /** f16 storage only: the same error against the reference on the original f32 inputs. */
  maxScaledErrorVsF32Input?: number;
  /** How the kernel's large input is stored (f32 unless stated). */
  storage?: StorageDtype;
  note?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rand = (n: number) => Float32Array.from({ length: n }, () => Math.random() * 2 - 1);
const log = (msg: string) => console.log(`[bench] ${msg}`);

/** Max |got − want| / max(|want|, rms(want)); Infinity on a non-finite value. */
export function scaledError(got: Float32Array, want: Float32Array): number {
  let ss = 0;
  for (const v of want) ss += v * v;
  const floor = Math.max(1e-6, Math.sqrt(ss / Math.max(1, want.length)));
  let worst = 0;
  for (let i = 0; i < want.length; i++) {
    if (!Number.isFinite(got[i]!)) return Infinity;
    worst = Math.max(worst, Math.abs(got[i]! - want[i]!) / Math.max(Math.abs(want[i]!), floor));
  }
  return worst;
}

/** Times `record` + submit + wait; r = 0 is the warm-up (it also makes the kernels' uniforms and bind groups). */
async function timeGpu(device: GPUDevice, reps: number, record: (enc: GPUCommandEncoder) => void): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r <= reps; r++) {
    const t0 = performance.now();
    const enc = device.createCommandEncoder({ label: 'bench.encoder' });
    record(enc);
    device.queue.submit([enc.finish()]);
    await device.queue.onSubmittedWorkDone();
    if (r > 0) times.push(performance.now() - t0);
  }
  return times;
}

/** CPU reference timing: up to `reps` runs, but stops once 15 s are spent (≥ 1 run) — at the
 * realistic sizes a hardware-GPU run uses, one CPU GistNet pass alone takes about a minute. */
function timeCpu<T>(reps: number, fn: () => T, budgetMs = 15_000): { times: number[]; result: T } {
  const times: number[] = [];
  let result!: T;
  let spent = 0;
  for (let r = 0; r < reps && (r === 0 || spent < budgetMs); r++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
    spent += times.at(-1)!;
  }
  return { times, result };
}

function entry(
  kernel: string,
  shape: KernelTiming['shape'],
  gpuMs: number[],
  cpuMs: number[],
  err: number,
  extra: Partial<KernelTiming> = {},
): KernelTiming {
  const g = median(gpuMs);
  const c = median(cpuMs);
  log(
    `${kernel} ${JSON.stringify(shape)}: GPU ${g.toFixed(1)} ms, CPU ${c.toFixed(1)} ms, err ${err.toExponential(2)}`,
  );
  return {
    kernel,
    shape,
    gpuMs,
    cpuMs,
    gpuMedianMs: g,
    cpuMedianMs: c,
    cpuOverGpu: c / g,
    maxScaledError: err,
    ...extra,
  };
}

const STORAGES: readonly StorageDtype[] = ['f32', 'f16'];

/** A storage buffer holding `data` as f32, or rounded to f16 and packed two per u32. */
function upload(device: GPUDevice, data: Float32Array, storage: StorageDtype, label: string): GPUBuffer {
  return storage === 'f16' ? uploadF16(device, data, `${label}-f16`) : uploadF32(device, data, label);
}

/** Kernel name in the results: the f32 rows keep their historical names. */
const named = (kernel: string, storage: StorageDtype) => (storage === 'f16' ? `${kernel} [f16 storage]` : kernel);

/** f16 storage: the error against the reference on the original f32 inputs (the cost of f16). */
function vsF32(storage: StorageDtype, got: Float32Array, ref: () => Float32Array): Partial<KernelTiming> {
  if (storage === 'f32') return {};
  const err = scaledError(got, ref());
  log(`  f16 storage vs the f32 inputs: err ${err.toExponential(2)}`);
  return { storage, maxScaledErrorVsF32Input: err };
}

/** A realistic working context: T = 131,072 tokens as 96 LOD2 gists, 928 LOD1 gists, 96 LOD0 blocks → W = 4,096 rows. */
function realisticWorkingContext(K: number): { entries: WcEntryAddress[]; T: number } {
  const entries: WcEntryAddress[] = [];
  for (let i = 0; i < 96; i++) entries.push({ level: 2, index: i });
  for (let i = 96 * K; i < 125 * K; i++) entries.push({ level: 1, index: i });
  for (let b = 125 * K; b < 128 * K; b++) entries.push({ level: 0, index: b });
  return { entries, T: 128 * K * K };
}

/** Groups of kernels; `runKernelBench(only)` runs some of them (default all). */
export const KERNEL_GROUPS = [
  'mean-pool',
  'norm',
  'linear',
  'attention',
  'gistnet',
  'gather',
  'assemble-similarity',
] as const;
export type KernelGroup = (typeof KERNEL_GROUPS)[number];

export async function runKernelBench(
  only: readonly KernelGroup[] = KERNEL_GROUPS,
): Promise<{ adapter: Record<string, unknown>; slowAdapter: boolean; results: KernelTiming[] }> {
  const want = (g: KernelGroup) => only.includes(g);
  const ctx = await acquireGpu({ label: 'bench' });
  const { device } = ctx;
  const info = ctx.adapterInfo;
  const slow = ctx.isFallbackAdapter || info.architecture === 'swiftshader';
  const adapter = {
    vendor: info.vendor,
    architecture: info.architecture,
    description: info.description,
    isFallbackAdapter: ctx.isFallbackAdapter,
    shaderF16: ctx.f16,
  };
  log(`adapter ${JSON.stringify(adapter)}; slow adapter: ${slow}`);
  const REPS = 5;
  const results: KernelTiming[] = [];
  const d = 512;
  const K = 32;

  // Mean pool: B = 1,024 blocks of 32×512 (realistic on every adapter), f32 then f16 storage.
  if (want('mean-pool')) {
    const B = 1024;
    const x = rand(B * K * d);
    const out = uploadF32(device, new Float32Array(B * d), 'bench.out');
    for (const storage of STORAGES) {
      const xb = upload(device, x, storage, 'bench.x');
      const k = new MeanPoolKernel(device, { storage });
      const gpu = await timeGpu(device, REPS, (enc) => k.encode(enc, xb, out, { blocks: B, rows: K, dim: d }));
      const seen = storage === 'f16' ? roundToF16(x) : x;
      const cpu = timeCpu(REPS, () => meanPoolRef(seen, B, K, d));
      const got = await readbackF32(device, out, B * d);
      results.push(
        entry(
          named('mean-pool', storage),
          { B, K, d },
          gpu,
          cpu.times,
          scaledError(got, cpu.result),
          vsF32(storage, got, () => meanPoolRef(x, B, K, d)),
        ),
      );
      xb.destroy();
    }
    out.destroy();
  }

  // RMSNorm over every token row of B = 1,024 blocks.
  if (want('norm')) {
    const N = 1024 * K;
    const x = rand(N * d);
    const g = rand(d);
    const bufs = [
      uploadF32(device, x, 'bench.x'),
      uploadF32(device, g, 'bench.gain'),
      uploadF32(device, new Float32Array(N * d), 'bench.out'),
    ] as const;
    const k = new NormKernel(device);
    const gpu = await timeGpu(device, REPS, (enc) =>
      k.encode(enc, { x: bufs[0], gain: bufs[1], out: bufs[2] }, { rows: N, dim: d, kind: 'rms' }),
    );
    const cpu = timeCpu(REPS, () => normRef(x, g, { rows: N, dim: d, kind: 'rms' }));
    results.push(
      entry(
        'norm (RMSNorm)',
        { N, d },
        gpu,
        cpu.times,
        scaledError(await readbackF32(device, bufs[2], N * d), cpu.result),
      ),
    );
    bufs.forEach((b) => b.destroy());
  }

  // Linear 512→512 over B·32 rows (the GistNet projections).
  if (want('linear')) {
    const B = slow ? 8 : 1024;
    const N = B * K;
    const reps = REPS;
    const [x, w, b] = [rand(N * d), rand(d * d).map((v) => v / Math.sqrt(d)), rand(d)];
    const bufs = [
      uploadF32(device, x, 'bench.x'),
      uploadF32(device, w, 'bench.w'),
      uploadF32(device, b, 'bench.b'),
      uploadF32(device, new Float32Array(N * d), 'bench.y'),
    ] as const;
    const k = new LinearKernel(device);
    const shape = { rows: N, inDim: d, outDim: d };
    const gpu = await timeGpu(device, reps, (enc) =>
      k.encode(enc, { x: bufs[0], weight: bufs[1], bias: bufs[2], out: bufs[3] }, shape),
    );
    const cpu = timeCpu(reps, () => linearRef(x, w, b, shape));
    results.push(
      entry(
        'linear',
        { B, N, in: d, out: d },
        gpu,
        cpu.times,
        scaledError(await readbackF32(device, bufs[3], N * d), cpu.result),
        slow ? { realisticShape: { B: 1024, N: 32768, in: d, out: d }, note: 'reduced B on a software adapter' } : {},
      ),
    );
    bufs.forEach((x) => x.destroy());
  }

  // Self-attention over 32-row blocks, 8 heads × 64.
  if (want('attention')) {
    const B = slow ? 64 : 1024;
    const reps = REPS;
    const shape = { batches: B, queries: K, keys: K, heads: 8, headDim: 64 };
    const [q, kk, v] = [rand(B * K * d), rand(B * K * d), rand(B * K * d)];
    const bufs = [
      uploadF32(device, q, 'bench.q'),
      uploadF32(device, kk, 'bench.k'),
      uploadF32(device, v, 'bench.v'),
      uploadF32(device, new Float32Array(B * K * d), 'bench.o'),
    ] as const;
    const k = new AttentionKernel(device);
    const gpu = await timeGpu(device, reps, (enc) =>
      k.encode(enc, { q: bufs[0], k: bufs[1], v: bufs[2], out: bufs[3] }, shape),
    );
    const cpu = timeCpu(reps, () => attentionRef(q, kk, v, shape));
    results.push(
      entry(
        'attention (self, 32 rows)',
        { B, K, heads: 8, headDim: 64 },
        gpu,
        cpu.times,
        scaledError(await readbackF32(device, bufs[3], B * K * d), cpu.result),
        slow ? { realisticShape: { B: 1024, K, heads: 8, headDim: 64 }, note: 'reduced B on a software adapter' } : {},
      ),
    );
    bufs.forEach((x) => x.destroy());
  }

  // Full GistNet forward (example config: d = 512, h = 256, 4 heads, m = 512, S = 2).
  if (want('gistnet')) {
    const B = slow ? 4 : 1024;
    const reps = REPS;
    const manifest = gistNetLayout(exampleGistNetConfig(d));
    const weights = randomGistNetWeights(manifest);
    const x = rand(B * K * d);
    const net = new GistNetGpu(device, manifest, weights);
    const xb = uploadF32(device, x, 'bench.x');
    const out = uploadF32(device, new Float32Array(B * d), 'bench.gists');
    const gpu = await timeGpu(device, reps, (enc) => net.encode(enc, xb, out, B));
    const cpu = timeCpu(reps, () => gistNetRef(manifest, weights, x, B));
    const c = manifest.config;
    results.push(
      entry(
        'gistnet (full forward)',
        { B, d, width: c.width, heads: c.heads, mlpHidden: c.mlpHidden, slots: c.slots },
        gpu,
        cpu.times,
        scaledError(await readbackF32(device, out, B * d), cpu.result),
        slow ? { realisticShape: { B: 1024, d }, note: 'reduced B on a software adapter' } : {},
      ),
    );
    [xb, out].forEach((b) => b.destroy());
    net.destroy();
  }

  // Embedding gather: W = 4,096 rows from a 32,000 × 512 table, f32 then f16 storage.
  const V = 32000;
  const table = rand(V * d); // (V, d)
  const table16 = roundToF16(table);
  const tableBufs = { f32: uploadF32(device, table, 'bench.table'), f16: uploadF16(device, table, 'bench.table-f16') };
  if (want('gather')) {
    const N = 4096;
    const ids = Uint32Array.from({ length: N }, () => Math.floor(Math.random() * V));
    const idBuf = uploadU32(device, ids, 'bench.ids');
    const out = uploadF32(device, new Float32Array(N * d), 'bench.out');
    for (const storage of STORAGES) {
      const k = new GatherKernel(device, { storage });
      const gpu = await timeGpu(device, REPS, (enc) =>
        k.encode(enc, { ids: idBuf, table: tableBufs[storage], out }, { rows: N, dim: d, vocab: V }),
      );
      const cpu = timeCpu(REPS, () => gatherRef(ids, storage === 'f16' ? table16 : table, d));
      const got = await readbackF32(device, out, N * d);
      results.push(
        entry(
          named('gather', storage),
          { N, d, V },
          gpu,
          cpu.times,
          scaledError(got, cpu.result),
          vsF32(storage, got, () => gatherRef(ids, table, d)),
        ),
      );
    }
    [idBuf, out].forEach((b) => b.destroy());
  }

  // Mixed-LOD assembly + similarity scorer on a realistic working context (W = 4,096 rows); f32
  // storage, then f16 storage of the table and gist store (assemble) and of the rows (similarity).
  if (want('assemble-similarity')) {
    const { entries, T } = realisticWorkingContext(K);
    const policy = { kind: 'bounded-gaps', maxGap: 64 } as const;
    const tokenIds = Uint32Array.from({ length: T }, () => Math.floor(Math.random() * V));
    const counts = [0, T / K, T / (K * K)];
    const gists = rand((counts[1]! + counts[2]!) * d); // (G, d)
    const levelBase = gistLevelBases(counts);
    const prep = timeCpu(REPS, () => packWorkingContext(entries, policy, K, T));
    const packed = prep.result;
    const W = packed.rows;
    const inputs = [
      uploadWorkingContext(device, packed, 'bench.wc'),
      uploadU32(device, tokenIds, 'bench.token-ids'),
      uploadU32(device, levelBase, 'bench.level-base'),
    ] as const;
    const { embeds, positions } = createAssemblyOutputs(device, W, d);
    const shape = {
      rows: W,
      entryCount: entries.length,
      dim: d,
      totalTokens: T,
      vocab: V,
      blockSize: K,
      levels: levelBase.length,
      policy,
    };
    const refInputs = { entries, tokenIds, levelBase, dim: d, blockSize: K, policy };
    let assembled: Float32Array = new Float32Array(0); // (W, d) f32-storage output: the rows the similarity scorer reads
    for (const storage of STORAGES) {
      const gistBuf = upload(device, gists, storage, 'bench.gists');
      const k = new AssembleKernel(device, { storage });
      const gpu = await timeGpu(device, REPS, (enc) =>
        k.encode(
          enc,
          {
            entries: inputs[0],
            tokenIds: inputs[1],
            table: tableBufs[storage],
            gists: gistBuf,
            levelBase: inputs[2],
            embeds,
            positions,
          },
          shape,
        ),
      );
      const seenGists = storage === 'f16' ? roundToF16(gists) : gists;
      const cpu = timeCpu(REPS, () =>
        assembleRef({ ...refInputs, table: storage === 'f16' ? table16 : table, gists: seenGists }),
      );
      const got = await readbackF32(device, embeds, W * d);
      if (storage === 'f32') assembled = got;
      results.push(
        entry(
          named('assemble (mixed LOD, bounded-gaps)', storage),
          { W, E: entries.length, d, T, V },
          gpu,
          cpu.times,
          scaledError(got, cpu.result.embeds),
          {
            note: `host packing of the WC table (position-policy.ts): median ${median(prep.times).toFixed(2)} ms`,
            ...vsF32(storage, got, () => assembleRef({ ...refInputs, table, gists }).embeds),
          },
        ),
      );
      gistBuf.destroy();
    }

    const query = rand(d);
    const qBuf = uploadF32(device, query, 'bench.query');
    const scores = uploadF32(device, new Float32Array(entries.length), 'bench.scores');
    const offsets = packed.placements.map((p) => p.rowOffset);
    for (const storage of STORAGES) {
      const rowBuf = upload(device, assembled, storage, 'bench.rows'); // (W, d)
      const sk = new SimilarityKernel(device, { storage });
      const sgpu = await timeGpu(device, REPS, (enc) =>
        sk.encode(
          enc,
          { rows: rowBuf, entries: inputs[0], query: qBuf, scores },
          { rows: W, entryCount: entries.length, dim: d },
        ),
      );
      const seen = storage === 'f16' ? roundToF16(assembled) : assembled;
      const scpu = timeCpu(REPS, () => similarityRef(seen, offsets, query, d));
      const got = await readbackF32(device, scores, entries.length);
      results.push(
        entry(
          named('similarity (cosine vs pooled entries)', storage),
          { W, E: entries.length, d },
          sgpu,
          scpu.times,
          scaledError(got, scpu.result),
          vsF32(storage, got, () => similarityRef(assembled, offsets, query, d)),
        ),
      );
      rowBuf.destroy();
    }
    [...inputs, embeds, positions, qBuf, scores].forEach((b) => b.destroy());
  }
  Object.values(tableBufs).forEach((b) => b.destroy());
  device.destroy();
  return { adapter, slowAdapter: slow, results };
}
