import { describe, expect, it } from 'vitest';
import { probeModelPackage, type Fetcher } from '../../src/models/model-package-probe';

function respond(status: number, body: unknown, contentType = 'application/json'): Fetcher {
  return async () => ({
    ok: status >= 200 && status < 300,
    status,
    headers: new Headers({ 'content-type': contentType }),
    json: async () => (typeof body === 'string' ? JSON.parse(body) : body),
  });
}

describe('probeModelPackage', () => {
  it('finds a package with a valid manifest', async () => {
    const p = await probeModelPackage('/models/demo/', respond(200, { name: 'mc-demo', version: '1.0.0' }));
    expect(p).toEqual({ status: 'present', name: 'mc-demo', version: '1.0.0', baseUrl: '/models/demo/' });
  });

  it('says which file is missing on 404 and on the SPA html fallback', async () => {
    for (const f of [respond(404, {}), respond(200, '<html>', 'text/html')]) {
      const p = await probeModelPackage('/models/demo/', f);
      expect(p.status).toBe('missing');
      if (p.status === 'missing') expect(p.missing).toBe('/models/demo/manifest.json');
    }
  });

  it('rejects malformed manifests with a reason', async () => {
    const bad = await probeModelPackage('/m/', respond(200, '{not json'));
    expect(bad.status).toBe('invalid');
    const noName = await probeModelPackage('/m/', respond(200, { version: '1' }));
    expect(noName).toMatchObject({ status: 'invalid', problem: expect.stringContaining('"name"') });
    const netErr = await probeModelPackage('/m/', async () => {
      throw new Error('offline');
    });
    expect(netErr).toMatchObject({ status: 'invalid', problem: expect.stringContaining('offline') });
  });
});
