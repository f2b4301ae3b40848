// The content script's one focus listener (docs/design.md sections 8 and 12): nothing else runs
// until a compose editor has focus. Then each feature that waits for it is told which one: the
// tone check loads its chunk, the right-click menu reports the message being answered.
import type { HostFinder } from './hosts/host-adapter';

export interface FocusedEditor {
  root: HTMLElement;
  editor: HTMLElement;
}

export function watchEditorFocus(adapter: HostFinder, signal: AbortSignal, ...onFocus: ((focused: FocusedEditor) => void)[]): void {
  document.addEventListener('focusin', (event) => {
    const editor = event.target;
    if (!(editor instanceof HTMLElement) || !editor.isContentEditable) return;
    const root = adapter.composeRootsFor(editor).find((r) => adapter.editorOf(r) === editor);
    if (root) for (const handle of onFocus) handle({ root, editor });
  }, { capture: true, signal });
}
