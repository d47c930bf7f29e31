// End to end from the Python exporter to the browser runtime: the tiny package plus nets added by
// training/gistnet/package_nets.py loads through the worker's package loader (manifest checks,
// sha256, base-model check), and the nets open from the loaded bytes with the manifest's versions.
import { beforeAll, describe, expect, it } from 'vitest';
import { ortNode } from '../../fixtures/tiny-package';
import { loadModelPackage } from '../../../src/models/model-package';
import { baseModelId } from '../../../src/models/model-manifest';
import { OnnxGister } from '../../../src/models/gistnet/onnx-gister';
import { LensNetScorer } from '../../../src/models/lensnet/lensnet-scorer';
import { ensureTinyNets, maxAbsDiff, netsFetcher } from './tiny-nets';

beforeAll(() => {
  ensureTinyNets(); // builds the fixture the fetcher serves
}, 120_000);

/** Serves the nets folder (its manifest.json names the nets), falling back to the tiny package. */
const fetcher = netsFetcher();

describe('package with trained nets', () => {
  it('loads, passes the base-model check and runs both nets', async () => {
    const pkg = await loadModelPackage('/models/tiny-with-nets', { fetcher });
    const m = pkg.manifest;
    expect(m.gistnet?.base_model).toBe(baseModelId(m));
    expect(m.lensnet?.base_model).toBe(baseModelId(m));
    const gister = await OnnxGister.fromPackage(ortNode, m, pkg.nets.gistnet!, pkg.table);
    expect(gister.version).toBe('gistnet-tiny-random@step0');
    const ref = ensureTinyNets().reference;
    const out = await gister.gist({ level: 1, first: 0, count: 3, tokenIds: Int32Array.from(ref.gist_lod1.token_ids) });
    expect(maxAbsDiff(out, ref.gist_lod1.expected)).toBeLessThan(1e-5);
    const lens = await LensNetScorer.fromPackage(ortNode, m, pkg.nets.lensnet!);
    expect(lens.version).toBe('lensnet-tiny-random@step0');
    expect(lens.tailTokens).toBe(32);
    await Promise.all([gister.release(), lens.release()]);
  });
});
