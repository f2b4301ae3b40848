// Team policies written where each browser reads them (docs/team-library.md), and removed again.
// Chromium: a file in /etc/chromium/policies/managed keyed by the id the manifest's "key" pins.
// Firefox: the distribution's policies.json keyed by the gecko id, read at startup; the test
// installs a copy of the build under its own gecko id, so a Firefox run from another checkout on
// the same machine never sees this policy.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { builtExtension } from './harness/built-extension';
import { findFirefox } from './harness/find-browsers';
import type { BrowserName } from './harness';
import { useBrowser, type Session } from './session';
import { manifestChromiumId } from '../../scripts/team-policy/examples';

export const TEST_GECKO_ID = 'team-policy-e2e@decline-politely.app';
const CHROMIUM_DIR = '/etc/chromium/policies/managed';
const CHROMIUM_FILE = join(CHROMIUM_DIR, 'decline-politely-team-e2e.json');

/** Fails naming what to run, as a missing browser does: only root may write the browsers' policy files. */
export function requireRoot(): void {
  if (process.getuid?.() !== 0) {
    throw new Error('The team library tests write browser policy files under /etc and /usr/lib: run them as root (sudo npm run test:e2e).');
  }
}

const firefoxPolicyFile = (): string => join(dirname(realpathSync(findFirefox())), 'distribution', 'policies.json');

/** The Firefox build as an add-on with the test's gecko id. */
export function firefoxTestAddon(): { dir: string; id: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dp-team-addon-'));
  cpSync(builtExtension('firefox'), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.browser_specific_settings.gecko.id = TEST_GECKO_ID;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, id: TEST_GECKO_ID, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `policy` for the browser; the returned function restores what was there before. */
export function writeTeamPolicy(browser: BrowserName, policy: unknown): () => void {
  requireRoot();
  const [file, content] = browser === 'chromium'
    ? [CHROMIUM_FILE, { '3rdparty': { extensions: { [manifestChromiumId()]: policy } } }]
    : [firefoxPolicyFile(), { policies: { '3rdparty': { Extensions: { [TEST_GECKO_ID]: policy } } } }];
  const before = existsSync(file) ? readFileSync(file) : undefined;
  // An administrator's own Firefox policies stay: only our add-on's entry is added.
  const merged = before && browser === 'firefox' ? mergeFirefox(JSON.parse(before.toString('utf8')), content) : content;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(merged, null, 2));
  return () => (before === undefined ? rmSync(file, { force: true }) : writeFileSync(file, before));
}

function mergeFirefox(existing: any, ours: any): unknown {
  const extensions = { ...existing?.policies?.['3rdparty']?.Extensions, ...ours.policies['3rdparty'].Extensions };
  return { ...existing, policies: { ...existing?.policies, '3rdparty': { ...existing?.policies?.['3rdparty'], Extensions: extensions } } };
}

/**
 * One browser for the describe block, launched with `policy` written where it reads it at
 * startup; the policy and the add-on copy are removed after the block, even when a check fails.
 */
export function useTeamBrowser(name: BrowserName, policy: unknown): Session {
  const cleanups: (() => void)[] = [];
  // Registered before the session's hooks, so it runs after the browser closed (after-hooks run in reverse).
  afterAll(() => {
    for (const undo of cleanups.splice(0).reverse()) undo();
  });
  return useBrowser(name, () => {
    cleanups.push(writeTeamPolicy(name, policy));
    if (name !== 'firefox') return {};
    const addon = firefoxTestAddon();
    cleanups.push(addon.cleanup);
    return { firefoxAddon: { dir: addon.dir, id: addon.id } };
  });
}
