// Two Chromiums with the same flags and the same routed pages, one with the extension and one
// without (the baseline), and the page-side helpers every measurement shares.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumHarness } from '../../tests/e2e/harness/chromium';
import { centreOf } from '../../tests/e2e/harness/page-script';
import { GMAIL_HEADERS, fixture, page as fill } from '../../tests/fixtures/serve';

/** The bench page (compose windows on demand, mutation bursts), on a URL the content script runs on. */
export const BENCH_URL = 'https://mail.google.com/mail/u/0/';
/** A Gmail thread with an inline reply, for the panel: a Spanish client asking for it sooner. */
export const PANEL_URL = 'https://mail.google.com/mail/u/1/';

const PANEL_SLOTS = {
  subject: 'Tienda online', sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es',
  message: 'Hola Sam, necesitamos la tienda para el viernes que viene, es muy urgente. ¿Podrías tenerla lista en cuatro días en lugar de seis semanas? Un saludo.',
};

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The bench installs nothing: without Debian's Chromium it stops and says what to run. */
export function requireChromium(): void {
  if (CHROMIUM.some((path) => existsSync(path))) return;
  throw new Error('npm run bench needs Debian\'s Chromium at /usr/bin/chromium, which is missing. Install it with: sudo apt-get install -y chromium');
}

export function serveAll(h: ChromiumHarness): void {
  h.serve(BENCH_URL, { body: readFileSync(resolve('scripts/bench/gmail-bench.html'), 'utf8'), headers: GMAIL_HEADERS });
  h.serve(PANEL_URL, { body: fill(fixture('gmail-panel.html'), PANEL_SLOTS), headers: GMAIL_HEADERS });
}

export interface Browsers {
  withExtension: ChromiumHarness;
  without: ChromiumHarness;
  close(): Promise<void>;
}

export async function launchBoth(): Promise<Browsers> {
  const withExtension = await launchChromium();
  const without = await launchChromium({ extension: false });
  for (const h of [withExtension, without]) serveAll(h);
  // On install the extension opens its welcome page: close it so both browsers hold the same tabs.
  await withExtension.context.waitForEvent('page', { timeout: 3000 }).catch(() => undefined);
  for (const p of withExtension.context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
  return { withExtension, without, close: async () => void (await Promise.all([withExtension.close(), without.close()])) };
}

export function extensionId(h: ChromiumHarness): string {
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('the extension\'s worker is not running');
  return new URL(worker.url()).host;
}

/** How long a hand rests the pointer on a button before pressing it. */
export const POINTER_DWELL_MS = 150;

/**
 * A trusted click at the centre of an element (a `panel:` prefix looks in the panel's shadow
 * root), the pointer arriving POINTER_DWELL_MS before the press as a user's does.
 */
export async function click(page: Page, selector: string): Promise<void> {
  const point = await page.waitForFunction(centreOf, selector, { timeout: 10_000, polling: 20 }).then((h) => h.jsonValue());
  if (!point) throw new Error(`nothing to click at ${selector}`);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(POINTER_DWELL_MS);
  await page.mouse.down();
  await page.mouse.up();
}

export interface Mark { name: string; startTime: number }

/** The extension's performance marks (content-script marks land in the page's own timeline). */
export function marks(page: Page): Promise<Mark[]> {
  return page.evaluate(() => performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('dp:')).map((m) => ({ name: m.name, startTime: m.startTime })));
}

/** Waits until the page holds more than `count` marks named `name`, and returns the newest. */
export async function nextMark(page: Page, name: string, count: number, timeoutMs = 10_000): Promise<Mark> {
  await page.waitForFunction(([n, c]) => performance.getEntriesByName(n, 'mark').length > c, [name, count] as const,
    { timeout: timeoutMs, polling: 20 });
  return (await marks(page)).filter((m) => m.name === name).pop()!;
}

export const markCount = async (page: Page, name: string): Promise<number> =>
  (await marks(page)).filter((m) => m.name === name).length;

/** Records the page's trusted clicks (event time, the moment the user acted). */
export const recordClicks = (page: Page): Promise<void> => page.evaluate(() => {
  const w = window as unknown as { __clicks: number[] };
  w.__clicks = [];
  addEventListener('click', (e) => void (e.isTrusted && w.__clicks.push(e.timeStamp)), true);
});

export const lastClick = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __clicks: number[] }).__clicks.at(-1) ?? Number.NaN);
