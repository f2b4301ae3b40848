// Outlook on the web: new message and reply in the reading pane, inline reply and pop-out.
// Reading and insertion: reader.ts (panel chunk).
import type { HostFinder } from '../host-adapter';
import { ancestorHolding, composeRootsAt } from '../host-adapter';
import * as S from './selectors';

function rootOf(editor: HTMLElement): HTMLElement | null {
  return editor.closest<HTMLElement>(S.popOutForm) ?? ancestorHolding(editor, S.sendButton);
}

export const outlookFinder: HostFinder = {
  kind: 'outlook',
  watched: S.watched,

  composeRootsFor: (node) => composeRootsAt(node, S.editor, S.sendButton, rootOf),

  editorOf: (root) => root.querySelector<HTMLElement>(S.editor),

  placeButton(root, button) {
    const send = root.querySelector(S.sendButton);
    if (!send) return false;
    (send.closest(S.splitButton) ?? send).after(button);
    return true;
  },

  removeButton: (button) => button.remove(),
};
