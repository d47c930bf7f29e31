// The runtime loop on the tiny real decoder: ingest → refocus → assemble → decode, with the
// working context within budget, gists standing in for blocks, and KV reuse across turns.
import { describe, expect, it } from 'vitest';
import { useTinyDecoder } from '../../fixtures/tiny-decoder';
import { readTinyTokenizer } from '../../fixtures/tiny-package';
import { termMapOf } from '../../../src/models/focus/term-map';
import { ConversationMemory } from '../../../src/runtime/conversation-memory';
import { WcDecoder } from '../../../src/runtime/wc-decoder';
import { generateTurn } from '../../../src/runtime/generate';
import { TrainingFreeGister } from '../../../src/models/training-free-gister';
import { similarityScorer } from '../../../src/models/similarity-focus';
import { planRows } from '../../../src/runtime/row-plan';

const tiny = useTinyDecoder();

const compacted = { kind: 'compacted' } as const;

function pseudoText(n: number, seed: number): number[] {
  let s = seed >>> 0;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return 10 + (s % 8000);
  });
}

describe('runtime loop', () => {
  it('an inserted gist changes the logits exactly as the assembled rows say', async () => {
    const memory = new ConversationMemory(new TrainingFreeGister(tiny.pkg.table), {
      config: { wMax: 512, protectedTokens: 64 },
    });
    await memory.ingest(pseudoText(200, 1)); // 6 full blocks + a tail of 8
    const wcd = new WcDecoder(memory, tiny.dec, tiny.pkg.table, compacted);
    tiny.dec.reset();
    const expanded = (await wcd.sync()).logits;
    // Collapse block 0 to its LOD1 gist: 32 token rows become one gist row.
    memory.wc.collapse(0);
    const { logits: collapsed, stats } = await wcd.sync();
    expect(stats.reusedRows).toBe(0); // the change is at row 0: everything is recomputed
    expect(stats.rows).toBe(200 - 31);
    let diff = 0;
    for (let i = 0; i < expanded.length; i++) diff = Math.max(diff, Math.abs(expanded[i]! - collapsed[i]!));
    expect(diff).toBeGreaterThan(1e-4);

    // Same logits from a manual assembly: [block 0's gist = its last token's row, tokens 32…199], positions 0…168.
    const d = tiny.pkg.dims.hiddenSize;
    const manual = new Float32Array(169 * d);
    manual.set(tiny.pkg.table.row(memory.tree.tokenAt(31)), 0);
    tiny.pkg.table.gather(memory.tree.tokenIds(32, 200), manual, 1);
    tiny.dec.reset();
    const direct = (
      await tiny.dec.forward(
        manual,
        Array.from({ length: 169 }, (_, i) => i),
        1,
      )
    ).logits;
    let err = 0;
    for (let i = 0; i < direct.length; i++) err = Math.max(err, Math.abs(direct[i]! - collapsed[i]!));
    expect(err).toBeLessThan(1e-4);
  });

  it('ingests 100k tokens and decodes with the working context within budget, reusing the KV prefix', async () => {
    const wMax = 1024;
    const memory = new ConversationMemory(new TrainingFreeGister(tiny.pkg.table), {
      config: { wMax, protectedTokens: 128 },
    });
    const progress: number[] = [];
    await memory.ingest(pseudoText(100_000, 7), { onProgress: (p) => progress.push(p.tokensDone) });
    expect(progress.at(-1)).toBe(100_000);
    expect(memory.tree.counts()).toEqual([100_000, 3125, 97]);
    expect(memory.wc.cost).toBeLessThanOrEqual(wMax);
    memory.wc.validate({ budget: true });

    const query = pseudoText(20, 99);
    await memory.ingest(query);
    const report = memory.refocus(similarityScorer(memory.tree, termMapOf(readTinyTokenizer()), query));
    expect(report.costAfter).toBeLessThanOrEqual(wMax);

    tiny.dec.reset();
    const costAtPrefill = memory.wc.cost;
    const wcd = new WcDecoder(memory, tiny.dec, tiny.pkg.table, compacted);
    const turn = await generateTurn(wcd, {
      maxNewTokens: 8,
      sampling: { temperature: 0, topP: 1, seed: 0 },
      stopIds: [],
      decode: (ids) => ids.join(' '),
    });
    expect(turn.tokenIds).toHaveLength(8);
    expect(turn.stopReason).toBe('max-tokens');
    expect(turn.prefill.rows).toBe(costAtPrefill); // one row per token-equivalent
    expect(turn.prefill.computedRows).toBe(costAtPrefill);
    expect(memory.tree.length).toBe(100_000 + 20 + 8);
    expect(memory.wc.cost).toBeLessThanOrEqual(wMax);
    expect(tiny.dec.kv.length).toBe(planRows(memory.wc, compacted, 32, memory.tree.length).rows - 1); // last token not yet decoded

    // A second turn with nothing refocused recomputes only the new rows.
    await memory.ingest(pseudoText(5, 3));
    const next = await wcd.sync();
    expect(next.stats.computedRows).toBe(6); // the last generated token + 5 new tokens
    expect(next.stats.reusedRows).toBe(next.stats.rows - 6);
  });

  it('within the decode headroom every generated token reuses the whole KV cache', async () => {
    const memory = new ConversationMemory(new TrainingFreeGister(tiny.pkg.table), {
      config: { wMax: 400, protectedTokens: 64 },
    });
    await memory.ingest(pseudoText(5_000, 9)); // fills the working context to its budget
    expect(memory.wc.cost).toBeGreaterThan(400 - 32);
    tiny.dec.reset();
    const wcd = new WcDecoder(memory, tiny.dec, tiny.pkg.table, compacted, { decodeHeadroom: 40 });
    await wcd.sync();
    for (let i = 0; i < 40; i++) {
      const { stats } = await wcd.append(100 + i);
      expect(stats.computedRows).toBe(1); // no collapse while within budget + headroom
    }
    expect(memory.wc.cost).toBeLessThanOrEqual(440);
    // Keep going: once past budget + headroom, the oldest content collapses (back within budget)
    // and the KV after that change is recomputed.
    let recomputed = 0;
    for (let i = 0; i < 80 && recomputed === 0; i++) {
      const { stats } = await wcd.append(7);
      if (stats.computedRows > 1) recomputed = stats.computedRows;
    }
    expect(recomputed).toBeGreaterThan(1);
    expect(memory.wc.cost).toBeLessThanOrEqual(400);
  });

  it('a first-token ban masks those ids at the first step only', async () => {
    const run = async (firstTokenBans?: number[]) => {
      const memory = new ConversationMemory(new TrainingFreeGister(tiny.pkg.table), {
        config: { wMax: 512, protectedTokens: 64 },
      });
      await memory.ingest(pseudoText(300, 5));
      tiny.dec.reset();
      return generateTurn(new WcDecoder(memory, tiny.dec, tiny.pkg.table, compacted), {
        maxNewTokens: 6,
        sampling: { temperature: 0, topP: 1, seed: 0 },
        stopIds: [],
        decode: (ids) => ids.join(' '),
        ...(firstTokenBans ? { firstTokenBans } : {}),
      });
    };
    const free = (await run()).tokenIds;
    const banned = (await run([free[0]!])).tokenIds;
    expect(banned[0]).not.toBe(free[0]);
    expect((await run([banned[0]!])).tokenIds).toEqual(free); // an id the model did not open with: no change
    const both = (await run([free[0]!, banned[0]!])).tokenIds;
    expect([free[0], banned[0]]).not.toContain(both[0]);

    // Only the opening is masked: logits that always prefer id 5, then 7, give 7 first, then 5.
    const logits = Float32Array.from({ length: 10 }, (_, i) => (i === 5 ? 2 : i === 7 ? 1 : 0));
    const step = { logits, stats: { rows: 1, reusedRows: 0, computedRows: 1 } };
    const fixed = { sync: async () => step, append: async () => step, record: async () => {} };
    const turn = await generateTurn(fixed as unknown as WcDecoder, {
      maxNewTokens: 4,
      sampling: { temperature: 0, topP: 1, seed: 0 },
      stopIds: [],
      decode: (ids) => ids.join(' '),
      firstTokenBans: [5],
    });
    expect(turn.tokenIds).toEqual([7, 5, 5, 5]);
  });

  it('a grammar (allowedNext) masks every id it does not allow, at every step; null leaves the step free', async () => {
    // Logits that always prefer 5, then 7, then 3.
    const logits = Float32Array.from({ length: 10 }, (_, i) => (i === 5 ? 3 : i === 7 ? 2 : i === 3 ? 1 : 0));
    const step = { logits, stats: { rows: 1, reusedRows: 0, computedRows: 1 } };
    const fixed = { sync: async () => step, append: async () => step, record: async () => {} };
    const seen: number[][] = [];
    const turn = await generateTurn(fixed as unknown as WcDecoder, {
      maxNewTokens: 4,
      sampling: { temperature: 0, topP: 1, seed: 0 },
      stopIds: [9],
      decode: (ids) => ids.join(' '),
      firstTokenBans: [7],
      allowedNext: (reply) => {
        seen.push([...reply]);
        return [[7, 3], null, [7], [9]][reply.length] ?? null;
      },
    });
    // step 0: 7 allowed but banned → 3; step 1: free → 5; step 2: only 7; step 3: only the stop id
    expect(turn.tokenIds).toEqual([3, 5, 7, 9]);
    expect(turn.stopReason).toBe('stop-token');
    expect(seen).toEqual([[], [3], [3, 5], [3, 5, 7]]);
  });

  it('greedy decoding is deterministic and cancellation stops the turn', async () => {
    const run = async (signal?: AbortSignal) => {
      const memory = new ConversationMemory(new TrainingFreeGister(tiny.pkg.table), {
        config: { wMax: 512, protectedTokens: 64 },
      });
      await memory.ingest(pseudoText(300, 5));
      tiny.dec.reset();
      const ac = new AbortController();
      return generateTurn(new WcDecoder(memory, tiny.dec, tiny.pkg.table, compacted), {
        maxNewTokens: 6,
        sampling: { temperature: 0, topP: 1, seed: 0 },
        stopIds: [],
        decode: (ids) => ids.join(' '),
        signal: signal ?? ac.signal,
        onToken: (e) => {
          if (signal && e.index === 1) (signal as AbortSignal & { ctl?: AbortController }).ctl?.abort();
        },
      });
    };
    const a = await run();
    const b = await run();
    expect(a.tokenIds).toEqual(b.tokenIds);
    const ctl = new AbortController();
    const sig = Object.assign(ctl.signal, { ctl });
    const c = await run(sig);
    expect(c.stopReason).toBe('cancelled');
    expect(c.tokenIds.length).toBeLessThan(6);
  });
});
