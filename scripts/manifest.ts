// The manifest each browser receives: manifest.json's host-independent keys, and what the host
// registry (src/shared/mail-hosts.ts) decides: where the scripts run, which sites the extension
// may reach, which pages may load the panel chunk. One list of origins, so they cannot drift.
import { HOST_KINDS, MAIL_HOSTS, MAIL_PATTERNS, patternsOf, type HostKind } from '../src/shared/mail-hosts';

export type Target = 'chrome' | 'firefox';

const pageWorldKinds = (): HostKind[] => HOST_KINDS.filter((kind) => MAIL_HOSTS[kind].pageWorld);

/** The page-world helpers' bundles (`<kind>-page.js`) and their sources. */
export function pageWorldEntries(): Record<string, string> {
  return Object.fromEntries(pageWorldKinds().map((kind) => [`${kind}-page`, `src/content/hosts/${kind}/page-world.ts`]));
}

export function manifestFor(target: Target, source: Record<string, any>): Record<string, unknown> {
  const manifest = structuredClone(source);
  // Each browser reads one of the two background keys and warns about the other.
  if (target === 'chrome') {
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.background.service_worker;
    delete manifest.key; // Chromium's id for unpacked builds; Firefox has its gecko id
  }
  return {
    ...manifest,
    content_scripts: [
      { matches: MAIL_PATTERNS, js: ['content.js'], run_at: 'document_start' },
      ...pageWorldKinds().map((kind) => ({ matches: patternsOf(MAIL_HOSTS[kind].origins), js: [`${kind}-page.js`], run_at: 'document_start', world: 'MAIN' })),
    ],
    host_permissions: MAIL_PATTERNS,
    // The loader imports the panel and tone-check chunks by their extension URLs, from the mail pages only.
    web_accessible_resources: [{ resources: ['panel.js', 'tone.js'], matches: MAIL_PATTERNS }],
  };
}
