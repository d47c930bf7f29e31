// A Vite dev server (the project's vite.config.ts: COOP/COEP, workers) for e2e specs that drive a
// harness page under e2e/pages/ rather than the built app.
import { createServer, type ViteDevServer } from 'vite';

export async function startDevServer(): Promise<{ server: ViteDevServer; base: string }> {
  const server = await createServer({
    logLevel: 'warn',
    server: { port: 0, strictPort: false, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  return { server, base: server.resolvedUrls?.local[0] ?? '' };
}
