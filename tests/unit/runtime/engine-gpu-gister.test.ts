// The engine's GistNet path choice (engine-model.ts): on WebGPU with a host that offers a GPU
// gister, the package's flat GistNet weights (LOD1, LOD2) are fetched and the GPU gister makes the
// gists (here a CPU stand-in running gistNetRef, the reference of the WGSL forward: no GPU in node);
// the model info and the snapshots say "WGSL on WebGPU"; when it fails (a lost device) the ONNX net
// takes over with the same version (no gist goes stale) and the path shown changes; a host that
// declines keeps ONNX and says why; on WASM the host is not asked.
import { beforeAll, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { ensureTinyNets, netsFetcher } from '../nets/tiny-nets';
import { MegaContextEngine } from '../../../src/runtime/engine';
import type { EngineHost } from '../../../src/runtime/engine-host';
import type { GpuGister } from '../../../src/runtime/gpu-gister';
import type { GistJob } from '../../../src/core/tree';
import type { EmbeddingTable } from '../../../src/models/embedding-table';
import type { GistNetFlat } from '../../../src/models/gistnet/gistnet-flat';
import { gistNetRef } from '../../../src/gpu/gistnet-wgsl.ref';

beforeAll(() => {
  ensureTinyNets();
}, 120_000);

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const doc = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]).join(' ');

/** The WGSL forward's CPU reference over the flat weights, standing in for WgslGister. */
class RefGpuGister implements GpuGister {
  readonly dim: number;
  readonly levelsSeen = new Set<number>();
  fail = false;
  released = false;
  constructor(
    private readonly table: EmbeddingTable,
    private readonly levels: readonly GistNetFlat[],
    readonly version: string,
  ) {
    this.dim = table.dim;
  }
  async gist(job: GistJob): Promise<Float32Array> {
    if (this.fail) throw new Error('device lost (test)');
    this.levelsSeen.add(job.level);
    const net = this.levels[Math.min(job.level, this.levels.length) - 1]!;
    let x = job.childGists;
    if (job.level === 1) {
      x = new Float32Array(job.count * 32 * this.dim);
      this.table.gather(job.tokenIds!, x);
    }
    return gistNetRef(net.manifest, net.weights, x!, job.count);
  }
  async release(): Promise<void> {
    this.released = true;
  }
}

async function engineOn(path: 'webgpu' | 'wasm', decline?: string) {
  const made: RefGpuGister[] = [];
  const fetched: string[] = [];
  const files = netsFetcher();
  const host: EngineHost = {
    ...(await nodeEngineHost(TINY_DIR, new IDBFactory())),
    fetcher: ((url: string | URL | Request) => {
      fetched.push(String(url).split('/').pop()!);
      return files(url);
    }) as typeof fetch,
    chooseComputePath: async () => ({ path, note: 'test' }),
    gpuGister: async (p, table, loadLevels, version) => {
      expect(p).toBe('webgpu');
      if (decline) return { reason: decline }; // declined before fetching the weights
      const levels = await loadLevels();
      expect(levels.map((l) => l.manifest.config.lastSkip)).toEqual([true, true]);
      const g = new RefGpuGister(table, levels, version);
      made.push(g);
      return { gister: g };
    },
  };
  const engine = new MegaContextEngine(host);
  const info = await engine.loadModel('/models/tiny-with-nets/', path);
  engine.updateSettings({ wMax: 512, maxNewTokens: 4, protectedTokens: 64, focusMode: 'similarity' });
  return { engine, info, made, flatFetched: fetched.filter((f) => f.startsWith('gistnet.lod')) };
}

describe('GistNet path in the engine', () => {
  it('WebGPU: the GPU gister makes LOD1 and LOD2 gists; on failure ONNX takes over, same version', async () => {
    const { engine, info, made, flatFetched } = await engineOn('webgpu');
    expect(info.gisterPath).toBe('WGSL on WebGPU');
    expect(flatFetched.sort()).toEqual([
      'gistnet.lod1.f32.bin',
      'gistnet.lod1.json',
      'gistnet.lod2.f32.bin',
      'gistnet.lod2.json',
    ]);
    expect(made).toHaveLength(1);
    const gpu = made[0]!;
    const conv = await engine.createConversation('gpu gister');
    const first = await engine.ingest(conv.id, doc(3000), 'doc');
    expect([...gpu.levelsSeen].sort()).toEqual([1, 2]);
    expect(first.snapshot.gisterPath).toBe('WGSL on WebGPU');
    expect(first.snapshot.levelCounts[2]).toBeGreaterThan(0);

    gpu.fail = true;
    const second = await engine.ingest(conv.id, doc(2000), 'more');
    expect(second.snapshot.tokenCount).toBeGreaterThan(first.snapshot.tokenCount);
    expect(second.snapshot.staleGists).toBe(0); // the ONNX twin carries the same version
    expect(second.snapshot.gisterPath).toBe('ONNX on WASM (WebGPU failed: device lost (test))');

    await engine.loadModel('/models/tiny-with-nets/', 'webgpu'); // the replaced model's gisters are released
    expect(gpu.released).toBe(true);
  }, 120_000);

  it('a host that declines (e.g. a software adapter) keeps ONNX and says why; WASM never asks', async () => {
    const declined = await engineOn('webgpu', 'software WebGPU adapter');
    expect(declined.info.gisterPath).toBe('ONNX on WASM (software WebGPU adapter)');
    expect(declined.flatFetched).toEqual([]); // the flat weights are not downloaded for nothing
    const wasm = await engineOn('wasm');
    expect(wasm.info.gisterPath).toBe('ONNX on WASM');
    expect(wasm.made).toHaveLength(0);
    expect(wasm.flatFetched).toEqual([]);
  }, 120_000);
});
