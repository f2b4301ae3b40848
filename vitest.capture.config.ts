import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

// Tests against the genuine Gmail capture kept outside this repository (README, "Gmail and
// Outlook captures"): `npm run test:capture`, which CI runs after `npm test` when the capture is
// there. Same browsers, build and timeouts as the end-to-end tests, plus one jsdom file.
export default defineConfig({
  test: { ...e2e.test, include: ['tests/capture/**/*.test.ts', 'tests/capture/**/*.e2e.ts'] },
});
