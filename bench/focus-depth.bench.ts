// Similarity focus on a worded fact (EVALUATION.md "recall through the working context", the
// focus half only): `npx tsx bench/focus-depth.bench.ts [--package DIR] [--tokens 30000]
// [--depths 20] [--wmax 2048]` → bench/results/focus-depth.json
//
// ~30k tokens of corpus prose (training/data/corpus/train.jsonl) with one fact sentence at each of
// `depths` depths, then a question worded differently from the fact (not the passkey template;
// three facts: a code, a person's birthplace, where a thing is kept), ingested into ConversationMemory with the package's tokenizer, the training-free gister and W_max 2048
// (protected 128, LOD0–LOD3, as src/eval/run-case.ts). One similarity refocus; reported per depth:
// whether every token of the fact sentence ends up in an LOD0 entry, and the level of the entry
// holding the fact's value. No decoder runs: this isolates the focus, not the base model.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadModelPackage } from '../src/models/model-package';
import { folderFetcher } from '../src/eval/node-package';
import { TextTokenizer } from '../src/models/text-tokenizer';
import { TrainingFreeGister } from '../src/models/training-free-gister';
import { SIMILARITY_REFOCUS_OPTIONS, similarityScorer } from '../src/models/similarity-focus';
import { termMapOf } from '../src/models/focus/term-map';
import { ConversationMemory } from '../src/runtime/conversation-memory';
import { provenance } from './bench-meta';

const FACTS = [
  {
    fact: ' The access code of the north cellar is 58213.',
    value: '58213',
    question: "What is the north cellar's access code?",
  },
  {
    fact: ' Marguerite Olsen was born in the harbour town of Kelby.',
    value: 'Kelby',
    question: 'Where was Marguerite Olsen born?',
  },
  {
    fact: ' The blue ledger is kept in the third drawer of the oak desk.',
    value: 'third',
    question: 'In which drawer of the desk is the blue ledger?',
  },
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
}

/** Prose paragraphs from the corpus, from a fixed row on, until `tokens` tokens. */
function haystack(tok: TextTokenizer, corpus: string, tokens: number): string[] {
  const rows = readFileSync(corpus, 'utf8').split('\n');
  const out: string[] = [];
  let n = 0;
  for (let r = 0; r < rows.length && n < tokens; r++) {
    if (!rows[r]) continue;
    const text = (JSON.parse(rows[r]!) as { text: string }).text;
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (n >= tokens) break;
      const s = ` ${sentence.replace(/\s+/g, ' ').trim()}`;
      out.push(s);
      n += tok.encode(s).length;
    }
  }
  return out;
}

async function main(): Promise<void> {
  const dir = path.resolve(arg('package', 'public/models/demo'));
  const tokens = Number(arg('tokens', '30000'));
  const depths = Number(arg('depths', '20'));
  const wMax = Number(arg('wmax', '2048'));
  const pkg = await loadModelPackage('/package/', { fetcher: folderFetcher(dir) });
  const tok = new TextTokenizer(pkg.tokenizerJson, pkg.tokenizerConfig, pkg.manifest.special_tokens);
  const sentences = haystack(tok, arg('corpus', 'training/data/corpus/train.jsonl'), tokens);
  const sentenceIds = sentences.map((s) => tok.encode(s));
  type Row = {
    fact: number;
    depth: number;
    factStart: number;
    factLevels: number[];
    factLod0: boolean;
    valueLevel: number;
    budgetUsed: number;
    ms: number;
  };
  const rows: Row[] = [];
  for (const [f, { fact, value, question }] of FACTS.entries()) {
    const factIds = tok.encode(fact);
    const valueAt = factIds.findIndex((_, i) => tok.decode(factIds.slice(0, i + 1)).includes(value.slice(0, 2)));
    const queryIds = tok.encode(question);
    for (let k = 0; k < depths; k++) {
      const depth = (k + 0.5) / depths;
      const at = Math.round(depth * sentences.length);
      const ids: number[] = tok.bosId !== null ? [tok.bosId] : [];
      for (let s = 0; s < at; s++) ids.push(...sentenceIds[s]!);
      const factStart = ids.length;
      ids.push(...factIds);
      for (let s = at; s < sentences.length; s++) ids.push(...sentenceIds[s]!);
      ids.push(...tok.userTurn(question, true));
      const memory = new ConversationMemory(new TrainingFreeGister(pkg.table), {
        config: { wMax, protectedTokens: 128, maxLevel: 3 },
      });
      await memory.ingest(ids);
      const t0 = performance.now();
      memory.refocus(similarityScorer(memory.tree, termMapOf(tok), queryIds), SIMILARITY_REFOCUS_OPTIONS);
      const ms = performance.now() - t0;
      const wc = memory.wc;
      const levelAt = (p: number) => {
        for (let i = 0; i < wc.length; i++) if (wc.entryStart(i) <= p && p < wc.entryEnd(i)) return wc.level(i);
        return -1;
      };
      const factLevels = [...new Set(factIds.map((_, j) => levelAt(factStart + j)))];
      rows.push({
        fact: f,
        depth,
        factStart,
        factLevels,
        factLod0: factLevels.every((l) => l === 0),
        valueLevel: levelAt(factStart + valueAt),
        budgetUsed: wc.cost / wMax,
        ms,
      });
      console.log(
        `fact ${f} depth ${depth.toFixed(3)}  fact@${factStart}/${ids.length}  levels ${factLevels.join(',')}  value LOD${levelAt(factStart + valueAt)}  ${ms.toFixed(0)} ms`,
      );
    }
  }
  const perFact = FACTS.map((x, f) => {
    const mine = rows.filter((r) => r.fact === f);
    return {
      fact: x.fact,
      question: x.question,
      factLod0: mine.filter((r) => r.factLod0).length,
      valueLod0: mine.filter((r) => r.valueLevel === 0).length,
      depths,
    };
  });
  for (const p of perFact)
    console.log(
      `${JSON.stringify(p.question)}: fact fully LOD0 at ${p.factLod0}/${depths} depths; value LOD0 at ${p.valueLod0}/${depths}`,
    );
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`refocus median ${ms[ms.length >> 1]!.toFixed(1)} ms`);
  mkdirSync('bench/results', { recursive: true });
  const out = {
    ...provenance(`npx tsx bench/focus-depth.bench.ts ${process.argv.slice(2).join(' ')}`.trim()),
    tokens,
    wMax,
    depths,
    perFact,
    refocusMedianMs: ms[ms.length >> 1],
    rows,
  };
  writeFileSync('bench/results/focus-depth.json', JSON.stringify(out, null, 2));
}

await main();
