// How detectFormality does on the corpus's formality labels: how often it is right, how often it
// answers, and how often an answer is wrong; English must never get an answer.
import { detectFormality } from '../../src/core/formality/detect-formality';
import type { CorpusMessage } from './corpus';

export interface FormalityFigures { labelled: number; right: number; answered: number; wrong: number; englishAnswers: number; noneAnswers: number }

export function formalityFigures(messages: readonly Pick<CorpusMessage, 'text' | 'locale' | 'formality'>[]): FormalityFigures {
  const f: FormalityFigures = { labelled: 0, right: 0, answered: 0, wrong: 0, englishAnswers: 0, noneAnswers: 0 };
  for (const m of messages) {
    const answer = detectFormality(m.text, m.locale);
    if (m.locale === 'en') f.englishAnswers += answer ? 1 : 0;
    else if (m.formality === 'none') f.noneAnswers += answer ? 1 : 0;
    else {
      f.labelled += 1;
      if (answer) f.answered += 1;
      if (answer === m.formality) f.right += 1;
      else if (answer) f.wrong += 1;
    }
  }
  return f;
}

export function formalityLine(title: string, f: FormalityFigures): string {
  const pct = (a: number, b: number) => `${((a / (b || 1)) * 100).toFixed(1)}%`;
  return `${title}: right on ${pct(f.right, f.labelled)} of ${f.labelled} es/it messages labelled formal or informal; ` +
    `answers ${pct(f.answered, f.labelled)}, wrong in ${pct(f.wrong, f.answered)} of answers; ` +
    `answers on English ${f.englishAnswers}, on messages labelled none ${f.noneAnswers}`;
}
