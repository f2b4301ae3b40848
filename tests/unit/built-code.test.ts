// What the stores receive, checked on a fresh build: each browser's manifest is manifest.json
// with the host registry's keys (pinned in manifest.test.ts), and the shipped code cannot run strings as code, load code from
// elsewhere or open a network connection.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAIL_ORIGINS } from '../../src/shared/mail-hosts';
import { freshBuild, TARGETS } from './fresh-build';

const { read: built, scripts } = freshBuild();

describe.each(TARGETS)('the %s build', (target) => {
  test('its manifest is manifest.json with the host registry\'s keys, and only the other browser\'s background key and id left out', () => {
    const source = JSON.parse(readFileSync('manifest.json', 'utf8'));
    const manifest = JSON.parse(built(target, 'manifest.json'));
    const { background, browser_specific_settings: gecko, key, ...rest } = source;
    const { background: builtBackground, browser_specific_settings: builtGecko, key: builtKey, content_scripts: _scripts, host_permissions: _hosts,
      web_accessible_resources: _resources, ...builtRest } = manifest;
    expect(builtRest).toEqual(rest);
    expect(builtKey).toEqual(target === 'chrome' ? key : undefined);
    expect(builtBackground).toEqual(target === 'chrome' ? { service_worker: background.service_worker } : { scripts: background.scripts });
    expect(builtGecko).toEqual(target === 'chrome' ? undefined : gecko);
  });

  test('ships exactly the scripts the manifest and the chunk loaders name', () => {
    expect(scripts(target).sort()).toEqual(['background.js', 'content.js', 'options.js', 'outlook-page.js', 'panel.js', 'tone.js']);
    expect(built(target, 'options.html').match(/<script\b[^>]*>/gu)).toEqual(['<script type="module" src="options.js">']);
  });

  test('no script turns a string into code, or loads code from anywhere but the extension itself', () => {
    for (const file of scripts(target)) {
      const code = built(target, file);
      expect(code, file).not.toMatch(/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|\bset(?:Timeout|Interval)\s*\(\s*["'`]|\bimportScripts\b/u);
      // The only dynamic imports are the loader's own chunks (panel, tone check), by their extension URLs.
      const imports = [...code.matchAll(/\bimport\s*\(/gu)].map((m) => code.slice(m.index, m.index + 40));
      for (const dynamic of imports) expect(dynamic, file).toMatch(/^import\(\w+\.runtime\.getURL\("(panel|tone)\.js"\)\)/u);
      expect(imports.length, file).toBe(file === 'content.js' ? 2 : 0);
    }
  });

  test('no script can open a network connection, and the only addresses in them are the mail sites and XML namespaces', () => {
    const namespaces = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'];
    for (const file of scripts(target)) {
      const code = built(target, file);
      expect(code, file).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection|\bnew\s+Image\b/u);
      const urls = code.match(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\]*/gu) ?? [];
      expect(urls.filter((url) => !(MAIL_ORIGINS as readonly string[]).includes(url) && !namespaces.includes(url)), file).toEqual([]);
    }
  });
});
