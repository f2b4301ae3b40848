import browser, { type Tabs } from '../shared/browser';
import { sendToTab } from '../shared/messages';
import { isMailUrl, mailAccessGranted } from '../shared/mail-hosts';

export type ActionOutcome = 'panel' | 'reloaded' | 'site-access' | 'options';

/**
 * Toolbar icon and keyboard shortcut: on a mail page, ask that tab's content script to open the
 * panel. A mail tab opened before the extension was installed has no content script yet: it is
 * reloaded so the next click works. Without access to a mail site the worker cannot even see the
 * tab's address, so when access was withheld the options page opens on its "allow access"
 * prompt (a permission request needs a click on our own page). Anywhere else: the options page.
 */
export async function onActionClicked(tab: Tabs.Tab): Promise<ActionOutcome> {
  if (tab.id !== undefined && tab.url && isMailUrl(tab.url)) {
    try {
      await sendToTab(tab.id, 'panel/open', {});
      return 'panel';
    } catch {
      await browser.tabs.reload(tab.id);
      return 'reloaded';
    }
  }
  if (!(await mailAccessGranted(browser.permissions))) {
    await browser.tabs.create({ url: browser.runtime.getURL('options.html#site-access') });
    return 'site-access';
  }
  await browser.runtime.openOptionsPage();
  return 'options';
}
