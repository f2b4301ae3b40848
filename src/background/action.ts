import browser, { type Tabs } from '../shared/browser';
import { sendToTab } from '../shared/messages';
import { isMailUrl } from '../shared/mail-hosts';

/**
 * Toolbar icon and keyboard shortcut: on a mail page, ask that tab's content script to open
 * the panel; anywhere else, open the options page.
 */
export async function onActionClicked(tab: Tabs.Tab): Promise<'panel' | 'options'> {
  if (tab.id !== undefined && tab.url && isMailUrl(tab.url)) {
    try {
      await sendToTab(tab.id, 'panel/open', {});
      return 'panel';
    } catch {
      // No content script answered: the page predates the install, or access was withheld.
    }
  }
  await browser.runtime.openOptionsPage();
  return 'options';
}
