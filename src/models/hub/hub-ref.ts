// Hub references (issue 17): "owner/name" names a hub repository in the transformers.js layout;
// "?dtype=q4f16" picks the decoder variant instead of the automatic choice and "&revision=…" a
// branch or commit ("hf:" in front is accepted). Anything else is a model package URL.
import { HUB_DTYPES, isHubDtype, type HubDtype } from './hub-dtype';
import { HubModelError } from './hub-errors';

export const DEFAULT_HUB_HOST = 'https://huggingface.co';

export interface HubRef {
  /** "owner/name" */
  repo: string;
  revision: string;
  /** The user's dtype choice; undefined: chosen for the compute path. */
  dtype?: HubDtype;
  host: string;
  /** Base URL of the repository's files: <host>/<repo>/resolve/<revision>/ */
  base: string;
}

/** Parses a hub reference; null when `ref` is not one (a package URL or path). */
export function parseHubRef(ref: string, host = DEFAULT_HUB_HOST): HubRef | null {
  const m = /^(?:hf:)?([\w.-]+\/[\w.-]+)(?:\?([^#]*))?$/.exec(ref.trim());
  if (!m || m[1]!.startsWith('.')) return null;
  const params = new URLSearchParams(m[2] ?? '');
  const repo = m[1]!;
  for (const k of params.keys())
    if (k !== 'dtype' && k !== 'revision')
      throw new HubModelError(`Unknown option "${k}" in hub reference "${ref}" (use dtype or revision).`, {
        repo,
        problem: 'option',
      });
  const dtype = params.get('dtype') ?? undefined;
  if (dtype !== undefined && !isHubDtype(dtype))
    throw new HubModelError(`Unknown dtype "${dtype}" in "${ref}"; one of ${HUB_DTYPES.join(', ')}.`, {
      repo,
      problem: 'dtype',
    });
  const revision = params.get('revision') || 'main';
  return { repo, revision, dtype, host, base: `${host}/${repo}/resolve/${encodeURIComponent(revision)}/` };
}

/** "owner/name" (optionally "hf:owner/name") → the repository's file base URL. */
export function hubBaseUrl(ref: string, host = DEFAULT_HUB_HOST): string | null {
  return parseHubRef(ref, host)?.base ?? null;
}
