import { defineConfig } from 'vitest/config';

// Unit tests live next to the code they test. Core tests run in node (no DOM by design);
// DOM tests opt into jsdom with a `// @vitest-environment jsdom` first line.
export default defineConfig({
  // Unit tests run the code as the end-to-end tests' build has it (scripts/build.ts --test).
  define: { __TEST_BUILD__: 'true' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // A ceiling, not an estimate: CPU-heavy tests took over 5 s (the default) beside two busy
    // loops and another suite; the timing reporter lists any test past half of its timeout.
    testTimeout: 120_000,
    reporters: ['default', './tests/timing-reporter.ts'],
  },
});
