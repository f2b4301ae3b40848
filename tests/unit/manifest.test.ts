// Pins what the extension may touch, in the manifests the build writes for each browser: a
// change here is a change to what users agreed to.
import { beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { LOCALES } from '../../src/core/types';
import { freshBuild, TARGETS } from './fresh-build';

const built = freshBuild();
const GMAIL = ['https://mail.google.com/*'];
const OUTLOOK = ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'];
const MAIL = [...GMAIL, ...OUTLOOK];

describe.each(TARGETS)('the %s manifest', (target) => {
  let manifest: any;
  beforeAll(() => {
    manifest = JSON.parse(built.read(target, 'manifest.json'));
  });

  test('asks only for storage (and scripting, only if used) and the five mail hosts', () => {
    expect(manifest.permissions.filter((p: string) => p !== 'scripting')).toEqual(['storage']);
    if (manifest.permissions.includes('scripting')) expect(execFileSync('grep', ['-rl', 'browser.scripting', 'src'], { encoding: 'utf8' })).toMatch(/\.ts/u);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions).toEqual(MAIL);
  });

  test('runs the content script on the mail hosts only, in their top frame, and the one page-world script (Outlook\'s paste helper) on Outlook only', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: MAIL, js: ['content.js'], run_at: 'document_start' },
      { matches: OUTLOOK, js: ['outlook-page.js'], run_at: 'document_start', world: 'MAIN' },
    ]);
  });

  test('has no key that would widen what it reaches: nothing external can connect, no sandbox, no overrides', () => {
    const keys = ['action', 'background', 'commands', 'content_scripts', 'content_security_policy', 'default_locale', 'description',
      'host_permissions', 'icons', 'manifest_version', 'name', 'options_ui', 'permissions', 'short_name', 'storage', 'version', 'web_accessible_resources'];
    expect(Object.keys(manifest).sort()).toEqual(target === 'firefox' ? [...keys, 'browser_specific_settings'].sort() : [...keys, 'key'].sort());
    // "key" only pins Chromium's id for unpacked builds (team policies are keyed by it); "storage" only names the policy schema.
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
  });

  test('exposes only the lazily loaded panel and tone-check code, and only to the mail hosts', () => {
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['panel.js', 'tone.js'], matches: MAIL }]);
  });

  test('keeps the strict extension-page CSP: no remote code, no eval', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!mail\.google\.com|outlook\.)/);
  });

  test('loads in Chromium 121+ or Firefox 140+, each reading only its own background key', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.commands['open-panel'].suggested_key.default).toBeTruthy();
    if (target === 'chrome') {
      expect(manifest.background).toEqual({ service_worker: 'background.js' });
      expect(manifest.browser_specific_settings).toBeUndefined();
    } else {
      expect(manifest.background).toEqual({ scripts: ['background.js'] });
      expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });

  test('takes its name, description and action title from _locales in every draft language', () => {
    for (const locale of LOCALES) {
      const messages = JSON.parse(readFileSync(`_locales/${locale}/messages.json`, 'utf8'));
      for (const key of ['extName', 'extDescription', 'actionTitle', 'commandOpenPanel']) {
        expect(messages[key]?.message, `${locale}: ${key}`).toBeTruthy();
      }
    }
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.action.default_title).toBe('__MSG_actionTitle__');
  });
});
