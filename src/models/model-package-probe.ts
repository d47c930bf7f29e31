// Model package presence check (MegaContext: the frozen base model the working context feeds).
// The app looks for the bundled offline demo package and says precisely what is missing.

export const DEMO_MODEL_BASE = 'models/demo/';
export const MANIFEST_FILE = 'manifest.json';

export type ModelPackageProbe =
  | { status: 'present'; name: string; version: string; baseUrl: string }
  | { status: 'missing'; baseUrl: string; missing: string; hint: string }
  | { status: 'invalid'; baseUrl: string; problem: string };

export type Fetcher = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'headers' | 'json'>>;

/** Fetches `<baseUrl>manifest.json` and reports whether a usable package is there. */
export async function probeModelPackage(
  baseUrl: string,
  fetcher: Fetcher = (u) => fetch(u),
): Promise<ModelPackageProbe> {
  const url = baseUrl + MANIFEST_FILE;
  let res;
  try {
    res = await fetcher(url);
  } catch (e) {
    return { status: 'invalid', baseUrl, problem: `could not fetch ${url}: ${(e as Error).message}` };
  }
  const contentType = res.headers.get('content-type') ?? '';
  // Vite's SPA fallback answers unknown paths with index.html (200, text/html): that is "missing".
  if (res.status === 404 || !res.ok || contentType.includes('text/html')) {
    return {
      status: 'missing',
      baseUrl,
      missing: url,
      hint: 'The offline demo model is not bundled yet: train and export it with training/ (see training/README.md) into public/models/demo/.',
    };
  }
  let manifest: unknown;
  try {
    manifest = await res.json();
  } catch (e) {
    return { status: 'invalid', baseUrl, problem: `${url} is not valid JSON: ${(e as Error).message}` };
  }
  const m = manifest as { name?: unknown; version?: unknown };
  if (typeof m.name !== 'string' || typeof m.version !== 'string') {
    return { status: 'invalid', baseUrl, problem: `${url} lacks a string "name" and "version"` };
  }
  return { status: 'present', name: m.name, version: m.version, baseUrl };
}
