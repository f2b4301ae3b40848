import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers; each file runs its cases in Chromium and in Firefox.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Ceilings, not estimates: generous for a busy shared machine; the timing reporter lists any
    // test that used more than half of its own.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default', './tests/timing-reporter.ts'],
  },
});
