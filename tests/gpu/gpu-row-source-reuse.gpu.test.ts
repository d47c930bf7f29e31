// Working Context assembly on the GPU allocates nothing per turn once warm (issue 18): the row
// source keeps its packed entries and assembly outputs between calls (regrown ×2 when the working
// context outgrows them) and the assembly kernel keeps its uniform and bind group (src/gpu/kernel.ts).
// Counted on a device wrapper (counting-device.ts); the rows stay exact after every call.
import { describe, expect, it } from 'vitest';
import { acquireGpu } from '../../src/gpu/device';
import { readbackF32 } from '../../src/gpu/buffers';
import { FakeGister } from '../../src/core/gister';
import { EmbeddingTable } from '../../src/models/embedding-table';
import { ConversationMemory } from '../../src/runtime/conversation-memory';
import { GpuRowSource } from '../../src/runtime/gpu-row-source';
import { materializeRows, planRows } from '../../src/runtime/row-plan';
import { countingDevice } from './counting-device';

const policy = { kind: 'compacted' } as const;

describe('GPU row source reuse', () => {
  it('assembling again creates no GPU buffer and no bind group (outputs, entries and the kernel uniform are kept)', async () => {
    const dim = 8;
    const table = EmbeddingTable.fromBytes(
      new Uint8Array(Float32Array.from({ length: 60 * dim }, (_, i) => Math.sin(i)).buffer),
      60,
      dim,
    );
    const { device } = await acquireGpu({ label: 'rows-reuse-test' });
    device.pushErrorScope('validation');
    const memory = new ConversationMemory(new FakeGister(dim), { config: { wMax: 256, protectedTokens: 64 } });
    await memory.ingest(Array.from({ length: 1_500 }, (_, i) => (i * 11) % 60)); // LOD1 and LOD2 gists in the WC
    expect(new Set(Array.from({ length: memory.wc.length }, (_, i) => memory.wc.level(i))).size).toBeGreaterThan(1);
    const counted = countingDevice(device);
    const source = new GpuRowSource(counted.device, table, memory.tree);
    const assembleAndCount = async () => {
      counted.take();
      const rows = source.assemble(memory.wc, policy);
      const made = counted.take();
      const slice = source.rows(0, rows); // fresh buffers for ORT, by design (the tensors own them)
      const got = Array.from(await readbackF32(device, slice.embeds, rows * dim));
      slice.destroy();
      expect(got).toEqual(
        Array.from(materializeRows(planRows(memory.wc, policy, 32, memory.tree.length), 0, memory.tree, table)),
      );
      return made;
    };
    expect((await assembleAndCount()).createBuffer).toBeGreaterThan(0);
    expect(await assembleAndCount()).toEqual({ createBuffer: 0, createBindGroup: 0 });
    await memory.ingest(Array.from({ length: 300 }, (_, i) => (i * 5) % 60)); // the WC changes; buffers may regrow once
    await assembleAndCount();
    expect(await assembleAndCount()).toEqual({ createBuffer: 0, createBindGroup: 0 });
    // Every object is labelled by its owner: rows.* (row source), assemble.* (kernel, outputs), the table.
    expect(counted.labels.filter((l) => !/^(rows|assemble|embedding-table)[.[]/.test(l))).toEqual([]);
    source.destroy();
    expect(await device.popErrorScope()).toBeNull();
    device.destroy();
  });
});
