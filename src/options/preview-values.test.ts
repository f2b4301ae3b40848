import { expect, test } from 'vitest';
import { DEFAULT_PROFILE } from '../core/profile';
import { renderTemplate } from '../core/templates/render';
import { previewValues } from './preview-values';

const profile = { ...DEFAULT_PROFILE, myName: 'Sam', policies: { ...DEFAULT_PROFILE.policies, rate: '€60 an hour', revisions: 'one round' } };
const label = (name: string) => name.toUpperCase();

test('the preview signs with the profile\'s name and cites its policies; what only a client gives shows as a bracketed name', () => {
  const values = previewValues(profile, 'extra-revisions', label);
  expect(values).toMatchObject({ myName: 'Sam', rate: '€60 an hour', policy: 'one round', clientFirstName: '[CLIENTFIRSTNAME]', date: '[DATE]' });
  const { text } = renderTemplate({ locale: 'en', body: 'Hi {{clientFirstName}},\n\nI include {{policy}}; more is {{rate}}.\n\n{{myName}}' }, values);
  expect(text).toBe('Hi [CLIENTFIRSTNAME],\n\nI include one round; more is €60 an hour.\n\nSam');
});

test('without a reason or a name every variable is bracketed, so no sentence drops out of the preview', () => {
  const values = previewValues(DEFAULT_PROFILE, undefined, label);
  expect(Object.values(values).every((v) => /^\[[A-Z]+\]$/u.test(String(v)))).toBe(true);
});

test('the clause, the declined part, the resources and the amount only the moment gives show as bracketed names', () => {
  const values = previewValues(profile, 'contract-terms', label);
  expect(values).toMatchObject({ clause: '[CLAUSE]', declined: '[DECLINED]', resources: '[RESOURCES]', amount: '[AMOUNT]' });
  const { text } = renderTemplate({ locale: 'en', body: 'Hi {{clientFirstName}},\n\nI cannot sign {{clause}}.\n\n{{myName}}' }, values);
  expect(text).toContain('I cannot sign [CLAUSE].');
});
