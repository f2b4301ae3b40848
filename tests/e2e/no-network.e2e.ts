// No network request from any extension context (docs/design.md sections 10 and 11), checked below
// the page: the whole browser goes through a recording proxy, and every request no fixture
// answers is let through to it instead of being aborted in the page. The worker's own requests
// reach it too, whether or not the driver's interception saw them first (the control proves it).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, eventually, type MailPage } from './harness';
import { startRecordingProxy, type RecordingProxy } from './harness/recording-proxy';
import { useBrowser } from './session';
import { GMAIL_HEADERS, GMAIL_URL, OUTLOOK_URL, fixture, outlookPage, page as fill } from '../fixtures/serve';
import { editorText, previewText, greetsInSpanish } from './panel-helpers';
import { send, syncedKey } from './worker-messages';

const SPANISH = { sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es', subject: 'Tienda',
  message: 'Hola Sam, ¿podrías tenernos la tienda online para el viernes? Es urgente, lo sentimos por las prisas.' };
const OUTLOOK_REPLY = `${OUTLOOK_URL}inbox/id/no-network`;

/**
 * Chromium's own requests that no switch or preference turns off, by the host they go to. None
 * of these hosts appears in the extension's code (tests/unit/built-code.test.ts checks every URL
 * in dist/), so a request to one of them cannot be the extension's. Firefox has none.
 */
const BROWSER_OWN: Record<string, Record<string, string>> = {
  chromium: {
    // IdentityManager lists the Google accounts in the cookie jar once the profile's network is up.
    'accounts.google.com:443': 'account list at profile start',
    // An on-demand component check that --disable-component-update does not stop (HTTPS, then HTTP).
    'update.googleapis.com:443': 'on-demand component update',
    'update.googleapis.com:80': 'on-demand component update',
    // Autofill's field-type query for forms on a page; its off switch is a --disable-features entry.
    'content-autofill.googleapis.com:443': 'autofill field types',
  },
  firefox: {},
};

/** Sent after the flows, from the worker and from each page: once the proxy has seen it, it has seen what came before. */
const LAST = { url: 'https://dp-last-request.invalid/', target: 'dp-last-request.invalid:443' };

/** Pages ask for /favicon.ico on their own; an inline icon keeps that browser request out of the count. */
const withInlineIcon = (html: string): string => html.replace('<head>', '<head><link rel="icon" href="data:,">');

describe.each(BROWSERS)('%s: no network request, seen from below the page', (name) => {
  let proxy: RecordingProxy;
  // Registered before the session's hooks: the proxy is up before the launch and closed after the browser.
  beforeAll(async () => {
    proxy = await startRecordingProxy();
  });
  afterAll(async () => proxy?.close());
  const ctx = useBrowser(name, () => ({ proxy: { host: proxy.host, port: proxy.port }, unrouted: 'network', idleTimeoutMs: 1500 }));
  /** What reached the proxy, less the browser's own requests and the marker of the last request. */
  const extensionHits = () => proxy.hits().filter((hit) => !(hit.target in BROWSER_OWN[name]!) && hit.target !== LAST.target);

  async function declineAndInsert(page: MailPage, editor: string): Promise<void> {
    await page.click('[data-testid="dp-open"]');
    await page.click('panel:[data-testid="dp-reason"][data-reason="deadline-too-tight"]');
    await page.click('panel:[data-testid="dp-tone"][data-tone="firm"]');
    const draft = await previewText(page);
    expect(draft).toMatch(/Lucía/u);
    await page.click('panel:[data-testid="dp-insert"]');
    await page.waitUntil((css) => !document.querySelector('[data-testid="dp-panel"]') &&
      (document.querySelector(css) as HTMLElement | null)?.innerText.includes('Lucía'), editor);
  }

  test('the full flows (Gmail, Outlook, options page, a template saved, the worker stopped and started) send nothing', async () => {
    const gmail = await ctx.open(GMAIL_URL, { body: withInlineIcon(fill(fixture('gmail-panel.html'), SPANISH)), headers: GMAIL_HEADERS });
    await declineAndInsert(gmail, '[g_editable="true"]');
    expect(await editorText(gmail)).toMatch(greetsInSpanish('Lucía'));

    const outlook = await ctx.open(OUTLOOK_REPLY, { body: withInlineIcon(outlookPage('outlook-reply.html')) });
    await declineAndInsert(outlook, '[id^="editorParent_"] [contenteditable="true"]');

    const options = await ctx.openExtensionPage('options.html');
    const saved = await send(options, 'templates/save', { template: { name: 'Booked', reason: 'schedule-full', locale: 'en', tone: 'warm',
      body: 'Hi {{clientFirstName}},\n\nMy calendar is full until {{date}}.' } });
    expect(saved.ok).toBe(true);
    await syncedKey(options, `t:${saved.value.id}`);

    const started = await ctx.h.inWorker((g) => g.performance.timeOrigin);
    await ctx.h.stopWorker();
    // Answered after the new worker's start-up sync, which is queued before any message.
    expect((await send(options, 'templates/list', {})).value.templates).toHaveLength(1);
    expect(await ctx.h.inWorker((g) => g.performance.timeOrigin)).not.toBe(started);

    // One more request from the worker and from each page, after everything above: a request
    // the flows set off reaches the proxy before it (each fetch settles once the proxy answered).
    await ctx.h.inWorker((g, url) => g.fetch(url).catch(() => undefined), `${LAST.url}worker`);
    for (const page of [gmail, outlook]) await page.evaluate((url) => fetch(url, { mode: 'no-cors' }).then(() => undefined, () => undefined), `${LAST.url}page`);
    await eventually('the proxy to see the requests made after the flows', async () => proxy.hits().filter((hit) => hit.target === LAST.target).length, (n) => n >= 3);
    expect(extensionHits()).toEqual([]);
  });

  test('control: what the worker and a page send past the fixtures does reach the proxy', async () => {
    const before = extensionHits().length;
    await ctx.h.inWorker((g) => g.fetch('http://dp-control-worker.invalid/ping').catch(() => undefined));
    const gmail = await ctx.open(GMAIL_URL, { body: withInlineIcon(fill(fixture('gmail-panel.html'), SPANISH)), headers: GMAIL_HEADERS });
    await gmail.evaluate(() => fetch('https://dp-control-page.invalid/ping', { mode: 'no-cors' }).catch(() => undefined));
    const seen = extensionHits().slice(before).map((hit) => hit.target);
    expect(seen.sort()).toEqual(['dp-control-page.invalid:443', 'dp-control-worker.invalid:80']);
  });
});
