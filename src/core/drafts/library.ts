// The shape of a language's draft parts (docs/design.md section 3): plain data, so the worker can hand
// it to the panel as JSON. A part given as a plain list is the same in every tone.
import type { AlternativeId, Locale, ReasonId, Tone } from '../types';
import type { Wordings } from './wording';

export type ByTone<T> = Readonly<Record<Tone, T>>;
export type PerTone = Wordings | ByTone<Wordings>;
export type OfferedAlternative = Exclude<AlternativeId, 'none'>;

export interface ReasonDrafts {
  /** Acknowledges what the client sent or asked, fitting the stage; not always thanks, never thanks for disrespect. */
  opening: PerTone;
  /** One line of empathy in the warm tone: acknowledges what the client said, invents nothing. Absent: no empathy. */
  empathy?: Wordings;
  /** The no on its own, when the user chooses not to explain. */
  decision: ByTone<Wordings>;
  /** The no joined with its reason (warm and neutral in one sentence; firm may use two short ones). */
  explained: ByTone<Wordings>;
  /** Every alternative the reason offers, worded for this reason's problem. */
  alternatives: Partial<Record<OfferedAlternative, PerTone>>;
  /**
   * The closing line after an alternative: the next step on it ("Let me know if that works for
   * you"), never "future projects". Per alternative where one line does not fit them all.
   */
  nextStep?: PerTone | Partial<Record<OfferedAlternative, PerTone>>;
  /** The closing line when nothing is offered, for where the relationship stands (absent for disrespect). */
  door?: PerTone;
  /** A greeting of its own where the language's would ring false ("Hi Priya," above a refused bribe). */
  greeting?: PerTone;
  /** A sign-off of its own where the language's would ring false ("Warm regards" under a refused bribe). */
  signOff?: PerTone;
}

// Closing lines are written per reason, not per language: shared ones became the stock lines and
// brush-offs reviewers flagged ("future projects" after an offer on the current work).
export interface LanguageDrafts {
  greeting: PerTone;
  /** "Kind regards," before the user's name. */
  signOff: PerTone;
  reasons: Record<ReasonId, ReasonDrafts>;
}

export type DraftLibrary = Readonly<Record<Locale, LanguageDrafts>>;

const isPerAlternative = (part: ReasonDrafts['nextStep']): part is Partial<Record<OfferedAlternative, PerTone>> =>
  part !== undefined && !Array.isArray(part) && !('warm' in part);

/** The next-step line after this alternative, if the reason has one. */
export const nextStepFor = (parts: ReasonDrafts, alternative: OfferedAlternative): PerTone | undefined =>
  isPerAlternative(parts.nextStep) ? parts.nextStep[alternative] : parts.nextStep;

export const forTone = (part: PerTone, tone: Tone): Wordings =>
  Array.isArray(part) ? (part as Wordings) : (part as ByTone<Wordings>)[tone];
