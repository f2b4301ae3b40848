import { expect, test } from 'vitest';
import { renderDraft } from '../index';
import { numberOf } from './value-number';

test('a typed value names one thing or several by its article, in Italian and Spanish, and is unknown without one', () => {
  expect(numberOf('il centro assistenza di Shopify', 'it')).toBe('singular');
  expect(numberOf("l'articolo 7", 'it')).toBe('singular');
  expect(numberOf('le guide gratuite di Google', 'it')).toBe('plural');
  expect(numberOf('gli strumenti di Google', 'it')).toBe('plural');
  expect(numberOf('las guías gratuitas de Google', 'es')).toBe('plural');
  expect(numberOf('el centro de ayuda de Shopify', 'es')).toBe('singular');
  expect(numberOf('Google Search Central', 'it')).toBeUndefined();
  expect(numberOf('the Canva tutorials', 'en')).toBeUndefined();
  expect(numberOf(undefined, 'it')).toBeUndefined();
});

test('an Italian hope that the resources help agrees with what was typed, and is left out when it cannot tell', () => {
  const draft = (resources: string) => renderDraft({
    reason: 'not-my-specialty', tone: 'warm', locale: 'it', alternative: 'free-resources', formality: 'formal',
    vars: { clientFirstName: 'Giulia', resources },
  }).text;
  expect(draft('il centro assistenza di Shopify')).toContain('Spero che Le sia utile');
  expect(draft('le guide gratuite di Google')).toContain('Spero che Le siano utili');
  expect(draft('Google Search Central')).not.toContain('Spero che');
});
