// The right-click menu's click, run in the worker (declinePolitely.onMenuClicked in tests).
import type { Tabs } from '../../shared/browser';
import { browserLanguages, browserLocale } from '../../shared/i18n';
import { sendToTab } from '../../shared/messages';
import { draftOf, initialChoice } from '../../shared/choice';
import { withTeam } from '../../shared/with-team';
import { getLibrary } from '../handlers/get-library';
import { choiceOf } from './menu-model';

export type MenuOutcome = 'inserted' | 'not-inserted' | 'panel' | 'ignored';

/** What the click handler reads of `contextMenus.onClicked`'s info. */
export interface MenuClick {
  menuItemId: string | number;
  frameId?: number;
}

/**
 * A right-click menu choice: ask the frame which compose window was right-clicked and what it
 * says, render the draft exactly as the panel would start it (the same library, team, choice and
 * renderer, with the chosen reason or template), and send it once with `compose/insert`. The
 * page tells the user when nothing could be inserted; nothing is retried, so nothing lands twice.
 */
export async function onMenuClicked(info: MenuClick, tab?: Tabs.Tab): Promise<MenuOutcome> {
  const choice = choiceOf(info.menuItemId);
  if (!choice || tab?.id === undefined) return 'ignored';
  const frameId = info.frameId ?? 0;
  if (choice.kind === 'open-panel') {
    await sendToTab(tab.id, 'panel/open', {}, frameId);
    return 'panel';
  }
  const target = await sendToTab(tab.id, 'menu/target', {}, frameId);
  if (!target) return 'not-inserted';
  const library = withTeam(await getLibrary({ answeredText: target.facts.answeredText }, {}));
  const context = { facts: target.facts, library, uiLocale: browserLocale(), languages: browserLanguages() };
  const start = initialChoice(context);
  const draft = draftOf(choice.kind === 'reason' ? { ...start, reason: choice.id } : { ...start, templateId: choice.id }, context);
  if (!draft) return 'not-inserted';
  const result = await sendToTab(tab.id, 'compose/insert', { composeId: target.composeId, html: draft.html, text: draft.text, notify: true }, frameId);
  return result.inserted ? 'inserted' : 'not-inserted';
}
