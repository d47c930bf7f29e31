// The GistNet parity fixture (fixtures/gistnet-parity.json, shared with the PyTorch side): the CPU
// reference must still produce exactly the stored output (else the layout/forward drifted and the
// fixture — and the Python parity check — must be revisited), and the GPU forward must match it.
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/gistnet-parity.json';
import { GistNetGpu } from '../../src/gpu/gistnet-wgsl';
import { gistNetRef } from '../../src/gpu/gistnet-wgsl.ref';
import { checkGistNetManifest, type GistNetManifest } from '../../src/gpu/gistnet-weights';
import { maxScaledError, withDevice } from './with-device';

const manifest = fixture.manifest as GistNetManifest;
const weights = Float32Array.from(fixture.weights);
const x = Float32Array.from(fixture.x);
const expected = Float32Array.from(fixture.expected);

describe('GistNet parity fixture', () => {
  it('matches the layout of its own config', () => {
    checkGistNetManifest(manifest);
    expect(weights.length).toBe(manifest.totalFloats);
  });

  it('the CPU reference reproduces the stored output exactly', () => {
    expect(Array.from(gistNetRef(manifest, weights, x, fixture.blocks))).toEqual(fixture.expected);
  });

  it('GistNetGpu reproduces it within the f32 tolerance', async () => {
    const got = await withDevice(async ({ device }) => {
      const net = new GistNetGpu(device, manifest, weights);
      const out = await net.run(x, fixture.blocks);
      net.destroy();
      return out;
    });
    expect(maxScaledError(got, expected)).toBeLessThanOrEqual(fixture.tolerance);
  });
});
