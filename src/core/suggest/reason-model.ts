// A multinomial logistic regression over featuresOf(): per feature, a few weights for the
// reasons it points to (or away from); a message's features are weighed equally and scaled by
// one over the square root of their number, so a long rambling email counts as much as a note.
import type { ReasonId } from '../types';
import { featuresOf } from './features';

export interface ReasonModel {
  /** The reasons the model ranks, in the order weights index them. */
  reasons: readonly ReasonId[];
  /** Per reason, in hundredths. */
  bias: readonly number[];
  /** Per feature, pairs of reason index and weight in hundredths: [i, w, i, w, …]. */
  weights: Readonly<Record<string, readonly number[]>>;
}

/** Each reason's probability for the text; undefined when the model knows none of its features. */
export function reasonProbabilities(model: ReasonModel, text: string): number[] | undefined {
  const features = featuresOf(text);
  const logits = model.bias.map((b) => b / 100);
  const scale = 1 / Math.sqrt(features.length || 1) / 100;
  let known = 0;
  for (const feature of features) {
    const pairs = Object.hasOwn(model.weights, feature) ? model.weights[feature]! : undefined;
    if (!pairs) continue;
    known += 1;
    for (let k = 0; k < pairs.length; k += 2) logits[pairs[k]!]! += pairs[k + 1]! * scale;
  }
  if (known === 0) return undefined;
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}
