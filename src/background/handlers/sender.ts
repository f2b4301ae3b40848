import browser, { type Runtime } from '../../shared/browser';

/**
 * Only the extension's own pages (the options page) may move every template in or out: a
 * content script runs inside a mail page and has no need to.
 */
export function requireExtensionPage(type: string, sender: Runtime.MessageSender): void {
  const ownPage = sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
  if (!ownPage) throw new Error(`${type}: only the extension's own pages may import or export`);
}
