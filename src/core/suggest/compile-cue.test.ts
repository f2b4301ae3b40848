import { describe, expect, test } from 'vitest';
import { compileCue, toWordStream } from './compile-cue';

const matches = (cue: string, text: string) => new RegExp(` (?:${compileCue(cue).source})`).test(toWordStream(text));

describe('cue patterns', () => {
  test('match whole words, ignoring case, accents and punctuation between words', () => {
    expect(matches('perche', 'Sì, PERCHÉ no?')).toBe(true);
    expect(matches('as we agreed', 'as — we, agreed')).toBe(true);
    expect(matches('ora', 'ancora')).toBe(false);
  });

  test('"|" offers alternatives and "*" lets each alternative go on by itself', () => {
    expect(matches('piu conosciut*|famos*', 'il più famoso')).toBe(true);
    expect(matches('piu conosciut*|famos*', 'la più conosciuta')).toBe(true);
    expect(matches('my boss|manager', 'my manager')).toBe(true);
    expect(matches('my boss|manager', 'my bossa nova')).toBe(false);
  });

  test('hyphens and apostrophes may be spaces, curly or missing', () => {
    for (const text of ['non-compete', 'non compete', 'noncompete']) expect(matches('non-compete', text)).toBe(true);
    for (const text of ["while you're at it", 'while you’re at it', 'while youre at it']) {
      expect(matches("while you're at it", text)).toBe(true);
    }
  });

  test('"~" skips up to three words, no more', () => {
    expect(matches('pay ~ later', 'pay later')).toBe(true);
    expect(matches('pay ~ later', 'pay you a bit later')).toBe(true);
    expect(matches('pay ~ later', 'pay you a little bit later')).toBe(false);
  });

  test('a weight prefix sets the weight and is not part of the pattern', () => {
    expect(compileCue('2:guarant*').weight).toBe(2);
    expect(compileCue('0.5:extra').weight).toBe(0.5);
    expect(compileCue('extra').weight).toBe(1);
    expect(matches('2:guarant*', 'we want it guaranteed')).toBe(true);
  });
});
