// What an end-to-end test sees of a browser, the same for Chromium (playwright-core) and
// Firefox (puppeteer-core over WebDriver BiDi), so every test runs in both.

export type BrowserName = 'chromium' | 'firefox';

/** A page answered for a URL: the mail sites are served from local fixtures. */
export interface Served {
  /** Defaults to HTML; a test serving a script (e.g. axe-core) gives its own. */
  contentType?: string;
  body: string;
  headers?: Record<string, string>;
}

export interface MailPage {
  readonly url: string;
  /** Runs in the page's own world (not the content script's). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real (trusted) mouse click at the centre of the first element matching a CSS selector; a `panel:` prefix looks inside the panel's shadow root. */
  click(selector: string): Promise<void>;
  /** Waits until a selector matches (a `panel:` prefix looks inside the panel's shadow root); past the ceiling (30 s unless given) it fails naming the selector. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** Waits until a function run in the page returns a truthy value, and returns it; past the ceiling (30 s unless given) it fails showing the function. */
  waitUntil<R, A = undefined>(fn: (arg: A) => R, arg?: A, timeoutMs?: number): Promise<R>;
  /** Real key presses, e.g. 'Control+z', 'Escape', 'ArrowDown'. */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Uncaught errors the driver saw in this tab (any world it reports), and console errors logged from the extension's own code. */
  errors(): string[];
  close(): Promise<void>;
}

/** The extension's background context, handed to functions run there. */
export type WorkerGlobal = typeof globalThis & {
  declinePolitely: Record<string, (...args: never[]) => unknown>;
  chrome: any;
  browser: any;
};

/** A copy of the built extension and the id it gets: Chromium's from its manifest key, Firefox's gecko id. */
export interface ExtensionCopy {
  dir: string;
  id: string;
}

export interface LaunchOptions {
  /** Lets Firefox suspend its event page quickly, so `stopWorker` can wait for it; Chromium stops its worker over DevTools. */
  idleTimeoutMs?: number;
  /** Sends all of the browser's traffic through this proxy (see recording-proxy.ts), loopback included. */
  proxy?: { host: string; port: number };
  /** What happens to a request no `serve` answers: aborted in the page (default), or let through to the network (the proxy). */
  unrouted?: 'abort' | 'network';
  /** A copy of the build under an id of its own, instead of the build (a team policy test names an id no other run uses). */
  extensionCopy?: ExtensionCopy;
}

export interface Harness {
  readonly name: BrowserName;
  /** Serves `served` for every request whose URL starts with `urlPrefix`; any other request is aborted. */
  serve(urlPrefix: string, served: Served): void;
  /** Every http(s) URL the pages asked for so far, served or aborted (a hostile payload that loads something shows here). */
  requested(): readonly string[];
  open(url: string): Promise<MailPage>;
  /** Runs a function in the extension's background context (worker in Chromium, event page in Firefox). */
  inWorker<R, A = undefined>(fn: (g: WorkerGlobal, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Stops the background worker or event page, as the browser does when it is idle. */
  stopWorker(): Promise<void>;
  /** Reloads the extension as an update does: pages already open keep the old content script, whose context is now invalidated. */
  reloadExtension(): Promise<void>;
  /** Opens one of the extension's own pages, e.g. 'options.html'. */
  openExtensionPage(path: string): Promise<MailPage>;
  close(): Promise<void>;
}
