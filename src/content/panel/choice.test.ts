import { expect, test } from 'vitest';
import { BUILT_IN_DRAFTS } from '../../core/drafts/built-in';
import { DEFAULT_PROFILE, type Profile } from '../../core/profile';
import { TONE_RULES } from '../../core/tone/registry';
import type { PanelLibrary } from '../../shared/messages';
import type { ComposeFacts } from '../compose-target';
import { draftOf, fieldsOf, initialChoice, valuesOf, type PanelContext } from './choice';

const facts: ComposeFacts = { host: 'gmail', clientName: 'Lucía Ferrer', clientFirstName: 'Lucía', myName: 'Sam from Gmail',
  hasSignature: false, recipientCount: 1, plainText: false };
const profile: Profile = { ...DEFAULT_PROFILE, myName: 'Sam Rivera', tone: 'warm', locale: 'it', formality: 'informal',
  policies: { ...DEFAULT_PROFILE.policies, revisions: 'one round of revisions', workingHours: 'Monday to Friday, 9 to 5' } };
const library = (over: Partial<PanelLibrary> = {}, p: Profile = profile): PanelLibrary => ({
  drafts: BUILT_IN_DRAFTS, rules: TONE_RULES, snapshot: { templates: [], profile: p, localOnly: {} }, suggestions: [], ...over });
const context = (over: Partial<PanelContext> = {}): PanelContext => ({ facts, library: library(), uiLocale: 'en', ...over });

test('the panel starts from the client\'s language and the suggested reason, in the profile\'s tone and form of address', () => {
  const choice = initialChoice(context({ library: library({ detected: 'es', suggestions: [{ reason: 'extra-revisions', score: 3 }] }) }));
  expect(choice).toMatchObject({ reason: 'extra-revisions', locale: 'es', tone: 'warm', formality: 'informal' });
});

test('without a detected language it writes in the profile\'s language, or the browser\'s before a profile exists', () => {
  expect(initialChoice(context()).locale).toBe('it');
  expect(initialChoice(context({ library: library({}, DEFAULT_PROFILE), uiLocale: 'es' })).locale).toBe('es');
});

test('fields are prefilled: the client from the page, my name and standing policy from the profile, what I type wins', () => {
  const choice = { ...initialChoice(context()), reason: 'extra-revisions' as const, locale: 'en' as const };
  expect(fieldsOf(choice, library())).toEqual(['clientFirstName', 'policy', 'rate', 'myName']);
  expect(valuesOf(choice, context())).toMatchObject({ clientFirstName: 'Lucía', myName: 'Sam Rivera', policy: 'one round of revisions' });
  const typed = { ...choice, typed: { clientFirstName: 'Lu' } };
  expect(draftOf(typed, context())!.text).toMatch(/^(Hi|Dear) Lu,/u);
  expect(draftOf(typed, context())!.text).toContain('one round of revisions');
});

test('a compose window that already carries the signature gets no name; several recipients get a plural greeting', () => {
  const choice = { ...initialChoice(context()), reason: 'schedule-full' as const, locale: 'en' as const };
  expect(draftOf(choice, context({ facts: { ...facts, hasSignature: true } }))!.text).not.toContain('Sam Rivera');
  expect(draftOf(choice, context({ facts: { ...facts, recipientCount: 3 } }))!.text).toMatch(/^(Hi|Hello|Dear) (all|everyone),/u);
});

test('a profile that matches the client starts from the client\'s tú or usted, and from usted when the message does not say', () => {
  const matching = { ...profile, formality: 'match' as const };
  expect(initialChoice(context({ library: library({ detected: 'es', formality: 'informal' }, matching) })).formality).toBe('informal');
  expect(initialChoice(context({ library: library({ detected: 'it', formality: 'formal' }, matching) })).formality).toBe('formal');
  expect(initialChoice(context({ library: library({ detected: 'es' }, matching) })).formality).toBe('formal');
});

test('a profile that fixes the form of address keeps it whatever the client writes', () => {
  expect(initialChoice(context({ library: library({ detected: 'es', formality: 'formal' }) })).formality).toBe('informal');
});

test('only suggestions the model is confident about are preselected', () => {
  expect(initialChoice(context({ library: library({ suggestions: [{ reason: 'cannot-pay', score: 0.08 }] }) })).reason).toBeUndefined();
});

test('an English draft to a client who wrote tú in Spanish keeps the profile\'s "Dear": English has no tú to match', () => {
  const matching = { ...DEFAULT_PROFILE, myName: 'Sam Rivera', formality: 'match' as const };
  const ctx = context({ library: library({ detected: 'es', formality: 'informal' }, matching) });
  const choice = { ...initialChoice(ctx), reason: 'schedule-full' as const, locale: 'en' as const };
  expect(draftOf(choice, ctx)?.text).toMatch(/^Dear Lucía,/u);
});
