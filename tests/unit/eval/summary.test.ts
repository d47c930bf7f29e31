// Eval summaries: accuracy per mode × split × length and per shape / framing / family / depth,
// absent metrics, rows seen — each with its n; the printed table and raw outputs.
import { describe, expect, it } from 'vitest';
import {
  depthBucket,
  formatOutputs,
  formatTable,
  lengthValue,
  splitOf,
  summarize,
  type ResultRow,
} from '../../../src/eval/summary';

function row(mode: string, correct: boolean, meta: ResultRow['meta'], extra: Partial<ResultRow> = {}): ResultRow {
  return {
    id: `c${Math.random()}`,
    mode,
    output: correct ? 'yes' : 'no',
    correct,
    saidAbsent: false,
    answers: ['v'],
    rowsSeen: 100,
    ms: 10,
    ...(meta ? { meta } : {}),
    ...extra,
  };
}
const m = (
  length_bucket: string,
  split: string,
  shape: string,
  depth: number,
  more: Record<string, string | number | boolean> = {},
) => ({ length_bucket, split, shape, depth, framing: 'chat', fact_family: 'list', question_family: 'wh', ...more });

describe('eval summary', () => {
  const rows: ResultRow[] = [
    row('learned', true, m('8k', 'heldout', 'single', 0.05)),
    row('learned', false, m('8k', 'heldout', 'multi', 0.95, { framing: 'completion' })),
    row('learned', true, m('8k', 'seen', 'single', 0.5)),
    row('learned', true, m('1.5k', 'heldout', 'absent', 0.3), { answers: [], saidAbsent: true }),
    row('learned', false, m('1.5k', 'heldout', 'single', 0.3), { saidAbsent: true, rowsSeen: 300 }),
    row('truncation', false, m('8k', 'heldout', 'single', 0.05)),
  ];
  const s = summarize(rows);

  it('splits modes, and counts every group with its n', () => {
    expect(Object.keys(s)).toEqual(['learned', 'truncation']);
    const l = s.learned!;
    expect(l.n).toBe(5);
    expect(l.accuracy).toBeCloseTo(3 / 5);
    expect(l.groups.heldout.length['8k']).toEqual({ n: 2, correct: 1, accuracy: 0.5 });
    expect(l.groups.seen.length['8k']).toEqual({ n: 1, correct: 1, accuracy: 1 });
    expect(l.groups.all.length['8k']).toEqual({ n: 3, correct: 2, accuracy: 2 / 3 });
    expect(l.groups.heldout.shape.single).toEqual({ n: 2, correct: 1, accuracy: 0.5 });
    expect(l.groups.heldout.framing.completion).toEqual({ n: 1, correct: 0, accuracy: 0 });
    expect(l.groups.heldout.depth['0-20%']).toEqual({ n: 1, correct: 1, accuracy: 1 });
    expect(l.groups.heldout.depth['80-100%']!.n).toBe(1);
    expect(l.groups.heldout['length×depth']['1.5k|20-40%']).toEqual({ n: 2, correct: 1, accuracy: 0.5 });
    expect(l.groups.heldout['length×shape']['8k|multi']!.n).toBe(1);
    expect(l.groups.all.fact_family.list!.n).toBe(5);
    expect(l.byLength).toEqual({ '8k': 2 / 3, '1.5k': 0.5 });
    expect(l.rowsSeen).toEqual({ mean: 140, median: 100, max: 300, n: 5 });
    expect(l.msByLength['8k']).toEqual({ median: 10, n: 3 });
  });

  it('reports absent facts answered as absent and present facts called absent', () => {
    const a = s.learned!.absent.heldout;
    expect(a.all!.answeredAbsent).toEqual({ n: 1, correct: 1, accuracy: 1 });
    expect(a.all!.presentCalledAbsent).toEqual({ n: 3, correct: 1, accuracy: 1 / 3 });
    expect(a['1.5k']!.presentCalledAbsent).toEqual({ n: 1, correct: 1, accuracy: 1 });
    expect(s.learned!.absent.seen.all!.presentCalledAbsent.correct).toBe(0);
  });

  it('reads older passkey files (no split: counted under all, by requested tokens)', () => {
    const p = summarize([
      row('similarity', true, { tokens: 2048, depth: 0.5, key: 7 }),
      row('similarity', false, { tokens: 8192, depth: 0.1, key: 8 }),
    ]);
    expect(p.similarity!.byLength).toEqual({ '2048': 1, '8192': 0 });
    expect(p.similarity!.groups.heldout.length).toEqual({});
    expect(p.similarity!.groups.all.shape.unknown!.n).toBe(2);
  });

  it('names splits, depth buckets and orders lengths', () => {
    expect(splitOf({ seen: false })).toBe('heldout');
    expect(splitOf({ split: 'seen', seen: false })).toBe('seen');
    expect(splitOf({})).toBeNull();
    expect([depthBucket(0), depthBucket(0.2), depthBucket(1), depthBucket(undefined)]).toEqual([
      '0-20%',
      '20-40%',
      '80-100%',
      'n/a',
    ]);
    expect(['1M', '8k', '1.5k', '128k', '2048'].sort((a, b) => lengthValue(a) - lengthValue(b))).toEqual([
      '1.5k',
      '2048',
      '8k',
      '128k',
      '1M',
    ]);
  });

  it('prints a table per mode and the first raw outputs', () => {
    const t = formatTable(s).split('\n');
    expect(t[0]).toMatch(/held-out 1\.5k .*held-out 8k/);
    // held-out 1.5k, 8k, all held-out, seen, absent→absent, present→absent, mean rows, median ms
    expect(t[1]).toMatch(/^learned +50% \(2\) +50% \(2\) +50% \(4\) +100% \(1\) +100% \(1\) +33% \(3\) +140 +10$/);
    const o = formatOutputs(rows, 2);
    expect(o.match(/\[(ok {2}|MISS)\]/g)!.length).toBe(3); // 2 learned + 1 truncation
    expect(o).toContain('→ "yes"   want: ["v"]');
  });
});
