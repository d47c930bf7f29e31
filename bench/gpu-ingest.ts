// Ingest benchmark, browser side (`npm run bench:gpu`, issue 18 item 3): tokens/s of a
// conversation's ingest (ARCHITECTURE §4 step 1: append ids to the tree, GistNet on every completed
// block, batched; seeds: GistNet gist pooling 32→1, LOD1 then LOD2) with the shipped demo package's
// GistNet run two ways on the same token ids — the in-app WgslGister (src/runtime/gpu-gister.ts: the
// flat LOD1 / LOD2 weights in the WGSL kernels on a GPUDevice of our own) and the ONNX net on
// onnxruntime-web's WASM EP (OnnxGister, what the app runs without a hardware adapter). Both go
// through ConversationMemory.ingest with the app's settings for the demo model (W_max 2,048 minus
// the 128-token reply reserve, 128 protected tokens, gist batch 256), so the rate includes the tree
// append and budget restoration, as the app's ingest progress reports it. Each gister first ingests
// one gist batch (min(blocks, 256) blocks, at least one LOD2 gist: both nets' pipelines / the session,
// the job buffers) into a throwaway memory; the timed ingest then starts from an empty one. The
// gists of the two timed trees are compared (max scaled error, LOD1 and LOD2). On a software adapter
// (SwiftShader) the WGSL number is a CPU rasteriser's, not a GPU's: the result says so.
import * as ort from 'onnxruntime-web/webgpu';
import { acquireGpu } from '../src/gpu/device';
import type { OrtApi } from '../src/models/decoder/ort-api';
import { EmbeddingTable } from '../src/models/embedding-table';
import type { ModelManifest } from '../src/models/model-manifest';
import { loadGistNetFlatLevels } from '../src/models/gistnet/gistnet-flat';
import { OnnxGister } from '../src/models/gistnet/onnx-gister';
import type { Gister } from '../src/core/gister';
import { ConversationMemory, type MemoryOptions } from '../src/runtime/conversation-memory';
import { WgslGister } from '../src/runtime/gpu-gister';
import { scaledError } from './kernel-suite';

const BASE = '/models/demo/'; // public/models/demo: the shipped package
const GIST_BATCH = 256; // ConversationMemory's default, what the app uses
const MEMORY: MemoryOptions = { config: { wMax: 2048 - 128, protectedTokens: 128 }, gistBatch: GIST_BATCH };
const log = (msg: string) => console.log(`[bench] ${msg}`);

export interface IngestGisterTiming {
  gister: 'wgsl' | 'onnx-wasm';
  warmupTokens: number;
  warmupMs: number;
  tokens: number;
  ingestMs: number;
  tokensPerSecond: number;
}

export interface IngestBench {
  model: string;
  gistnetVersion: string;
  blockSize: number;
  blocks: number;
  tokens: number;
  lod1Gists: number;
  lod2Gists: number;
  /** The adapter the WGSL gister ran on ("vendor architecture"). */
  adapter: string;
  isFallbackAdapter: boolean;
  /** True on a software adapter (SwiftShader): the WGSL rate is a CPU rasteriser's. */
  notARealGpu: boolean;
  wasmThreads: number;
  loadMs: number;
  timings: IngestGisterTiming[];
  /** WGSL tokens/s over ONNX-on-WASM tokens/s (> 1: the WGSL GistNet ingests faster). */
  wgslOverOnnx: number;
  /** Max |wgsl − onnx| / max(|onnx|, rms(onnx)) over the timed trees' gists, per level. */
  maxScaledErrorLod1: number;
  maxScaledErrorLod2: number;
}

async function bytes(file: string): Promise<Uint8Array> {
  const r = await fetch(BASE + file);
  if (!r.ok) throw new Error(`bench: ${BASE + file}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

/** Pseudo-random token ids of text-like variety, (n); fixed, so every run ingests the same ids. */
function benchIds(n: number, vocab: number): number[] {
  const seed = 104_729;
  return Array.from({ length: n }, (_, i) => (seed + i * 7919 + ((i * i) % 997)) % vocab);
}

async function timeIngest(
  name: IngestGisterTiming['gister'],
  gister: Gister,
  ids: number[],
  warmupTokens: number,
): Promise<{ timing: IngestGisterTiming; memory: ConversationMemory }> {
  let t0 = performance.now();
  await new ConversationMemory(gister, MEMORY).ingest(ids.slice(0, warmupTokens));
  const warmupMs = performance.now() - t0;
  const memory = new ConversationMemory(gister, MEMORY);
  t0 = performance.now();
  await memory.ingest(ids);
  const ingestMs = performance.now() - t0;
  const timing = {
    gister: name,
    warmupTokens,
    warmupMs,
    tokens: ids.length,
    ingestMs,
    tokensPerSecond: ids.length / (ingestMs / 1000),
  };
  log(
    `ingest ${ids.length} tokens with ${name}: ${ingestMs.toFixed(0)} ms = ${timing.tokensPerSecond.toFixed(0)} tok/s (warm-up ${warmupTokens} tokens ${warmupMs.toFixed(0)} ms)`,
  );
  return { timing, memory };
}

/** Ingests `blocks` full blocks of the same ids with the WGSL and the ONNX-on-WASM GistNet. */
export async function runIngestBench(opts: { blocks: number }): Promise<IngestBench> {
  const api = ort as unknown as OrtApi;
  ort.env.logLevel = 'error';
  ort.env.wasm.numThreads = globalThis.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1;
  const t0 = performance.now();
  const manifest = JSON.parse(new TextDecoder().decode(await bytes('manifest.json'))) as ModelManifest;
  const gistnet = manifest.gistnet;
  if (!gistnet) throw new Error('bench: the demo package has no GistNet');
  const table = EmbeddingTable.fromBytes(
    await bytes(manifest.embeddings.file),
    manifest.model.vocab_size,
    manifest.model.hidden_size,
  );
  const levels = await loadGistNetFlatLevels(BASE, manifest, { cache: null });
  if (!levels) throw new Error('bench: the demo package has no flat GistNet weights (gistnet.flat_layout)');
  const onnx = await OnnxGister.create(
    api,
    await bytes(gistnet.file),
    table,
    { version: gistnet.version },
    {
      executionProviders: ['wasm'],
    },
  );
  const loadMs = performance.now() - t0;

  const ctx = await acquireGpu({ label: 'bench-ingest' });
  const { device, adapterInfo: info } = ctx;
  const notARealGpu = ctx.isFallbackAdapter || info.architecture === 'swiftshader';
  const wgsl = new WgslGister(device, table, levels, { version: gistnet.version });
  const K = levels[0]!.manifest.config.blockSize;
  const ids = benchIds(opts.blocks * K, table.vocabSize); // (blocks · K)
  const warmupTokens = Math.min(opts.blocks, Math.max(K, GIST_BATCH)) * K; // ≥ K blocks: one LOD2 gist
  const w = await timeIngest('wgsl', wgsl, ids, warmupTokens);
  const o = await timeIngest('onnx-wasm', onnx, ids, warmupTokens);
  await wgsl.release();
  await onnx.release();
  device.destroy();

  const gisted = (m: ConversationMemory, level: number) => m.tree.gistedCount(level);
  const [lod1, lod2] = [gisted(w.memory, 1), gisted(w.memory, 2)];
  if (gisted(o.memory, 1) !== lod1 || gisted(o.memory, 2) !== lod2)
    throw new Error('bench: the WGSL and ONNX ingests gisted different block counts');
  const err = (level: number, n: number) =>
    n === 0 ? 0 : scaledError(w.memory.tree.gistRange(level, 0, n), o.memory.tree.gistRange(level, 0, n));
  const result: IngestBench = {
    model: `${manifest.name}@${manifest.version}`,
    gistnetVersion: gistnet.version,
    blockSize: K,
    blocks: opts.blocks,
    tokens: ids.length,
    lod1Gists: lod1,
    lod2Gists: lod2,
    adapter: `${info.vendor} ${info.architecture}`.trim(),
    isFallbackAdapter: ctx.isFallbackAdapter,
    notARealGpu,
    wasmThreads: ort.env.wasm.numThreads as number,
    loadMs,
    timings: [w.timing, o.timing],
    wgslOverOnnx: w.timing.tokensPerSecond / o.timing.tokensPerSecond,
    maxScaledErrorLod1: err(1, lod1),
    maxScaledErrorLod2: err(2, lod2),
  };
  log(
    `ingest on ${result.adapter}${notARealGpu ? ' (software adapter: not a real GPU)' : ''}: WGSL / ONNX-WASM = ${result.wgslOverOnnx.toFixed(3)}, gist error LOD1 ${result.maxScaledErrorLod1.toExponential(2)}, LOD2 ${result.maxScaledErrorLod2.toExponential(2)}`,
  );
  return result;
}
