// The engine as a library (issue 20 item 3), as a consumer uses it: `npm pack` makes the package
// tarball (prepack builds dist-lib/), the tarball is unpacked into a fresh project's
// node_modules/megacontext-web, the embed example (examples/embed) is built there by Vite against
// the installed package — not the source — and served by a plain static server with the bundled
// demo model (public/models/demo). The page answers through the OpenAI-style client and through
// the Prompt API session, streaming, from the engine worker shipped in the package.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import { startStaticServer, type StaticServer } from './static-server';

const WORK = path.resolve('build/library-embed');
const APP = path.join(WORK, 'app');
const OUT = path.join(WORK, 'out');

let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // npm pack → <WORK>/megacontext-web-<version>.tgz (its prepack script runs npm run build:lib).
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', WORK], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  const tarball = path.join(WORK, packed[0]!.filename);
  const installed = path.join(APP, 'node_modules', 'megacontext-web');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const f of ['index.html', 'main.ts']) cpSync(path.join('examples/embed', f), path.join(APP, f));
  // A consumer's Vite build: nothing points at the repository's sources.
  await build({
    root: APP,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    worker: { format: 'es' },
    build: { outDir: OUT, emptyOutDir: true, target: 'es2022' },
  });
  cpSync('public/models/demo', path.join(OUT, 'models/demo'), { recursive: true });
  server = await startStaticServer(OUT);
});

test.afterAll(async () => server?.close());

test('the packed library, installed in a fresh project, embeds the engine and answers from the demo model', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  // The package holds the built entries, the worker with its WASM, and the type declarations.
  const files = readdirSync(path.join(APP, 'node_modules/megacontext-web/dist-lib'), { recursive: true }).map(String);
  for (const f of [
    'index.js',
    'core.js',
    'engine.js',
    'worker/engine.worker.js',
    'types/library/index.d.ts',
    'types/core/index.d.ts',
  ])
    expect(files).toContain(f);
  expect(files.some((f) => f.startsWith('worker/') && f.endsWith('.wasm'))).toBe(true);
  // The built page uses the package's worker (copied by the consumer's bundler), not a source file.
  const built = readdirSync(path.join(OUT, 'assets'));
  expect(built.some((f) => f.startsWith('engine.worker'))).toBe(true);

  await page.goto(`${server.base}index.html?compute=wasm`);
  await page.waitForFunction(
    () =>
      (window as unknown as { embedExample?: { ready: boolean; error: string | null } }).embedExample?.ready ||
      (window as unknown as { embedExample?: { error: string | null } }).embedExample?.error,
    null,
    { timeout: 180_000 },
  );
  const state = () =>
    page.evaluate(
      () =>
        (
          window as unknown as {
            embedExample: {
              ready: boolean;
              model: string;
              error: string | null;
              replies: { api: string; text: string; chunks: number; memoryTokens: number; userTurns: number }[];
            };
          }
        ).embedExample,
    );
  expect((await state()).error).toBeNull();
  expect((await state()).model).toMatch(/^megacontext-demo@/);
  await expect(page.locator('#status')).toContainText('Ready');

  // OpenAI-style, streamed: two turns (the second request resends the first exchange).
  await page.locator('#question').fill('What is the capital of France?');
  await page.locator('#send').click();
  await expect.poll(async () => (await state()).replies.length, { timeout: 120_000 }).toBe(1);
  await page.locator('#question').fill('And of Italy?');
  await page.locator('#send').click();
  await expect.poll(async () => (await state()).replies.length, { timeout: 120_000 }).toBe(2);

  // Prompt API session, streamed.
  await page.locator('input[name="api"][value="prompt"]').check();
  await page.locator('#question').fill('Name a colour.');
  await page.locator('#send').click();
  await expect.poll(async () => (await state()).replies.length, { timeout: 120_000 }).toBe(3);

  const s = await state();
  expect(s.error).toBeNull();
  expect(s.replies.map((r) => r.api)).toEqual(['openai', 'openai', 'prompt']);
  for (const r of s.replies) {
    expect(r.text.trim().length).toBeGreaterThan(0);
    expect(r.chunks).toBeGreaterThan(0);
  }
  // The second OpenAI request resent the first exchange; the memory took only the new message.
  expect(s.replies.map((r) => r.userTurns)).toEqual([1, 2, 1]);
  expect(s.replies[1]!.memoryTokens).toBeGreaterThan(s.replies[0]!.memoryTokens);
  await expect(page.locator('#answer')).toHaveText(s.replies[2]!.text);
  await expect(page.locator('#usage')).toContainText('tokens in this conversation');
  expect(errors).toEqual([]);
});

// What a consumer's `npm install` of the tarball pulls in: exactly the packages the library's
// built code and type declarations import (the app's React, Markdown, PDF and docx libraries are
// development dependencies of this repository, not of the package).
test('the packed package declares every package its code and types import, and none of the app’s', () => {
  const root = path.join(APP, 'node_modules/megacontext-web');
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const declared = Object.keys(manifest.dependencies ?? {}).sort();
  const imported = new Set<string>();
  for (const f of readdirSync(path.join(root, 'dist-lib'), { recursive: true }).map(String)) {
    // worker/ is one self-contained bundle (nothing external; its minified text is not scanned).
    if (!/\.(js|d\.ts)$/.test(f) || f.startsWith('worker/')) continue;
    const text = readFileSync(path.join(root, 'dist-lib', f), 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)(['"])([^'"./][^'"]*)\1/g)) {
      const spec = m[2]!;
      if (spec.startsWith('node:') || spec.includes('${')) continue;
      imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  expect(imported.size).toBeGreaterThan(0);
  for (const name of imported) expect(declared, `${name} is imported by dist-lib`).toContain(name);
  for (const appOnly of ['react', 'react-dom', 'react-markdown', 'zustand', 'pdfjs-dist', 'mammoth'])
    expect(declared).not.toContain(appOnly);
});
