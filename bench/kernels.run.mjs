// `npm run bench:kernels`: times every WebGPU kernel against its CPU reference in headless
// Chromium (Debian /usr/bin/chromium, WebGPU via --enable-unsafe-webgpu) and writes
// bench/results/kernels.json with the command, git revision, machine and date.
// The page (bench/kernels.page.ts) is served by a Vite dev server on 127.0.0.1 with COOP/COEP
// (bench/bench-page.mjs). On a GPU-less machine the adapter is SwiftShader: the JSON says so, and
// its timings are a correctness run, not GPU performance.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { git, machine, root, runBenchPage } from './bench-page.mjs';

const outFile = resolve(root, 'bench/results/kernels.json');
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 15 * 60_000);

export const KERNEL_LABEL = {
  slow: 'SwiftShader / fallback (software) WebGPU adapter: CORRECTNESS RUN ONLY — GPU timings are a CPU rasteriser, not GPU performance; matmul-heavy kernels ran at reduced B (see realisticShape).',
  fast: 'Hardware WebGPU adapter.',
};
export const KERNEL_METHOD =
  'GPU: encode + submit + onSubmittedWorkDone with inputs resident, 1 warm-up then the median of N reps; CPU: the *.ref.ts reference in the same page, median of N reps (f64 accumulation). maxScaledError = max |gpu−cpu| / max(|cpu|, rms(cpu)). Rows marked [f16 storage] read their large input as f16 packed two per u32 (unpack2x16float, f32 arithmetic, same sizes as the f32 row): maxScaledError is against the reference on the f16-rounded inputs (the kernel logic), maxScaledErrorVsF32Input against the reference on the original f32 inputs (the cost of f16).';

/** The console table of kernel rows. */
export function kernelTable(results) {
  console.table(
    results.map((r) => ({
      kernel: r.kernel,
      shape: JSON.stringify(r.shape),
      gpuMs: r.gpuMedianMs.toFixed(1),
      cpuMs: r.cpuMedianMs.toFixed(1),
      cpuOverGpu: r.cpuOverGpu.toFixed(2),
      err: r.maxScaledError.toExponential(1),
      errVsF32Input: r.maxScaledErrorVsF32Input?.toExponential(1) ?? '',
    })),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let exitCode = 0;
  try {
    const { result, browserVersion } = await runBenchPage('bench/kernels.html', '__kernelBench', TIMEOUT_MS);
    const { adapter, slowAdapter, results } = result;
    const report = {
      command: 'npm run bench:kernels',
      gitRevision: git('rev-parse HEAD'),
      gitDirty: git('status --porcelain -- shaders src/gpu bench') !== '',
      date: new Date().toISOString(),
      machine: machine(browserVersion, adapter),
      label: slowAdapter ? KERNEL_LABEL.slow : KERNEL_LABEL.fast,
      method: KERNEL_METHOD,
      results,
    };
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${outFile}`);
    kernelTable(results);
    if (slowAdapter) console.log(report.label);
  } catch (e) {
    console.error(e);
    exitCode = 1;
  }
  process.exit(exitCode);
}
