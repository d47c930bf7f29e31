// The benchmark at real dimensions (issue 17 item 6): a random-weight decoder with
// SmolLM2-135M's exact shape, written as a hub repository in the Optimum layout by
// training/export/real_shape_repo.py into build/fixtures/real-shape/ (cached; rebuilt when the
// builder changes), then opened the way the app opens "owner/name": the hub loader reads the
// chosen decoder file, graph surgery rewrites it to take inputs_embeds and recovers the embedding
// table, and onnxruntime-node makes the session. Each step is timed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { loadHubPackage, type LoadedHubPackage } from '../src/models/hub-package';
import { parseHubRef } from '../src/models/hub/hub-ref';
import type { HubDtype } from '../src/models/hub/hub-dtype';
import { checkDecoderContract } from '../src/models/decoder/decoder-spec';
import { DecoderSession } from '../src/models/decoder/decoder-session';
import type { OrtApi } from '../src/models/decoder/ort-api';
import { TextTokenizer } from '../src/models/text-tokenizer';

export const REAL_SHAPE_DIR = path.resolve('build/fixtures/real-shape/smollm2-135m');
const HOST = 'http://real-shape.local';
const BUILDER = [
  'real_shape_repo.py',
  'hub_fixtures.py',
  'hub_fixtures_graphs.py',
  'hub_fixtures_quant.py',
  'hub_fixtures_ref.py',
];

function builderHash(): string {
  const h = createHash('sha256');
  for (const f of BUILDER) h.update(f).update(readFileSync(path.join('training/export', f)));
  return h.digest('hex');
}

/** Builds the repository unless a build from the same builder source is there; returns its index.json. */
export function ensureRealShapeRepo(): { built: boolean; buildSeconds: number | null; index: Record<string, unknown> } {
  const stamp = path.join(REAL_SHAPE_DIR, '.source-hash');
  const hash = builderHash();
  let built = false;
  let buildSeconds: number | null = null;
  if (!(existsSync(stamp) && readFileSync(stamp, 'utf8') === hash)) {
    const python = process.env.MEGACONTEXT_PYTHON || '/usr/bin/python3';
    console.log(`[bench:runtime] building the SmolLM2-135M-shaped repository with ${python} (minutes) …`);
    const t0 = performance.now();
    const r = spawnSync(python, ['-m', 'training.export.real_shape_repo', '--out', REAL_SHAPE_DIR], {
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    if (r.status !== 0)
      throw new Error(
        `training/export/real_shape_repo.py failed (needs numpy and onnx for ${python}):\n${r.stderr || r.error}`,
      );
    writeFileSync(stamp, hash);
    built = true;
    buildSeconds = (performance.now() - t0) / 1000;
  }
  return {
    built,
    buildSeconds,
    index: JSON.parse(readFileSync(path.join(REAL_SHAPE_DIR, 'index.json'), 'utf8')) as Record<string, unknown>,
  };
}

/** Serves the repository folder at <HOST>/<owner>/<name>/resolve/main/<file> (no hub API listing: the loader then downloads the first variant that exists). */
function folderHub(dir: string, readMs: { total: number }): typeof fetch {
  return (async (input: string | URL | Request) => {
    const m = /\/resolve\/[^/]+\/(.+)$/.exec(new URL(String(input)).pathname);
    const file = m ? path.join(dir, decodeURIComponent(m[1]!)) : '';
    if (!m || !existsSync(file)) return new Response('Entry not found', { status: 404 });
    const t0 = performance.now();
    const bytes = readFileSync(file);
    readMs.total += performance.now() - t0;
    return new Response(bytes as unknown as Uint8Array<ArrayBuffer>, {
      headers: { 'content-length': String(bytes.length) },
    });
  }) as typeof fetch;
}

export interface RealShapeLoad {
  dtype: HubDtype;
  file: string;
  decoderBytes: number;
  /** loadHubPackage end to end: file reads, graph surgery (inputs_embeds, table recovery), manifest. */
  loadMs: number;
  /** Of loadMs: reading the files from disk (what a cached download costs). */
  readMs: number;
  /** loadMs − readMs: surgery and the rest of the loader. */
  surgeryMs: number;
  /** onnxruntime-node InferenceSession.create on the rewritten graph. */
  sessionMs: number;
  pattern: string;
  tableSource: string;
  files: string[];
}

/** Opens the repository as the app opens a hub model, `dtype` forced ("owner/name?dtype=…"). */
export async function openRealShapeModel(
  dtype: HubDtype,
  threads: number,
): Promise<{ pkg: LoadedHubPackage; decoder: DecoderSession; tokenizer: TextTokenizer; load: RealShapeLoad }> {
  const readMs = { total: 0 };
  const ref = parseHubRef(`bench/smollm2-135m-shape?dtype=${dtype}`, HOST)!;
  let t0 = performance.now();
  const pkg = await loadHubPackage(ref, {
    fetcher: folderHub(REAL_SHAPE_DIR, readMs),
    compute: { path: 'cpu' },
    cache: null,
  });
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  const externalData = pkg.decoderExternalData?.map((f) => ({ path: f.path, data: f.data }));
  const session = await ort.InferenceSession.create(pkg.decoderBytes, {
    intraOpNumThreads: threads,
    ...(externalData?.length ? { externalData } : {}),
  });
  const sessionMs = performance.now() - t0;
  const decoder = new DecoderSession(
    ort as unknown as OrtApi,
    session,
    checkDecoderContract(pkg.dims, session.inputNames, session.outputNames),
  );
  const tokenizer = new TextTokenizer(pkg.tokenizerJson, pkg.tokenizerConfig, pkg.manifest.special_tokens);
  const load: RealShapeLoad = {
    dtype: pkg.hub.dtype,
    file: pkg.hub.file,
    decoderBytes: pkg.hub.bytes,
    loadMs,
    readMs: readMs.total,
    surgeryMs: loadMs - readMs.total,
    sessionMs,
    pattern: pkg.hub.pattern,
    tableSource: pkg.hub.tableSource,
    files: readdirSync(path.join(REAL_SHAPE_DIR, 'onnx')),
  };
  return { pkg, decoder, tokenizer, load };
}
