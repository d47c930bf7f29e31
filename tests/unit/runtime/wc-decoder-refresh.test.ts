// A refresh overwrites gists the decoder's KV cache was computed from: the next sync recomputes
// from the first working-context row whose gist changed (earlier rows stay reused), and feeds the
// new gist values; without a refresh the KV prefix is reused as before.
import { describe, expect, it } from 'vitest';
import { readTinyPackage } from '../../fixtures/tiny-package';
import { ConversationMemory } from '../../../src/runtime/conversation-memory';
import { WcDecoder, type DecoderLike } from '../../../src/runtime/wc-decoder';
import { planRows } from '../../../src/runtime/row-plan';
import { refreshStale } from '../../../src/core/gist-refresh';
import { gisterA, gisterB } from '../../fixtures/versioned-gister';

const compacted = { kind: 'compacted' } as const;

/** Records the rows it is fed; its "KV cache" is the list of rows. */
class RecordingDecoder implements DecoderLike {
  readonly spec: { hiddenSize: number; vocabSize: number };
  rows: Float32Array[] = [];
  readonly kv = { length: 0 };
  constructor(private readonly d: number) {
    this.spec = { hiddenSize: d, vocabSize: 4 };
  }
  async forward(embeds: Float32Array): Promise<{ logits: Float32Array; keep: number }> {
    for (let i = 0; i < embeds.length / this.d; i++) this.rows.push(embeds.slice(i * this.d, (i + 1) * this.d));
    this.kv.length = this.rows.length;
    return { logits: new Float32Array(4), keep: 1 };
  }
  truncate(n: number): void {
    this.rows.length = Math.min(n, this.rows.length);
    this.kv.length = this.rows.length;
  }
  reset(): void {
    this.truncate(0);
  }
}

describe('WcDecoder after a gist refresh', () => {
  it('recomputes from the first row whose gist was overwritten, with the new gist', async () => {
    const pkg = readTinyPackage();
    const d = pkg.dims.hiddenSize;
    const memory = new ConversationMemory(gisterA(d), { config: { wMax: 400, protectedTokens: 64 } });
    await memory.ingest(Array.from({ length: 6010 }, (_, i) => (i * 31) % 900));
    const dec = new RecordingDecoder(d);
    const wcd = new WcDecoder(memory, dec, pkg.table, compacted);
    const first = await wcd.sync();
    expect(first.stats.reusedRows).toBe(0);
    const again = await wcd.sync();
    expect(again.stats.reusedRows).toBe(again.stats.rows - 1); // nothing changed: all but the last row reused

    // Overwrite the gist of the second gist row of the working context.
    const plan = planRows(memory.wc, compacted, 32, memory.tree.length);
    const gistRows = Array.from(plan.level.keys()).filter((r) => plan.level[r]! > 0);
    expect(gistRows.length).toBeGreaterThan(2);
    const row = gistRows[1]!;
    const level = plan.level[row]!;
    const fresh = new Float32Array(d).fill(0.5);
    memory.tree.overwriteGists(level, plan.key[row]!, fresh, 'other@1');
    const after = await wcd.sync();
    expect(after.stats.reusedRows).toBe(row);
    expect(Array.from(dec.rows[row]!)).toEqual(Array.from(fresh));

    // A whole refresh (every gist): recomputed from the first gist row.
    await refreshStale(memory.tree, gisterB(d));
    const refreshed = await wcd.sync();
    expect(refreshed.stats.reusedRows).toBe(gistRows[0]);
    expect(Array.from(dec.rows[gistRows[0]!]!)).toEqual(
      Array.from(memory.tree.gist(plan.level[gistRows[0]!]!, plan.key[gistRows[0]!]!)),
    );
    expect((await wcd.sync()).stats.reusedRows).toBe(refreshed.stats.rows - 1);
  });
});
