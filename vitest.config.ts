// Vitest config for tier 1 (pure unit tests in node). GPU and e2e tiers run in real Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    globalSetup: ['tests/setup/tiny-package.global.ts', 'tests/setup/hub-fixtures.global.ts'],
  },
});
