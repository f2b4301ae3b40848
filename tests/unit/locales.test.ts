// Every interface string exists in English, Spanish and Italian, with the same placeholders.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (locale: string): Messages => JSON.parse(readFileSync(`_locales/${locale}/messages.json`, 'utf8'));
const [en, es, it] = ['en', 'es', 'it'].map(load) as [Messages, Messages, Messages];

test.each([['es', es], ['it', it]] as const)('%s has every English key, and no other', (_, other) => {
  expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
});

test.each([['es', es], ['it', it]] as const)('%s keeps the placeholders and has no empty message', (_, other) => {
  for (const [key, value] of Object.entries(other)) {
    expect(value.message.trim(), key).not.toBe('');
    expect(Object.keys(value.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key]?.placeholders ?? {}).sort());
  }
});
