// `npm run bench:gpu [-- --real-shape] [-- --prefill N --steps N] [-- --blocks N]
// [-- --skip kernels,ingest,decode]` (issue 18 item 3): in headless Chromium with WebGPU
// (bench/bench-page.mjs), the memory-path kernels — gist pooling (mean-pool, GistNet WGSL),
// mixed-LOD assembly, similarity — against their CPU references; ingest tokens/s of N blocks with the
// demo package's GistNet in WGSL (the in-app WgslGister) beside the ONNX net on WASM
// (bench/gpu-ingest.ts); and decoder prefill / decode tokens/s through onnxruntime-web's WebGPU EP
// beside the WASM EP (the demo model; --real-shape: the random-weight SmolLM2-135M-shaped
// repository of bench/real-shape-model.ts, built by `npm run bench:runtime -- --real-shape`).
// Writes bench/results/gpu.json (gpu-real-shape.json) with the adapter's vendor / architecture /
// description: on SwiftShader (no GPU here) every number is labelled a correctness run.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { git, machine, root, runBenchPage } from './bench-page.mjs';
import { KERNEL_LABEL, KERNEL_METHOD, kernelTable } from './kernels.run.mjs';

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 30 * 60_000);
const argv = process.argv.slice(2);
const arg = (name) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : null);
const realShape = argv.includes('--real-shape');
if (realShape && !existsSync(resolve(root, 'build/fixtures/real-shape/smollm2-135m/onnx/model_q4.onnx'))) {
  console.error(
    'No SmolLM2-135M-shaped repository yet: run `npm run bench:runtime -- --real-shape` once (it builds build/fixtures/real-shape/).',
  );
  process.exit(1);
}
const query = new URLSearchParams({ model: realShape ? 'real-shape' : 'demo' });
for (const k of ['prefill', 'steps', 'blocks', 'skip']) if (arg(k)) query.set(k, arg(k));
const outFile = resolve(root, `bench/results/${realShape ? 'gpu-real-shape' : 'gpu'}.json`);

let exitCode = 0;
try {
  const { result, browserVersion } = await runBenchPage(`bench/gpu.html?${query}`, '__gpuBench', TIMEOUT_MS);
  const { adapter, slowAdapter, kernels, ingest, decode } = result;
  // The label names what ran: on a software adapter each part is a correctness run.
  const label = slowAdapter
    ? [
        kernels.length ? KERNEL_LABEL.slow : 'SwiftShader / fallback (software) WebGPU adapter: CORRECTNESS RUN ONLY.',
        ingest
          ? `Ingest: the WGSL GistNet on SwiftShader (${ingest.blocks} blocks) — a CPU rasteriser, not a GPU; ONNX on WASM is the path the app keeps there.`
          : null,
        decode.length
          ? "Decode: onnxruntime-web's WebGPU EP on SwiftShader, short prefill — a check that the path runs, not GPU speed."
          : null,
      ]
        .filter(Boolean)
        .join(' ')
    : KERNEL_LABEL.fast;
  const report = {
    command: `npm run bench:gpu${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    gitRevision: git('rev-parse HEAD'),
    gitDirty: git('status --porcelain -- shaders src bench') !== '',
    date: new Date().toISOString(),
    machine: machine(browserVersion, adapter),
    label,
    method: {
      kernels: KERNEL_METHOD,
      ingest:
        "The demo package's GistNet (flat LOD1/LOD2 weights in the in-app WgslGister on a GPUDevice of its own, and gistnet.onnx through OnnxGister on onnxruntime-web's WASM EP, numThreads min(4, cores)); the same fixed pseudo-random ids (blocks × 32) through ConversationMemory.ingest with the app's demo settings (W_max 1,920 after the reply reserve, 128 protected tokens, gist batch 256): tree append + batched GistNet + budget restoration. Per gister one warm-up ingest of min(blocks, 256) blocks into a throwaway memory, then one timed ingest into an empty memory; tokens/s = tokens / wall time. maxScaledErrorLod1/2 compares the two timed trees' gists.",
      decode:
        "onnxruntime-web WebGPU EP with the app's options (our GPUDevice, preferredOutputLocation gpu-buffer, KV cache in a GpuKvStore, graphOptimizationLevel all) and the WASM EP (numThreads min(4, cores)) in the same page; rows gathered from the embedding table on the CPU; one warm-up (8-row prefill + 1 step), then a timed prefill of prefillRows rows and decodeSteps timed single-token steps (median).",
    },
    kernels,
    ingest,
    decode,
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${outFile}`);
  if (kernels.length) kernelTable(kernels);
  if (ingest) {
    console.log(
      `ingest of ${ingest.tokens} tokens (${ingest.blocks} blocks: ${ingest.lod1Gists} LOD1 + ${ingest.lod2Gists} LOD2 gists, ${ingest.gistnetVersion}) on ${ingest.adapter}${ingest.notARealGpu ? ' (software adapter: not a real GPU)' : ''}; gist error WGSL vs ONNX LOD1 ${ingest.maxScaledErrorLod1.toExponential(2)}, LOD2 ${ingest.maxScaledErrorLod2.toExponential(2)}`,
    );
    console.table(
      ingest.timings.map((t) => ({
        gister: t.gister,
        warmup: `${t.warmupTokens} tokens ${t.warmupMs.toFixed(0)} ms`,
        ingestMs: t.ingestMs.toFixed(0),
        tokS: t.tokensPerSecond.toFixed(0),
      })),
    );
    console.log(`WGSL / ONNX-WASM ingest rate: ${ingest.wgslOverOnnx.toFixed(3)}`);
  }
  if (decode.length)
    console.table(
      decode.map((t) => ({
        ep: t.ep,
        model: t.model,
        sessionMs: t.sessionMs.toFixed(0),
        prefill: `${t.prefillRows} rows ${t.prefillMs.toFixed(0)} ms`,
        prefillTokS: t.prefillTokensPerSecond.toFixed(1),
        decodeMs: t.decodeMedianMs.toFixed(1),
        decodeTokS: t.decodeTokensPerSecond.toFixed(1),
      })),
    );
  console.log(report.label);
} catch (e) {
  console.error(e);
  exitCode = 1;
}
process.exit(exitCode);
