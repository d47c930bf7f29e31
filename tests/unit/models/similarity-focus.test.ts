// Similarity focus (training-free fallback): entries are scored by their best-matching block, so a
// needle under a coarse gist opens level by level whatever the gister puts in the gist vectors.
import { describe, expect, it } from 'vitest';
import { ConversationMemory } from '../../../src/runtime/conversation-memory';
import { EmbeddingTable } from '../../../src/models/embedding-table';
import type { Gister } from '../../../src/core/gister';
import type { GistJob } from '../../../src/core/tree';
import { BlockSimilarities, bestBlockSimilarity, entrySimilarities, SIMILARITY_REFOCUS_OPTIONS, similarityScorer } from '../../../src/models/similarity-focus';

const d = 4;
const FILLER = 1;
const NEEDLE = 2;

/** Token v points along axis v % d: filler (1) and needle (2) are orthogonal. */
function table(): EmbeddingTable {
  const data = new Float32Array(10 * d);
  for (let v = 0; v < 10; v++) data[v * d + (v % d)] = 1;
  return new EmbeddingTable(data, 10, d);
}

/** A gister whose gists say nothing about their span (what similarity must not rely on). */
class OpaqueGister implements Gister {
  readonly version = 'opaque@1';
  readonly dim = d;
  gist(job: GistJob): Float32Array {
    return new Float32Array(job.count * d).fill(-1);
  }
}

function haystack(tokens: number, needleAt: number): number[] {
  const ids = new Array<number>(tokens).fill(FILLER);
  for (let i = 0; i < 8; i++) ids[needleAt + i] = NEEDLE;
  return ids;
}

describe('similarity focus', () => {
  it('scores a span by its best block, not by its mean or its gist', async () => {
    const memory = new ConversationMemory(new OpaqueGister(), { config: { wMax: 256, protectedTokens: 32, maxLevel: 2 } });
    await memory.ingest(haystack(4096, 1000));
    const t = table();
    const query = t.meanOf([NEEDLE]);
    // Block 31 (tokens 992…1023) holds all 8 needle tokens of 32: cos = 8/√(8²+24²) ≈ 0.316.
    expect(bestBlockSimilarity(memory.tree, t, query, 0, 1024)).toBeCloseTo(8 / Math.sqrt(64 + 576), 5);
    expect(bestBlockSimilarity(memory.tree, t, query, 1024, 2048)).toBe(0);
    const sims = entrySimilarities(memory.wc, new BlockSimilarities(memory.tree, t, query), memory.tree.length);
    const wc = memory.wc;
    const needleEntry = Array.from({ length: wc.length }, (_, i) => i).find((i) => wc.entryStart(i) <= 1000 && 1000 < wc.entryEnd(i))!;
    expect(wc.level(needleEntry)).toBeGreaterThanOrEqual(1); // the needle sits under a gist
    for (let i = 0; i < wc.length; i++) if (i !== needleEntry && !wc.isProtected(i)) expect(sims[i]).toBeLessThan(sims[needleEntry]!);
  });

  it('opens the needle from LOD2 to raw tokens within the budget', async () => {
    const wMax = 256;
    const memory = new ConversationMemory(new OpaqueGister(), { config: { wMax, protectedTokens: 32, maxLevel: 2 } });
    await memory.ingest(haystack(4096, 1000));
    const before = memory.wc.entries();
    expect(before.some((e) => e.level === 2 && e.index === 0)).toBe(true);
    const report = memory.refocus(similarityScorer(memory.tree, table(), [NEEDLE]), SIMILARITY_REFOCUS_OPTIONS);
    expect(report.costAfter).toBeLessThanOrEqual(wMax);
    const wc = memory.wc;
    const at = Array.from({ length: wc.length }, (_, i) => i).find((i) => wc.entryStart(i) <= 1000 && 1000 < wc.entryEnd(i))!;
    expect(wc.level(at)).toBe(0); // block 31 is raw tokens now
  });
});
