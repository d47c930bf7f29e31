// Runtime benchmark (issues 7, 16): `npm run bench:runtime [-- --package DIR]` → bench/results/runtime.json
//
//   decode-latency-{10k,100k,1M}  per-token decode latency (append to the tree + one decoder step)
//                                 with that much history at fixed W_max; must stay flat
//                                 (ratio 1M / 10k ≤ 1.2): the model only ever sees W_max rows
//   ingest-throughput             tokens/s into the tree (tokenised ids appended, gisted, WC kept
//                                 in budget) vs the base model's prefill throughput (tokens/s
//                                 through the decoder in 512-row chunks), same run
//   focus-overhead-{10k,100k,1M}  per refocus (a user turn: a question quoting 16 tokens from
//                                 the middle of the history ingested, then refocus —
//                                 budget restoration, LensNet / similarity scoring, allocator
//                                 iterations and fill — exactly as the engine runs it), plus
//                                 GistNet on the 2 blocks a 64-token reply makes, as a fraction of
//                                 decoding that 64-token reply (issue 16 target ≤ 10 %), and the
//                                 same overhead per 32-token block (against decoding 32 tokens: a
//                                 refocus every block). Also LensNet runs per refocus, scorer calls,
//                                 the first scorer call (network + its inputs) vs the network alone,
//                                 allocator time, and budget use after the refocus (cost /
//                                 (W_max − reply reserve)).
//
// All in node with onnxruntime-node on the CPU (the same runtime code as the worker). Default
// package: the demo model if public/models/demo/manifest.json exists, else the tiny random test
// package (build/fixtures/tiny-package, made by training/export/make_test_package.py).
// `--package DIR [--fallback DIR]` picks another (files missing in DIR come from the fallback,
// e.g. `--package build/fixtures/tiny-nets --fallback build/fixtures/tiny-package` for the tiny
// package with GistNet + LensNet). Learned nets are used when the package has them, else the
// training-free gister (last token) and similarity focus. Which ran is recorded. Medians of ≥ 5 repetitions.
// `--only decode,ingest,focus` runs some sections (the JSON then holds only those).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import setupTinyPackage from '../tests/setup/tiny-package.global';
import type { OrtApi } from '../src/models/decoder/ort-api';
import { TrainingFreeGister } from '../src/models/training-free-gister';
import { SIMILARITY_REFOCUS_OPTIONS, similarityScorer } from '../src/models/similarity-focus';
import { termMapOf } from '../src/models/focus/term-map';
import { OnnxGister } from '../src/models/gistnet/onnx-gister';
import { LEARNED_REFOCUS_OPTIONS, LensNetScorer } from '../src/models/lensnet/lensnet-scorer';
import type { Gister } from '../src/core/gister';
import type { AsyncScorer } from '../src/core/focus-allocator';
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

/** Sections to run (`--only a,b`; default all). */
function sections(): Set<string> {
  const i = process.argv.indexOf('--only');
  return new Set(i > 0 ? process.argv[i + 1]!.split(',') : ['decode', 'ingest', 'focus']);
}

async function main() {
  const only = sections();
  const dirs = packageDirs();
  const { pkg, decoder, tokenizer } = await openNodeModel(dirs);
  const manifest = pkg.manifest;
  const dims = pkg.dims;
  const table = pkg.table;
  const api = ort as unknown as OrtApi;
  const gister: Gister = pkg.nets.gistnet ? await OnnxGister.create(api, pkg.nets.gistnet, table, { version: manifest.gistnet!.version }) : new TrainingFreeGister(table);
  const lens = pkg.nets.lensnet ? await LensNetScorer.create(api, pkg.nets.lensnet, { version: manifest.lensnet!.version }) : null;
  const terms = termMapOf(tokenizer);
  const focus = (tree: MegaContextTree, query: number[]): AsyncScorer => (lens ? lens.scorer(tree, table, terms) : similarityScorer(tree, terms, query));
  const dir = dirs[0]!;
  const results: Record<string, unknown> = {};
  console.log(`[bench:runtime] package ${manifest.name}@${manifest.version} (${dir}), d=${dims.hiddenSize}, W_max=${W_MAX}`);

  // 1. Decode latency vs history length.
  if (only.has('decode')) {
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
  }

  // 2. Ingest throughput vs prefill throughput, side by side.
  if (only.has('ingest')) {
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
  }

  // 3. Focus overhead per refocus vs decoding a 64-token reply, per history length.
  if (only.has('focus')) {
    const REPLY = 64;
    const K = 32;
    const options = lens ? LEARNED_REFOCUS_OPTIONS : SIMILARITY_REFOCUS_OPTIONS;
    // The network alone (LensNetScorer.score), to split the first scorer call into network and inputs.
    let networkMs = 0;
    if (lens) {
      const score = lens.score.bind(lens);
      lens.score = async (x) => {
        const t = performance.now();
        const out = await score(x);
        networkMs += performance.now() - t;
        return out;
      };
    }
    const overhead: Record<string, unknown> = {};
    let worst = 0;
    for (const n of [10_000, 100_000, 1_000_000]) {
      const memory = new ConversationMemory(gister, { config: { wMax: W_MAX - REPLY, protectedTokens: 128, maxLevel: 3 } });
      const history = pseudoText(n, n + 11);
      await memory.ingest(history);
      const rows: Record<string, number[]> = { refocusMs: [], firstScoreMs: [], networkMs: [], laterScoresMs: [], allocatorMs: [], gistMs: [], decodeMs: [], lensRuns: [], scorerCalls: [], iterations: [], fillExpansions: [], budgetUse: [], entries: [] };
      for (let r = 0; r <= REPS; r++) {
        // A user turn: a question quoting 16 tokens from the middle of the history (so focus has
        // something to open) enters the memory, then one refocus with a fresh scorer (as the engine does).
        const at = Math.floor(n * (0.3 + 0.1 * r));
        const query = Array.from(history.subarray(at, at + 16));
        await memory.ingest(query);
        const scorer = focus(memory.tree, query);
        let calls = 0;
        let firstMs = 0;
        let laterMs = 0;
        const timed: AsyncScorer = async (wc) => {
          const t = performance.now();
          const out = await scorer(wc);
          if (calls++ === 0) firstMs = performance.now() - t;
          else laterMs += performance.now() - t;
          return out;
        };
        const runs0 = lens?.runs ?? 0;
        networkMs = 0;
        let t0 = performance.now();
        const rep = await memory.refocusAsync(timed, options);
        const refocusMs = performance.now() - t0;
        const net = networkMs;
        // GistNet on the two blocks a 64-token reply completes (decoding below gists them too).
        t0 = performance.now();
        await gister.gist({ level: 1, first: 0, count: REPLY / K, tokenIds: pseudoText(REPLY, 99 + r) });
        const gistMs = performance.now() - t0;
        decoder.reset();
        const wcd = new WcDecoder(memory, decoder, table, compacted, { decodeHeadroom: REPLY });
        await wcd.sync(); // the prefill is not decode time
        t0 = performance.now();
        for (let s = 0; s < REPLY; s++) await wcd.append(200 + s);
        const decodeMs = performance.now() - t0;
        if (r === 0) continue; // warm-up turn
        rows.refocusMs!.push(refocusMs);
        rows.firstScoreMs!.push(firstMs);
        rows.networkMs!.push(net);
        rows.laterScoresMs!.push(laterMs);
        rows.allocatorMs!.push(refocusMs - firstMs - laterMs);
        rows.gistMs!.push(gistMs);
        rows.decodeMs!.push(decodeMs);
        rows.lensRuns!.push((lens?.runs ?? 0) - runs0);
        rows.scorerCalls!.push(calls);
        rows.iterations!.push(rep.iterations.length);
        rows.fillExpansions!.push(rep.fillExpansions);
        rows.budgetUse!.push(rep.costAfter / memory.config.wMax);
        rows.entries!.push(memory.wc.length);
      }
      const m = (k: string) => median(rows[k]!);
      const perRefocus = (m('refocusMs') + m('gistMs')) / m('decodeMs');
      const perBlock = (m('refocusMs') + m('gistMs') / 2) / (m('decodeMs') / 2);
      worst = Math.max(worst, perRefocus);
      overhead[String(n)] = {
        fractionOfReply: perRefocus,
        fractionPerBlock: perBlock,
        medians: Object.fromEntries(Object.keys(rows).map((k) => [k, m(k)])),
        reps: rows,
      };
      console.log(
        `  ${n} tokens: refocus ${m('refocusMs').toFixed(1)} ms (first score ${m('firstScoreMs').toFixed(1)}, network ${m('networkMs').toFixed(1)}, later ${m('laterScoresMs').toFixed(1)}, allocator ${m('allocatorMs').toFixed(1)}; ` +
          `LensNet runs ${rows.lensRuns!.join('/')}, scorer calls ${rows.scorerCalls!.join('/')}) + GistNet ${m('gistMs').toFixed(1)} ms vs decode ${REPLY} tokens ${m('decodeMs').toFixed(0)} ms: ` +
          `${(perRefocus * 100).toFixed(1)} % per reply, ${(perBlock * 100).toFixed(1)} % per block; budget use ${rows.budgetUse!.map((u) => (u * 100).toFixed(1)).join('/')} %`,
      );
    }
    results.focusOverhead = {
      perHistory: overhead,
      replyTokens: REPLY,
      worstFractionOfReply: worst,
      target: 0.1,
      pass: worst <= 0.1,
      gister: gister.version,
      focus: lens ? `lensnet ${lens.version}` : 'similarity (training-free)',
      note: 'decode time includes the GistNet calls of the blocks the reply completes; the refocus includes budget restoration after the previous reply',
    };
  }

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
