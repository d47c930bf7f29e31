// The files of a hub repository's onnx/ folder with their sizes and, for files stored with Git
// LFS (every ONNX file and data chunk), the sha256 the hub publishes — from the hub API
// (GET <host>/api/models/<repo>/tree/<revision>/onnx, the listing huggingface_hub's
// list_repo_tree reads). Null when the API does not answer (a mirror serving only files, or
// offline): the loader then probes the files themselves.
import type { HubRef } from './hub-ref';

export interface HubFileInfo {
  path: string;
  size: number;
  /** Lower-case hex; null when the hub gives none (files not stored with LFS). */
  sha256: string | null;
}

interface TreeEntry {
  type?: string;
  path?: string;
  size?: number;
  lfs?: { oid?: string; size?: number };
}

export async function listHubOnnxFiles(
  ref: HubRef,
  fetcher: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<Map<string, HubFileInfo> | null> {
  const url = `${ref.host}/api/models/${ref.repo}/tree/${encodeURIComponent(ref.revision)}/onnx`;
  let entries: unknown;
  try {
    const res = await fetcher(url, signal ? { signal } : {});
    if (!res.ok) return null;
    entries = await res.json();
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return null;
  }
  if (!Array.isArray(entries)) return null;
  const out = new Map<string, HubFileInfo>();
  for (const e of entries as TreeEntry[]) {
    if (e.type !== 'file' || typeof e.path !== 'string') continue;
    const size = e.lfs?.size ?? e.size;
    if (typeof size !== 'number') continue;
    const oid = e.lfs?.oid?.toLowerCase();
    out.set(e.path, { path: e.path, size, sha256: oid && /^[0-9a-f]{64}$/.test(oid) ? oid : null });
  }
  return out;
}
