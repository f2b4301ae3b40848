// What the page says about one compose window: filled in by the host adapters, read by the panel
// and, for a right-click choice, by the worker; plain data, so it crosses messages as it is.
import type { HostKind } from './mail-hosts';

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
