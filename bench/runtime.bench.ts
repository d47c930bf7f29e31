// Runtime benchmark (issue 7): `npm run bench:runtime [-- --package DIR]` → bench/results/runtime.json
//
//   decode-latency-{10k,100k,1M}  per-token decode latency (append to the tree + one decoder step)
//                                 with that much history at fixed W_max; must stay flat
//                                 (ratio 1M / 10k ≤ 1.2): the model only ever sees W_max rows
//   ingest-throughput             tokens/s into the tree (tokenised ids appended, gisted, WC kept
//                                 in budget) vs the base model's prefill throughput (tokens/s
//                                 through the decoder in 512-row chunks), same run
//   focus-overhead                gister + focus scorer + allocator time per 32-token block, as a
//                                 fraction of decoding those 32 tokens (seeds: ~1 %; target ≤ 5 %)
//
// All in node with onnxruntime-node on the CPU (the same runtime code as the worker). Default
// package: the demo model if public/models/demo/manifest.json exists, else the tiny random test
// package (build/fixtures/tiny-package, made by training/export/make_test_package.py).
// `--package DIR [--fallback DIR]` picks another (files missing in DIR come from the fallback,
// e.g. `--package build/fixtures/tiny-nets --fallback build/fixtures/tiny-package` for the tiny
// package with GistNet + LensNet). Learned nets are used when the package has them, else the
// mean-pool gister and similarity focus. Which ran is recorded. Medians of ≥ 5 repetitions.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import setupTinyPackage from '../tests/setup/tiny-package.global';
import type { OrtApi } from '../src/models/decoder/ort-api';
import { MeanPoolGister } from '../src/models/mean-pool-gister';
import { similarityScorer } from '../src/models/similarity-focus';
import { termMapOf } from '../src/models/focus/term-map';
import { OnnxGister } from '../src/models/gistnet/onnx-gister';
import { LensNetScorer } from '../src/models/lensnet/lensnet-scorer';
import type { Gister } from '../src/core/gister';
import { FocusAllocator, type AsyncScorer } from '../src/core/focus-allocator';
import type { MegaContextTree } from '../src/core/tree';
import { ConversationMemory } from '../src/runtime/conversation-memory';
import { WcDecoder } from '../src/runtime/wc-decoder';
import { openNodeModel } from '../src/eval/node-package';
import { median, provenance } from './bench-meta';

const REPS = 5;
const W_MAX = Number(process.env.BENCH_WMAX ?? 1024);
const DECODE_STEPS = 16;
const compacted = { kind: 'compacted' } as const;

function packageDirs(): string[] {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? path.resolve(process.argv[i + 1]!) : null;
  };
  const pkg = arg('package');
  if (pkg) return [pkg, ...(arg('fallback') ? [arg('fallback')!] : [])];
  if (existsSync('public/models/demo/manifest.json')) return [path.resolve('public/models/demo')];
  setupTinyPackage();
  return [path.resolve('build/fixtures/tiny-package')];
}

function pseudoText(n: number, seed: number): Int32Array {
  const out = new Int32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = 10 + (s % 8000);
  }
  return out;
}

async function main() {
  const dirs = packageDirs();
  const { pkg, decoder, tokenizer } = await openNodeModel(dirs);
  const manifest = pkg.manifest;
  const dims = pkg.dims;
  const table = pkg.table;
  const api = ort as unknown as OrtApi;
  const gister: Gister = pkg.nets.gistnet ? await OnnxGister.create(api, pkg.nets.gistnet, table, { version: manifest.gistnet!.version }) : new MeanPoolGister(table);
  const lens = pkg.nets.lensnet ? await LensNetScorer.create(api, pkg.nets.lensnet, { version: manifest.lensnet!.version }) : null;
  const terms = termMapOf(tokenizer);
  const focus = (tree: MegaContextTree, query: number[]): AsyncScorer => (lens ? lens.scorer(tree, table, terms) : similarityScorer(tree, terms, query));
  const dir = dirs[0]!;
  const results: Record<string, unknown> = {};
  console.log(`[bench:runtime] package ${manifest.name}@${manifest.version} (${dir}), d=${dims.hiddenSize}, W_max=${W_MAX}`);

  // 1. Decode latency vs history length.
  const latency: Record<string, { medianMs: number; reps: number[]; wcCost: number; tokens: number }> = {};
  for (const n of [10_000, 100_000, 1_000_000]) {
    const memory = new ConversationMemory(gister, { config: { wMax: W_MAX - DECODE_STEPS * REPS - 8, protectedTokens: 128, maxLevel: 3 } });
    // No refocus here: after ingest the working context is filled to its budget (oldest
    // collapsed first), so every history length decodes over the same number of rows.
    await memory.ingest(pseudoText(n, n));
    decoder.reset();
    const wcd = new WcDecoder(memory, decoder, table, compacted, { decodeHeadroom: DECODE_STEPS * REPS + 8 });
    await wcd.sync();
    const reps: number[] = [];
    for (let r = 0; r < REPS; r++) {
      const t0 = performance.now();
      for (let s = 0; s < DECODE_STEPS; s++) await wcd.append(100 + s);
      reps.push((performance.now() - t0) / DECODE_STEPS);
    }
    latency[String(n)] = { medianMs: median(reps), reps, wcCost: memory.wc.cost, tokens: memory.tree.length };
    console.log(`  decode with ${n} tokens of history: ${median(reps).toFixed(2)} ms/token (WC cost ${memory.wc.cost})`);
  }
  const ratio = latency['1000000']!.medianMs / latency['10000']!.medianMs;
  results.decodeLatency = { perHistory: latency, ratio1MOver10k: ratio, target: 1.2, pass: ratio <= 1.2 };

  // 2. Ingest throughput vs prefill throughput, side by side.
  const ingestReps: number[] = [];
  const prefillReps: number[] = [];
  const INGEST_N = 200_000;
  const PREFILL_N = 512;
  for (let r = 0; r < REPS; r++) {
    const memory = new ConversationMemory(gister, { config: { wMax: W_MAX, protectedTokens: 128, maxLevel: 3 } });
    const ids = pseudoText(INGEST_N, r + 1);
    let t0 = performance.now();
    await memory.ingest(ids);
    ingestReps.push(INGEST_N / ((performance.now() - t0) / 1000));
    const rows = new Float32Array(PREFILL_N * dims.hiddenSize);
    table.gather(ids.subarray(0, PREFILL_N), rows);
    decoder.reset();
    t0 = performance.now();
    await decoder.forward(rows, Array.from({ length: PREFILL_N }, (_, i) => i), 1);
    prefillReps.push(PREFILL_N / ((performance.now() - t0) / 1000));
  }
  results.ingestThroughput = {
    ingestTokensPerSecond: median(ingestReps),
    prefillTokensPerSecond: median(prefillReps),
    ratioIngestOverPrefill: median(ingestReps) / median(prefillReps),
    gister: gister.version,
    reps: { ingest: ingestReps, prefill: prefillReps },
  };
  console.log(`  ingest ${median(ingestReps).toFixed(0)} tok/s vs prefill ${median(prefillReps).toFixed(0)} tok/s`);

  // 3. Focus overhead per 32-token block vs decoding that block.
  const overheadReps: number[] = [];
  const decodeReps: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const memory = new ConversationMemory(gister, { config: { wMax: W_MAX - 64, protectedTokens: 128, maxLevel: 3 } });
    await memory.ingest(pseudoText(100_000, 11 + r));
    const query = Array.from(pseudoText(16, 77 + r));
    const allocator = new FocusAllocator();
    const block = pseudoText(32, 99 + r);
    const scorer = focus(memory.tree, query);
    let t0 = performance.now();
    await gister.gist({ level: 1, first: 0, count: 1, tokenIds: block }); // one new block through the gister
    allocator.step(memory.wc, await scorer(memory.wc)); // one focus pass + one allocator iteration
    overheadReps.push(performance.now() - t0);
    decoder.reset();
    const wcd = new WcDecoder(memory, decoder, table, compacted, { decodeHeadroom: 64 });
    await wcd.sync();
    t0 = performance.now();
    for (let s = 0; s < 32; s++) await wcd.append(200 + s);
    decodeReps.push(performance.now() - t0);
  }
  const fraction = median(overheadReps) / median(decodeReps);
  results.focusOverhead = {
    overheadMsPerBlock: median(overheadReps),
    decodeMsPerBlock: median(decodeReps),
    fraction,
    target: 0.05,
    pass: fraction <= 0.05,
    gister: gister.version,
    focus: lens ? `lensnet ${lens.version}` : 'similarity (training-free)',
  };
  console.log(`  focus overhead ${(fraction * 100).toFixed(2)} % of decode per block`);

  await decoder.release();
  const out = {
    ...provenance('npm run bench:runtime'),
    package: { name: manifest.name, version: manifest.version, dirs: dirs.map((d) => path.relative(process.cwd(), d)), hiddenSize: dims.hiddenSize, layers: dims.numLayers },
    wMax: W_MAX,
    backend: 'onnxruntime-node CPU, 2 intra-op threads',
    results,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/runtime.json', JSON.stringify(out, null, 2));
  console.log('[bench:runtime] wrote bench/results/runtime.json');
}

void main();
