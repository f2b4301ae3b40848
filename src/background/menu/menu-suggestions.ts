// The "Suggested" section of the right-click menu. A menu cannot change per right-click, so the
// content script reports the message of the reply the user focuses, and the menu is rebuilt with
// its confident reasons. Kept in storage.session: the worker is stopped between right-clicks.
import browser from '../../shared/browser';
import { confidentReasons } from '../../core/suggest/confidence';
import { isReasonId, type ReasonId } from '../../core/types';
import { readClientMessage } from '../handlers/get-library';
import { rebuildMenu } from './build-menu';

const KEY = 'dp:menu-suggested';

export async function storedSuggestions(): Promise<ReasonId[]> {
  const stored = (await browser.storage.session.get(KEY).catch(() => ({})) as Record<string, unknown>)[KEY];
  return Array.isArray(stored) ? stored.filter(isReasonId) : [];
}

/** The focused reply's message: rebuild only when its confident reasons differ from the menu's. */
export async function suggestForMenu(req: { answeredText?: unknown }): Promise<void> {
  const suggested = confidentReasons(readClientMessage(req?.answeredText).suggestions);
  if (suggested.join() === (await storedSuggestions()).join()) return;
  await browser.storage.session.set({ [KEY]: suggested });
  await rebuildMenu(suggested);
}

/** Start-up, templates, profile or team changed: the same suggestions, in a fresh menu. */
export async function rebuildWithStoredSuggestions(): Promise<void> {
  await rebuildMenu(await storedSuggestions());
}
