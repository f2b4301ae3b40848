// Finds Debian's Chromium and Firefox ESR. When one is missing and we run as root on Debian or
// Ubuntu, installs it with apt-get and says so; otherwise fails naming the command to run.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function find(paths: string[], pkg: string): string {
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && isDebianLike()) {
    console.log(`${pkg} is missing: installing it with apt-get (running as root on Debian/Ubuntu)`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = paths.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(`${pkg} not found at ${paths.join(' or ')}. Install it with: sudo apt-get install -y ${pkg}`);
}

export const findChromium = (): string => find(CHROMIUM, 'chromium');
export const findFirefox = (): string => find(FIREFOX, 'firefox-esr');
