// Eval CLI (issue 7): cases {context, question, answer} through the full runtime in node.
//   npm run eval -- --cases FILE.jsonl [--package DIR] [--wmax 2048] [--focus learned|similarity|none|all]
//                   [--baseline truncation|sink-window|topk-retrieval|all] [--max-new 10] [--out FILE]
//   npm run eval -- --make-passkey --lengths 2048,8192 --depths 0.1,0.5,0.9 --seeds 2 --out FILE.jsonl
// Results: per-case rows and accuracy per mode (and per context length) as JSON.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openNodeModel } from '../src/eval/node-package';
import { parseCases, passkeyCase } from '../src/eval/eval-case';
import { modeName, runCase, type CaseResult, type EvalMode } from '../src/eval/run-case';
import * as ort from 'onnxruntime-node';
import { MeanPoolGister } from '../src/models/mean-pool-gister';
import { OnnxGister } from '../src/models/gistnet/onnx-gister';
import { LensNetScorer } from '../src/models/lensnet/lensnet-scorer';
import { termMapOf } from '../src/models/focus/term-map';
import type { OrtApi } from '../src/models/decoder/ort-api';
import type { BaselineKind } from '../src/eval/baselines';
import { provenance } from '../bench/bench-meta';

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
  const dir = path.resolve(arg('package', existsSync('public/models/demo/manifest.json') ? 'public/models/demo' : 'build/fixtures/tiny-package')!);
  if (!existsSync(path.join(dir, 'manifest.json'))) fail(`no model package at ${dir} (give --package DIR)`);
  const model = await openNodeModel(dir);
  const tok = model.tokenizer;

  if (flag('make-passkey')) {
    const lengths = (arg('lengths', '2048')!).split(',').map(Number);
    const depths = (arg('depths', '0.1,0.5,0.9')!).split(',').map(Number);
    const seeds = Number(arg('seeds', '2'));
    const out = arg('out') ?? fail('--out FILE.jsonl is required with --make-passkey');
    const lines: string[] = [];
    for (const n of lengths) for (const d of depths) for (let s = 0; s < seeds; s++) lines.push(JSON.stringify(passkeyCase(n, d, n * 1000 + Math.round(d * 100) * 10 + s, (t) => tok.encode(t).length)));
    writeFileSync(out, lines.join('\n') + '\n');
    console.log(`eval: wrote ${lines.length} passkey cases to ${out}`);
    return;
  }

  const casesFile = arg('cases') ?? fail('--cases FILE.jsonl is required');
  const cases = parseCases(readFileSync(casesFile, 'utf8'));
  const wMax = Number(arg('wmax', String(Math.min(2048, model.pkg.manifest.native_context))));
  const maxNew = Number(arg('max-new', '10'));
  const baseline = arg('baseline');
  const focusArg = arg('focus', model.pkg.nets.lensnet ? 'learned' : 'similarity')!;
  const available = model.pkg.nets.lensnet ? ['learned', 'similarity', 'none'] : ['similarity', 'none'];
  const focuses = focusArg === 'all' ? available : [focusArg];
  for (const f of focuses) if (!['learned', 'similarity', 'none'].includes(f)) fail(`unknown focus "${f}"`);
  if (focuses.includes('learned') && !model.pkg.nets.lensnet) fail('--focus learned needs a package with a LensNet');
  const modes: EvalMode[] = focuses.map((focus) => ({ kind: 'megacontext', focus: focus as 'learned' | 'similarity' | 'none' }));
  if (baseline) {
    const kinds: BaselineKind[] = baseline === 'all' ? ['truncation', 'sink-window', 'topk-retrieval'] : [baseline as BaselineKind];
    for (const k of kinds) {
      if (!['truncation', 'sink-window', 'topk-retrieval'].includes(k)) fail(`unknown baseline "${k}"`);
      modes.push({ kind: 'baseline', baseline: k });
    }
  }
  const evalModel = {
    decoder: model.decoder,
    table: model.pkg.table,
    gister: model.pkg.nets.gistnet
      ? await OnnxGister.create(ortApi, model.pkg.nets.gistnet, model.pkg.table, { version: model.pkg.manifest.gistnet!.version })
      : new MeanPoolGister(model.pkg.table),
    terms: termMapOf(tok),
    lens: model.pkg.nets.lensnet ? await LensNetScorer.create(ortApi, model.pkg.nets.lensnet, { version: model.pkg.manifest.lensnet!.version }) : null,
    encode: (t: string) => tok.encode(t),
    decode: (ids: number[]) => tok.decode(ids),
    userTurn: (m: string) => tok.userTurn(m, false),
    stopIds: tok.stopIds,
    bosId: tok.bosId,
  };
  const rows: CaseResult[] = [];
  for (const mode of modes) {
    for (const c of cases) {
      const r = await runCase(evalModel, c, mode, wMax, maxNew);
      rows.push(r);
      console.log(`${modeName(mode).padEnd(22)} ${c.id.padEnd(28)} ${r.correct ? 'ok  ' : 'MISS'} ${JSON.stringify(r.output.slice(0, 40))}`);
    }
  }
  const summary: Record<string, { accuracy: number; n: number; byLength: Record<string, number> }> = {};
  for (const mode of modes.map(modeName)) {
    const mine = rows.filter((r) => r.mode === mode);
    const byLength: Record<string, number> = {};
    for (const len of [...new Set(mine.map((r) => String(r.meta?.tokens ?? 'all')))]) {
      const group = mine.filter((r) => String(r.meta?.tokens ?? 'all') === len);
      byLength[len] = group.filter((r) => r.correct).length / group.length;
    }
    summary[mode] = { accuracy: mine.filter((r) => r.correct).length / Math.max(1, mine.length), n: mine.length, byLength };
  }
  const out = arg('out', 'bench/results/eval.json')!;
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ ...provenance(`npm run eval -- ${process.argv.slice(2).join(' ')}`), package: `${model.pkg.manifest.name}@${model.pkg.manifest.version}`, wMax, summary, cases: rows }, null, 2));
  for (const [mode, s] of Object.entries(summary)) console.log(`${mode}: accuracy ${(s.accuracy * 100).toFixed(1)} % (${s.n} cases) ${JSON.stringify(s.byLength)}`);
  console.log(`eval: wrote ${out}`);
  await model.decoder.release();
}

void main();
