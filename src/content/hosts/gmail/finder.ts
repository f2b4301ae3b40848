// Gmail: pop-ups (up to three), full screen, pop-out and inline replies all share one editor
// and one bottom bar, so one finder covers them. Reading and insertion: reader.ts (panel chunk).
import type { HostFinder } from '../host-adapter';
import { ancestorHolding, composeRootsAt } from '../host-adapter';
import * as S from './selectors';

const CELL_MARK = 'data-dp-cell';

function rootOf(editor: HTMLElement): HTMLElement | null {
  return editor.closest<HTMLElement>(S.composeRoot) ?? ancestorHolding(editor, S.subjectField);
}

export const gmailFinder: HostFinder = {
  kind: 'gmail',
  watched: S.watched,

  composeRootsFor: (node) => composeRootsAt(node, S.editor, S.sendBar, rootOf),

  editorOf: (root) => root.querySelector<HTMLElement>(S.editor),

  placeButton(root, button) {
    const bar = root.querySelector(S.sendBar);
    if (!bar) return false;
    const cell = document.createElement('td');
    cell.className = S.barCellClass;
    cell.setAttribute(CELL_MARK, '');
    cell.append(button);
    const send = bar.querySelector(`:scope > ${S.sendCell}`) ?? bar.firstElementChild;
    if (send) send.after(cell);
    else bar.prepend(cell);
    return true;
  },

  removeButton(button) {
    const cell = button.parentElement;
    if (cell?.hasAttribute(CELL_MARK)) cell.remove();
    else button.remove();
  },
};
