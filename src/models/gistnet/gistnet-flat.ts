// GistNet weights for the WebGPU kernels (seeds: GistNet 32→1→32→1): the exporter writes, per
// trained level, `gistnet.lod<ℓ>.f32.bin` (flat little-endian f32) + `gistnet.lod<ℓ>.json` (the
// layout manifest of src/gpu/gistnet-weights.ts) and lists them in the package manifest's
// `gistnet.flat_layout`. This parses and checks one level's pair for GistNetGpu / gistNetRef (the
// WGSL runtime, src/gpu/gistnet-wgsl.ts; the app itself runs the ONNX net, onnx-gister.ts).
import { checkGistNetManifest, GistNetWeightsError, type GistNetManifest } from '../../gpu/gistnet-weights';

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
