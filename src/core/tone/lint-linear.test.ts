// Hostile input must cost about what ordinary text of the same length costs. The bound is
// relative to a normal draft linted in the same test (never an absolute time): a pattern that
// backtracked catastrophically on 200,000 characters would take minutes, not a small multiple.
import { expect, test } from 'vitest';
import { LOCALES, type Locale } from '../types';
import { lintDraft } from './lint-draft';

const LENGTH = 200_000;
const GENEROUS_FACTOR = 40;

const fill = (unit: string): string => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);

// Typographic quotes make these two-byte strings, as most real drafts are (and as the hostile
// ones with accents or marks are): the engine is slower on those, so the comparison stays fair.
const ordinary: Record<Locale, string> = {
  en: 'Thank you for thinking of me for the launch. I can’t take it on, but I can recommend a colleague. ',
  es: 'Gracias por pensar en mí para el “lanzamiento”. No puedo encargarme, pero te recomiendo a una colega. ',
  it: 'Grazie per aver pensato a me per il “lancio”. Non posso occuparmene, ma ti consiglio una collega. ',
};

const hostile: Record<string, string> = {
  'spaces and one letter': fill('a '),
  'exclamation marks': fill('!'),
  'one capital word': fill('A'),
  'one capital word ending in lower case': `${fill('A').slice(1)}a`,
  'capital words ending in a lower-case one': `${fill('AB ').slice(3)}ABc`,
  'only whitespace then a word': `${fill(' \n\t')}x`,
  'newlines': fill('\n'),
  'near-miss phrases without word edges': fill('justsorrymaybequizáforsecreoquepensoche'),
  'near-miss phrase prefixes': fill('as I already as I ha I can no pue non pos '),
  'repeated phrases': fill('just sorry maybe solo quizá forse perdón scusa '),
  'decomposed accents': fill('quiza\u0301 '),
  'combining marks alone': fill('\u0301'),
  'apostrophes and commas': fill("'’,"),
  'greeting-like line': `Hi ${fill('Ana ')}`,
  'closing-like lines': fill('Best,\n'),
  'sentence breaks': fill('. '),
  'dots': fill('.'),
  'a single endless word': fill('perché'),
};

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

test.each(LOCALES)('%s: hostile input lints in time proportional to its length', (locale) => {
  const normal = fill(ordinary[locale]);
  lintDraft(normal, { locale, tone: 'neutral' });
  const baseline = Math.min(...[0, 1, 2].map(() => timed(() => lintDraft(normal, { locale, tone: 'neutral' }))));
  for (const [name, text] of Object.entries(hostile)) {
    const elapsed = timed(() => lintDraft(text, { locale, tone: 'firm' }));
    expect(elapsed, `${name}: ${elapsed.toFixed(1)} ms against ${baseline.toFixed(1)} ms`).toBeLessThan(
      baseline * GENEROUS_FACTOR,
    );
  }
}, 120_000); // 54 lints of 200,000 characters take seconds on a busy machine; a catastrophic backtrack takes far longer
