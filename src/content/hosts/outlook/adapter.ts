// Outlook on the web: new message and reply in the reading pane, inline reply and pop-out.
// Reading and insertion: reader.ts (panel chunk).
import type { HostFinder } from '../host-adapter';
import { ancestorHolding, editorsAt } from '../host-adapter';
import * as S from './selectors';

function rootOf(editor: HTMLElement): HTMLElement | null {
  return editor.closest<HTMLElement>(S.popOutForm) ?? ancestorHolding(editor, S.sendButton);
}

export const outlook: HostFinder = {
  kind: 'outlook',
  watched: S.watched,

  composeRootsFor(node) {
    const roots = new Set(editorsAt(node, S.editor).map(rootOf));
    if (node.matches(S.sendButton) || node.querySelector(S.sendButton)) {
      const editor = ancestorHolding(node, S.editor)?.querySelector<HTMLElement>(S.editor);
      if (editor) roots.add(rootOf(editor));
    }
    roots.delete(null);
    return [...roots] as HTMLElement[];
  },

  editorOf: (root) => root.querySelector<HTMLElement>(S.editor),

  placeButton(root, button) {
    const send = root.querySelector(S.sendButton);
    if (!send) return false;
    (send.closest(S.splitButton) ?? send).after(button);
    return true;
  },

  removeButton: (button) => button.remove(),
};
