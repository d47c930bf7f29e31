// The sample memory's questions asked one after another in one conversation, the way the app's
// Engine.chat runs a turn (seed: runtime loop — ingest, refocus, assemble, decode): the question
// is appended as a user turn, the working context goes back to the coarsest layout
// (ConversationMemory.relayoutForQuery), similarity focus refocuses it, the reply is decoded with
// the conversation's KV cache kept between turns and joins the memory before the next question.
// `npm run eval` measures each question in a fresh memory; this measures what a user clicking the
// chips in a row gets. `--no-relayout` refocuses the last turn's working context instead (the
// behaviour before 3 December 2026).
//
//   npx tsx scripts/make-sample-memory.ts --cases /tmp/sample-cases.jsonl --variants 10
//   npx tsx scripts/sample-in-a-row.ts --cases /tmp/sample-cases.jsonl [--package public/models/demo]
//       [--wmax 512] [--no-relayout] [--out result.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { openNodeGister, openNodeModel } from '../src/eval/node-package';
import { termMapOf } from '../src/models/focus/term-map';
import { similarityScorer, SIMILARITY_REFOCUS_OPTIONS } from '../src/models/similarity-focus';
import { ConversationMemory } from '../src/runtime/conversation-memory';
import { WcDecoder } from '../src/runtime/wc-decoder';
import { generateTurn } from '../src/runtime/generate';

const REPLY_RESERVE = 128; // the app's default reply reserve (engine-settings.ts maxNewTokens)

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface SampleCase {
  id: string; // "v<variant>:<fact id>"
  context: string;
  question: string;
  answers: string[];
}

const casesFile = arg('cases');
if (!casesFile) throw new Error('--cases FILE.jsonl (written by scripts/make-sample-memory.ts --cases) is required');
const pkgDir = arg('package') ?? 'public/models/demo';
const relayout = !process.argv.includes('--no-relayout');
const model = await openNodeModel(pkgDir);
const wMax = Number(arg('wmax') ?? model.pkg.manifest.w_max_default ?? 2048);
const tok = model.tokenizer;
const gister = await openNodeGister(model.pkg);
const terms = termMapOf(tok);

const variants = new Map<string, SampleCase[]>();
for (const line of readFileSync(casesFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const c = JSON.parse(line) as SampleCase;
  const v = c.id.split(':')[0]!;
  variants.set(v, [...(variants.get(v) ?? []), c]);
}

const rows: { id: string; position: number; question: string; reply: string; correct: boolean }[] = [];
const t0 = performance.now();
for (const cases of variants.values()) {
  const memory = new ConversationMemory(gister, {
    config: { wMax: wMax - REPLY_RESERVE, protectedTokens: 128, maxLevel: 3 },
  });
  await memory.ingest([
    ...(tok.bosId !== null && tok.bosId !== undefined ? [tok.bosId] : []),
    ...tok.encode(cases[0]!.context),
  ]);
  model.decoder.reset();
  const wcd = new WcDecoder(
    memory,
    model.decoder,
    model.pkg.table,
    { kind: 'compacted' },
    { decodeHeadroom: REPLY_RESERVE },
  );
  for (const [position, c] of cases.entries()) {
    await memory.ingest(tok.userTurn(c.question, false));
    if (relayout) memory.relayoutForQuery();
    memory.refocus(similarityScorer(memory.tree, terms, tok.encode(c.question)), SIMILARITY_REFOCUS_OPTIONS);
    const turn = await generateTurn(wcd, {
      maxNewTokens: REPLY_RESERVE,
      sampling: { temperature: 0, topP: 1, seed: 0 },
      stopIds: tok.stopIds,
      decode: (ids) => tok.decode(ids),
    });
    const correct = c.answers.some((a) => turn.text.includes(a));
    rows.push({ id: c.id, position, question: c.question, reply: turn.text, correct });
    console.log(`${correct ? 'ok  ' : 'MISS'} ${c.id} (question ${position + 1}) ${JSON.stringify(turn.text)}`);
  }
}
const later = rows.filter((r) => r.position > 0);
const summary = {
  package: `${model.pkg.manifest.name}@${model.pkg.manifest.version}`,
  wMax,
  relayout,
  conversations: variants.size,
  first: { correct: rows.filter((r) => r.position === 0 && r.correct).length, of: rows.length - later.length },
  later: { correct: later.filter((r) => r.correct).length, of: later.length },
  seconds: Math.round((performance.now() - t0) / 1000),
};
console.log(
  `in a row (${relayout ? 'relayout per question' : 'refocus of the last WC'}, W_max ${wMax}): first questions ` +
    `${summary.first.correct}/${summary.first.of}, later ones ${summary.later.correct}/${summary.later.of} ` +
    `(${summary.conversations} conversations, ${summary.seconds} s)`,
);
const out = arg('out');
if (out) writeFileSync(out, JSON.stringify({ summary, rows }, null, 1));
