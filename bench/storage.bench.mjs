// `npm run bench:storage`: writes and reloads 1M tokens with LOD1/LOD2 gists at d = 512 (f32 and
/* global window */ // page.evaluate callbacks run in the browser
// f16) through the real storage layer in Debian's Chromium (IndexedDB on disk), and writes
// bench/results/storage.json (command, git rev, machine, date, results, targets).
// Seed: MegaContext persistence — target 1M tokens written in < 30 s, reopened in < 2 s.
//
// Usage: npm run bench:storage [-- --tokens 1000000 --d 512 --dtypes f32,f16 --tail-every 0,8 --durability repository]
// --tail-every: for each value, the tail is also rewritten every that many 32-token blocks inside
// a span (0 = spans only; 8 = every 256 tokens, a per-turn cadence; 1 = every block, worst case).
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const tokens = Number(arg('tokens', 1_000_000));
const d = Number(arg('d', 512));
const vocabSize = Number(arg('vocab', 50_257));
const tailEvery = arg('tail-every', '0,8').split(',').map(Number);
const dtypes = arg('dtypes', 'f32,f16').split(',');
const durability = arg('durability', 'repository'); // or strict | relaxed | default for every write
const out = resolve(root, arg('out', 'bench/results/storage.json'));

function gitRev() {
  try {
    const rev = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
    const dirty = execSync('git status --porcelain -- src/storage bench', { cwd: root }).toString().trim() !== '';
    return dirty ? `${rev}-dirty` : rev;
  } catch {
    return 'unknown';
  }
}

const loadBefore = os.loadavg()[0];
const server = await createServer({
  root,
  configFile: resolve(root, 'vite.config.ts'),
  logLevel: 'warn',
  server: { port: 0, strictPort: false, host: '127.0.0.1' },
  optimizeDeps: { include: ['idb'], noDiscovery: true, entries: [] },
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs(), headless: true });
const results = [];
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  const open = async () => {
    await page.goto(`${base}bench/storage-bench.html`);
    await page.waitForFunction(() => window.storageBench?.ready === true, null, { timeout: 60_000 });
  };
  await open();
  for (const every of tailEvery)
    for (const dtype of dtypes) {
      const params = {
        dbName: `bench-${dtype}`,
        treeId: `bench-${dtype}`,
        dtype,
        d,
        tokens,
        vocabSize,
        tailEvery: every,
        durability,
      };
      console.log(`writing ${tokens} tokens, d=${d}, ${dtype}, tail rewritten every ${every || '∞'} blocks…`);
      const w = await page.evaluate((p) => window.storageBench.write(p), params);
      await page.reload(); // drop every in-page cache: the reopen reads from IndexedDB only
      await page.waitForFunction(() => window.storageBench?.ready === true);
      const r = await page.evaluate((p) => window.storageBench.reopen(p), params);
      const usageDelta =
        w.usageAfter.total !== null && w.usageBefore.total !== null ? w.usageAfter.total - w.usageBefore.total : null;
      const row = {
        dtype,
        d,
        tokens,
        tailEveryBlocks: every,
        durability,
        tokenWidthBytes: w.tokenWidth,
        spans: w.fullSpans,
        tailTokens: w.tailTokens,
        transactions: w.transactions,
        write: {
          storeSeconds: w.storeMs / 1000,
          wallSeconds: w.wallMs / 1000,
          tokensPerSecond: tokens / (w.storeMs / 1000),
        },
        reopen: {
          openSeconds: r.openMs / 1000,
          loadSeconds: r.loadMs / 1000,
          totalSeconds: r.totalMs / 1000,
          tokensPerSecond: tokens / (r.totalMs / 1000),
          spansLoaded: r.spans,
          corrupt: r.corrupt,
          resumeAt: r.resumeAt,
        },
        bytesPerToken: {
          payload: r.storedPayloadBytes / (r.spans * 1024),
          onDiskEstimate: usageDelta === null ? null : usageDelta / tokens,
        },
        usage: { before: w.usageBefore, after: w.usageAfter },
      };
      if (r.resumeAt !== tokens || r.corrupt !== 0) throw new Error(`reopen mismatch: ${JSON.stringify(r)}`);
      console.log(JSON.stringify(row));
      results.push(row);
      await page.evaluate((p) => window.storageBench.clear(p), params);
    }
  await context.close();
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

const cpus = os.cpus();
const report = {
  benchmark: 'storage',
  command: `npm run bench:storage${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  gitRev: gitRev(),
  date: new Date().toISOString(),
  machine: {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    browser: `chromium ${browser.version()}`,
    // Other jobs share this machine: the 1-minute load average before and after explains outliers.
    loadAverage1m: { before: loadBefore, after: os.loadavg()[0] },
  },
  params: { tokens, d, vocabSize, tailEveryBlocks: tailEvery, durability, loadBatch: 128 },
  targets: {
    writeUnder30s: Object.fromEntries(
      results.map((r) => [`${r.dtype}/tailEvery=${r.tailEveryBlocks}`, r.write.storeSeconds < 30]),
    ),
    reopenUnder2s: Object.fromEntries(
      results.map((r) => [`${r.dtype}/tailEvery=${r.tailEveryBlocks}`, r.reopen.totalSeconds < 2]),
    ),
  },
  results,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${out}`);
