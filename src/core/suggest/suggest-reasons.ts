import type { Locale, ReasonSuggestion } from '../types';
import MODEL from './reason-model.json';
import { reasonProbabilities, type ReasonModel } from './reason-model';

const model = MODEL as ReasonModel;
// A reason is pointed to when the model gives it more than the even share of 19 reasons.
const POINTS_TO = 1 / 19;

/**
 * Reasons a client's message points to, best first, each scored with the reason model's
 * probability (0–1, three decimals). Quoted history, signatures and footers are ignored, and
 * the model reads all three languages at once, so the locale is not needed. Only reasons above
 * an even share come back; [] when the message gives the model nothing to go on.
 */
export function suggestReasons(text: string, _locale?: Locale): ReasonSuggestion[] {
  const probabilities = reasonProbabilities(model, text);
  if (!probabilities) return [];
  return probabilities.map((p, i) => ({ reason: model.reasons[i]!, score: Math.round(p * 1000) / 1000 }))
    .filter((s) => s.score > POINTS_TO)
    .sort((a, b) => b.score - a.score);
}
