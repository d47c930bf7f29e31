// Core benchmarks (issue 3): `npm run bench:core` → bench/results/core.json
//
//   allocator-iteration   one FocusAllocator.step on a W_max = 8,192 working context over a
//                         1M-token tree with ~6.2k entries (most of them LOD1 gists), uniform random
//                         scores in [−1, 1) (about 1/3 of entries are candidates), ~4 actions/step
//   allocator-iteration-initial  the same on the initial layout (~1.2k entries)
//   append-1M             append 1,000,000 token ids in 4,096-token chunks and gist every
//                         completed block with the deterministic FakeGister (d = 64)
//   append-1M-ids-only    the same appends without gisting (the tree's own cost)
//   initial-layout-1M     initialLayout() for 1M tokens at W_max = 8,192
//   ingest-32-restore     syncToTokenCount(+32) + restoreBudget() on the 1M-token WC
//
// Each metric: ≥ 5 repetitions, median reported (and all reps). Targets: iteration < 1 ms
// median, 1M appends < 1 s.

import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_CONFIG,
  FakeGister,
  FocusAllocator,
  MegaContextTree,
  fillGistsSync,
  initialLayout,
  restoreBudget,
} from '../src/core/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const N = 1_000_000;
const DIM = 64;
const REPS = 7;

interface Metric {
  name: string;
  unit: 'ms';
  median: number;
  reps: number[];
  target?: number;
  pass?: boolean;
  note: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round = (x: number) => Math.round(x * 1e4) / 1e4;

function metric(name: string, reps: number[], note: string, target?: number): Metric {
  const med = median(reps);
  const m: Metric = { name, unit: 'ms', median: round(med), reps: reps.map(round), note };
  if (target !== undefined) {
    m.target = target;
    m.pass = med < target;
  }
  console.log(
    `${name.padEnd(28)} median ${med.toFixed(4).padStart(10)} ms` +
      (target !== undefined ? `  (target < ${target} ms: ${m.pass ? 'PASS' : 'FAIL'})` : ''),
  );
  return m;
}

function ids(n: number): Int32Array {
  const a = new Int32Array(n);
  let x = 1;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    a[i] = x % 50_257;
  }
  return a;
}

function buildTree(all: Int32Array, gist: boolean): MegaContextTree {
  const tree = new MegaContextTree({ gistDim: DIM });
  const g = new FakeGister(DIM);
  for (let i = 0; i < all.length; i += 4096) {
    tree.append(all.subarray(i, Math.min(all.length, i + 4096)));
    if (gist) fillGistsSync(tree, g);
  }
  return tree;
}

function git(cmd: string): string {
  try {
    return execSync(`git ${cmd}`, { cwd: path.join(here, '..'), stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

function main(): void {
  const cfg = DEFAULT_CONFIG;
  const all = ids(N);
  const metrics: Metric[] = [];

  // Appends.
  buildTree(all, true); // warm-up (JIT)
  const appendReps: number[] = [];
  const appendOnlyReps: number[] = [];
  let tree: MegaContextTree | null = null;
  for (let r = 0; r < REPS; r++) {
    let t0 = performance.now();
    tree = buildTree(all, true);
    appendReps.push(performance.now() - t0);
    t0 = performance.now();
    buildTree(all, false);
    appendOnlyReps.push(performance.now() - t0);
  }
  const t = tree as MegaContextTree;
  if (t.gistedCount(1) !== 31_250 || t.gistedCount(2) !== 976) throw new Error('unexpected gist counts');
  metrics.push(
    metric(
      'append-1M',
      appendReps,
      `1M ids in 4,096-token chunks + FakeGister (d=${DIM}) on every completed block`,
      1000,
    ),
  );
  metrics.push(metric('append-1M-ids-only', appendOnlyReps, '1M ids in 4,096-token chunks, no gisting'));

  // Initial layout.
  const layoutReps: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const t0 = performance.now();
    initialLayout(cfg, t.length);
    layoutReps.push(performance.now() - t0);
  }
  metrics.push(metric('initial-layout-1M', layoutReps, 'initialLayout(W_max 8,192) over 1M tokens'));

  // Allocator iteration. Random i.i.d. scores drift the WC towards "all LOD1" (LOD2 gists expand,
  // paid by LOD0 collapses; 32-sibling groups almost never all score < −τ) until no collapse is
  // left and steps go idle. So each sample steps a fresh clone (untimed) of a base WC, on two
  // bases: the initial layout (~1.2k entries) and the drifted WC after 400 random steps
  // (~6.2k entries, 5.4k of them LOD1: a heavy case for the O(entries) scan).
  const pool = new Float32Array(1 << 20);
  let x = 7;
  for (let i = 0; i < pool.length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    pool[i] = (x / 2 ** 32) * 2 - 1;
  }
  const scoresAt = (k: number, len: number) => {
    const off = (k * 7919) % (pool.length - len - 1);
    return pool.subarray(off, off + len);
  };
  const alloc = new FocusAllocator();
  const initial = initialLayout(cfg, t.length);
  const drifted = initial.clone();
  for (let k = 0; k < 400; k++) alloc.step(drifted, scoresAt(100_000 + k, drifted.length));
  const STEPS = 300;
  const timeSteps = (base: typeof initial, name: string, target?: number) => {
    let actions = 0;
    const sample = (k: number): number => {
      const wc = base.clone();
      const scores = scoresAt(k, wc.length);
      const t0 = performance.now();
      const rep = alloc.step(wc, scores);
      const dt = performance.now() - t0;
      actions += rep.actions.length;
      return dt;
    };
    for (let k = 0; k < 1000; k++) sample(k); // warm-up
    actions = 0;
    const reps: number[] = [];
    for (let r = 0; r < REPS; r++) {
      const times: number[] = [];
      for (let k = 0; k < STEPS; k++) times.push(sample(r * STEPS + k));
      reps.push(median(times));
    }
    metrics.push(
      metric(
        name,
        reps,
        `FocusAllocator.step on ${base.length} entries (${base.levelCounts().join('/')} at LOD0/1/2, cost ` +
          `${base.cost}/${cfg.wMax}) over a 1M-token tree; random scores in [−1, 1); ` +
          `${(actions / (REPS * STEPS)).toFixed(2)} actions/step; each rep = median of ${STEPS} steps`,
        target,
      ),
    );
  };
  timeSteps(drifted, 'allocator-iteration', 1);
  timeSteps(initial, 'allocator-iteration-initial', 1);

  // Ingest one block + restore the budget.
  const ingestReps: number[] = [];
  const wc2 = initialLayout(cfg, t.length);
  let n = t.length;
  for (let r = 0; r < REPS; r++) {
    const times: number[] = [];
    for (let k = 0; k < 200; k++) {
      const t0 = performance.now();
      n += 32;
      wc2.syncToTokenCount(n);
      restoreBudget(wc2);
      times.push(performance.now() - t0);
    }
    ingestReps.push(median(times));
  }
  wc2.validate({ budget: true });
  metrics.push(
    metric(
      'ingest-32-restore',
      ingestReps,
      'syncToTokenCount(+32) + restoreBudget on the 1M-token WC; rep = median of 200',
    ),
  );

  const dirty = git('status --porcelain -- src/core bench/core.bench.ts');
  const cpus = os.cpus();
  const out = {
    benchmark: 'core',
    command: 'npm run bench:core  (tsx bench/core.bench.ts)',
    gitRevision: git('rev-parse HEAD') + (dirty && dirty !== 'unknown' ? '+dirty' : ''),
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      node: process.version,
      loadAverage1m: Math.round(os.loadavg()[0]! * 100) / 100, // the dev machine is shared: context for noise
    },
    config: { ...cfg, tokens: N, gistDim: DIM, reps: REPS },
    metrics,
  };
  const dir = path.join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'core.json');
  writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  const failed = metrics.filter((m) => m.pass === false);
  if (failed.length > 0) {
    console.error(`targets missed: ${failed.map((m) => m.name).join(', ')}`);
    process.exitCode = 1;
  }
}

main();
