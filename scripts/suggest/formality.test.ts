import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCorpus } from './corpus';
import { formalityFigures, formalityLine } from './formality-figures';

test('detectFormality on the training corpus: right on at least 95% of labelled es/it messages, wrong on at most 2% of its answers, silent in English', () => {
  const f = formalityFigures(readCorpus(join(import.meta.dirname, '../../corpus/train')));
  console.log(formalityLine('detectFormality on corpus/train', f));
  expect(f.labelled).toBeGreaterThanOrEqual(60);
  expect(f.right / f.labelled).toBeGreaterThanOrEqual(0.95);
  expect(f.wrong / f.answered).toBeLessThanOrEqual(0.02);
  expect(f.englishAnswers).toBe(0);
});
