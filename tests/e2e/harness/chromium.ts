// Debian's Chromium driven by playwright-core, with the built extension loaded unpacked.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtExtension } from './built-extension';
import { findChromium } from './find-browsers';
import { centreOf, matches } from './page-script';
import type { Harness, MailPage, Served, WorkerGlobal } from './types';
import { CEILING_MS, described, eventually, waited } from './waits';

const EXTENSION = builtExtension('chrome');
// Waits poll on a timer: the default (animation frames) stalls in a tab that is not in front.
const POLL_MS = 50;

function wrap(page: Page): MailPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && /^chrome-extension:/u.test(message.location().url)) errors.push(message.text());
  });
  return {
    get url() { return page.url(); },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(selector) {
      const point = await waited(`${selector} to be on screen, to click it`, CEILING_MS, (timeout) =>
        page.waitForFunction(centreOf, selector, { timeout, polling: POLL_MS }).then((h) => h.jsonValue()));
      if (!point) throw new Error(`nothing to click at ${selector}`);
      await page.mouse.click(point.x, point.y);
    },
    async waitFor(selector, timeoutMs = CEILING_MS) {
      await waited(selector, timeoutMs, (timeout) => page.waitForFunction(matches, selector, { timeout, polling: POLL_MS }));
    },
    async waitUntil(fn, arg, timeoutMs = CEILING_MS) {
      return waited(described(fn, arg), timeoutMs, async (timeout) =>
        (await page.waitForFunction(fn as never, arg, { timeout, polling: POLL_MS })).jsonValue() as never);
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    async screenshot(path) { await page.screenshot({ path }); },
    errors: () => [...errors],
    close: () => page.close(),
  };
}

// The browser's own traffic is switched off where a switch exists (Playwright's defaults already
// stop component and network-time updates, optimization hints and search preconnects): pings,
// DNS prefetch, domain reliability reports and preconnects to pages the user visits. What is
// left is listed in no-network.e2e.ts. Another --disable-features would replace Playwright's.
const QUIET_ARGS = [
  '--disable-domain-reliability',
  '--no-pings',
  '--dns-prefetch-disable',
];
const QUIET_PREFERENCES = { net: { network_prediction_options: 2 } };

/** The harness with Playwright's own context, for the bench's DevTools-protocol measurements. */
export interface ChromiumHarness extends Harness {
  readonly context: BrowserContext;
}

/**
 * `extension: false` launches the same browser without the extension, as the bench's baseline;
 * `extensionDir` loads that folder (a copy of the build under an id of its own) instead of the build;
 * `foreignDir` loads another unpacked extension instead of ours (the bench's null extension, which
 * has no worker or welcome page to wait for: the worker helpers are for ours only).
 */
export async function launchChromium(options: { proxy?: string; headless?: boolean; unrouted?: 'abort' | 'network'; extension?: boolean; extensionDir?: string;
  foreignDir?: string; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<ChromiumHarness> {
  const withExtension = options.extension ?? true;
  const extension = options.foreignDir ?? options.extensionDir ?? EXTENSION;
  const ours = withExtension && !options.foreignDir;
  const profile = mkdtempSync(join(tmpdir(), 'dp-chromium-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(QUIET_PREFERENCES));
  const routes = new Map<string, Served>();
  const requested: string[] = [];
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    locale: 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...QUIET_ARGS,
      '--enable-unsafe-extension-debugging', // the Extensions domain, for reloadExtension
      ...(withExtension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      ...(options.proxy ? [`--proxy-server=${options.proxy}`, '--proxy-bypass-list=<-loopback>'] : []),
    ],
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^(https?|wss?):/.test(url)) return route.continue(); // the extension's own files
    requested.push(url);
    for (const [prefix, served] of routes) {
      if (url.startsWith(prefix)) {
        return route.fulfill({ status: 200, contentType: served.contentType ?? 'text/html; charset=utf-8', headers: served.headers, body: served.body });
      }
    }
    return options.unrouted === 'network' ? route.continue() : route.abort();
  });
  // A stopped worker keeps its target and comes back in it; a reloaded extension's old one never does.
  const replaced = new WeakSet<Worker>();
  const isOurs = (w: Worker): boolean => w.url().startsWith('chrome-extension://') && !replaced.has(w);
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().findLast(isOurs)
      ?? waited('the extension\'s service worker', CEILING_MS, (timeout) => context.waitForEvent('serviceworker', { predicate: isOurs, timeout }));
  const extensionId = ours ? new URL((await worker()).url()).host : '';
  // On install the extension opens its welcome page, which could take over a tab opened at that
  // moment ("interrupted by another navigation"): tests start once it is there.
  if (ours) {
    await eventually('the welcome page the extension opens on install', async () => context.pages().map((p) => p.url()),
      (urls) => urls.some((u) => u.startsWith(`chrome-extension://${extensionId}/options.html`)));
  }

  async function openTab(url: string): Promise<MailPage> {
    const page = await context.newPage();
    await waited(`${url} to load`, CEILING_MS, (timeout) => page.goto(url, { timeout }));
    return wrap(page);
  }

  return {
    name: 'chromium',
    context,
    serve: (prefix, served) => void routes.set(prefix, served),
    requested: () => [...requested],
    open: (url) => openTab(url),
    async inWorker<R, A>(fn: (g: WorkerGlobal, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      // The function's source runs as an expression in the worker: DevTools evaluation is not
      // subject to the extension's CSP.
      return (await worker()).evaluate(`(${fn.toString()})(self, ${JSON.stringify(arg ?? null)})`) as Promise<R>;
    },
    async stopWorker() {
      const target = await worker();
      const page = context.pages()[0] ?? (await context.newPage());
      const session = await context.newCDPSession(page);
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      const info = targetInfos.find((t) => t.type === 'service_worker' && t.url === target.url());
      if (!info) throw new Error('no service worker target to stop');
      const browserSession = await context.browser()?.newBrowserCDPSession();
      await (browserSession ?? session).send('Target.closeTarget' as never, { targetId: info.targetId } as never);
      await session.detach();
    },
    async reloadExtension() {
      // runtime.reload() leaves an extension loaded from the command line disabled; loading the
      // same folder again over DevTools is the update a store would make (same id, new worker).
      const old = await worker();
      const next = waited('the reloaded extension\'s new service worker', CEILING_MS, (timeout) =>
        context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w) && w !== old, timeout }));
      const session = await context.browser()!.newBrowserCDPSession();
      await session.send('Extensions.loadUnpacked' as never, { path: extension } as never);
      await session.detach();
      replaced.add(old);
      await next;
    },
    openExtensionPage: (path) => openTab(`chrome-extension://${extensionId}/${path}`),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
