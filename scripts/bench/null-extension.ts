// The idle cost's baseline (design section 8): a null extension, one empty content script on the
// same URLs and at the same moment as ours, built to a temp dir, so the ratio counts what our
// code does rather than what any content script costs Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type ChromiumHarness } from '../../tests/e2e/harness/chromium';
import { MAIL_PATTERNS } from '../../src/shared/mail-hosts';
import { BENCH_URL, serveAll } from './browsers';

export async function launchNullExtension(): Promise<ChromiumHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'dp-null-extension-'));
  writeFileSync(join(dir, 'content.js'), '');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Null extension', version: '1.0',
    content_scripts: [{ matches: MAIL_PATTERNS, js: ['content.js'], run_at: 'document_start' }],
  }));
  const h = await launchChromium({ foreignDir: dir });
  serveAll(h);
  await requireContentScript(h);
  return { ...h, close: async () => { await h.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** A baseline whose script never ran would measure nothing: its isolated world must be in the page. */
async function requireContentScript(h: ChromiumHarness): Promise<void> {
  const page = await h.context.newPage();
  const session = await h.context.newCDPSession(page);
  const origins: string[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => origins.push(context.origin));
  await session.send('Runtime.enable');
  await page.goto(BENCH_URL);
  await page.close();
  if (!origins.some((origin) => origin.startsWith('chrome-extension://'))) {
    throw new Error('the null extension\'s content script did not run on the bench page');
  }
}
