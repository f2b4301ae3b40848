import type { ReasonId, ReasonSuggestion } from '../types';

// The reason model's probability above which the panel marks a reason "Suggested" and starts
// from it. Calibrated by cross-validation on the training corpus
// (scripts/suggest/cross-validate.ts): see the README's reason suggestion section.
export const CONFIDENT_SUGGESTION = 0.15;

/** The suggested reasons sure enough to show, best first. */
export function confidentReasons(suggestions: readonly ReasonSuggestion[]): ReasonId[] {
  return suggestions.filter((s) => s.score >= CONFIDENT_SUGGESTION).map((s) => s.reason);
}
