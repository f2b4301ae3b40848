// What the panel knows of the compose window it was opened for. The host adapters fill it in
// (src/content/hosts/*), the panel reads it (src/content/panel/*); neither knows the other.
//
// Inserting: the panel calls ComposeTarget.insert itself (the panel and the compose windows
// live in the same content script); from outside it, `compose/insert` reaches a compose window.
// The answer is an InsertResult: when `inserted` is false, show `error` (role="alert") and
// offer the draft for copying.
export type { InsertResult } from '../shared/messages';
import type { InsertResult } from '../shared/messages';
import type { ComposeFacts } from '../shared/compose-facts';
export type { ComposeFacts } from '../shared/compose-facts';

/** One compose window, as handed to the panel. `null` target = copy mode (no compose window found). */
export interface ComposeTarget {
  readonly id: string;
  /** The compose window's outer element, for docking the panel beside it. */
  readonly root: HTMLElement;
  /** The compose body as it is now (hosts re-render it), or null once the window has closed. */
  readonly editor: HTMLElement | null;
  /** Reads the page now (recipients change while the user writes); rejects once the window has closed. */
  readFacts(): Promise<ComposeFacts>;
  /** Inserts the draft (sanitized here) at the saved caret, else above quote and signature. */
  insert(draft: { html: string; text: string }): Promise<InsertResult>;
  /** Returns focus (and the saved caret) to the editor. */
  focusEditor(): void;
}
