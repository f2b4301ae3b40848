// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built extension
// installed as a temporary add-on.
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { builtExtension } from './built-extension';
import { findFirefox } from './find-browsers';
import { centreOf, matches } from './page-script';
import type { Harness, LaunchOptions, MailPage, Served, WorkerGlobal } from './types';
import { CEILING_MS, described, eventually, waited } from './waits';

const EXTENSION = builtExtension('firefox');
// Waits poll on a timer: the default (animation frames) stalls in a tab that is not in front.
const POLL_MS = 50;
const ADDON_ID = 'decline-politely@decline-politely.app';
// A fixed internal UUID, so the tests know the moz-extension:// address of our pages.
const ADDON_UUID = '5d3c1a70-7a4e-4f59-9d5c-6b1f4c2e9a10';

// The browser's own traffic is switched off rather than filtered out (Puppeteer already turns
// off updates, safe browsing, telemetry and the captive-portal check), so a test sending the
// browser through a recording proxy sees only what pages and the extension ask for.
const QUIET_PREFS = {
  // Remote Settings (blocklists, search config…): Mozilla's own test profiles point it nowhere.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.connectivity-service.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
};

/** Puppeteer names keys like 'Control', as Playwright does; chords are pressed in order. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['down']>[0][];
  for (const key of keys) await page.keyboard.down(key);
  for (const key of [...keys].reverse()) await page.keyboard.up(key);
}

function wrap(page: Page): MailPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && /^moz-extension:/u.test(message.location().url ?? '')) errors.push(message.text());
  });
  return {
    get url() { return page.url(); },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(selector) {
      const handle = await waited(`${selector} to be on screen, to click it`, CEILING_MS, (timeout) =>
        page.waitForFunction(centreOf, { timeout, polling: POLL_MS }, selector));
      const point = (await handle.jsonValue()) as { x: number; y: number } | null;
      if (!point) throw new Error(`nothing to click at ${selector}`);
      await page.mouse.click(point.x, point.y);
    },
    async waitFor(selector, timeoutMs = CEILING_MS) {
      await waited(selector, timeoutMs, (timeout) => page.waitForFunction(matches, { timeout, polling: POLL_MS }, selector));
    },
    async waitUntil(fn, arg, timeoutMs = CEILING_MS) {
      const handle = await waited(described(fn, arg), timeoutMs, (timeout) =>
        page.waitForFunction(fn as (a: unknown) => unknown, { timeout, polling: POLL_MS }, arg));
      return (await handle.jsonValue()) as never;
    },
    press: (key) => pressChord(page, key),
    type: (text) => page.keyboard.type(text),
    async screenshot(path) { await page.screenshot({ path: path as `${string}.png` }); },
    errors: () => [...errors],
    close: () => page.close(),
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Harness> {
  const routes = new Map<string, Served>();
  const requested: string[] = [];
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Lets BiDi open the extension's own moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    // Release builds read services.settings.server only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1280, height: 860 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [options.extensionCopy?.id ?? ADDON_ID]: ADDON_UUID }),
      // Grants the mail sites at install, as the install prompt does for a user.
      'extensions.originControls.grantByDefault': true,
      'intl.locale.requested': 'en-US',
      // Firefox suspends an idle event page after this long; tests that stop the worker shorten it.
      ...(options.idleTimeoutMs ? { 'extensions.background.idle.timeout': options.idleTimeoutMs } : {}),
      ...QUIET_PREFS,
      ...(options.proxy
        ? { 'network.proxy.type': 1, 'network.proxy.http': options.proxy.host, 'network.proxy.http_port': options.proxy.port,
            'network.proxy.ssl': options.proxy.host, 'network.proxy.ssl_port': options.proxy.port,
            'network.proxy.allow_hijacking_localhost': true, 'network.proxy.no_proxies_on': '' }
        : {}),
    },
  });
  await browser.installExtension(options.extensionCopy?.dir ?? EXTENSION);

  const intercept = async (page: Page): Promise<void> => {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      if (!/^(https?|wss?):/.test(url)) return void request.continue();
      requested.push(url);
      for (const [prefix, served] of routes) {
        if (url.startsWith(prefix)) {
          return void request.respond({ status: 200, contentType: served.contentType ?? 'text/html; charset=utf-8', headers: served.headers ?? {}, body: served.body });
        }
      }
      return void (options.unrouted === 'network' ? request.continue() : request.abort());
    });
  };

  // Extension pages load in Firefox's extension process, whose load events BiDi does not
  // report: start the navigation, then watch the document itself. Each look is a fresh
  // evaluation, so a realm that went away mid-navigation only means "not yet". While the add-on
  // (re)starts its pages are not there: the navigation fails at once with NS_ERROR_NOT_AVAILABLE
  // and the tab stays blank, so it is started again until the add-on answers.
  const extensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    let away = false;
    const navigate = (): void => {
      away = false;
      page.goto(`moz-extension://${ADDON_UUID}/${path}`).catch((error: unknown) => {
        if (String(error).includes('NS_ERROR_NOT_AVAILABLE')) away = true;
      });
    };
    navigate();
    await eventually(`the extension page ${path} to load`, async () => {
      if (away) navigate();
      return page.evaluate((p) => location.href.endsWith(p) && document.readyState === 'complete', `/${path}`).catch(() => false);
    }, Boolean);
    return page;
  };
  // One extension page stays open as the door to the event page.
  let door = await extensionPage('options.html');

  return {
    name: 'firefox',
    serve: (prefix, served) => void routes.set(prefix, served),
    requested: () => [...requested],
    async open(url) {
      const page = await browser.newPage();
      await intercept(page);
      await waited(`${url} to load`, CEILING_MS, (timeout) => page.goto(url, { timeout }));
      return wrap(page);
    },
    async inWorker<R, A>(fn: (g: WorkerGlobal, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      // Firefox's event page has no debugging target of its own here: an extension page
      // reaches it through runtime.getBackgroundPage(), which also wakes it when stopped.
      return (await door.evaluate(
        `(async () => { const g = await browser.runtime.getBackgroundPage(); return (${fn.toString()})(g, ${JSON.stringify(arg ?? null)}); })()`,
      )) as R;
    },
    async stopWorker() {
      if (!options.idleTimeoutMs) throw new Error('stopWorker in Firefox needs launch(..., { idleTimeoutMs }) to shorten the idle timeout');
      // Firefox suspends an event page that heard nothing for the idle timeout. An extension page
      // sees the suspension (its getBackgroundPage() turns null) without waking the event page.
      await waited('Firefox to suspend the idle event page', CEILING_MS, (timeout) => door.waitForFunction(
        () => (globalThis as unknown as WorkerGlobal).browser.extension.getBackgroundPage() === null, { timeout, polling: POLL_MS }));
    },
    async reloadExtension() {
      // A reload closes every extension page, the door included: open a new one once the add-on is back.
      await door.evaluate('browser.runtime.reload()').catch(() => undefined);
      door = await extensionPage('options.html');
    },
    async openExtensionPage(path) {
      return wrap(await extensionPage(path));
    },
    close: () => browser.close(),
  };
}
