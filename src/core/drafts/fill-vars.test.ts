import { expect, test } from 'vitest';
import { fillVars, varsIn } from './fill-vars';

test('fills each variable with its value and contracts the article after a preposition', () => {
  expect(fillVars('Podría empezar a partir de {{date}}.', { date: 'el 3 de marzo' }, 'es'))
    .toBe('Podría empezar a partir del 3 de marzo.');
});

test('a value ending in a full stop does not double the one after it', () => {
  expect(fillVars('I can start from {{date}}.', { date: 'early March.' }, 'en')).toBe('I can start from early March.');
  expect(fillVars('Rate: {{rate}}, billed monthly.', { rate: '€60/h.' }, 'en')).toBe('Rate: €60/h., billed monthly.');
});

test('a variable with no value is refused rather than left as a gap', () => {
  expect(() => fillVars('Dear {{clientFirstName}},', {}, 'en')).toThrow(RangeError);
});

test('lists the variables a template uses, once each', () => {
  expect(varsIn('{{a}} and {{b}} then {{a}}')).toEqual(['a', 'b']);
});

test('a colleague typed as a phone number is reached "on" it in English, an address "at" it', () => {
  const template = 'You can reach them at {{referralContact}}.';
  expect(fillVars(template, { referralContact: '+44 20 7946 0321' }, 'en')).toBe('You can reach them on +44 20 7946 0321.');
  expect(fillVars(template, { referralContact: 'ben@walshdesign.co.uk' }, 'en')).toBe('You can reach them at ben@walshdesign.co.uk.');
});
