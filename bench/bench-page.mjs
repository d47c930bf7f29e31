// Runs a benchmark page in headless Chromium (Debian /usr/bin/chromium, WebGPU via
// --enable-unsafe-webgpu; scripts/chromium.mjs) served by a Vite dev server on 127.0.0.1 with
// COOP/COEP, and returns the page's result object: the page sets globalThis[key] to
// { status: 'running' }, then { status: 'done', result } or { status: 'error', message }.
// Shared by bench/kernels.run.mjs and bench/gpu.run.mjs; the server and browser are closed after.
import { execSync } from 'node:child_process';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function git(cmd) {
  try {
    return execSync(`git ${cmd}`, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The machine part of a result JSON (the adapter comes from the page). */
export function machine(browserVersion, adapter) {
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadavg: os.loadavg(),
    node: process.version,
    browser: `${browserVersion} (${chromiumPath()})`,
    adapter,
  };
}

/** Opens `page` (a path under the repository root, with its query) and waits for globalThis[key]. */
export async function runBenchPage(page, key, timeoutMs) {
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
  try {
    const tab = await browser.newPage();
    tab.on('console', (m) => m.text().startsWith('[bench]') && console.log(m.text()));
    tab.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await tab.goto(new URL(page, base).href);
    await tab.waitForFunction((k) => globalThis[k] && globalThis[k].status !== 'running', key, {
      timeout: timeoutMs,
      polling: 500,
    });
    const state = await tab.evaluate((k) => globalThis[k], key);
    if (state.status !== 'done') throw new Error(`benchmark failed in the page: ${state.message}`);
    return { result: state.result, browserVersion: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
