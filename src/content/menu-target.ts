// The right-click menu's side in the page: which compose window the last right-click of this
// frame was in (the worker's click names only the tab and frame), and the notices the user sees
// when a menu choice cannot be inserted. The worker may have been stopped since the right-click:
// this content script is what remembers.
import { t } from '../shared/i18n';
import { sendToBackground, type InsertResult, type MenuTarget } from '../shared/messages';
import type { ComposeRegistry } from './compose-registry';
import { loadChunk } from './load-chunk';
import type { FocusedEditor } from './watch-editor-focus';

const notice = (text: string): void => {
  loadChunk().then((chunk) => chunk.showToast(text), (error: unknown) => console.debug('[Decline politely] no notice:', error));
};

export function watchMenuTarget(registry: ComposeRegistry, signal: AbortSignal) {
  // undefined: no right-click seen (a keyboard-opened menu, a test); null: one outside any compose window.
  let clicked: string | null | undefined;
  document.addEventListener('contextmenu', (event) => {
    clicked = event.target instanceof Node ? registry.idAt(event.target) ?? null : null;
  }, { capture: true, signal });
  // Set when a reply takes focus (once per reply, after focus settles), so the menu's "Suggested"
  // section is ready before the user right-clicks in it.
  let reported: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Another tab may have put its own message's reasons in the menu meanwhile.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') reported = undefined;
  }, { signal });
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  return {
    /** A reply took focus: tell the worker the message it answers. */
    reportFocused({ root }: FocusedEditor): void {
      const id = registry.idAt(root);
      if (!id || id === reported) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        reported = id;
        registry.target(id)?.readFacts()
          .then((facts) => sendToBackground('menu/suggest', { answeredText: facts.answeredText }))
          .catch((error: unknown) => console.debug('[Decline politely] no suggestions for the menu:', error));
      }, 300);
    },
    async target(): Promise<MenuTarget | null> {
      const id = clicked === undefined ? registry.current()?.id : clicked;
      const target = id ? registry.target(id) : undefined;
      const facts = await target?.readFacts().catch(() => undefined);
      if (target && facts) return { composeId: target.id, facts };
      notice(t(id ? 'menuComposeGone' : 'menuNoCompose'));
      return null;
    },
    /** After a menu choice's insert: how to undo it, or why nothing was inserted (`found`: the window was still there). */
    notify(result: InsertResult, found: boolean): void {
      if (!found) notice(t('menuComposeGone'));
      else notice(result.inserted ? t('insertedToast') : result.error ?? t('insertErrorRejected'));
    },
  };
}
