// Before any end-to-end test: both browsers must be there (installed when possible, never
// skipped), and the extension is built once for both, with the messages only tests send, into a
// directory of this run's own (harness/built-extension.ts), removed at the end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, findFirefox } from './harness/find-browsers';
import { BUILD_DIR_ENV } from './harness/built-extension';

export default function setup(): () => void {
  console.log(`browsers: ${findChromium()} and ${findFirefox()}`);
  const out = mkdtempSync(join(tmpdir(), 'dp-e2e-build-'));
  execFileSync('npx', ['tsx', 'scripts/build.ts', '--test', '--out', out], { stdio: 'inherit' });
  process.env[BUILD_DIR_ENV] = out;
  return () => rmSync(out, { recursive: true, force: true });
}
