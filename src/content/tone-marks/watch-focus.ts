// The live tone check's only cost until a compose editor has focus (docs/design.md sections 8
// and 12): one focus listener. The checking code (tone.js) loads on the first focus of an editor.
import browser from '../../shared/browser';
import type { HostFinder } from '../hosts/host-adapter';

type ToneChunk = typeof import('./tone-chunk');
let chunk: Promise<ToneChunk> | undefined;

function loadToneChunk(): Promise<ToneChunk> {
  chunk ??= import(browser.runtime.getURL('tone.js')) as Promise<ToneChunk>;
  chunk.catch(() => (chunk = undefined));
  return chunk;
}

export function watchEditorFocus(adapter: HostFinder, signal: AbortSignal): void {
  document.addEventListener('focusin', (event) => {
    const editor = event.target;
    if (!(editor instanceof HTMLElement) || !editor.isContentEditable) return;
    const root = adapter.composeRootsFor(editor).find((r) => adapter.editorOf(r) === editor);
    if (!root) return;
    try {
      loadToneChunk().then((tone) => tone.checkTone({ kind: adapter.kind, root, editor, signal }))
        .catch((error: unknown) => console.debug('[Decline politely] the tone check could not load:', error));
    } catch {
      // The extension was updated or disabled under us (getURL throws): this copy stays quiet.
    }
  }, { capture: true, signal });
}
