// Insertion through the browser's editing commands: the page sees trusted input events (Gmail
// autosaves on them) and the browser's own undo takes the whole insertion back in one step.
import type { InsertResult } from '../compose-target';
import type { PreparedDraft } from '../hosts/host-adapter';

// Compared without control characters too: the HTML parser drops a NUL, so a first line holding
// one would never be found and the draft would go in a second time by the text fallback.
const flat = (s: string): string => s.replace(/[^\P{Cc}\s]/gu, '').replace(/[\s\u00a0]+/g, ' ').trim();

/** The draft's first line is now in the editor, and was not before. */
export function landedCheck(editor: HTMLElement, text: string): () => boolean {
  const probe = flat(text.split('\n').find((line) => line.trim()) ?? text).slice(0, 40);
  const before = flat(editor.textContent ?? '').split(probe).length;
  return () => flat(editor.textContent ?? '').split(probe).length > before;
}

export function insertWithCommands(editor: HTMLElement, draft: PreparedDraft, plainText: boolean): InsertResult {
  const landed = landedCheck(editor, draft.text);
  const html = draft.html;
  if (!plainText && document.execCommand('insertHTML', false, html) && landed()) return { inserted: true };
  if (!landed() && document.execCommand('insertText', false, draft.text) && landed()) return { inserted: true };
  return landed() ? { inserted: true } : { inserted: false, error: 'rejected' };
}
