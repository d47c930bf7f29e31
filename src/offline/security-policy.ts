// The app's security headers (issue 20 "static hosting with a strict Content-Security-Policy"):
// cross-origin isolation (COOP/COEP, needed for onnxruntime-web's WASM threads) and one
// Content-Security-Policy. One source for every place that delivers them: the <meta> tag the build
// writes into index.html (vite.config.ts), the headers `vite preview` sends, and the headers the
// service worker adds to the responses it serves (src/offline/sw.ts) — so a static host that
// cannot set headers still gets an isolated page whose workers run under the same policy.

/** Headers that make a document cross-origin isolated (SharedArrayBuffer, WASM threads). */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

/**
 * Where the browser may fetch from besides the app's own origin: the Hugging Face hub (API and
 * `resolve/` URLs) and the CDN hosts its file downloads redirect to (cdn-lfs*.huggingface.co,
 * cdn-lfs*.hf.co, cas-bridge.xethub.hf.co). A model package on any other origin is refused;
 * deployments that need one add its origin here (README "Deployment").
 */
export const HUB_CONNECT_SOURCES = ['https://huggingface.co', 'https://*.huggingface.co', 'https://*.hf.co'] as const;

/** CSP directives in the order they are written. */
const DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  // No inline script and no eval: only the app's own files; WebAssembly compilation is the one exception.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['worker-src', ["'self'"]],
  ['connect-src', ["'self'", ...HUB_CONNECT_SOURCES]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/** Directives a <meta> element cannot carry (browsers ignore them there and log a warning). */
const HEADER_ONLY: readonly (readonly [string, readonly string[]])[] = [['frame-ancestors', ["'none'"]]];

/**
 * The Content-Security-Policy. `delivery: 'meta'` leaves out what a <meta> tag cannot carry;
 * 'header' is the policy for servers (and the service worker) that send it as a header.
 */
export function contentSecurityPolicy(delivery: 'meta' | 'header'): string {
  const all = delivery === 'header' ? [...DIRECTIVES, ...HEADER_ONLY] : DIRECTIVES;
  return all.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Every header the app's documents and workers are served with. */
export function securityHeaders(): Record<string, string> {
  return { ...ISOLATION_HEADERS, 'Content-Security-Policy': contentSecurityPolicy('header') };
}

/**
 * `response` with the security headers added (the coi-serviceworker technique: a service worker
 * makes a page cross-origin isolated on a host that does not send COOP/COEP). Opaque responses
 * (status 0) cannot be rebuilt and come back unchanged; headers the server already sent are kept.
 */
export function withSecurityHeaders(response: Response): Response {
  if (response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(securityHeaders())) if (!headers.has(name)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
