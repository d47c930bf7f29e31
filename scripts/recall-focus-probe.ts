// Focus or model? (issue 16): for each present case of a recall suite, whether the expected
// value is raw in the working context after similarity focus (as `npm run eval` and the app
// refocus: the coarsest layout, then one refocus), crossed with whether the reply of an eval run
// on the same cases was right. A wrong reply with the value raw in front of the model is the
// model's miss; one without it is focus's.
//   npx tsx scripts/recall-focus-probe.ts --cases build/recall-eval/suite.jsonl \
//     --result training/runs/recall-eval/suite-0.4.0-memory-check/eval.json [--package DIR] [--wmax 512]
import { readFileSync } from 'node:fs';
import { nodeEvalModel, openNodeGister, openNodeModel } from '../src/eval/node-package';
import { PreparedCase } from '../src/eval/run-case';
import { parseCaseLine } from '../src/eval/eval-case';
import { similarityScorer, SIMILARITY_REFOCUS_OPTIONS } from '../src/models/similarity-focus';

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
}

const model = await openNodeModel(arg('package', 'public/models/demo'));
const tok = model.tokenizer;
const evalModel = nodeEvalModel(model, await openNodeGister(model.pkg));
const wMax = Number(arg('wmax', '512'));
const rows = (
  JSON.parse(readFileSync(arg('result'), 'utf8')) as { cases: { id: string; mode: string; correct: boolean }[] }
).cases.filter((r) => r.mode === 'megacontext/similarity');
const correct = new Map(rows.map((r) => [r.id, r.correct]));
const counts: Record<string, number> = {};
for (const [i, line] of readFileSync(arg('cases'), 'utf8').split('\n').entries()) {
  if (!line.trim()) continue;
  const c = parseCaseLine(line, i + 1);
  const right = correct.get(c.id);
  if (right === undefined || c.answers.length === 0) continue;
  const prep = PreparedCase.prepare(evalModel, c, { wMax, maxNewTokens: 128 });
  const memory = await prep.memory(evalModel);
  memory.relayoutForQuery();
  memory.refocus(similarityScorer(memory.tree, evalModel.terms, prep.queryIds), SIMILARITY_REFOCUS_OPTIONS);
  const { wc } = memory;
  const raw: string[] = [];
  for (let i = 0; i < wc.length; i++)
    if (wc.level(i) === 0) raw.push(tok.decode(Array.from(memory.tree.tokenIds(wc.entryStart(i), wc.entryEnd(i)))));
  const text = raw.join('').toLowerCase();
  const seen = c.answers.every((a) => text.includes(a.toLowerCase()));
  const key = `${String(c.meta?.split ?? 'all')}: ${right ? 'right' : 'wrong'}, value ${seen ? 'raw in the WC' : 'not raw'}`;
  counts[key] = (counts[key] ?? 0) + 1;
}
for (const k of Object.keys(counts).sort()) console.log(`${k}: ${counts[k]}`);
await model.decoder.release();
