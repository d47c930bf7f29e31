// FallbackGister (the WGSL GistNet with ONNX on WASM behind it): the primary makes gists until it
// fails once; the failed job and every later one go to the fallback; the switch is reported once;
// sinks reach only the primary; the flat layout's trained levels are read in order.
import { describe, expect, it } from 'vitest';
import type { GistJob } from '../../../src/core/tree';
import { FakeGister } from '../../../src/core/gister';
import { FallbackGister, gisterWithSink, type SinkGister } from '../../../src/models/gistnet/fallback-gister';
import { flatLayoutLevels } from '../../../src/models/gistnet/gistnet-flat';
import { GistNetWeightsError } from '../../../src/gpu/gistnet-weights';
import { ConversationMemory } from '../../../src/runtime/conversation-memory';

const D = 6;

/** A primary that scales the fake gists by 2 (so which gister made a gist shows), failing on demand. */
class Primary implements SinkGister<string> {
  readonly version = 'net@1';
  readonly dim = D;
  readonly sinks: (string | undefined)[] = [];
  failNext = false;
  private readonly inner = new FakeGister(D, 32, 'net@1');
  async gist(job: GistJob, sink?: string): Promise<Float32Array> {
    this.sinks.push(sink);
    if (this.failNext) throw new Error('device lost');
    return this.inner.gist(job).map((v) => v * 2);
  }
}

const job = (count: number): GistJob => ({
  level: 1,
  first: 0,
  count,
  tokenIds: Int32Array.from({ length: count * 32 }, (_, i) => i),
});

describe('FallbackGister', () => {
  it('runs the primary until a call fails, then the fallback for that call and every later one', async () => {
    const primary = new Primary();
    const fallback = new FakeGister(D, 32, 'net@1');
    const switches: string[] = [];
    const g = new FallbackGister(
      { gister: primary, path: 'WGSL on WebGPU' },
      { gister: fallback, path: 'ONNX on WASM' },
      (s) => switches.push(`${s.from} → ${s.to}: ${s.reason}`),
    );
    expect([g.version, g.dim, g.path, g.switched]).toEqual(['net@1', D, 'WGSL on WebGPU', null]);
    const a = await g.gist(job(2), 'rows-a');
    expect(Array.from(a)).toEqual(Array.from(fallback.gist(job(2)).map((v) => v * 2)));
    primary.failNext = true;
    const b = await g.gist(job(3), 'rows-a');
    expect(Array.from(b)).toEqual(Array.from(fallback.gist(job(3))));
    expect(g.path).toBe('ONNX on WASM');
    primary.failNext = false; // never asked again
    await g.gist(job(1), 'rows-a');
    expect(primary.sinks).toEqual(['rows-a', 'rows-a']);
    expect(switches).toEqual(['WGSL on WebGPU → ONNX on WASM: device lost']);
    g.switchToFallback('again');
    expect(switches).toHaveLength(1);
  });

  it('switches without a call when told (the decoder lost the device)', async () => {
    const primary = new Primary();
    const g = new FallbackGister(
      { gister: primary, path: 'WGSL on WebGPU' },
      { gister: new FakeGister(D, 32, 'net@1'), path: 'ONNX on WASM' },
    );
    g.switchToFallback('WebGPU failed during decoding');
    await g.gist(job(1));
    expect(primary.sinks).toEqual([]);
    expect(g.switched?.reason).toBe('WebGPU failed during decoding');
  });

  it('refuses two different nets (the gists would carry one version for both)', () => {
    expect(
      () =>
        new FallbackGister(
          { gister: new Primary(), path: 'a' },
          { gister: new FakeGister(D, 32, 'other@2'), path: 'b' },
        ),
    ).toThrow(RangeError);
    expect(
      () =>
        new FallbackGister(
          { gister: new Primary(), path: 'a' },
          { gister: new FakeGister(D + 1, 32, 'net@1'), path: 'b' },
        ),
    ).toThrow(RangeError);
  });

  it("gisterWithSink hands a conversation's sink to each call, read when the call is made", async () => {
    const primary = new Primary();
    const conv: { sink?: string } = {};
    const memory = new ConversationMemory(gisterWithSink(primary, () => conv.sink));
    await memory.ingest(Array.from({ length: 64 }, (_, i) => i));
    conv.sink = 'rows-1';
    await memory.ingest(Array.from({ length: 32 }, (_, i) => i));
    expect(primary.sinks).toEqual([undefined, 'rows-1']);
    expect(memory.tree.gistedCount(1)).toBe(3);
  });
});

describe('flatLayoutLevels', () => {
  it('lists the trained levels 1…n in order and rejects gaps', () => {
    const f = { bin: 'b', json: 'j' };
    expect(flatLayoutLevels({ flat_layout: { '2': f, '1': f } })).toEqual([1, 2]);
    expect(flatLayoutLevels({})).toEqual([]);
    expect(() => flatLayoutLevels({ flat_layout: { '1': f, '3': f } })).toThrow(GistNetWeightsError);
  });
});
