// The hub fixture repositories (tests/setup/hub-fixtures.global.ts → build/fixtures/hub): their
// index, file bytes, and a fetch stand-in that serves them as if they were hub repositories.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

export const HUB_DIR = path.resolve('build/fixtures/hub');

export interface FixtureFile {
  description: string;
  external_data: string[];
  ops: string[];
  inputs: string[];
  outputs: string[];
}

export interface FixtureIndex {
  seed: number;
  config: { vocab: number; d: number; heads: number; kv_heads: number; head_dim: number; layers: number };
  repos: Record<string, { tied: boolean; files: Record<string, FixtureFile> }>;
}

export function readIndex(): FixtureIndex {
  return JSON.parse(readFileSync(path.join(HUB_DIR, 'index.json'), 'utf8')) as FixtureIndex;
}

export function readRepoFile(repo: string, file: string): Uint8Array {
  return readFileSync(path.join(HUB_DIR, repo, file));
}

/** External data of onnx/<file> keyed by the location the model names (e.g. "model.onnx_data"). */
export function readExternalData(repo: string, entry: FixtureFile): Map<string, Uint8Array> {
  return new Map(entry.external_data.map((f) => [path.basename(f), readRepoFile(repo, f)]));
}

/** Every (repository, onnx file) pair of the index. */
export function fixtureCases(index = readIndex()): { repo: string; file: string; entry: FixtureFile }[] {
  return Object.entries(index.repos).flatMap(([repo, r]) =>
    Object.entries(r.files).map(([file, entry]) => ({ repo, file, entry })),
  );
}

/** The dtype a transformers.js file name stands for (suffix after "model"). */
export function dtypeOfFile(file: string): string {
  const m = /^model(?:_(\w+))?\.onnx$/.exec(file);
  return m?.[1] ?? 'fp32';
}

function listTree(
  repoDir: string,
  sub: string,
): {
  type: string;
  path: string;
  size: number;
  oid: string;
  lfs?: { oid: string; size: number; pointerSize: number };
}[] {
  return readdirSync(path.join(repoDir, sub)).map((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    const full = path.join(repoDir, rel);
    const st = statSync(full);
    if (st.isDirectory()) return { type: 'directory', path: rel, size: 0, oid: 'dir' };
    const sha = createHash('sha256').update(readFileSync(full)).digest('hex');
    const lfs = name.includes('.onnx') ? { lfs: { oid: sha, size: st.size, pointerSize: 134 } } : {};
    return { type: 'file', path: rel, size: st.size, oid: sha.slice(0, 40), ...lfs };
  });
}

export interface FakeHubOptions {
  /** Answer the hub API's tree listing (default true); false: only /resolve/ file URLs work. */
  api?: boolean;
  /** Every requested URL, in order. */
  log?: string[];
  /** The licence the model info API (/api/models/<owner>/<repo>) reports, as a tag. */
  licence?: string;
}

/**
 * A fetch stand-in for https://hub.test: /<owner>/<repo>/resolve/main/<path> serves the fixture
 * repository named <repo> (owner ignored); /api/models/<owner>/<repo>/tree/main[/<dir>] lists it
 * in the hub API's format (size, and the LFS sha256 for the ONNX files).
 */
export function fakeHubFetcher(opts: FakeHubOptions = {}): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = String(input instanceof Request ? input.url : input);
    opts.log?.push(url);
    const u = new URL(url);
    const api = /^\/api\/models\/[^/]+\/([^/]+)\/tree\/main\/?(.*)$/.exec(u.pathname);
    if (api) {
      if (opts.api === false) return new Response('no api here', { status: 404 });
      try {
        return Response.json(listTree(path.join(HUB_DIR, api[1]!), decodeURIComponent(api[2] ?? '')));
      } catch {
        return new Response('{"error":"not found"}', { status: 404 });
      }
    }
    const info = /^\/api\/models\/[^/]+\/([^/]+)$/.exec(u.pathname);
    if (info)
      return opts.api === false
        ? new Response('no api here', { status: 404 })
        : Response.json({ id: info[1], tags: opts.licence ? [`license:${opts.licence}`] : [] });
    const file = /^\/[^/]+\/([^/]+)\/resolve\/main\/(.+)$/.exec(u.pathname);
    if (!file) return new Response('not found', { status: 404 });
    try {
      const bytes = readFileSync(path.join(HUB_DIR, file[1]!, decodeURIComponent(file[2]!)));
      return new Response(bytes as unknown as Uint8Array<ArrayBuffer>, {
        headers: { 'content-length': String(bytes.length) },
      });
    } catch {
      return new Response('Entry not found', { status: 404 });
    }
  }) as typeof fetch;
}
