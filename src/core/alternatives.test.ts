import { expect, test } from 'vitest';
import { fieldsFor, RECOMMENDED_FIELDS } from './alternatives';
import { LOCALES, REASONS, TONES, renderDraft } from './index';

test('the panel asks only for the values a choice uses, names first and last', () => {
  expect(fieldsFor('schedule-full', 'later-date', true)).toEqual(['clientFirstName', 'date', 'myName']);
  expect(fieldsFor('extra-revisions', 'paid-extra', true)).toEqual(['clientFirstName', 'policy', 'rate', 'myName']);
  expect(fieldsFor('extra-revisions', 'paid-extra', false)).toEqual(['clientFirstName', 'rate', 'myName']);
  expect(fieldsFor('disrespect-or-ethics', 'none', true)).toEqual(['clientFirstName', 'myName']);
});

test('every field offered for a choice shows up in its draft when filled, in every language and tone', () => {
  for (const reason of REASONS) for (const alternative of reason.alternatives) for (const locale of LOCALES) for (const tone of TONES) {
    for (const includeReason of [true, false]) for (const name of fieldsFor(reason.id, alternative, includeReason)) {
      const value = `VALUE-${name}`;
      const { text } = renderDraft({ reason: reason.id, tone, locale, alternative, includeReason, vars: { [name]: value } });
      expect(text, `${reason.id} / ${alternative} / ${locale} / ${tone} / reason:${includeReason} / ${name}`).toContain(value);
    }
  }
});

test('the refused clause and the declined part are asked for, and recommended, whether or not the reason is explained', () => {
  expect(fieldsFor('contract-terms', 'none', false)).toContain('clause');
  expect(fieldsFor('partial-yes', 'what-i-can-do', false)).toEqual(['clientFirstName', 'declined', 'offer', 'myName']);
  expect(fieldsFor('cannot-pay', 'payment-first', true)).toContain('amount');
  expect(fieldsFor('already-helped', 'free-resources', true)).toContain('resources');
  for (const name of ['clause', 'declined', 'resources', 'amount'] as const) expect(RECOMMENDED_FIELDS.has(name)).toBe(true);
  expect(RECOMMENDED_FIELDS.has('date')).toBe(false);
});
