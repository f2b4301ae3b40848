// Deletes the marked words through the editor's own editing path, so the host registers the
// change (autosave, its undo) and one Ctrl+Z brings the words back: Gmail takes the browser's
// delete command; Outlook's editor (RoosterJS) keeps its own undo and is reached by a paste of
// nothing over the selection, as insertion does (hosts/outlook/paste-through-page.ts).
import type { SafeHtml } from '../../shared/sanitize';
import { pasteThroughPage } from '../hosts/outlook/paste-through-page';
import { MAIL_HOSTS, type HostKind } from '../../shared/mail-hosts';

/** The range widened by one space after the words (else before them), so no double space is left. */
function withOneSpace(range: Range): Range {
  const wide = range.cloneRange();
  const { endContainer, endOffset, startContainer, startOffset } = range;
  if (endContainer instanceof Text && /\s/.test(endContainer.data[endOffset] ?? '')) wide.setEnd(endContainer, endOffset + 1);
  else if (startContainer instanceof Text && startOffset > 0 && /\s/.test(startContainer.data[startOffset - 1] ?? '')) wide.setStart(startContainer, startOffset - 1);
  return wide;
}

export function deleteWords(kind: HostKind, editor: HTMLElement, range: Range): boolean {
  const before = editor.textContent;
  editor.focus({ preventScroll: true });
  const selection = getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(withOneSpace(range));
  // Nothing to sanitize: the paste carries no HTML, it only replaces the selection.
  if (MAIL_HOSTS[kind].pageWorld && pasteThroughPage(editor, { html: '' as SafeHtml, text: '' }) && editor.textContent !== before) return true;
  return document.execCommand('delete') && editor.textContent !== before;
}
