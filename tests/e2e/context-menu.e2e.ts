// The right-click menu in both browsers: the worker's click handler, called as the menu's click
// runs it, renders the chosen draft (a reason or a personal template) and inserts it into the
// compose window that was right-clicked, above the quote and signature, with one Ctrl+Z to undo;
// after the worker was stopped; and a notice (nothing inserted) when that compose window closed
// before the click.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Harness, type MailPage } from './harness';
import { GMAIL_HEADERS, GMAIL_URL, hostPage, outlookPage } from '../fixtures/serve';

interface Host { name: string; url: string; body: () => string; headers?: Record<string, string>; root: string; signature: string; quote: string }

const HOSTS: Host[] = [
  { name: 'Gmail', url: `${GMAIL_URL}?menu`, body: () => hostPage('gmail-thread.html'), headers: GMAIL_HEADERS, root: '.M9', signature: '.gmail_signature', quote: '.gmail_quote' },
  { name: 'Outlook', url: 'https://outlook.office.com/mail/inbox/id/menu', body: () => outlookPage('outlook-reply.html'), root: '.compose', signature: '#Signature', quote: '#divRplyFwdMsg' },
];

interface Body { text: string; signature: string | null; quote: string | null; signatureText: string }

const body = (page: MailPage, host: Host): Promise<Body> => page.evaluate((h) => {
  const editor = document.querySelector(h.root)!.querySelector('[contenteditable="true"][role="textbox"]') as HTMLElement;
  const signature = editor.querySelector<HTMLElement>(h.signature);
  return { text: editor.innerText, signature: signature?.outerHTML ?? null, quote: editor.querySelector(h.quote)?.outerHTML ?? null,
    signatureText: signature?.innerText.trim().split('\n').at(-1) ?? '' };
}, { root: host.root, signature: host.signature, quote: host.quote });

const countOf = (text: string, part: string): number => text.split(part).length - 1;

/** The draft landed once, with the client's name read from the page, above the signature and the untouched quote. */
function expectAboveSignatureAndQuote(before: Body, after: Body): void {
  expect(countOf(after.text, 'Lucía') - countOf(before.text, 'Lucía')).toBe(1);
  expect(before.signatureText).not.toBe('');
  expect(after.text.indexOf('Lucía')).toBeLessThan(after.text.indexOf(before.signatureText));
  expect(after.signature).toBe(before.signature);
  expect(after.quote).toBe(before.quote);
}

/** What the user's right-click does in the page: a contextmenu event on the compose body. */
const rightClick = (page: MailPage, host: Host): Promise<void> => page.evaluate((root) => {
  const editor = document.querySelector(root)!.querySelector('[contenteditable="true"][role="textbox"]')!;
  editor.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, button: 2 }));
}, host.root);

const toast = (page: MailPage): Promise<string> => page.waitUntil(() =>
  document.querySelector('[data-testid="dp-toast"]')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '');

describe.each(BROWSERS)('%s: the right-click menu', (name) => {
  let h: Harness;
  let pages: MailPage[] = [];
  beforeAll(async () => {
    h = await launch(name, { idleTimeoutMs: 1500 });
  });
  afterEach(async () => {
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
    pages = [];
  });
  afterAll(async () => h?.close());

  let opened = 0;
  async function open(host: Host): Promise<MailPage> {
    const url = `${host.url}-${++opened}`;
    h.serve(url, { body: host.body(), ...(host.headers ? { headers: host.headers } : {}) });
    const page = await h.open(url);
    pages.push(page);
    await page.waitFor('[data-testid="dp-open"]');
    return page;
  }

  /** The menu's click, as the browser runs it: the worker's onMenuClicked with the item's id, the frame and the tab. */
  const choose = (page: MailPage, menuItemId: string): Promise<unknown> => h.inWorker(async (g, a) => {
    const api = g.browser ?? g.chrome;
    const [tab] = await api.tabs.query({ url: a.url });
    return g.declinePolitely.onMenuClicked!({ menuItemId: a.menuItemId, frameId: 0, editable: true } as never, tab as never);
  }, { url: page.url, menuItemId });

  test.each(HOSTS)('$name: a reason chosen from the menu lands above the quote and signature, the host sees input, one Ctrl+Z removes it', async (host) => {
    const page = await open(host);
    const before = await body(page, host);
    await rightClick(page, host);
    expect(await choose(page, 'reason:schedule-full')).toBe('inserted');
    expectAboveSignatureAndQuote(before, await body(page, host));
    expect(await toast(page)).toMatch(/Ctrl\+Z/u);
    const events = await page.evaluate(() => (window as any).__events as { type: string; body?: number }[]);
    expect(events.some((e) => (e.type === 'input' || e.type === 'paste') && (e.body ?? 0) === 0)).toBe(true);

    await page.press('Control+z');
    expect((await body(page, host)).text).toBe(before.text);
  });

  test.each(HOSTS)('$name: a personal template chosen from the menu lands once, with the client\'s name from the page', async (host) => {
    const options = await h.openExtensionPage('options.html');
    pages.push(options);
    const saved = await options.evaluate((template) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime
      .sendMessage({ dp: 1, type: 'templates/save', req: { template } }), {
      name: 'Full until April', reason: 'schedule-full', locale: 'es', tone: 'neutral',
      body: 'Hola, {{clientFirstName}}:\n\nEste mes no tengo hueco; a partir de abril, sí.\n\nUn saludo,',
    }) as { value: { id: string } };
    const page = await open(host);
    const before = await body(page, host);
    await rightClick(page, host);
    expect(await choose(page, `template:${saved.value.id}`)).toBe('inserted');
    const after = await body(page, host);
    expectAboveSignatureAndQuote(before, after);
    expect(countOf(after.text, 'a partir de abril, sí') - countOf(before.text, 'a partir de abril, sí')).toBe(1);
  });

  test.each(HOSTS)('$name: with the worker stopped between the right-click and the choice, the draft still lands, once', async (host) => {
    const page = await open(host);
    const before = await body(page, host);
    await rightClick(page, host);
    const started = await h.inWorker((g) => g.performance.timeOrigin);
    await h.stopWorker();
    // The click wakes the worker; here an extension page wakes it, as the panel-resilience test does.
    const options = await h.openExtensionPage('options.html');
    pages.push(options);
    await options.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ dp: 1, type: 'templates/list', req: {} }));
    expect(await h.inWorker((g) => g.performance.timeOrigin)).not.toBe(started);

    expect(await choose(page, 'reason:after-hours')).toBe('inserted');
    expectAboveSignatureAndQuote(before, await body(page, host));
  });

  test.each(HOSTS)('$name: when the right-clicked compose window closed before the choice, a notice and nothing inserted', async (host) => {
    const page = await open(host);
    await rightClick(page, host);
    await page.evaluate((root) => document.querySelector(root)!.remove(), host.root);
    const pageText = await page.evaluate(() => document.body.innerText);
    expect(await choose(page, 'reason:budget-too-low')).toBe('not-inserted');
    expect(await toast(page)).toBe('Decline Politely: that reply window is closed, so nothing was inserted.');
    expect(await page.evaluate(() => document.body.innerText)).toBe(pageText);
  });
});
