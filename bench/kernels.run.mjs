// `npm run bench:kernels`: times every WebGPU kernel against its CPU reference in headless
// Chromium (Debian /usr/bin/chromium, WebGPU via --enable-unsafe-webgpu) and writes
// bench/results/kernels.json with the command, git revision, machine and date.
// The page (bench/kernels.page.ts) is served by a Vite dev server on 127.0.0.1 with COOP/COEP.
// On a GPU-less machine the adapter is SwiftShader: the JSON says so, and its timings are a
// correctness run, not GPU performance.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = resolve(root, 'bench/results/kernels.json');
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 15 * 60_000);

function git(cmd) {
  try {
    return execSync(`git ${cmd}`, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const server = await createServer({
  root,
  configFile: resolve(root, 'vite.config.ts'),
  logLevel: 'warn',
  server: {
    host: '127.0.0.1',
    port: 5199,
    strictPort: false,
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  },
});
await server.listen();
const base = server.resolvedUrls?.local?.[0] ?? 'http://127.0.0.1:5199/';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs(), headless: true });
let exitCode = 0;
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.text().startsWith('[bench]') && console.log(m.text()));
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(new URL('bench/kernels.html', base).href);
  await page.waitForFunction(() => globalThis.__kernelBench && globalThis.__kernelBench.status !== 'running', null, { timeout: TIMEOUT_MS, polling: 500 });
  const state = await page.evaluate(() => globalThis.__kernelBench);
  if (state.status !== 'done') throw new Error(`benchmark failed in the page: ${state.message}`);
  const { adapter, slowAdapter, results } = state.result;
  const report = {
    command: 'npm run bench:kernels',
    gitRevision: git('rev-parse HEAD'),
    gitDirty: git('status --porcelain -- shaders src/gpu bench') !== '',
    date: new Date().toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      browser: `${browser.version()} (${chromiumPath()})`,
      adapter,
    },
    label: slowAdapter
      ? 'SwiftShader / fallback (software) WebGPU adapter: CORRECTNESS RUN ONLY — GPU timings are a CPU rasteriser, not GPU performance; matmul-heavy kernels ran at reduced B (see realisticShape).'
      : 'Hardware WebGPU adapter.',
    method: 'GPU: encode + submit + onSubmittedWorkDone with inputs resident, 1 warm-up then the median of N reps; CPU: the *.ref.ts reference in the same page, median of N reps (f64 accumulation). maxScaledError = max |gpu−cpu| / max(|cpu|, rms(cpu)). Rows marked [f16 storage] read their large input as f16 packed two per u32 (unpack2x16float, f32 arithmetic, same sizes as the f32 row): maxScaledError is against the reference on the f16-rounded inputs (the kernel logic), maxScaledErrorVsF32Input against the reference on the original f32 inputs (the cost of f16).',
    results,
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${outFile}`);
  console.table(results.map((r) => ({ kernel: r.kernel, shape: JSON.stringify(r.shape), gpuMs: r.gpuMedianMs.toFixed(1), cpuMs: r.cpuMedianMs.toFixed(1), cpuOverGpu: r.cpuOverGpu.toFixed(2), err: r.maxScaledError.toExponential(1), errVsF32Input: r.maxScaledErrorVsF32Input?.toExponential(1) ?? '' })));
  if (slowAdapter) console.log(report.label);
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);
