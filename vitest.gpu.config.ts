// Tier 2: GPU kernel tests in real headless Chromium (Debian's /usr/bin/chromium) with WebGPU
// enabled. On a GPU-less machine the adapter is SwiftShader: correct but slow, so tests use
// small shapes and never assert timings.
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

export default defineConfig({
  // Pre-bundle ORT up front: on a cold cache Vite would re-optimise it mid-run and reload the page.
  optimizeDeps: { include: ['onnxruntime-web/webgpu'] },
  test: {
    include: ['tests/gpu/**/*.gpu.test.ts'],
    testTimeout: 60_000,
    globalSetup: ['tests/setup/tiny-package.global.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs() },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
