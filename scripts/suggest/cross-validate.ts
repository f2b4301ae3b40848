// k-fold cross-validation of the reason model on the training corpus: the figures the model
// was developed and its confidence threshold calibrated on (the held-out set is never read here).
// npx tsx scripts/suggest/cross-validate.ts [--folds 5]
import { join } from 'node:path';
import { reasonProbabilities } from '../../src/core/suggest/reason-model';
import { readCorpus, type CorpusMessage } from './corpus';
import { figures, figuresTable, hits } from './figures';
import { trainReasonModel, TRAIN_OPTIONS, type TrainOptions } from './train-reasons';

/** Fold of each message: within each reason and language, messages are dealt out in turn. */
function foldsOf(messages: readonly CorpusMessage[], k: number): number[] {
  const dealt = new Map<string, number>();
  return messages.map((m) => {
    const key = `${m.reason}/${m.locale}`;
    const i = dealt.get(key) ?? 0;
    dealt.set(key, i + 1);
    return i % k;
  });
}

export interface Prediction { message: CorpusMessage; ranked: { reason: string; p: number }[] }

export function crossValidate(messages: readonly CorpusMessage[], k: number, options: TrainOptions = TRAIN_OPTIONS): Prediction[] {
  const fold = foldsOf(messages, k);
  const out: Prediction[] = [];
  for (let f = 0; f < k; f++) {
    const model = trainReasonModel(messages.filter((_, i) => fold[i] !== f), options);
    messages.forEach((message, i) => {
      if (fold[i] !== f) return;
      const p = reasonProbabilities(model, message.text) ?? [];
      out.push({ message, ranked: p.map((x, r) => ({ reason: model.reasons[r]!, p: x })).sort((a, b) => b.p - a.p) });
    });
  }
  return out;
}

/** For each threshold: how often the top reason clears it, and how often it is then right. */
export function calibration(predictions: readonly Prediction[]): string {
  const lines = ['| threshold | top reason shown | right when shown |', '|---|---|---|'];
  for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]) {
    const shown = predictions.filter((p) => (p.ranked[0]?.p ?? 0) >= t);
    const right = shown.filter((p) => p.ranked[0]?.reason === p.message.reason).length;
    lines.push(`| ${t} | ${(shown.length / predictions.length * 100).toFixed(0)}% | ${(right / (shown.length || 1) * 100).toFixed(0)}% |`);
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('cross-validate.ts')) {
  const k = Number(process.argv[process.argv.indexOf('--folds') + 1]) || 5;
  const messages = readCorpus(join(import.meta.dirname, '../../corpus/train'));
  const predictions = crossValidate(messages, k);
  const results = hits(predictions.map((p) => p.message), (m) => predictions.find((p) => p.message === m)!.ranked.map((r) => r.reason) as never);
  console.log(figuresTable(`${k}-fold cross-validation`, figures(results)));
  console.log();
  console.log(calibration(predictions));
}
