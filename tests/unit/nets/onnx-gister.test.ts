// OnnxGister: the exported GistNet run through onnxruntime-node equals PyTorch at LOD1 (token
// embeddings gathered from the table) and LOD2 (child gists), batched in chunks; it fills a real
// MegaContext tree and the version recorded with each gist is the manifest's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ortNode, readTinyPackage, type TinyPackage } from '../../fixtures/tiny-package';
import { OnnxGister, GistNetSessionError } from '../../../src/models/gistnet/onnx-gister';
import { MegaContextTree } from '../../../src/core/tree';
import { fillGists } from '../../../src/core/gister';
import type { ModelManifest } from '../../../src/models/model-manifest';
import { ensureTinyNets, maxAbsDiff, type TinyNetsReference } from './tiny-nets';

let pkg: TinyPackage;
let ref: TinyNetsReference;
let bytes: Uint8Array;
let lensBytes: Uint8Array;
let gister: OnnxGister;

beforeAll(async () => {
  pkg = readTinyPackage();
  const nets = ensureTinyNets();
  ref = nets.reference;
  bytes = nets.gistnet;
  lensBytes = nets.lensnet;
  gister = await OnnxGister.create(ortNode, bytes, pkg.table, { version: 'gistnet-test@step0', maxBatch: 2 });
}, 120_000);
afterAll(async () => gister?.release());

describe('OnnxGister', () => {
  it('LOD1: token ids → the PyTorch gists (3 blocks in batches of 2)', async () => {
    const ids = Int32Array.from(ref.gist_lod1.token_ids);
    const out = await gister.gist({ level: 1, first: 0, count: 3, tokenIds: ids });
    expect(out.length).toBe(3 * pkg.table.dim);
    expect(maxAbsDiff(out, ref.gist_lod1.expected)).toBeLessThan(1e-5);
  });

  it('LOD2: child gists → the PyTorch gists', async () => {
    const out = await gister.gist({
      level: 2,
      first: 0,
      count: 2,
      childGists: Float32Array.from(ref.gist_lod2.child_gists),
    });
    expect(maxAbsDiff(out, ref.gist_lod2.expected)).toBeLessThan(1e-5);
  });

  it('fills a tree (LOD1 and LOD2) and stamps the manifest version', async () => {
    const manifest = {
      name: 'tiny',
      version: '0',
      gistnet: { file: 'gistnet.onnx', base_model: 'tiny@0', version: 'gistnet-demo@step7', block_size: 32 },
    } as unknown as ModelManifest;
    const g = await OnnxGister.fromPackage(ortNode, manifest, bytes, pkg.table);
    expect(g.version).toBe('gistnet-demo@step7');
    const tree = new MegaContextTree({ gistDim: g.dim, maxLevel: 2 });
    tree.append(Array.from({ length: 1024 + 40 }, (_, i) => (i * 7919) % 8000));
    expect(await fillGists(tree, g, 8)).toBe(33 + 1);
    const direct = await g.gist({ level: 1, first: 5, count: 1, tokenIds: tree.tokenIds(5 * 32, 6 * 32) });
    expect(maxAbsDiff(tree.gist(1, 5), direct)).toBe(0);
    await g.release();
  });

  it('rejects a graph that is not a GistNet', async () => {
    await expect(OnnxGister.create(ortNode, lensBytes, pkg.table, { version: 'x' })).rejects.toBeInstanceOf(
      GistNetSessionError,
    );
  });
});
