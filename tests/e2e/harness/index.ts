import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, Harness, LaunchOptions } from './types';

export type { BrowserName, ExtensionCopy, Harness, LaunchOptions, MailPage, Served, WorkerGlobal } from './types';
export { eventually } from './waits';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Harness> {
  return name === 'chromium'
    ? launchChromium({ ...(options.proxy ? { proxy: `http://${options.proxy.host}:${options.proxy.port}` } : {}), unrouted: options.unrouted, extensionDir: options.extensionCopy?.dir })
    : launchFirefox(options);
}
