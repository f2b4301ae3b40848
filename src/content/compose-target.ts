// What the panel knows of the compose window it was opened for. The host adapters fill it in
// (src/content/hosts/*), the panel reads it (src/content/panel/*); neither knows the other.
import type { Locale } from '../core/types';

export interface ComposeFacts {
  host: 'gmail' | 'outlook';
  /** The recipient (or, failing that, the sender of the message being answered): "Ana María López". */
  clientName?: string;
  clientFirstName?: string;
  /** The user's own name as the page shows it (From field); the profile's name wins over it. */
  myName?: string;
  /** The compose body already carries the user's signature: the draft leaves the name out. */
  hasSignature: boolean;
  /** How many people are being answered (To + Cc), for plural drafts. */
  recipientCount: number;
  /** Plain text of the message being answered, without quoted history or signatures. */
  answeredText?: string;
  /** The language detected from answeredText, when sure. */
  answeredLocale?: Locale;
  /** Gmail's plain-text mode: insert text, not HTML. */
  plainText: boolean;
}

export interface InsertResult {
  inserted: boolean;
  /** A message the user can act on when nothing was inserted. */
  error?: string;
}

/** One compose window, as handed to the panel. `null` target = copy mode (no compose window found). */
export interface ComposeTarget {
  readonly id: string;
  /** The compose window's outer element, for docking the panel beside it. */
  readonly root: HTMLElement;
  readonly editor: HTMLElement;
  readFacts(): ComposeFacts;
  /** Inserts sanitized HTML (or text in plain-text mode) at the saved caret, else above quote and signature. */
  insert(draft: { html: string; text: string }): Promise<InsertResult>;
  /** Returns focus (and the saved caret) to the editor. */
  focusEditor(): void;
}
