// GistNet weights for the WebGPU kernels (seeds: GistNet 32→1→32→1): the exporter writes, per
// trained level, `gistnet.lod<ℓ>.f32.bin` (flat little-endian f32) + `gistnet.lod<ℓ>.json` (the
// layout manifest of src/gpu/gistnet-weights.ts) and lists them in the package manifest's
// `gistnet.flat_layout`. This parses and checks one level's pair for GistNetGpu / gistNetRef (the
// WGSL runtime, src/gpu/gistnet-wgsl.ts), and fetches every trained level's pair of a loaded package
// (checked against the manifest's sizes and SHA-256, cached like the other model files) for the
// app's WGSL gister on WebGPU (src/runtime/gpu-gister.ts); on WASM the app runs onnx-gister.ts.
import { checkGistNetManifest, GistNetWeightsError, type GistNetManifest } from '../../gpu/gistnet-weights';
import { fetchModelFile, type ModelFileCache } from '../model-file-fetch';
import type { ModelManifest } from '../model-manifest';

export interface GistNetFlat {
  manifest: GistNetManifest;
  weights: Float32Array; // (totalFloats)
}

/** Parses a level's layout JSON and weight bytes; throws GistNetWeightsError if they disagree. */
export function parseGistNetFlat(json: string | object, bytes: Uint8Array): GistNetFlat {
  const manifest = (typeof json === 'string' ? JSON.parse(json) : json) as GistNetManifest;
  checkGistNetManifest(manifest);
  if (bytes.byteLength !== manifest.totalFloats * 4) {
    throw new GistNetWeightsError(
      `GistNet weights: ${bytes.byteLength} bytes, the layout needs ${manifest.totalFloats} f32 = ${manifest.totalFloats * 4}`,
      { field: 'totalFloats' },
    );
  }
  let aligned = bytes;
  if (bytes.byteOffset % 4 !== 0) {
    aligned = new Uint8Array(bytes.byteLength);
    aligned.set(bytes);
  }
  return { manifest, weights: new Float32Array(aligned.buffer, aligned.byteOffset, manifest.totalFloats) };
}

/** File names of level ℓ's flat pair from the package manifest's `gistnet.flat_layout`. */
export function flatLayoutFiles(
  entry: { flat_layout?: Record<string, { bin: string; json: string }> },
  level: number,
): { bin: string; json: string } | null {
  const levels = entry.flat_layout;
  if (!levels) return null;
  const top = Math.max(...Object.keys(levels).map(Number));
  return levels[String(Math.min(level, top))] ?? null;
}

/** The trained levels of a manifest's `gistnet.flat_layout`, in order 1, 2, … (empty: none). */
export function flatLayoutLevels(entry: { flat_layout?: Record<string, { bin: string; json: string }> }): number[] {
  const levels = Object.keys(entry.flat_layout ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  levels.forEach((l, i) => {
    if (l !== i + 1)
      throw new GistNetWeightsError(`gistnet.flat_layout must list levels 1…n, got ${levels.join(', ')}`, {
        field: 'flat_layout',
      });
  });
  return levels;
}

/**
 * Fetches the flat weights of every trained level of a package's GistNet (level ℓ at index ℓ − 1),
 * or returns null when the package has no flat layout. Every file is checked against the manifest.
 */
export async function loadGistNetFlatLevels(
  baseUrl: string,
  manifest: ModelManifest,
  opts: { fetcher?: typeof fetch; cache?: ModelFileCache | null; signal?: AbortSignal } = {},
): Promise<GistNetFlat[] | null> {
  const entry = manifest.gistnet as { flat_layout?: Record<string, { bin: string; json: string }> } | undefined;
  if (!entry?.flat_layout) return null;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const file = (name: string) => {
    const f = manifest.files[name];
    if (!f)
      throw new GistNetWeightsError(`gistnet.flat_layout names ${name}, which the manifest's files do not list`, {
        field: 'flat_layout',
      });
    return fetchModelFile(base + name, { ...opts, expectedBytes: f.bytes, expectedSha256: f.sha256 });
  };
  const out: GistNetFlat[] = [];
  for (const level of flatLayoutLevels(entry)) {
    const files = entry.flat_layout[String(level)]!;
    const json = new TextDecoder().decode(await file(files.json));
    out.push(parseGistNetFlat(json, await file(files.bin)));
  }
  return out;
}
