// Builds (once, cached by source hash) a tiny random GistNet + LensNet for the tiny test package's
// embedding table with training/gistnet/make_test_nets.py, plus reference.json (PyTorch inputs and
// outputs). The tiny package itself comes from tests/setup/tiny-package.global.ts. Written to a
// temporary folder and renamed into place, so parallel test files never see a half-built fixture.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TINY_DIR } from '../../fixtures/tiny-package';

export const TINY_NETS_DIR = path.resolve('build/fixtures/tiny-nets');
const SOURCES = ['training/gistnet', 'training/lensnet'];

function sourceHash(): string {
  const h = createHash('sha256');
  for (const dir of SOURCES) {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.py'))
      .sort())
      h.update(f).update(readFileSync(path.join(dir, f)));
  }
  h.update(readFileSync(path.join(TINY_DIR, 'embeddings.f32.bin'))).update(
    readFileSync(path.join(TINY_DIR, 'manifest.json')),
  );
  return h.digest('hex');
}

export interface TinyNetsReference {
  dim: number;
  positions: { wc: Array<[number, number]>; total: number; cases: Record<string, number[]> };
  gistnet: { file: string; flat: Record<string, { bin: string; json: string }> };
  gist_lod1: { token_ids: number[]; expected: number[] };
  gist_lod2: { child_gists: number[]; expected: number[] };
  lens_case: {
    token_ids: number[];
    wc: Array<[number, number]>;
    query_ids: number[];
    entries: number[];
    levels: number[];
    ages: number[];
    match: number[];
    relevance: number[];
    expected: number[];
  };
  /** Term id of every vocabulary id (training/lensnet/terms.py). */
  terms: number[];
}

export function ensureTinyNets(): {
  dir: string;
  reference: TinyNetsReference;
  gistnet: Uint8Array;
  lensnet: Uint8Array;
} {
  const hash = sourceHash();
  const stamp = path.join(TINY_NETS_DIR, '.source-hash');
  if (!(existsSync(stamp) && readFileSync(stamp, 'utf8') === hash)) {
    const tmp = `${TINY_NETS_DIR}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(path.dirname(tmp), { recursive: true });
    const python = process.env.MEGACONTEXT_PYTHON || '/usr/bin/python3';
    const r = spawnSync(python, ['-m', 'training.gistnet.make_test_nets', '--package-dir', TINY_DIR, '--out', tmp], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`make_test_nets failed with ${python}:\n${r.stderr || String(r.error)}`);
    writeFileSync(path.join(tmp, '.source-hash'), hash);
    if (existsSync(TINY_NETS_DIR)) {
      try {
        renameSync(TINY_NETS_DIR, `${TINY_NETS_DIR}.old-${process.pid}`);
        rmSync(`${TINY_NETS_DIR}.old-${process.pid}`, { recursive: true, force: true });
      } catch {
        /* another worker moved it first */
      }
    }
    try {
      renameSync(tmp, TINY_NETS_DIR);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another worker won; its output is identical
    }
  }
  return {
    dir: TINY_NETS_DIR,
    reference: JSON.parse(readFileSync(path.join(TINY_NETS_DIR, 'reference.json'), 'utf8')) as TinyNetsReference,
    gistnet: readFileSync(path.join(TINY_NETS_DIR, 'gistnet.onnx')),
    lensnet: readFileSync(path.join(TINY_NETS_DIR, 'lensnet.onnx')),
  };
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

/** fetch() serving the nets folder (its manifest.json names the nets), falling back to the tiny package. */
export function netsFetcher(): typeof fetch {
  return (async (url: string | URL | Request) => {
    const file = String(url).split('/').pop()!;
    const p = existsSync(path.join(TINY_NETS_DIR, file)) ? path.join(TINY_NETS_DIR, file) : path.join(TINY_DIR, file);
    if (!existsSync(p)) return new Response('not found', { status: 404 });
    const bytes = readFileSync(p);
    return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-length': String(bytes.length) } });
  }) as typeof fetch;
}
