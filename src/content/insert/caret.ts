// Where a draft goes: the caret the user left in the body, else the top of the body, above
// the quoted text and the signature.

/** A copy of the selection when it sits inside the editor (saved before focus moves to our button). */
export function selectionIn(editor: HTMLElement): Range | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editor.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
}

const isBlankLine = (node: ChildNode | null): node is HTMLElement =>
  node?.nodeType === 1 && (node as HTMLElement).tagName === 'DIV' && (node as HTMLElement).textContent === '' && (node as HTMLElement).children.length === 1 && (node as HTMLElement).firstElementChild?.tagName === 'BR';

function topOfBody(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  const first = editor.firstChild;
  // An empty first line (`<div><br></div>`) is where the user would start typing.
  if (isBlankLine(first)) range.setStart(first, 0);
  else range.setStart(editor, 0);
  range.collapse(true);
  return range;
}

/** Focuses the editor and puts the selection at the saved caret, or at the top of the body. */
export function placeCaret(editor: HTMLElement, saved: Range | null): void {
  editor.focus({ preventScroll: true });
  const usable = saved && editor.contains(saved.startContainer) && editor.contains(saved.endContainer);
  const selection = editor.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(usable ? saved : topOfBody(editor));
}
