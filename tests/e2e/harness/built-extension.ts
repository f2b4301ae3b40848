// Where the end-to-end tests find the built extension. The global setup builds it into a
// directory of the run's own: a build started meanwhile in the same checkout (a second suite, or
// `npm run lint`) empties dist/ first, which would pull the files from under a running browser.
// Outside a test run (the bench), dist/.
import { join, resolve } from 'node:path';

/** Set by tests/e2e/global-setup.ts; test workers start after it and inherit the environment. */
export const BUILD_DIR_ENV = 'DP_E2E_BUILD';

export const builtExtension = (target: 'chrome' | 'firefox'): string => join(process.env[BUILD_DIR_ENV] ?? resolve('dist'), target);
