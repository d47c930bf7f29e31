// The app's security headers (src/offline/security-policy.ts): the CSP is strict (no inline
// script, no eval, WASM compilation only; fetches to the app and the hub only) and the service
// worker's header rewrite keeps bodies, statuses and the server's own headers.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders, withSecurityHeaders } from '../../../src/offline/security-policy';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('contentSecurityPolicy', () => {
  it('allows no inline script and no eval, only WebAssembly compilation', () => {
    const d = directives(contentSecurityPolicy('header'));
    expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    const all = [...d.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
  });

  it('limits connections to the app origin and the Hugging Face hub with its CDN hosts', () => {
    expect(directives(contentSecurityPolicy('header')).get('connect-src')).toEqual([
      "'self'",
      'https://huggingface.co',
      'https://*.huggingface.co',
      'https://*.hf.co',
    ]);
  });

  it('leaves frame-ancestors out of the <meta> form (browsers ignore it there)', () => {
    expect(directives(contentSecurityPolicy('header')).get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy('meta')).has('frame-ancestors')).toBe(false);
    expect(contentSecurityPolicy('header').startsWith(contentSecurityPolicy('meta'))).toBe(true);
  });
});

describe('withSecurityHeaders', () => {
  it('adds COOP, COEP and the CSP and keeps body, status and existing headers', async () => {
    const res = withSecurityHeaders(
      new Response('<p>hi</p>', {
        status: 201,
        statusText: 'Created',
        headers: { 'content-type': 'text/html', 'cross-origin-embedder-policy': 'credentialless' },
      }),
    );
    expect(res.status).toBe(201);
    expect(res.statusText).toBe('Created');
    expect(await res.text()).toBe('<p>hi</p>');
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('credentialless'); // the server's choice stands
    expect(res.headers.get('content-security-policy')).toBe(securityHeaders()['Content-Security-Policy']);
  });

  it('returns opaque responses unchanged (they cannot be rebuilt)', () => {
    const opaque = { status: 0, headers: new Headers() } as Response;
    expect(withSecurityHeaders(opaque)).toBe(opaque);
  });

  it('keeps bodiless responses bodiless', async () => {
    const res = withSecurityHeaders(new Response(null, { status: 204 }));
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
  });
});
