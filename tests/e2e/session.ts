// The setup every end-to-end file shares: one browser per describe block, launched before its
// tests and closed after them; every tab a test opens is closed when that test ends, so no test
// meets another's tabs whatever the order or speed.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch, type BrowserName, type Harness, type LaunchOptions, type MailPage, type Served } from './harness';

export interface Session {
  /** The browser, from the first hook of the block on. */
  readonly h: Harness;
  /** The options page opened at launch (with `optionsPage`): the door for messages to the worker, open for the whole block. */
  readonly options: MailPage;
  /**
   * Serves `served` at an address of its own under `url` (a closing tab of an earlier test can
   * never answer for it), opens it and closes it after the test; with `ready`, waits for that
   * selector first.
   */
  open(url: string, served: Served, ready?: string): Promise<MailPage>;
  /** Opens one of the extension's pages and closes it after the test. */
  openExtensionPage(path: string): Promise<MailPage>;
  /** Closes `page` after the test. */
  closeAfterTest(page: MailPage): MailPage;
}

export type SessionOptions = LaunchOptions & { optionsPage?: boolean };

/**
 * `options` may be a function: it runs in the block's first hook, right before the launch, for a
 * block that must prepare something the browser reads at startup (a policy file).
 */
export function useBrowser(name: BrowserName, options: SessionOptions | (() => SessionOptions) = {}): Session {
  let harness: Harness | undefined;
  let door: MailPage | undefined;
  let pages: MailPage[] = [];
  let opened = 0;
  beforeAll(async () => {
    const { optionsPage = false, ...launchOptions } = typeof options === 'function' ? options() : options;
    harness = await launch(name, launchOptions);
    if (optionsPage) door = await harness.openExtensionPage('options.html');
  });
  afterEach(async () => {
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
    pages = [];
  });
  afterAll(async () => harness?.close());

  const closeAfterTest = (page: MailPage): MailPage => {
    pages.push(page);
    return page;
  };
  const session: Session = {
    get h() {
      if (!harness) throw new Error('the browser is launched in beforeAll: use the session inside a test or hook');
      return harness;
    },
    get options() {
      if (!door) throw new Error('no options page: pass { optionsPage: true } to useBrowser');
      return door;
    },
    async open(url, served, ready) {
      // The `&` ends the address, so `?page=1&` is never a prefix of `?page=10&` (routes match by prefix).
      const address = `${url}${url.includes('?') ? '&' : '?'}page=${++opened}&`;
      session.h.serve(address, served);
      const page = closeAfterTest(await session.h.open(address));
      if (ready) await page.waitFor(ready);
      return page;
    },
    openExtensionPage: async (path) => closeAfterTest(await session.h.openExtensionPage(path)),
    closeAfterTest,
  };
  return session;
}
