// The exported WGSL flat weights (per level, level bias folded in) run through the CPU reference of
// the GPU forward (gistNetRef) give the same gists as PyTorch / the ONNX graph.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTinyPackage, type TinyPackage } from '../../fixtures/tiny-package';
import { flatLayoutFiles, parseGistNetFlat } from '../../../src/models/gistnet/gistnet-flat';
import { gistNetRef } from '../../../src/gpu/gistnet-wgsl.ref';
import { GistNetWeightsError } from '../../../src/gpu/gistnet-weights';
import { ensureTinyNets, maxAbsDiff } from './tiny-nets';

let pkg: TinyPackage;
let nets: ReturnType<typeof ensureTinyNets>;
beforeAll(() => {
  pkg = readTinyPackage();
  nets = ensureTinyNets();
}, 120_000);

const load = (level: number) => {
  const files = flatLayoutFiles({ flat_layout: nets.reference.gistnet.flat }, level)!;
  return parseGistNetFlat(
    readFileSync(path.join(nets.dir, files.json), 'utf8'),
    readFileSync(path.join(nets.dir, files.bin)),
  );
};

describe('GistNet flat layout export', () => {
  it('LOD1 and LOD2 flat weights reproduce the PyTorch gists through gistNetRef', () => {
    const ref = nets.reference;
    const d = pkg.table.dim;
    const l1 = load(1);
    const x = new Float32Array(3 * 32 * d);
    pkg.table.gather(ref.gist_lod1.token_ids, x);
    expect(maxAbsDiff(gistNetRef(l1.manifest, l1.weights, x, 3), ref.gist_lod1.expected)).toBeLessThan(1e-5);
    const l2 = load(2);
    expect(
      maxAbsDiff(
        gistNetRef(l2.manifest, l2.weights, Float32Array.from(ref.gist_lod2.child_gists), 2),
        ref.gist_lod2.expected,
      ),
    ).toBeLessThan(1e-5);
    expect(load(5).manifest).toEqual(l2.manifest); // levels above the trained ones use the top net
  });

  it('rejects weights that do not fit the layout', () => {
    const l1 = load(1);
    expect(() => parseGistNetFlat(l1.manifest, new Uint8Array(12))).toThrow(GistNetWeightsError);
  });
});
