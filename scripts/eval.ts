// Eval CLI (issues 7, 16): cases {context, question, answers} through the full runtime in node.
//   npm run eval -- --cases FILE.jsonl [--package DIR] [--wmax N (default: the app's)] [--focus learned|similarity|none|all]
//                   [--baseline truncation|sink-window|topk-retrieval|all] [--max-new 24] [--show 10]
//                   [--memory-check on|off (default: the package's memory_check)]
//                   [--memory-quote on|off (default: the package's memory_quote)]
//                   [--answer-copy on|off (default: on when the package names answer_frames)] [--limit N] [--out FILE]
//                   [--rank-features FILE.jsonl (answer rank's features, for its fit)]
//   npm run eval -- --make-passkey --lengths 2048,8192 --depths 0.1,0.5,0.9 --seeds 2 --out FILE.jsonl
//   npm run eval -- --make-passkey --pairs 1500:0.25,8192:0.7 --out FILE.jsonl     (one case per pair)
// Recall suites come from `python3 -m training.recall.make_eval`; `python3 -m training.recall.report
// RESULT.json` draws them. Cases are read one line at a time (a 1M-token case is ~4 MB of text)
// and every case is tokenized and ingested once for all modes. Results: per-case rows and
// summaries per mode × split × length, shape, framing, family, depth (src/eval/summary.ts) as JSON;
// a compact table and the first raw outputs of each mode are printed.
import { createReadStream, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { RankRecord } from '../src/core/answer-copy';
import { RANK_FEATURES } from '../src/core/answer-rank';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { nodeEvalModel, openNodeGister, openNodeModel, openNodeTokenizer } from '../src/eval/node-package';
import { parseCaseLine, passkeyCase } from '../src/eval/eval-case';
import {
  DEFAULT_MAX_NEW_TOKENS,
  modeName,
  PreparedCase,
  runMode,
  type CaseResult,
  type EvalMode,
} from '../src/eval/run-case';
import { formatOutputs, formatTable, summarize } from '../src/eval/summary';
import * as ort from 'onnxruntime-node';
import { LensNetScorer } from '../src/models/lensnet/lensnet-scorer';
import { defaultSettings } from '../src/runtime/engine-settings';
import type { OrtApi } from '../src/models/decoder/ort-api';
import type { BaselineKind } from '../src/eval/baselines';
import { median, provenance } from '../bench/bench-meta';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

const ortApi = ort as unknown as OrtApi;

async function main() {
  const dir = path.resolve(
    arg(
      'package',
      existsSync('public/models/demo/manifest.json') ? 'public/models/demo' : 'build/fixtures/tiny-package',
    )!,
  );
  if (!existsSync(path.join(dir, 'manifest.json'))) fail(`no model package at ${dir} (give --package DIR)`);

  if (flag('make-passkey')) {
    const tok = openNodeTokenizer(dir); // writing cases needs the tokenizer only
    const lengths = arg('lengths', '2048')!.split(',').map(Number);
    const depths = arg('depths', '0.1,0.5,0.9')!.split(',').map(Number);
    const seeds = Number(arg('seeds', '2'));
    const out = arg('out') ?? fail('--out FILE.jsonl is required with --make-passkey');
    // --pairs tokens:depth,… : one case per pair (seed 0), instead of the lengths × depths × seeds grid
    const pairs = arg('pairs')
      ?.split(',')
      .map((p) => p.split(':').map(Number) as [number, number]);
    if (pairs?.some(([n, d]) => !(n > 0 && d >= 0 && d <= 1)))
      fail('--pairs needs tokens:depth items with tokens > 0 and depth in [0, 1]');
    const specs: [number, number, number][] = pairs
      ? pairs.map(([n, d]) => [n, d, 0])
      : lengths.flatMap((n) =>
          depths.flatMap((d) => Array.from({ length: seeds }, (_, s) => [n, d, s] as [number, number, number])),
        );
    const lines = specs.map(([n, d, s]) =>
      JSON.stringify(passkeyCase(n, d, n * 1000 + Math.round(d * 100) * 10 + s, (t) => tok.encode(t).length)),
    );
    writeFileSync(out, lines.join('\n') + '\n');
    console.log(`eval: wrote ${lines.length} passkey cases to ${out}`);
    return;
  }

  const model = await openNodeModel(dir);

  const casesFile = arg('cases') ?? fail('--cases FILE.jsonl is required');
  if (!existsSync(casesFile)) fail(`no cases file at ${casesFile}`);
  const m = model.pkg.manifest;
  // The app's default budget for this package (its w_max_default, else min(2048, native context)).
  const wMax = Number(
    arg('wmax', String(defaultSettings(m.native_context, m.position_policy_default, m.w_max_default).wMax)),
  );
  const maxNew = Number(arg('max-new', String(DEFAULT_MAX_NEW_TOKENS)));
  // The app's memory check (on when the package's manifest says memory_check), on chat cases and completions that ask.
  const checkArg = arg('memory-check', m.memory_check === true ? 'on' : 'off')!;
  if (checkArg !== 'on' && checkArg !== 'off') fail('--memory-check must be on or off');
  const memoryCheck = checkArg === 'on';
  // The app's memory quote (src/core/memory-quote.ts; on when the manifest says memory_quote): the
  // question's named sentences quoted before its chat turn.
  const quoteArg = arg('memory-quote', m.memory_quote === true ? 'on' : 'off')!;
  if (quoteArg !== 'on' && quoteArg !== 'off') fail('--memory-quote must be on or off');
  const memoryQuote = quoteArg === 'on';
  // Answer copy (src/core/answer-copy.ts; on when the manifest names answer_frames).
  const copyArg = arg('answer-copy', m.answer_frames ? 'on' : 'off')!;
  if (copyArg !== 'on' && copyArg !== 'off') fail('--answer-copy must be on or off');
  if (copyArg === 'on' && !m.answer_frames) fail('--answer-copy on needs a package whose manifest names answer_frames');
  const answerCopy = copyArg === 'on';
  if (!(Number.isInteger(maxNew) && maxNew >= 1 && maxNew < wMax)) fail(`--max-new must be an integer in [1, ${wMax})`);
  // Each one-value request's openings and features (src/core/answer-rank.ts), one JSON line each, for
  // the weights' fit (`python3 -m training.recall.answer_rank`).
  const rankOut = arg('rank-features');
  const rankFile = rankOut ? createWriteStream(rankOut) : null;
  rankFile?.write(`${JSON.stringify({ features: RANK_FEATURES })}\n`);
  const onRank = rankFile
    ? (id: string, mode: string, r: RankRecord) => rankFile.write(`${JSON.stringify({ id, mode, ...r })}\n`)
    : undefined;
  const show = Number(arg('show', '10'));
  const limit = Number(arg('limit', 'Infinity'));
  const baseline = arg('baseline');
  const focusArg = arg('focus', model.pkg.nets.lensnet ? 'learned' : 'similarity')!;
  const available = model.pkg.nets.lensnet ? ['learned', 'similarity', 'none'] : ['similarity', 'none'];
  const focuses = focusArg === 'all' ? available : [focusArg];
  for (const f of focuses) if (!['learned', 'similarity', 'none'].includes(f)) fail(`unknown focus "${f}"`);
  if (focuses.includes('learned') && !model.pkg.nets.lensnet) fail('--focus learned needs a package with a LensNet');
  const modes: EvalMode[] = focuses.map((focus) => ({
    kind: 'megacontext',
    focus: focus as 'learned' | 'similarity' | 'none',
  }));
  if (baseline) {
    const kinds: BaselineKind[] =
      baseline === 'all' ? ['truncation', 'sink-window', 'topk-retrieval'] : [baseline as BaselineKind];
    for (const k of kinds) {
      if (!['truncation', 'sink-window', 'topk-retrieval'].includes(k)) fail(`unknown baseline "${k}"`);
      modes.push({ kind: 'baseline', baseline: k });
    }
  }
  const evalModel = nodeEvalModel(
    model,
    await openNodeGister(model.pkg),
    model.pkg.nets.lensnet
      ? await LensNetScorer.create(ortApi, model.pkg.nets.lensnet, { version: model.pkg.manifest.lensnet!.version })
      : null,
  );

  const rows: CaseResult[] = [];
  const started = performance.now();
  const tokenMismatches: string[] = [];
  let lineNo = 0;
  let cases = 0;
  for await (const raw of createInterface({
    input: createReadStream(casesFile, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  })) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    if (cases >= limit) break;
    const c = parseCaseLine(line, lineNo);
    cases++;
    const prep = PreparedCase.prepare(evalModel, c, {
      wMax,
      maxNewTokens: maxNew,
      memoryCheck,
      memoryQuote,
      answerCopy,
      ...(onRank ? { onRank } : {}),
    });
    // make_eval measured meta.tokens with the Python twin of this tokenizer: they must agree
    if (c.meta?.length_bucket !== undefined && typeof c.meta.tokens === 'number' && c.meta.tokens !== prep.ids.length)
      tokenMismatches.push(`${c.id}: ${c.meta.tokens} vs ${prep.ids.length}`);
    for (const mode of modes) {
      const r = await runMode(evalModel, prep, mode);
      rows.push(r);
      console.log(
        `${modeName(mode).padEnd(22)} ${c.id.padEnd(28)} ${r.correct ? 'ok  ' : 'MISS'} ${JSON.stringify(r.output.slice(0, 40)).padEnd(44)} ${(r.ms / 1000).toFixed(1)}s`,
      );
    }
    console.log(
      `  case ${cases}: ${prep.ids.length} tokens, tokenize + ingest ${(prep.sharedMs / 1000).toFixed(1)}s (shared by the modes)`,
    );
  }
  if (rankFile) await new Promise((done) => rankFile.end(done));
  const summary = summarize(rows);
  const first = rows.filter((r) => r.mode === modeName(modes[0]!));
  const sharedByLength: Record<string, { median: number; n: number }> = {};
  for (const l of Object.keys(summary[modeName(modes[0]!)]?.byLength ?? {})) {
    const xs = first
      .filter((r) => String(r.meta?.length_bucket ?? r.meta?.tokens ?? 'all') === l)
      .map((r) => r.sharedMs);
    sharedByLength[l] = { median: median(xs), n: xs.length };
  }
  const out = arg('out', 'bench/results/eval.json')!;
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        ...provenance(`npm run eval -- ${process.argv.slice(2).join(' ')}`),
        package: `${model.pkg.manifest.name}@${model.pkg.manifest.version}`,
        casesFile,
        wMax,
        maxNewTokens: maxNew,
        memoryCheck,
        memoryQuote,
        answerCopy,
        modes: modes.map(modeName),
        seconds: Math.round((performance.now() - started) / 1000),
        sharedMsByLength: sharedByLength,
        tokenMismatches,
        summary,
        cases: rows,
      },
      null,
      1,
    ),
  );
  for (const [mode, s] of Object.entries(summary))
    console.log(`${mode}: accuracy ${(s.accuracy * 100).toFixed(1)} % (${s.n} cases) ${JSON.stringify(s.byLength)}`);
  console.log(`\n${formatOutputs(rows, show)}\n`);
  console.log(formatTable(summary));
  if (tokenMismatches.length)
    console.log(
      `eval: ${tokenMismatches.length} cases are not as long as their meta.tokens says (another tokenizer?): ${tokenMismatches.slice(0, 3).join('; ')}`,
    );
  console.log(
    `eval: ${cases} cases × ${modes.length} modes in ${((performance.now() - started) / 1000).toFixed(0)}s; wrote ${out}`,
  );
  await model.decoder.release();
}

void main();
