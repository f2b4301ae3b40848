// What the panel knows of the compose window it was opened for. The host adapters fill it in
// (src/content/hosts/*), the panel reads it (src/content/panel/*); neither knows the other.
//
// Inserting: the panel calls ComposeTarget.insert itself (the panel and the compose windows
// live in the same content script); from outside it, `compose/insert` reaches a compose window.
// The answer is an InsertResult: when `inserted` is false, show `error` (role="alert") and
// offer the draft for copying.
export type { InsertResult } from '../shared/messages';
import type { InsertResult } from '../shared/messages';
import type { HostKind } from '../shared/mail-hosts';

export interface ComposeFacts {
  host: HostKind;
  /** The recipient (or, failing that, the sender of the message being answered): "Ana María López". */
  clientName?: string;
  /** What a greeting uses ("Ana María"); undefined when the page does not tell (e.g. info@…). */
  clientFirstName?: string;
  /** The user's own name as the page shows it (From field, account); the profile's name wins over it. */
  myName?: string;
  /** The compose body already carries the user's signature: the draft leaves the name out. */
  hasSignature: boolean;
  /** How many people are being answered (To + Cc, the user excluded), for plural drafts. */
  recipientCount: number;
  /**
   * Plain text of the message being answered, without quoted history or signatures. The panel
   * detects its language with core's detectLanguage (kept out of the always-loaded script).
   */
  answeredText?: string;
  /** Plain-text compose (Gmail's plain-text mode): the draft is inserted as text. */
  plainText: boolean;
}

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
