import { expect, test } from 'vitest';
import { fieldsFor } from './alternatives';
import { REASONS, renderDraft } from './index';

test('the panel asks only for the values a choice uses, names first and last', () => {
  expect(fieldsFor('schedule-full', 'later-date', true)).toEqual(['clientFirstName', 'date', 'myName']);
  expect(fieldsFor('extra-revisions', 'paid-extra', true)).toEqual(['clientFirstName', 'policy', 'rate', 'myName']);
  expect(fieldsFor('extra-revisions', 'paid-extra', false)).toEqual(['clientFirstName', 'rate', 'myName']);
  expect(fieldsFor('disrespect-or-ethics', 'none', true)).toEqual(['clientFirstName', 'myName']);
});

test('every field offered for a choice shows up in its draft when filled', () => {
  for (const reason of REASONS) for (const alternative of reason.alternatives) {
    for (const name of fieldsFor(reason.id, alternative, true)) {
      const value = `VALUE-${name}`;
      const { text } = renderDraft({ reason: reason.id, tone: 'neutral', locale: 'en', alternative, vars: { [name]: value } });
      expect(text, `${reason.id} / ${alternative} / ${name}`).toContain(value);
    }
  }
});
