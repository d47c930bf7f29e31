// `npm run bench:gpu`, page side (bench/gpu.html, opened by bench/gpu.run.mjs): the kernels of the
// memory path (bench/kernel-suite.ts: gist pooling — mean-pool and the GistNet WGSL forward —,
// mixed-LOD assembly and the similarity scorer), then decoder prefill / decode through
// onnxruntime-web's WebGPU EP beside the WASM EP (bench/gpu-decode.ts), and ingest tokens/s with the
// WGSL GistNet beside the ONNX one on WASM (bench/gpu-ingest.ts). Query: ?model=demo|real-shape,
// ?prefill=N&steps=N (default: 64 / 8 on a software adapter, 1024 / 64 on a hardware one),
// ?blocks=N (ingest: default 32 blocks on a software adapter, 1024 on a hardware one),
// ?skip=kernels,decode,ingest (any of them, comma-separated). The result goes to window.__gpuBench.
import { runKernelBench, type KernelGroup } from './kernel-suite';
import { runDecodeBench } from './gpu-decode';
import { runIngestBench } from './gpu-ingest';

const GPU_KERNELS: readonly KernelGroup[] = ['mean-pool', 'gistnet', 'assemble-similarity'];

async function runGpuBench() {
  const q = new URLSearchParams(location.search);
  const skip = new Set((q.get('skip') ?? '').split(','));
  const kernels = skip.has('kernels') ? null : await runKernelBench(GPU_KERNELS);
  // The adapter facts come from the kernel run; with kernels skipped, from a probe of our own.
  let adapter = kernels?.adapter ?? null;
  let slow = kernels?.slowAdapter ?? false;
  if (!adapter) {
    const a =
      (await navigator.gpu.requestAdapter({ powerPreference: 'high-performance' })) ??
      (await navigator.gpu.requestAdapter({ forceFallbackAdapter: true }));
    const info = a?.info;
    adapter = {
      vendor: info?.vendor,
      architecture: info?.architecture,
      description: info?.description,
      isFallbackAdapter: info?.isFallbackAdapter ?? null,
    };
    slow = info?.isFallbackAdapter === true || info?.architecture === 'swiftshader';
  }
  const model = q.get('model') === 'real-shape' ? 'real-shape' : 'demo';
  const ingest = skip.has('ingest')
    ? null
    : await runIngestBench({ blocks: Number(q.get('blocks') ?? (slow ? 32 : 1024)) });
  const decode = skip.has('decode')
    ? null
    : await runDecodeBench({
        model,
        prefillRows: Number(q.get('prefill') ?? (slow ? 64 : 1024)),
        decodeSteps: Number(q.get('steps') ?? (slow ? 8 : 64)),
        eps: ['webgpu', 'wasm'],
      });
  return { adapter, slowAdapter: slow, kernels: kernels?.results ?? [], ingest, decode: decode ?? [] };
}

declare global {
  interface Window {
    __gpuBench?:
      | { status: 'running' }
      | { status: 'done'; result: Awaited<ReturnType<typeof runGpuBench>> }
      | { status: 'error'; message: string };
  }
}

window.__gpuBench = { status: 'running' };
runGpuBench().then(
  (result) => (window.__gpuBench = { status: 'done', result }),
  (e: unknown) =>
    (window.__gpuBench = {
      status: 'error',
      message: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e),
    }),
);
