// Summaries of an eval run (../shared/EVALUATION.md "Recall through the working context"):
// accuracy per mode × split (seen / held-out) × length bucket, per shape, framing, fact family,
// question family, value kind, haystack and depth bucket (and length × depth, length × shape),
// absent facts answered as absent, present facts wrongly called absent, the rows each mode let the
// model see (working-context cost), and time. Every number comes with its n. Plus the compact
// table and the raw outputs the CLI prints.
import { median } from '../../bench/bench-meta';
import type { CaseMeta } from './eval-case';

/** What the summary needs of one case run (run-case.ts CaseResult has these fields). */
export interface ResultRow {
  id: string;
  mode: string;
  output: string;
  correct: boolean;
  /** The output says the fact is not in memory (answer-check saysAbsent). */
  saidAbsent: boolean;
  answers: string[];
  rowsSeen: number;
  ms: number;
  question?: string;
  meta?: CaseMeta;
}

export interface Tally {
  n: number;
  correct: number;
  accuracy: number;
}

export const SPLITS = ['all', 'seen', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

export const DIMENSIONS = [
  'length',
  'shape',
  'framing',
  'fact_family',
  'question_family',
  'value_kind',
  'haystack',
  'depth',
  'length×depth',
  'length×shape',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface AbsentMetrics {
  /** Absent facts whose reply says so. */
  answeredAbsent: Tally;
  /** Present facts whose reply says absent (`correct` counts those wrongly called absent). */
  presentCalledAbsent: Tally;
}

export interface ModeSummary {
  n: number;
  accuracy: number;
  /** Accuracy per length (bucket, else meta.tokens) over all splits — the older passkey reports read it. */
  byLength: Record<string, number>;
  groups: Record<Split, Record<Dimension, Record<string, Tally>>>;
  /** Per split, per length bucket and 'all'. */
  absent: Record<Split, Record<string, AbsentMetrics>>;
  rowsSeen: { mean: number; median: number; max: number; n: number };
  ms: { mean: number; median: number; n: number };
  /** Median ms of this mode per case, per length (sizing a suite). */
  msByLength: Record<string, { median: number; n: number }>;
}

const tally = (): Tally => ({ n: 0, correct: 0, accuracy: 0 });
function add(t: Tally, ok: boolean): void {
  t.n++;
  if (ok) t.correct++;
  t.accuracy = t.correct / t.n;
}

const str = (v: unknown, fallback: string) => (v === undefined || v === null || v === '' ? fallback : String(v));

/** Length key of a case: make_eval's bucket, else the requested tokens (passkey files), else 'all'. */
export const lengthKey = (m: CaseMeta | undefined): string => str(m?.length_bucket ?? m?.tokens, 'all');

/** 'seen' / 'heldout' from meta.split (or meta.seen); null when the case has neither. */
export function splitOf(m: CaseMeta | undefined): 'seen' | 'heldout' | null {
  if (m?.split === 'seen' || m?.split === 'heldout') return m.split;
  if (typeof m?.seen === 'boolean') return m.seen ? 'seen' : 'heldout';
  return null;
}

/** "0-20%" … "80-100%" (depth ∈ [0, 1]); "n/a" without a depth. */
export function depthBucket(depth: unknown): string {
  if (typeof depth !== 'number' || !Number.isFinite(depth)) return 'n/a';
  const b = Math.min(4, Math.max(0, Math.floor(depth * 5)));
  return `${b * 20}-${b * 20 + 20}%`;
}

/** The key of a row in a dimension. */
export function keyOf(row: ResultRow, dim: Dimension): string {
  const m = row.meta;
  switch (dim) {
    case 'length':
      return lengthKey(m);
    case 'shape':
      return str(m?.shape, row.answers.length === 0 ? 'absent' : 'unknown');
    case 'depth':
      return depthBucket(m?.depth);
    case 'length×depth':
      return `${lengthKey(m)}|${depthBucket(m?.depth)}`;
    case 'length×shape':
      return `${lengthKey(m)}|${keyOf(row, 'shape')}`;
    default:
      return str(m?.[dim], 'unknown');
  }
}

/** Sorts length keys by size ("1.5k" < "8k" < "32k" < "128k" < "1M"; plain numbers too). */
export function lengthValue(key: string): number {
  const m = /^([\d.]+)\s*([kKmM]?)$/.exec(key);
  if (!m) return Number.POSITIVE_INFINITY;
  const scale = m[2] === '' ? 1 : m[2]!.toLowerCase() === 'k' ? 1e3 : 1e6;
  return Number(m[1]) * scale;
}
export const byLength = (a: string, b: string) => lengthValue(a) - lengthValue(b) || a.localeCompare(b);

function emptyGroups(): Record<Dimension, Record<string, Tally>> {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, {}])) as unknown as Record<Dimension, Record<string, Tally>>;
}

export function summarizeMode(rows: readonly ResultRow[]): ModeSummary {
  const groups = Object.fromEntries(SPLITS.map((s) => [s, emptyGroups()])) as Record<
    Split,
    Record<Dimension, Record<string, Tally>>
  >;
  const absent = Object.fromEntries(SPLITS.map((s) => [s, {}])) as Record<Split, Record<string, AbsentMetrics>>;
  const len: Record<string, Tally> = {};
  for (const r of rows) {
    add((len[lengthKey(r.meta)] ??= tally()), r.correct);
    const split = splitOf(r.meta);
    for (const s of split ? (['all', split] as Split[]) : (['all'] as Split[])) {
      for (const dim of DIMENSIONS) add((groups[s][dim][keyOf(r, dim)] ??= tally()), r.correct);
      for (const l of ['all', lengthKey(r.meta)]) {
        const a = (absent[s][l] ??= { answeredAbsent: tally(), presentCalledAbsent: tally() });
        if (r.answers.length === 0) add(a.answeredAbsent, r.correct);
        else add(a.presentCalledAbsent, r.saidAbsent);
      }
    }
  }
  const correct = rows.filter((r) => r.correct).length;
  const rowsSeen = rows.map((r) => r.rowsSeen);
  const ms = rows.map((r) => r.ms);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    n: rows.length,
    accuracy: rows.length ? correct / rows.length : 0,
    byLength: Object.fromEntries(Object.entries(len).map(([k, t]) => [k, t.accuracy])),
    groups,
    absent,
    rowsSeen: {
      mean: mean(rowsSeen),
      median: rows.length ? median(rowsSeen) : 0,
      max: rowsSeen.length ? Math.max(...rowsSeen) : 0,
      n: rowsSeen.length,
    },
    ms: { mean: mean(ms), median: rows.length ? median(ms) : 0, n: ms.length },
    msByLength: Object.fromEntries(
      Object.keys(len).map((l) => {
        const xs = rows.filter((r) => lengthKey(r.meta) === l).map((r) => r.ms);
        return [l, { median: median(xs), n: xs.length }];
      }),
    ),
  };
}

/** One summary per mode, in the order the modes first appear. */
export function summarize(rows: readonly ResultRow[]): Record<string, ModeSummary> {
  const modes = [...new Set(rows.map((r) => r.mode))];
  return Object.fromEntries(modes.map((m) => [m, summarizeMode(rows.filter((r) => r.mode === m))]));
}

const pct = (t: Tally | undefined) => (t && t.n ? `${Math.round(t.accuracy * 100)}% (${t.n})` : '—');

/**
 * The compact table: per mode, held-out accuracy per length, then all held-out, all seen, absent
 * answered as absent, present called absent (held-out), mean rows seen and median ms per case.
 */
export function formatTable(summary: Record<string, ModeSummary>): string {
  const modes = Object.keys(summary);
  const lengths = [...new Set(modes.flatMap((m) => Object.keys(summary[m]!.groups.all.length)))].sort(byLength);
  const head = [
    'mode',
    ...lengths.map((l) => `held-out ${l}`),
    'held-out',
    'seen',
    'absent→absent',
    'present→absent',
    'rows',
    'ms',
  ];
  const lines = modes.map((m) => {
    const s = summary[m]!;
    const h = s.groups.heldout;
    const ab = s.absent.heldout.all;
    return [
      m,
      ...lengths.map((l) => pct(h.length[l])),
      pct(sumTallies(Object.values(h.length))),
      pct(sumTallies(Object.values(s.groups.seen.length))),
      pct(ab?.answeredAbsent),
      pct(ab?.presentCalledAbsent),
      s.rowsSeen.mean.toFixed(0),
      s.ms.median.toFixed(0),
    ];
  });
  const rows = [head, ...lines];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

export function sumTallies(ts: readonly Tally[]): Tally {
  const t = tally();
  for (const x of ts) {
    t.n += x.n;
    t.correct += x.correct;
  }
  t.accuracy = t.n ? t.correct / t.n : 0;
  return t;
}

/** The first `k` raw outputs of each mode: what was asked, what came out, what was wanted. */
export function formatOutputs(rows: readonly ResultRow[], k = 10): string {
  const out: string[] = [];
  for (const mode of [...new Set(rows.map((r) => r.mode))]) {
    out.push(`— ${mode}: first ${k} outputs`);
    for (const r of rows.filter((x) => x.mode === mode).slice(0, k)) {
      const q = (r.question ?? '').replace(/\s+/g, ' ');
      out.push(
        `  [${r.correct ? 'ok  ' : 'MISS'}] ${r.id} (${splitOf(r.meta) ?? '-'}) Q: ${JSON.stringify(q.length > 90 ? `…${q.slice(-89)}` : q)}`,
      );
      out.push(
        `         → ${JSON.stringify(r.output)}   want: ${r.answers.length ? JSON.stringify(r.answers) : '(absent)'}`,
      );
    }
  }
  return out.join('\n');
}
