// The precache list (src/offline/precache-manifest.ts): of the WASM binaries in a build, only the
// engine's onnxruntime-web ones (same bytes as the package's) are kept; a build without one fails.
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepRuntimeWasm } from '../../../src/offline/precache-manifest';

function fakeBuild() {
  const runtime = mkdtempSync(path.join(tmpdir(), 'ort-'));
  writeFileSync(path.join(runtime, 'ort-a.wasm'), 'engine runtime bytes');
  writeFileSync(path.join(runtime, 'ort.min.mjs'), 'js');
  const out = mkdtempSync(path.join(tmpdir(), 'dist-'));
  mkdirSync(path.join(out, 'assets'));
  copyFileSync(path.join(runtime, 'ort-a.wasm'), path.join(out, 'assets/ort-a-HASH1.wasm'));
  writeFileSync(path.join(out, 'assets/ort-a-HASH2.wasm'), 'a bundled copy of another version');
  return { runtime, out };
}

describe('keepRuntimeWasm', () => {
  it("keeps the engine runtime's WASM and every non-WASM entry, drops other WASM binaries", async () => {
    const { runtime, out } = fakeBuild();
    const entries = [
      { url: 'index.html', revision: 'r1', size: 1 },
      { url: 'assets/ort-a-HASH1.wasm', revision: null, size: 20 },
      { url: 'assets/ort-a-HASH2.wasm', revision: null, size: 33 },
      { url: 'models/demo/decoder.onnx', revision: 'r2', size: 5 },
    ];
    const { manifest } = await keepRuntimeWasm(out, runtime)(entries);
    expect(manifest.map((e) => e.url)).toEqual(['index.html', 'assets/ort-a-HASH1.wasm', 'models/demo/decoder.onnx']);
  });

  it('strips the base URL before reading the file', async () => {
    const { runtime, out } = fakeBuild();
    const { manifest } = await keepRuntimeWasm(
      out,
      runtime,
      '/app/',
    )([{ url: '/app/assets/ort-a-HASH1.wasm', revision: null, size: 20 }]);
    expect(manifest).toHaveLength(1);
  });

  it('fails the build when no runtime WASM is left or the runtime package is missing', async () => {
    const { runtime, out } = fakeBuild();
    await expect(
      keepRuntimeWasm(out, runtime)([{ url: 'assets/ort-a-HASH2.wasm', revision: null, size: 3 }]),
    ).rejects.toThrow(/No onnxruntime-web WASM/);
    await expect(keepRuntimeWasm(out, path.join(runtime, 'missing'))([])).rejects.toThrow(/not found/);
  });
});
