// Before any end-to-end test: both browsers must be there (installed when possible, never
// skipped), and the extension is built once for both, with the messages only tests send.
import { execFileSync } from 'node:child_process';
import { findChromium, findFirefox } from './harness/find-browsers';

export default function setup(): void {
  console.log(`browsers: ${findChromium()} and ${findFirefox()}`);
  execFileSync('npx', ['tsx', 'scripts/build.ts', '--test'], { stdio: 'inherit' });
}
