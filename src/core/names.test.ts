import { expect, test } from 'vitest';
import { parseName, splitAddressList } from './names';

test.each([
  ['Ana López', 'Ana López', 'Ana'],
  ['López, Ana', 'Ana López', 'Ana'],
  ['Dr. Ana María López', 'Ana María López', 'Ana María'],
  ['Dott.ssa Giulia Bianchi', 'Giulia Bianchi', 'Giulia'],
  ['Sra. Lucía Ferrer', 'Lucía Ferrer', 'Lucía'],
  ['"Marco Rossi" <marco@rossi.it>', 'Marco Rossi', 'Marco'],
  ['Gian Luca Verdi', 'Gian Luca Verdi', 'Gian Luca'],
  ['Mary Smith, PhD', 'Mary Smith', 'Mary'],
  ['JOHN O\'NEILL', 'John O\'Neill', 'John'],
  ['lucía ferrer-soler', 'Lucía Ferrer-Soler', 'Lucía'],
  ['Ana (Estudio Ferrer)', 'Ana', 'Ana'],
  ['López García, Ana María', 'Ana María López García', 'Ana María'],
  ['Ing. Giovanni Esposito', 'Giovanni Esposito', 'Giovanni'],
])('a greeting for "%s" uses the first name', (raw, name, first) => {
  expect(parseName(raw)).toEqual({ name, firstName: first });
});

test('an address alone gives a name when its parts are clearly a first and last name', () => {
  expect(parseName('lucia.ferrer@estudioferrer.es')).toEqual({ name: 'Lucia Ferrer', firstName: 'Lucia' });
  expect(parseName('<mario_rossi@x.it>')).toEqual({ name: 'Mario Rossi', firstName: 'Mario' });
});

test('an address that does not name a person gives no first name, so the draft greets without one', () => {
  expect(parseName('jsmith@example.com')).toEqual({});
  expect(parseName('info@agency.es')).toEqual({});
  expect(parseName('')).toEqual({});
  expect(parseName(undefined)).toEqual({});
});

test('an address list keeps a quoted "Last, First" name in one piece', () => {
  expect(splitAddressList('Ana López <ana@x.es>, "Rossi, Marco" <m@r.it>, b@y.es')).toEqual([
    { name: 'Ana López', email: 'ana@x.es' },
    { name: 'Rossi, Marco', email: 'm@r.it' },
    { email: 'b@y.es' },
  ]);
});
