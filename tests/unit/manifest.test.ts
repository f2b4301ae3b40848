// Pins what the extension may touch: a change here is a change to what users agreed to.
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MAIL_ORIGINS } from '../../src/shared/mail-hosts';
import { LOCALES } from '../../src/core/types';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const mailPatterns = MAIL_ORIGINS.map((origin) => `${origin}/*`);

describe('manifest', () => {
  test('asks only for storage (and scripting, only if used) and the five mail hosts', () => {
    expect(manifest.permissions.filter((p: string) => p !== 'scripting')).toEqual(['storage']);
    if (manifest.permissions.includes('scripting')) expect(execFileSync('grep', ['-rl', 'browser.scripting', 'src'], { encoding: 'utf8' })).toMatch(/\.ts/u);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect([...manifest.host_permissions].sort()).toEqual([...mailPatterns].sort());
  });

  test('runs content scripts only on the mail hosts, in their top frame', () => {
    for (const script of manifest.content_scripts) {
      expect(script.matches.every((m: string) => mailPatterns.includes(m))).toBe(true);
    }
    expect(manifest.content_scripts[0]).toEqual({ matches: mailPatterns, js: ['content.js'], run_at: 'document_start' });
  });

  test('has no key that would widen what it reaches: nothing external can connect, no sandbox, no overrides', () => {
    expect(Object.keys(manifest).sort()).toEqual([
      'action', 'background', 'browser_specific_settings', 'commands', 'content_scripts', 'content_security_policy',
      'default_locale', 'description', 'host_permissions', 'icons', 'manifest_version', 'name', 'options_ui', 'permissions',
      'short_name', 'version', 'web_accessible_resources',
    ]);
  });

  test('the one page-world script (Outlook\'s paste helper) runs only on the Outlook hosts', () => {
    const pageWorld = manifest.content_scripts.filter((script: { world?: string }) => script.world === 'MAIN');
    expect(pageWorld).toEqual([{
      matches: mailPatterns.filter((p) => p.startsWith('https://outlook.')),
      js: ['outlook-page.js'],
      run_at: 'document_start',
      world: 'MAIN',
    }]);
    expect(manifest.content_scripts).toHaveLength(2);
  });

  test('exposes only the lazily loaded panel and tone-check code, and only to the mail hosts', () => {
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['panel.js', 'tone.js'], matches: mailPatterns }]);
  });

  test('keeps the strict extension-page CSP: no remote code, no eval', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!mail\.google\.com|outlook\.)/);
  });

  test('loads in Chromium 121+ and Firefox 140+ from one file', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.commands['open-panel'].suggested_key.default).toBeTruthy();
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
