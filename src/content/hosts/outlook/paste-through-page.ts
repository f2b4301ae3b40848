// Asks the page-world helper (page-world.ts) to paste a draft into the editor,
// so the editor's own paste handling inserts it. Both events run synchronously.
import type { PreparedDraft } from '../host-adapter';
import { PASTE_REQUEST, PASTE_RESULT } from './paste-events';

/** True when the page's editor took the paste (prevented the default and inserted it itself). */
export function pasteThroughPage(editor: HTMLElement, draft: PreparedDraft): boolean {
  let handled = false;
  const onResult = (event: Event): void => {
    try {
      handled = (JSON.parse(String((event as CustomEvent).detail)) as { handled?: unknown }).handled === true;
    } catch {
      handled = false;
    }
  };
  document.addEventListener(PASTE_RESULT, onResult);
  try {
    editor.dispatchEvent(new CustomEvent(PASTE_REQUEST, { bubbles: true, detail: JSON.stringify({ html: draft.html, text: draft.text }) }));
  } finally {
    document.removeEventListener(PASTE_RESULT, onResult);
  }
  return handled;
}
