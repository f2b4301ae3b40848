// Team policies written where each browser reads them (docs/team-library.md), and removed again.
// Chromium: a file in /etc/chromium/policies/managed keyed by the extension's id. Firefox: the
// distribution's policies.json keyed by the gecko id, read at startup. Each run installs a copy
// of the build under an id of its own (Chromium: a fresh manifest key; Firefox: a gecko id with
// the process id), so no other browser on the machine, from this run or another checkout, ever
// sees the policy, and two runs at once never write each other's entries.
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { builtExtension } from './harness/built-extension';
import { findFirefox } from './harness/find-browsers';
import type { BrowserName, ExtensionCopy } from './harness';
import { useBrowser, type Session } from './session';
import { chromiumId } from '../../scripts/team-policy/examples';

const CHROMIUM_FILE = join('/etc/chromium/policies/managed', `decline-politely-team-e2e-${process.pid}.json`);

/** Fails naming what to run, as a missing browser does: only root may write the browsers' policy files. */
export function requireRoot(): void {
  if (process.getuid?.() !== 0) {
    throw new Error('The team library tests write browser policy files under /etc and /usr/lib: run them as root (sudo npm run test:e2e).');
  }
}

const firefoxPolicyFile = (): string => join(dirname(realpathSync(findFirefox())), 'distribution', 'policies.json');

/** The build for `browser`, copied under an id no other run uses. */
function extensionCopy(browser: BrowserName): ExtensionCopy & { cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dp-team-extension-'));
  cpSync(builtExtension(browser === 'chromium' ? 'chrome' : 'firefox'), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  let id: string;
  if (browser === 'chromium') {
    manifest.key = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    id = chromiumId(manifest.key);
  } else {
    id = `team-policy-e2e-${process.pid}@decline-politely.app`;
    manifest.browser_specific_settings.gecko.id = id;
  }
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, id, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

type FirefoxPolicies = { policies?: { '3rdparty'?: { Extensions?: Record<string, unknown> } } };

/** Adds (or, with no policy, removes) one add-on's entry; an administrator's own Firefox policies stay. */
function withFirefoxEntry(existing: FirefoxPolicies, id: string, policy?: unknown): FirefoxPolicies {
  const extensions = { ...existing.policies?.['3rdparty']?.Extensions };
  if (policy === undefined) delete extensions[id];
  else extensions[id] = policy;
  return { ...existing, policies: { ...existing.policies, '3rdparty': { ...existing.policies?.['3rdparty'], Extensions: extensions } } };
}

/** Writes `policy` for the extension `id`; the returned function takes it out again, and only it. */
function writeTeamPolicy(browser: BrowserName, id: string, policy: unknown): () => void {
  requireRoot();
  if (browser === 'chromium') {
    mkdirSync(dirname(CHROMIUM_FILE), { recursive: true });
    writeFileSync(CHROMIUM_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }, null, 2));
    return () => rmSync(CHROMIUM_FILE, { force: true });
  }
  const file = firefoxPolicyFile();
  const read = (): FirefoxPolicies => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as FirefoxPolicies : {});
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(withFirefoxEntry(read(), id, policy), null, 2));
  return () => {
    const left = withFirefoxEntry(read(), id);
    // A file that held only add-on entries, none left now, goes: as if it had never been written.
    const empty = Object.keys(left.policies?.['3rdparty']?.Extensions ?? {}).length === 0 && Object.keys(left).length === 1 &&
      Object.keys(left.policies ?? {}).length === 1 && Object.keys(left.policies?.['3rdparty'] ?? {}).length === 1;
    if (empty) rmSync(file, { force: true });
    else writeFileSync(file, JSON.stringify(left, null, 2));
  };
}

/**
 * One browser for the describe block, launched with `policy` written where it reads it at
 * startup; the policy and the extension copy are removed after the block, even when a check fails.
 */
export function useTeamBrowser(name: BrowserName, policy: unknown): Session {
  const cleanups: (() => void)[] = [];
  // Registered before the session's hooks, so it runs after the browser closed (after-hooks run in reverse).
  afterAll(() => {
    for (const undo of cleanups.splice(0).reverse()) undo();
  });
  return useBrowser(name, () => {
    const copy = extensionCopy(name);
    cleanups.push(copy.cleanup);
    cleanups.push(writeTeamPolicy(name, copy.id, policy));
    return { extensionCopy: { dir: copy.dir, id: copy.id } };
  });
}
