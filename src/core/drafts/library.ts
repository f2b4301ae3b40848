// The shape of a language's draft parts (DESIGN.md section 3): plain data, so the worker can hand
// it to the panel as JSON. A part given as a plain list is the same in every tone.
import type { AlternativeId, Locale, ReasonId, Tone } from '../types';
import type { Wordings } from './wording';

export type ByTone<T> = Readonly<Record<Tone, T>>;
export type PerTone = Wordings | ByTone<Wordings>;

export interface ReasonDrafts {
  /** Specific thanks: for what the client sent or offered. */
  thanks: PerTone;
  /** One line of empathy, used in the warm tone. */
  empathy: Wordings;
  /** The clear decision, early and in the first person. */
  decision: ByTone<Wordings>;
  /** Why (left out when the user chooses not to explain). */
  reason: ByTone<Wordings>;
  /** Alternatives worded for this reason, replacing the language's general wording. */
  alternatives?: Partial<Record<AlternativeId, PerTone>>;
  /** An open door worded for this reason. */
  openDoor?: PerTone;
  /** The open door when an alternative is offered now: it follows up on the offer rather than on future work. */
  openDoorAfterOffer?: PerTone;
}

export interface LanguageDrafts {
  greeting: PerTone;
  alternatives: Record<Exclude<AlternativeId, 'none'>, PerTone>;
  /** For a client we are not (yet) working with, and for one we are. */
  openDoor: { new: PerTone; ongoing: PerTone };
  closing: PerTone;
  reasons: Record<ReasonId, ReasonDrafts>;
}

export type DraftLibrary = Readonly<Record<Locale, LanguageDrafts>>;

export const forTone = (part: PerTone, tone: Tone): Wordings =>
  Array.isArray(part) ? (part as Wordings) : (part as ByTone<Wordings>)[tone];
