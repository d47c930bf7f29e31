// Tier 3: Playwright end-to-end tests of the BUILT app (vite preview, COOP/COEP) in Debian's
// Chromium. Never downloads a browser: the executable comes from scripts/chromium.mjs.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  // CI machines have run the suite ~3× slower than a development machine: an assertion waits up
  // to 15 s (Playwright's default is 5 s), and a test that fails is tried once more — one that
  // passes only then is counted as passed and named at the end of `npm test` (scripts/test-report.mjs).
  expect: { timeout: 15_000 },
  retries: 1,
  fullyParallel: false,
  workers: 1, // 2 shared cores: one browser at a time keeps timings sane
  reporter: [['list']],
  outputDir: 'test-results',
  // The tiny random model package that runtime specs load (built by training/ once, cached).
  globalSetup: './tests/setup/tiny-package.global.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs() },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
