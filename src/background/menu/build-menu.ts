// Puts the menu model into the browser's right-click menu: on the mail sites' editable fields
// only. Rebuilt whole (removeAll, then create) at start-up and when the templates, the profile,
// the team policy or the suggested reasons change; rebuilds run one after another, so two never
// interleave into duplicate ids.
import browser from '../../shared/browser';
import { browserLocale, t } from '../../shared/i18n';
import { MAIL_PATTERNS } from '../../shared/mail-hosts';
import { withTeam } from '../../shared/with-team';
import { getLibrary } from '../handlers/get-library';
import type { ReasonId } from '../../core/types';
import { menuEntries } from './menu-model';

/** Firefox's `menus` (through the polyfill), Chromium's `contextMenus`: the same calls. */
export const menus = (): typeof browser.contextMenus =>
  (browser.menus as unknown as typeof browser.contextMenus | undefined) ?? browser.contextMenus;

// Firefox reads "&" as an access-key mark; "&&" shows one.
const firefoxTitle = (title: string): string => (browser.menus ? title.replaceAll('&', '&&') : title);

let queue: Promise<void> = Promise.resolve();

async function build(suggested: readonly ReasonId[]): Promise<void> {
  const library = withTeam(await getLibrary({}, {}));
  const entries = menuEntries({
    locale: browserLocale() ?? 'en', suggested, templates: library.snapshot.templates, teamName: library.team?.teamName, t,
  });
  const api = menus();
  await api.removeAll();
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) => {
      api.create({
        // Every item carries the contexts: a child left with Chromium's default ('page') would not show in a text field.
        id: entry.id, contexts: ['editable'], documentUrlPatterns: MAIL_PATTERNS,
        ...(entry.parentId ? { parentId: entry.parentId } : {}),
        ...(entry.separator ? { type: 'separator' } : { title: firefoxTitle(entry.title ?? '') }),
        ...(entry.disabled ? { enabled: false } : {}),
      }, () => {
        const error = browser.runtime.lastError;
        if (error) reject(new Error(error.message));
        else resolve();
      });
    });
  }
}

/** Queues a rebuild after any running one; the returned promise settles when this one is done. */
export function rebuildMenu(suggested: readonly ReasonId[]): Promise<void> {
  const next = queue.then(() => build(suggested));
  queue = next.catch((error: unknown) => console.warn('Decline Politely: the right-click menu could not be built', error));
  return queue;
}
