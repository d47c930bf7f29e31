// Decoder benchmark, browser side (`npm run bench:gpu`, issue 18 item 3): prefill and decode
// tokens/s of a model through onnxruntime-web's WebGPU EP — the app's session options
// (src/runtime/browser-host.ts: our own GPUDevice, present.* kept on the GPU in a GpuKvStore,
// graphOptimizationLevel 'all') — beside the WASM EP in the same page. Models: the demo package
// (public/models/demo), or with ?real-shape the random-weight SmolLM2-135M-shaped hub repository
// of bench/real-shape-model.ts (build/fixtures/real-shape/, loaded through the hub loader and graph
// surgery as the app loads "owner/name"). Rows are gathered from the embedding table on the CPU;
// each EP gets a warm-up (shader compilation) before the timed prefill and decode steps.
import * as ort from 'onnxruntime-web/webgpu';
import { acquireGpu } from '../src/gpu/device';
import { loadModelPackage, type LoadedModelPackage } from '../src/models/model-package';
import { loadHubPackage } from '../src/models/hub-package';
import { parseHubRef } from '../src/models/hub/hub-ref';
import { checkDecoderContract } from '../src/models/decoder/decoder-spec';
import { DecoderSession } from '../src/models/decoder/decoder-session';
import { GpuKvStore } from '../src/models/decoder/kv-store';
import type { OrtApi } from '../src/models/decoder/ort-api';

export type DecodeEp = 'webgpu' | 'wasm';

export interface DecodeBenchOptions {
  model: 'demo' | 'real-shape';
  /** Rows of the timed prefill (a working context's worth on a real GPU). */
  prefillRows: number;
  /** Timed decode steps after the prefill (one token each). */
  decodeSteps: number;
  eps: readonly DecodeEp[];
}

export interface DecodeTiming {
  ep: DecodeEp;
  model: string;
  hiddenSize: number;
  layers: number;
  vocab: number;
  loadMs: number;
  sessionMs: number;
  warmupMs: number;
  prefillRows: number;
  prefillMs: number;
  prefillTokensPerSecond: number;
  decodeMs: number[];
  decodeMedianMs: number;
  decodeTokensPerSecond: number;
  wasmThreads?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const log = (msg: string) => console.log(`[bench] ${msg}`);
const REAL_SHAPE_FILES = '/build/fixtures/real-shape/smollm2-135m/';

async function loadModel(model: DecodeBenchOptions['model']): Promise<LoadedModelPackage> {
  if (model === 'demo') return loadModelPackage('/models/demo/', { cache: null });
  // Hub URLs <origin>/bench/smollm2-135m-shape/resolve/main/<file> → the repository folder the dev server serves.
  const fetcher = ((input: string | URL | Request) => {
    const m = /\/resolve\/[^/]+\/(.+)$/.exec(new URL(String(input)).pathname);
    return m ? fetch(REAL_SHAPE_FILES + m[1]) : Promise.resolve(new Response('not found', { status: 404 }));
  }) as typeof fetch;
  return loadHubPackage(parseHubRef('bench/smollm2-135m-shape?dtype=q4', location.origin)!, {
    fetcher,
    compute: { path: 'webgpu' },
    cache: null,
  });
}

export async function runDecodeBench(opts: DecodeBenchOptions): Promise<DecodeTiming[]> {
  const api = ort as unknown as OrtApi;
  ort.env.logLevel = 'error';
  ort.env.wasm.numThreads = globalThis.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1;
  let t0 = performance.now();
  const pkg = await loadModel(opts.model);
  const loadMs = performance.now() - t0;
  const d = pkg.dims.hiddenSize;
  const out: DecodeTiming[] = [];
  const ids = Array.from(
    { length: opts.prefillRows + opts.decodeSteps },
    (_, i) => 10 + ((i * 7919) % Math.min(8000, pkg.dims.vocabSize - 10)),
  );
  const rows = (from: number, n: number) => {
    const x = new Float32Array(n * d); // (n, d)
    pkg.table.gather(ids.slice(from, from + n), x);
    return x;
  };
  const positions = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  for (const ep of opts.eps) {
    const data = pkg.decoderExternalData?.length
      ? { externalData: pkg.decoderExternalData.map((f) => ({ path: f.path, data: f.data })) }
      : {};
    const device = ep === 'webgpu' ? (await acquireGpu({ label: 'bench-decoder' })).device : null;
    t0 = performance.now();
    const session = await ort.InferenceSession.create(
      pkg.decoderBytes,
      device
        ? {
            executionProviders: [{ name: 'webgpu', device } as unknown as 'webgpu'],
            preferredOutputLocation: 'gpu-buffer',
            graphOptimizationLevel: 'all',
            logSeverityLevel: 3,
            ...data,
          }
        : { executionProviders: ['wasm'], graphOptimizationLevel: 'all', logSeverityLevel: 3, ...data },
    );
    const sessionMs = performance.now() - t0;
    const spec = checkDecoderContract(pkg.dims, session.inputNames, session.outputNames);
    const decoder = new DecoderSession(
      api,
      session as never,
      spec,
      device ? new GpuKvStore(api, device, spec) : undefined,
    );
    // Warm-up: a short prefill and one step (pipelines compiled, buffers allocated), then a fresh cache.
    t0 = performance.now();
    await decoder.forward(rows(0, 8), positions(0, 8), 1);
    await decoder.forward(rows(8, 1), positions(8, 1), 1);
    const warmupMs = performance.now() - t0;
    decoder.reset();
    const P = opts.prefillRows;
    t0 = performance.now();
    await decoder.forward(rows(0, P), positions(0, P), 1);
    const prefillMs = performance.now() - t0;
    const decodeMs: number[] = [];
    for (let s = 0; s < opts.decodeSteps; s++) {
      t0 = performance.now();
      await decoder.forward(rows(P + s, 1), positions(P + s, 1), 1);
      decodeMs.push(performance.now() - t0);
    }
    await decoder.release();
    device?.destroy();
    const m = median(decodeMs);
    const t: DecodeTiming = {
      ep,
      model: `${pkg.manifest.name}@${pkg.manifest.version}`,
      hiddenSize: d,
      layers: pkg.dims.numLayers,
      vocab: pkg.dims.vocabSize,
      loadMs,
      sessionMs,
      warmupMs,
      prefillRows: P,
      prefillMs,
      prefillTokensPerSecond: P / (prefillMs / 1000),
      decodeMs,
      decodeMedianMs: m,
      decodeTokensPerSecond: 1000 / m,
      ...(ep === 'wasm' ? { wasmThreads: ort.env.wasm.numThreads as number } : {}),
    };
    log(
      `decode ${t.model} on ${ep}: session ${sessionMs.toFixed(0)} ms, prefill ${P} rows ${prefillMs.toFixed(0)} ms (${t.prefillTokensPerSecond.toFixed(1)} tok/s), decode ${m.toFixed(1)} ms/token (${t.decodeTokensPerSecond.toFixed(1)} tok/s)`,
    );
    out.push(t);
  }
  return out;
}
