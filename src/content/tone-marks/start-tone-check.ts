// The live tone check's code (tone.js) loads on the first focus of a compose editor, not before.
import browser from '../../shared/browser';
import type { HostKind } from '../../shared/mail-hosts';
import type { FocusedEditor } from '../watch-editor-focus';

type ToneChunk = typeof import('./tone-chunk');
let chunk: Promise<ToneChunk> | undefined;

function loadToneChunk(): Promise<ToneChunk> {
  chunk ??= import(browser.runtime.getURL('tone.js')) as Promise<ToneChunk>;
  chunk.catch(() => (chunk = undefined));
  return chunk;
}

export const startToneCheck = (kind: HostKind, signal: AbortSignal) => ({ root, editor }: FocusedEditor): void => {
  try {
    loadToneChunk().then((tone) => tone.checkTone({ kind, root, editor, signal }))
      .catch((error: unknown) => console.debug('[Decline politely] the tone check could not load:', error));
  } catch {
    // The extension was updated or disabled under us (getURL throws): this copy stays quiet.
  }
};
