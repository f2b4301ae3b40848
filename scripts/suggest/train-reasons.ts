// Trains the reason model: softmax regression by full-batch gradient descent from zero weights,
// so the same messages always give the same model, byte for byte. Features seen in fewer than
// MIN_DOCS messages are left out, and weights that round to nearly nothing are dropped.
import { featuresOf } from '../../src/core/suggest/features';
import type { ReasonModel } from '../../src/core/suggest/reason-model';
import { REASON_IDS, type ReasonId } from '../../src/core/types';

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per weight. */
  l2: number;
  /** A feature must occur in at least this many training messages. */
  minDocs: number;
  /** Weights smaller than this (in absolute value) are dropped from the model file. */
  prune: number;
}

export const TRAIN_OPTIONS: TrainOptions = { epochs: 300, learningRate: 20, l2: 1e-4, minDocs: 2, prune: 0.5 };

export interface Example { reason: ReasonId; text: string }

export function trainReasonModel(examples: readonly Example[], options: TrainOptions = TRAIN_OPTIONS): ReasonModel {
  const reasons = REASON_IDS;
  const classes = reasons.length;
  const featureLists = examples.map((e) => featuresOf(e.text));
  const docs = new Map<string, number>();
  for (const list of featureLists) for (const f of list) docs.set(f, (docs.get(f) ?? 0) + 1);
  const vocabulary = [...docs.keys()].filter((f) => docs.get(f)! >= options.minDocs).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = featureLists.map((list) => ({
    features: list.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    value: 1 / Math.sqrt(list.length || 1),
  }));
  const labels = examples.map((e) => reasons.indexOf(e.reason));
  const weights = new Float64Array(vocabulary.length * classes);
  const bias = new Float64Array(classes);
  const gradient = new Float64Array(weights.length);
  const biasGradient = new Float64Array(classes);
  const logits = new Float64Array(classes);
  const n = examples.length;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gradient.fill(0);
    biasGradient.fill(0);
    rows.forEach(({ features, value }, d) => {
      for (let c = 0; c < classes; c++) logits[c] = bias[c]!;
      for (const f of features) for (let c = 0; c < classes; c++) logits[c]! += weights[f * classes + c]! * value;
      let top = -Infinity;
      for (let c = 0; c < classes; c++) top = Math.max(top, logits[c]!);
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += (logits[c] = Math.exp(logits[c]! - top));
      for (let c = 0; c < classes; c++) {
        const error = logits[c]! / sum - (c === labels[d] ? 1 : 0);
        biasGradient[c]! += error;
        for (const f of features) gradient[f * classes + c]! += error * value;
      }
    });
    for (let i = 0; i < weights.length; i++) weights[i]! -= options.learningRate * (gradient[i]! / n + options.l2 * weights[i]!);
    for (let c = 0; c < classes; c++) bias[c]! -= options.learningRate * (biasGradient[c]! / n);
  }
  const hundredths = (x: number): number => Math.round(x * 100);
  const model: Record<string, number[]> = {};
  vocabulary.forEach((feature, f) => {
    const pairs: number[] = [];
    for (let c = 0; c < classes; c++) {
      const w = weights[f * classes + c]!;
      if (Math.abs(w) >= options.prune) pairs.push(c, hundredths(w));
    }
    if (pairs.length) model[feature] = pairs;
  });
  return { reasons: [...reasons], bias: [...bias].map(hundredths), weights: model };
}

/** The model file: one feature a line, so that a retraining shows as a readable diff. */
export function modelFileText(model: ReasonModel): string {
  const lines = Object.entries(model.weights).map(([feature, pairs]) => `${JSON.stringify(feature)}:${JSON.stringify(pairs)}`);
  return `{"reasons":${JSON.stringify(model.reasons)},\n"bias":${JSON.stringify(model.bias)},\n"weights":{\n${lines.join(',\n')}\n}}\n`;
}
