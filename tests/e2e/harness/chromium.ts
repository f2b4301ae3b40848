// Debian's Chromium driven by playwright-core, with the built extension loaded unpacked.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './find-browsers';
import { centreOf, matches } from './page-script';
import type { Harness, MailPage, Served, WorkerGlobal } from './types';

const EXTENSION = resolve('dist/chrome');
// Waits poll on a timer: the default (animation frames) stalls in a tab that is not in front.
const POLL_MS = 50;

function wrap(page: Page): MailPage {
  return {
    get url() { return page.url(); },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(selector) {
      const point = await page.waitForFunction(centreOf, selector, { timeout: 10_000, polling: POLL_MS }).then((h) => h.jsonValue());
      if (!point) throw new Error(`nothing to click at ${selector}`);
      await page.mouse.click(point.x, point.y);
    },
    async waitFor(selector, timeoutMs = 10_000) {
      await page.waitForFunction(matches, selector, { timeout: timeoutMs, polling: POLL_MS });
    },
    async waitUntil(fn, arg, timeoutMs = 10_000) {
      return (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: POLL_MS })).jsonValue() as never;
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    async screenshot(path) { await page.screenshot({ path }); },
    close: () => page.close(),
  };
}

/** The harness with Playwright's own context, for the bench's DevTools-protocol measurements. */
export interface ChromiumHarness extends Harness {
  readonly context: BrowserContext;
}

/** `extension: false` launches the same browser without the extension, as the bench's baseline. */
export async function launchChromium(options: { proxy?: string; headless?: boolean; extension?: boolean } = {}): Promise<ChromiumHarness> {
  const withExtension = options.extension ?? true;
  const profile = mkdtempSync(join(tmpdir(), 'dp-chromium-'));
  const routes = new Map<string, Served>();
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    locale: 'en-US',
    viewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`] : []),
      ...(options.proxy ? [`--proxy-server=${options.proxy}`, '--proxy-bypass-list=<-loopback>'] : []),
    ],
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^(https?|wss?):/.test(url)) return route.continue(); // the extension's own files
    for (const [prefix, served] of routes) {
      if (url.startsWith(prefix)) {
        return route.fulfill({ status: 200, contentType: served.contentType ?? 'text/html; charset=utf-8', headers: served.headers, body: served.body });
      }
    }
    return route.abort();
  });
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    context.waitForEvent('serviceworker', { timeout: 10_000 });
  const extensionId = withExtension ? new URL((await worker()).url()).host : '';

  return {
    name: 'chromium',
    context,
    serve: (prefix, served) => void routes.set(prefix, served),
    async open(url) {
      const page = await context.newPage();
      try {
        await page.goto(url);
        return wrap(page);
      } catch (error) {
        // On install the extension opens its welcome page, which can take over a tab opened
        // at the same moment: go again in a fresh tab.
        if (!String(error).includes('interrupted by another navigation')) throw error;
        const again = await context.newPage();
        await again.goto(url);
        return wrap(again);
      }
    },
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
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
