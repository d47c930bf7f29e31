// A plain static file server for the static-hosting spec (issue 20 item 2): it serves `dist/` the
// way a static host that cannot set headers does — a Content-Type and a Content-Length, no
// COOP/COEP, no Content-Security-Policy, no caching headers. Cross-origin isolation and the CSP
// then come only from the built app itself (the <meta> policy and the service worker).
// `setServiceWorkerSuffix` makes it serve a byte-different sw.js, i.e. a new version of the app.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT/` */
  base: string;
  /** Paths of every request served, in order (e.g. '/sw.js'). */
  requests: string[];
  /** From now on sw.js is served with `suffix` appended (a new version of the service worker). */
  setServiceWorkerSuffix(suffix: string): void;
  close(): Promise<void>;
}

/** Serves `root` on an ephemeral port of 127.0.0.1; `/` is index.html, a missing file is a 404. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const rootDir = path.resolve(root);
  const requests: string[] = [];
  let swSuffix = '';
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const file = path.join(rootDir, path.normalize(pathname === '/' ? '/index.html' : pathname));
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile() || !file.startsWith(rootDir + path.sep)) throw new Error('not a file');
      size = stat.size;
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    if (pathname === '/sw.js' && swSuffix) {
      void readFile(file, 'utf8').then((text) => {
        const body = Buffer.from(text + swSuffix);
        res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length }).end(body);
      });
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no TCP address');
  return {
    base: `http://127.0.0.1:${address.port}/`,
    requests,
    setServiceWorkerSuffix: (suffix) => void (swSuffix = suffix),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
