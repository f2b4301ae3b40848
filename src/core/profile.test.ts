import { expect, test } from 'vitest';
import { DEFAULT_PROFILE, defaultVarsFor, normalizeProfile, profileProblem } from './profile';

const profile = normalizeProfile({
  myName: 'Giulia Rossi', myGender: 'f', tone: 'warm', locale: 'it', formality: 'informal',
  policies: { revisions: 'one round of revisions of up to 15%', workingHours: 'weekdays 9–18, by email', rate: '€60/h' },
});

test('the panel starts with the policy a reason cites, and the user name and gender', () => {
  expect(defaultVarsFor(profile, 'extra-revisions')).toEqual({ myName: 'Giulia Rossi', myGender: 'f', policy: 'one round of revisions of up to 15%', rate: '€60/h' });
  expect(defaultVarsFor(profile, 'after-hours')).toEqual({ myName: 'Giulia Rossi', myGender: 'f', policy: 'weekdays 9–18, by email' });
  expect(defaultVarsFor(profile, 'not-a-fit')).toEqual({ myName: 'Giulia Rossi', myGender: 'f' });
});

test('an empty profile prefills nothing rather than blanks', () => {
  expect(defaultVarsFor(DEFAULT_PROFILE, 'extra-revisions')).toEqual({});
});

test('a damaged stored profile falls back field by field to the defaults', () => {
  expect(normalizeProfile({ myName: 42, tone: 'shouty', locale: 'es', policies: null })).toEqual({ ...DEFAULT_PROFILE, locale: 'es' });
  expect(normalizeProfile('garbage')).toEqual(DEFAULT_PROFILE);
});

test('a profile sent by a page is refused with a reason when a field is wrong', () => {
  expect(profileProblem({ ...profile, tone: 'loud' })).toBe('unknown tone "loud"');
  expect(profileProblem({ ...profile, policies: { revisions: 'x'.repeat(301) } })).toMatch(/revisions policy/u);
  expect(profileProblem(profile)).toBeUndefined();
});

test('the Spanish variety is kept when it is one of the two, dropped otherwise, and refused with a reason from a page', () => {
  expect(normalizeProfile({ ...profile, variety: 'spain' }).variety).toBe('spain');
  expect(normalizeProfile({ ...profile, variety: 'mexico' })).not.toHaveProperty('variety');
  expect(normalizeProfile(profile)).not.toHaveProperty('variety');
  expect(profileProblem({ ...profile, variety: 'latam' })).toBeUndefined();
  expect(profileProblem({ ...profile, variety: 'mexico' })).toBe('variety must be "spain", "latam" or absent');
});

test('the tone check while writing is on unless the user switched it off', () => {
  expect(profile).not.toHaveProperty('liveTone');
  expect(normalizeProfile({ ...profile, liveTone: false }).liveTone).toBe(false);
  expect(normalizeProfile({ ...profile, liveTone: true })).not.toHaveProperty('liveTone');
  expect(profileProblem({ ...profile, liveTone: 'no' })).toBe('liveTone must be true or false');
});

test('"match the client" is the default form of address, and a profile may say it, formal or informal', () => {
  expect(DEFAULT_PROFILE.formality).toBe('match');
  for (const formality of ['match', 'formal', 'informal'] as const) {
    expect(normalizeProfile({ formality }).formality).toBe(formality);
    expect(profileProblem({ formality })).toBeUndefined();
  }
  expect(normalizeProfile({ formality: 'tu' }).formality).toBe('match');
  expect(profileProblem({ formality: 'tu' })).toMatch(/match/);
});
