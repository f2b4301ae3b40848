// Drafts built to trip the tone check's patterns, each as long as the longest draft a user could
// paste, beside ordinary text of the same length: lint-linear.test.ts lints them all, and
// `npm run bench` compares how long they take.
import type { Locale } from '../types';

export const HOSTILE_DRAFT_LENGTH = 200_000;

/** `unit` repeated to exactly HOSTILE_DRAFT_LENGTH characters. */
export const fill = (unit: string): string => unit.repeat(Math.ceil(HOSTILE_DRAFT_LENGTH / unit.length)).slice(0, HOSTILE_DRAFT_LENGTH);

/**
 * One sentence of an ordinary draft per language, to fill with. Typographic quotes make these
 * two-byte strings, as most real drafts are (and as the hostile ones with accents or marks are):
 * the engine is slower on those, so the comparison stays fair.
 */
export const ORDINARY_DRAFT_UNIT: Record<Locale, string> = {
  en: 'Thank you for thinking of me for the launch. I can’t take it on, but I can recommend a colleague. ',
  es: 'Gracias por pensar en mí para el “lanzamiento”. No puedo encargarme, pero te recomiendo a una colega. ',
  it: 'Grazie per aver pensato a me per il “lancio”. Non posso occuparmene, ma ti consiglio una collega. ',
};

export const HOSTILE_DRAFTS: Record<string, string> = {
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
