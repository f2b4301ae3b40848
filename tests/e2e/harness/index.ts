import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, Harness } from './types';

export type { BrowserName, Harness, MailPage, Served, WorkerGlobal } from './types';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** `idleTimeoutMs` lets Firefox suspend its event page quickly, so `stopWorker` can wait for it; Chromium stops its worker over DevTools. */
export function launch(name: BrowserName, options: { idleTimeoutMs?: number } = {}): Promise<Harness> {
  return name === 'chromium' ? launchChromium() : launchFirefox(options);
}
