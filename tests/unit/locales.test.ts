// Every interface string exists in every draft language (the interface speaks the browser's
// language when drafts are written in it), with the same placeholders as English.
import { expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { LOCALES, TONES, type Locale } from '../../src/core/types';
import { LOCALE_LABEL_KEYS, TONE_LABEL_KEYS } from '../../src/shared/label-keys';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const path = (locale: Locale): string => `_locales/${locale}/messages.json`;
const load = (locale: Locale): Messages => JSON.parse(readFileSync(path(locale), 'utf8'));
const en = load('en');
const others = LOCALES.filter((locale) => locale !== 'en');

test.each(LOCALES)('%s has its _locales folder', (locale) => {
  expect(existsSync(path(locale)), path(locale)).toBe(true);
});

test.each(others)('%s has every English key, and no other', (locale) => {
  expect(Object.keys(load(locale)).sort()).toEqual(Object.keys(en).sort());
});

test.each(others)('%s keeps the placeholders and has no empty message', (locale) => {
  for (const [key, value] of Object.entries(load(locale))) {
    expect(value.message.trim(), key).not.toBe('');
    expect(Object.keys(value.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key]?.placeholders ?? {}).sort());
  }
});

test('every draft language and tone has its name in the interface strings', () => {
  const keys = [...LOCALES.map((locale) => LOCALE_LABEL_KEYS[locale]), ...TONES.map((tone) => TONE_LABEL_KEYS[tone])];
  expect(keys.filter((key) => !en[key])).toEqual([]);
});
