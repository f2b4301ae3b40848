import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, Harness } from './types';

export type { BrowserName, Harness, MailPage, Served, WorkerGlobal } from './types';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export function launch(name: BrowserName): Promise<Harness> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
