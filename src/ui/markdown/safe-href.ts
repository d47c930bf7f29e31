// Link safety for model output (the chat view of the Working Context's answers): the one place
// that decides which link targets an answer may carry. Anything else is dropped and the link's
// words stay as text, so `javascript:`, `data:` or `vbscript:` targets are inert.

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to use for a link target, or null when it is unsafe. Allowed: http(s), mailto, and
 * relative references (path, query, fragment). Control characters and whitespace are stripped
 * before the protocol check, as browsers do (`java\nscript:` is javascript:).
 */
export function safeHref(raw: string): string | null {
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (url === '') return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (scheme) return SAFE_PROTOCOLS.has(scheme[1]!.toLowerCase() + ':') ? url : null;
  // No scheme: relative. Reject protocol-relative `//host` (it leaves the origin silently).
  if (url.startsWith('//') || url.startsWith('\\')) return null;
  return url;
}
